import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../../client/src/i18n/locales/ar.json';
import en from '../../client/src/i18n/locales/en.json';
import { closeBrowser, launchBrowser } from './browser';
import { documentLanguage, horizontalOverflow, phone, screenshot, SEED_NCT_ID, seriousViolations, url, withPage } from './public-helpers';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await closeBrowser(browser);
});

describe('trial finder', { timeout: 60_000 }, () => {
  it('finds the seed study for "ITP" at age 5, keeps the filters in the URL, and the back button restores them', async () => {
    await withPage(browser, async (page) => {
      await page.goto(url('/studies?lang=en'));
      await page.getByLabel(en.search.keywordLabel).fill('ITP');
      await page.getByLabel(en.search.ageLabel).fill('5');
      await page.getByRole('button', { name: en.search.submit }).click();
      await page.waitForURL((current) => current.searchParams.get('q') === 'ITP' && current.searchParams.get('age') === '5');

      const card = page.getByRole('article').filter({ hasText: SEED_NCT_ID });
      await card.waitFor();
      expect(await card.getByRole('link').first().getAttribute('href')).toBe(`/studies/${SEED_NCT_ID}`);
      // Status badge, ages, nearest recruiting center and languages, as the card promises.
      expect(await card.textContent()).toContain(en.status.study.RECRUITING);
      expect(await card.textContent()).toContain('1–10 years');
      expect(await card.textContent()).toContain(en.studies.card.nearest);
      expect(await card.textContent()).toMatch(/Arabic/);
      await screenshot(page, 'finder-en');

      // Age 15 is outside the study's range; going back brings the previous search and result back.
      await page.getByLabel(en.search.ageLabel).fill('15');
      await page.getByRole('button', { name: en.search.submit }).click();
      await page.waitForURL((current) => current.searchParams.get('age') === '15');
      await expect.poll(() => page.getByRole('article').filter({ hasText: SEED_NCT_ID }).count(), { timeout: 15_000 }).toBe(0);
      await page.goBack();
      await page.waitForURL((current) => current.searchParams.get('age') === '5');
      await page.getByRole('article').filter({ hasText: SEED_NCT_ID }).waitFor();
      expect(await page.getByLabel(en.search.ageLabel).inputValue()).toBe('5');
    });
  });

  it('sorts by distance from a typed city and shows it on the card', async () => {
    await withPage(browser, async (page) => {
      await page.goto(url('/studies?lang=en&q=ITP&place=Assiut&country=EG'));
      const card = page.getByRole('article').filter({ hasText: SEED_NCT_ID });
      await card.waitFor();
      await expect.poll(() => card.textContent(), { timeout: 15_000 }).toMatch(/\d+(\.\d)? km away/);
    });
  });

  it('uses the browser location only after the visitor agrees, and keeps it (rounded) in the link', async () => {
    await withPage(
      browser,
      async (page) => {
        await page.goto(url('/studies?lang=en&q=ITP'));
        await page.getByRole('article').filter({ hasText: SEED_NCT_ID }).waitFor();
        await page.getByRole('button', { name: en.location.useMine }).click();
        // The explanation comes first; nothing is asked of the browser until the second click.
        await page.getByText(en.location.consentText).waitFor();
        expect(new URL(page.url()).searchParams.get('lat')).toBeNull();
        await page.getByRole('button', { name: en.location.consentAgree }).click();
        await page.waitForURL((current) => current.searchParams.get('lat') === '27.18' && current.searchParams.get('lon') === '31.17');
        const card = page.getByRole('article').filter({ hasText: SEED_NCT_ID });
        await expect.poll(() => card.textContent(), { timeout: 15_000 }).toContain("Assiut University Children's Hospital");
        expect(await card.textContent()).toMatch(/\d+(\.\d)? km away/);
        await page.getByText(en.search.nearMe).waitFor();
      },
      { geolocation: { latitude: 27.1834, longitude: 31.1712 }, permissions: ['geolocation'] },
    );
  });

  it('works in Arabic, right to left', async () => {
    await withPage(browser, async (page) => {
      await page.goto(url('/studies?lang=ar&q=ITP&age=5'));
      await page.getByRole('article').filter({ hasText: SEED_NCT_ID }).waitFor();
      expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
      expect(await page.locator('h1').textContent()).toBe(ar.studies.title);
      expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(ar.studies.resultCount_one);
    });
  });

  it('has no serious accessibility violations, and fits a 360 px screen', async () => {
    await withPage(browser, async (page) => {
      await page.goto(url('/studies?lang=en&q=ITP&age=5'));
      await page.getByRole('article').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(url('/studies?lang=en&q=no-such-condition-xyz'));
      await page.getByText(en.studies.noResultsTitle).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
    await withPage(
      browser,
      async (page) => {
        await page.goto(url('/studies?lang=ar&q=ITP&age=5'));
        await page.getByRole('article').first().waitFor();
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await screenshot(page, 'finder-ar-phone');
      },
      phone,
    );
  });
});
