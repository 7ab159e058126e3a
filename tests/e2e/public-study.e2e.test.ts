import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../../client/src/i18n/locales/ar.json';
import en from '../../client/src/i18n/locales/en.json';
import { closeBrowser, launchBrowser } from './browser';
import {
  documentLanguage,
  horizontalOverflow,
  ownClientAddress,
  phone,
  screenshot,
  SEED_NCT_ID,
  SEED_SITE_NAMES,
  seriousViolations,
  uniqueEmail,
  url,
  withPage,
} from './public-helpers';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await closeBrowser(browser);
});

const studyPath = `/studies/${SEED_NCT_ID}`;

describe('study page', { timeout: 60_000 }, () => {
  it('shows every section of the seed page', async () => {
    await withPage(browser, async (page) => {
      await page.goto(url(`${studyPath}?lang=en`));
      const h1 = page.locator('h1');
      await expect.poll(() => h1.textContent(), { timeout: 15_000 }).toBe('Management of Children With Persistent ITP, A Novel Approach');
      expect(await h1.count()).toBe(1);
      const text = (await page.locator('main').textContent()) ?? '';
      for (const expected of [
        en.status.study.RECRUITING,
        '1–10 years',
        'Sex: All',
        'Phase N/A',
        en.study.overview,
        'The goal of this clinical trial is to learn if mini-pool intravenous immunoglobulin',
        en.study.description,
        en.study.eligibility,
        en.study.inclusion,
        'Persistent ITP according to ASH definition',
        en.study.exclusion,
        'Previous history of ICH',
        'Persistent Immune Thrombocytopenia',
        SEED_NCT_ID,
        'Assiut University',
        'July 22, 2025',
        en.study.centers.languages,
        ...SEED_SITE_NAMES,
        en.inquiry.title,
        en.inquiry.subtitle,
        en.faq.title,
        en.notify.question,
        en.notify.text,
        en.notes.cardTitle,
        en.notes.stepSelect,
        en.notes.stepOnlyYou,
        en.notes.stepShare,
      ]) {
        expect(text, expected).toContain(expected);
      }
      for (const label of [en.inquiry.firstName, en.inquiry.lastName, en.inquiry.email, en.inquiry.phone, en.inquiry.otherLanguage]) {
        expect(await page.getByLabel(label, { exact: false }).count(), label).toBeGreaterThan(0);
      }

      // FAQs are an accordion.
      const question = page.getByRole('button', { name: en.faq.what.question });
      expect(await question.getAttribute('aria-expanded')).toBe('false');
      await question.click();
      await expect.poll(() => question.getAttribute('aria-expanded'), { timeout: 15_000 }).toBe('true');
      await page.getByText(en.faq.what.answer).waitFor();

      // The notification sign-up leads to its (placeholder) page, keeping the study.
      expect(await page.getByRole('link', { name: en.notify.signUp }).getAttribute('href')).toBe(
        `/notifications/subscribe?nctId=${SEED_NCT_ID}`,
      );
      await screenshot(page, 'study-en');
    });
  });

  it('is right to left in Arabic, with translated headings and FAQs', async () => {
    await withPage(browser, async (page) => {
      await page.goto(url(`${studyPath}?lang=ar`));
      await page.getByRole('heading', { name: ar.inquiry.title }).waitFor();
      expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
      for (const heading of [ar.study.overview, ar.study.eligibility, ar.faq.title]) {
        expect(await page.getByRole('heading', { name: heading }).count(), heading).toBe(1);
      }
      expect(await page.getByRole('button', { name: ar.faq.safety.question }).count()).toBe(1);
      // Registry text stays marked as English for screen readers.
      expect(await page.locator('h1').getAttribute('lang')).toBe('en');
      await screenshot(page, 'study-ar');
    });
  });

  it('has no serious accessibility violations in English and Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      await withPage(browser, async (page) => {
        await page.goto(url(`${studyPath}?lang=${lang}`));
        await page.locator('#inquiry-firstName').waitFor();
        expect(await seriousViolations(page), lang).toEqual([]);
      });
    }
  });

  it('fits a 360 px wide phone screen without horizontal scrolling', async () => {
    for (const lang of ['en', 'ar']) {
      await withPage(
        browser,
        async (page) => {
          await page.goto(url(`${studyPath}?lang=${lang}`));
          await page.locator('#inquiry-firstName').waitFor();
          expect(await horizontalOverflow(page), lang).toBeLessThanOrEqual(0);
          await screenshot(page, `study-${lang}-phone`);
        },
        phone,
      );
    }
  });

  it('sends the study to a friend with the fixed message and, if given, the sender\'s first name', async () => {
    await withPage(
      browser,
      async (page) => {
        await page.goto(url(`${studyPath}?lang=en`));
        await page.getByRole('button', { name: en.share.open }).click();
        const dialog = page.getByRole('dialog', { name: en.share.title });
        await dialog.waitFor();
        // The message is fixed: the preview shows it; the friend's address and the sender's first
        // name are the only fields.
        expect(await dialog.getByRole('textbox').count()).toBe(2);
        const intro = (name: string) => en.share.previewIntro.replace('{{app}}', en.app.name).replace('{{name}}', name);
        expect(await dialog.textContent()).toContain(intro(en.share.someone));
        await dialog.getByRole('button', { name: en.share.send }).click();
        await dialog.getByText(en.share.errors.email).waitFor();
        await dialog.getByLabel(en.share.friendEmail).fill(uniqueEmail());
        // A "name" that could carry a link is refused before anything is sent.
        const firstName = dialog.getByLabel(en.share.firstName);
        await firstName.fill('Visit spam.example');
        await dialog.getByRole('button', { name: en.share.send }).click();
        await dialog.getByText(en.share.errors.firstName).waitFor();
        await firstName.fill('Amira');
        expect(await dialog.textContent()).toContain(intro('Amira'));
        await dialog.getByRole('button', { name: en.share.send }).click();
        await dialog.getByText(en.share.sent).waitFor();
      },
      ownClientAddress(),
    );
  });

  it('says so when the study does not exist', async () => {
    await withPage(browser, async (page) => {
      await page.goto(url('/studies/NCT00000000?lang=en'));
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe(en.study.notFoundTitle);
    });
  });
});
