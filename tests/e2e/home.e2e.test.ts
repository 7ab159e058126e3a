import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import ar from '../../client/src/i18n/locales/ar.json';
import en from '../../client/src/i18n/locales/en.json';
import { closeBrowser, launchBrowser, openPage } from './browser';

const appUrl = inject('appUrl');
const url = (path: string) => new URL(path, appUrl).toString();

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await closeBrowser(browser);
});

/** Opens a fresh context, runs the test body with its page, always closes the context. */
async function withPage(
  body: (page: Page) => Promise<void>,
  options: Parameters<typeof openPage>[1] = {},
): Promise<void> {
  if (!browser) throw new Error('browser did not start');
  const { context, page } = await openPage(browser, options);
  try {
    await body(page);
  } finally {
    await context.close();
  }
}

async function documentLanguage(page: Page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('public home page', { timeout: 60_000 }, () => {
  it('renders in English, left to right, with landmarks, and searches into /studies', async () => {
    await withPage(async (page) => {
      await page.goto(url('/'));
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.home.title);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
      for (const landmark of ['header', 'main', 'footer', 'nav']) {
        expect(await page.locator(landmark).count(), landmark).toBeGreaterThan(0);
      }
      expect(await page.getByRole('link', { name: en.a11y.skipToContent }).count()).toBe(1);

      await page.getByLabel(en.search.keywordLabel).fill('immune thrombocytopenia');
      await page.getByLabel(en.search.ageLabel).fill('8');
      await page.getByRole('button', { name: en.search.submit }).click();
      await page.waitForURL((current) => current.pathname === '/studies');
      const params = new URL(page.url()).searchParams;
      expect(params.get('q')).toBe('immune thrombocytopenia');
      expect(params.get('age')).toBe('8');
      // The trial finder picks the search up from the query string.
      await expect.poll(() => page.getByLabel(en.search.keywordLabel).inputValue()).toBe('immune thrombocytopenia');
    });
  });

  it('renders in Arabic, right to left, from ?lang=ar and keeps the language afterwards', async () => {
    await withPage(async (page) => {
      await page.goto(url('/?lang=ar'));
      await expect.poll(() => page.locator('h1').textContent()).toBe(ar.home.title);
      expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });

      // Client-side navigation keeps the language.
      await page.getByRole('link', { name: ar.nav.findStudy }).first().click();
      await page.waitForURL((current) => current.pathname === '/studies');
      await expect.poll(() => page.locator('h1').textContent()).toBe(ar.studies.title);

      // So does a full page load without ?lang: the choice was remembered.
      await page.goto(url('/sign-in'));
      await expect.poll(() => page.locator('h1').textContent()).toBe(ar.signIn.title);
      expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });

      // Switching language in the page changes the direction without a reload.
      await page.getByLabel(ar.language.label).first().selectOption('en');
      await expect.poll(() => documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.signIn.title);
    });
  });

  it('has no serious or critical accessibility violations', async () => {
    for (const path of ['/?lang=en', '/?lang=ar', '/sign-in?lang=en', '/studies?lang=en&q=asthma']) {
      await withPage(async (page) => {
        await page.goto(url(path));
        await page.locator('h1').waitFor();
        expect(await seriousViolations(page), path).toEqual([]);
      });
    }
  });

  it('fits a 360 px wide phone screen without horizontal scrolling', async () => {
    for (const path of ['/?lang=en', '/?lang=ar']) {
      await withPage(
        async (page) => {
          await page.goto(url(path));
          await page.locator('h1').waitFor();
          const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
          expect(scrollWidth, path).toBeLessThanOrEqual(360);
        },
        { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
      );
    }
  });
});

describe('dashboard', { timeout: 60_000 }, () => {
  it('signs an admin in, back to the page they asked for, and out again', async () => {
    await withPage(async (page) => {
      await page.goto(url('/sign-in?next=/dashboard/settings'));
      const email = page.getByLabel(en.signIn.email);
      const password = page.locator('input[name="password"]');

      await email.fill(inject('adminEmail'));
      await password.fill('not-the-password');
      await page.getByRole('button', { name: en.signIn.submit }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toBe(en.signIn.errorInvalid);

      await password.fill(inject('adminPassword'));
      await page.getByRole('button', { name: en.signIn.submit }).click();
      await page.waitForURL((current) => current.pathname === '/dashboard/settings');
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.dashboard.pages.settings.title);
      // Admin-only navigation is there for an admin.
      expect(await page.getByRole('link', { name: en.dashboard.pages.auditLog.title }).count()).toBe(1);

      await page.getByRole('button', { name: /^Account menu/ }).click();
      await page.getByRole('menuitem', { name: en.userMenu.signOut }).click();
      await page.waitForURL((current) => current.pathname === '/sign-in');
      await page.goto(url('/dashboard'));
      await page.waitForURL((current) => current.pathname === '/sign-in');
    });
  });


  it('sends a signed-out visitor to the sign-in page, remembering where they were going', async () => {
    await withPage(async (page) => {
      await page.goto(url('/dashboard/reports'));
      await page.waitForURL((current) => current.pathname === '/sign-in');
      expect(new URL(page.url()).searchParams.get('next')).toBe('/dashboard/reports');
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.signIn.title);
    });
  });
});
