// Live updates in the browser: with the inbox open, an inquiry sent through the public API shows
// up without a reload, announced politely, and counted beside the inbox link.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import arLive from '../../client/src/i18n/locales/ar/live.json';
import { closeBrowser, launchBrowser } from './browser';
import { documentLanguage, ownClientAddress, screenshot, SEED_NCT_ID, uniqueEmail, url, withPage } from './public-helpers';

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => closeBrowser(browser));

const admin = { email: inject('adminEmail'), password: inject('adminPassword') };
const rows = (page: Page) => page.locator('table tbody tr');

async function signIn(page: Page, lang = 'en') {
  await page.goto(url(`/sign-in?next=${encodeURIComponent(`/dashboard?lang=${lang}`)}`));
  await page.locator('input[type="email"]').fill(admin.email);
  await page.locator('input[name="password"]').fill(admin.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((current) => current.pathname.startsWith('/dashboard'));
  await rows(page).first().waitFor();
}

async function submitInquiry(lastName: string) {
  const res = await fetch(url(`/api/public/studies/${SEED_NCT_ID}/inquiries`), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...ownClientAddress().extraHTTPHeaders },
    body: JSON.stringify({
      firstName: 'Live',
      lastName,
      email: uniqueEmail(),
      phone: '+20 100 765 4321',
      language: 'ar',
      location: { lat: 27.2, lon: 31.2 },
      consent: true,
    }),
  });
  expect(res.status).toBe(201);
}

describe('live updates', { timeout: 90_000 }, () => {
  it('shows an inquiry sent through the public API in the open inbox without a reload', async () => {
    await withPage(browser, async (page) => {
      let streams = 0;
      page.on('response', (res) => res.url().includes('/trpc/live.inquiryEvents') && res.status() === 200 && streams++);
      await signIn(page);
      const navigations: string[] = [];
      page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
      // The event stream is open (one per tab, shared by the inbox and the navigation badge).
      await expect.poll(() => streams).toBe(1);

      const lastName = `Liveupdate${Date.now().toString(36)}`;
      await submitInquiry(lastName);

      const notice = page.getByRole('status').filter({ hasText: '1 new inquiry' });
      await notice.waitFor({ timeout: 15_000 });
      await expect.poll(async () => (await rows(page).allInnerTexts()).some((text) => text.includes(lastName)), { timeout: 15_000 }).toBe(true);
      // The inbox link counts it too, in words for screen readers.
      await expect.poll(() => page.getByRole('link', { name: /1 new inquiry/ }).count()).toBe(1);
      // Checked: what this feature adds (the notice and the navigation with its badge).
      const axe = await new AxeBuilder({ page }).include('[role="status"][aria-live="polite"]').include('nav').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      await screenshot(page, 'live-inbox-notice-en');

      await notice.getByRole('button', { name: 'Show' }).click();
      await expect.poll(() => notice.count()).toBe(0);
      expect(await rows(page).first().innerText()).toContain(lastName);
      expect(navigations.filter((u) => !u.includes('/dashboard'))).toEqual([]);
      expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    }, ownClientAddress());
  });

  it('announces new inquiries in Arabic, right to left', async () => {
    await withPage(browser, async (page) => {
      await signIn(page, 'ar');
      expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
      const lastName = `Rtl${Date.now().toString(36)}`;
      await submitInquiry(lastName);
      const notice = page.getByRole('status').filter({ hasText: arLive.live.newInquiries_one });
      await notice.waitFor({ timeout: 15_000 });
      await expect.poll(async () => (await rows(page).allInnerTexts()).some((text) => text.includes(lastName)), { timeout: 15_000 }).toBe(true);
      await screenshot(page, 'live-inbox-notice-ar');
      await notice.getByRole('button', { name: arLive.live.show }).click();
      await expect.poll(() => notice.count()).toBe(0);
    }, { locale: 'ar', ...ownClientAddress() });
  });
});
