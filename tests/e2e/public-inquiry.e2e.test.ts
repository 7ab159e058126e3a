import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../../client/src/i18n/locales/ar.json';
import en from '../../client/src/i18n/locales/en.json';
import fr from '../../client/src/i18n/locales/fr.json';
import { closeBrowser, launchBrowser } from './browser';
import {
  documentLanguage,
  ownClientAddress,
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
type Catalogue = typeof en;

async function fillContact(page: Page, t: Catalogue, person: { first: string; last: string; email: string; phone: string }) {
  await page.locator('#inquiry-firstName').fill(person.first);
  await page.locator('#inquiry-lastName').fill(person.last);
  await page.locator('#inquiry-email').fill(person.email);
  await page.locator('#inquiry-phone').fill(person.phone);
  await page.getByRole('checkbox', { name: t.inquiry.consent }).check();
}

/** The confirmation's sentence, with the real site name in place of {{siteName}}. */
async function confirmedSite(page: Page, t: Catalogue, container = '#get-in-touch'): Promise<string> {
  const [before, after] = t.inquiry.confirmation.text.split('{{siteName}}') as [string, string];
  const heading = page.getByRole('heading', { name: t.inquiry.confirmation.title });
  await heading.waitFor({ timeout: 20_000 });
  // Focus moves to the confirmation heading, so screen readers hear it.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 15_000 }).toBe('inquiry-confirmation-title');
  const text = (await page.locator(container).textContent()) ?? '';
  const start = text.indexOf(before);
  expect(start, text).toBeGreaterThanOrEqual(0);
  // The name is wrapped in Unicode direction isolates, for Arabic sentences.
  return text.slice(start + before.length, text.indexOf(after, start + before.length)).replace(/[\u2066-\u2069]/g, '');
}

describe('get-in-touch form', { timeout: 90_000 }, () => {
  it('sends an inquiry in English to the center nearest to the typed city, and confirms with its name', async () => {
    await withPage(browser, async (page) => {
      await page.goto(url(`${studyPath}?lang=en`));
      await fillContact(page, en, { first: 'Mona', last: 'Hassan', email: uniqueEmail(), phone: '+20 10 1234 5678' });
      await page.locator('#inquiry-country').selectOption('EG');
      await page.locator('#inquiry-place').fill('Assiut');
      await page.locator('#inquiry-place').press('Tab');
      // Located: the suggested center is the nearest one, and its languages are shown.
      await expect.poll(() => page.locator('#inquiry-site option:checked').textContent(), { timeout: 15_000 }).toContain(SEED_SITE_NAMES[0]);
      expect(await page.locator('#get-in-touch').textContent()).toContain(en.study.centers.languages);
      await page.getByRole('button', { name: en.inquiry.submit, exact: true }).click();
      expect(await confirmedSite(page, en)).toBe(SEED_SITE_NAMES[0]);
      expect(await page.getByRole('link', { name: en.notify.signUp }).count()).toBeGreaterThan(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'confirmation-en');
    }, ownClientAddress());
  });

  it('sends an inquiry in Arabic, right to left, and confirms in Arabic', async () => {
    await withPage(
      browser,
      async (page) => {
        await page.goto(url(`${studyPath}?lang=ar`));
        await page.getByRole('heading', { name: ar.inquiry.title }).waitFor();
        expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
        await fillContact(page, ar as Catalogue, { first: 'منى', last: 'حسن', email: uniqueEmail(), phone: '01012345678' });
        await page.locator('#inquiry-country').selectOption('EG');
        await page.getByRole('button', { name: ar.inquiry.submit, exact: true }).click();
        expect(SEED_SITE_NAMES).toContain(await confirmedSite(page, ar as Catalogue));
        await screenshot(page, 'confirmation-ar');
      },
      { locale: 'ar-EG', ...ownClientAddress() },
    );
  });

  it('shows client-side errors in the page language, with a summary, focusing the first invalid field', async () => {
    await withPage(browser, async (page) => {
      await page.goto(url(`${studyPath}?lang=fr`));
      await page.getByRole('heading', { name: fr.inquiry.title }).waitFor();
      await page.locator('#inquiry-lastName').fill('Durand');
      await page.locator('#inquiry-email').fill('not-an-email');
      await page.getByRole('button', { name: fr.inquiry.submit, exact: true }).click();

      const summary = page.getByRole('alert').filter({ hasText: fr.inquiry.errorSummary_other.replace('{{count}}', '4') });
      await summary.waitFor();
      for (const message of [fr.inquiry.errors.firstNameRequired, fr.inquiry.errors.emailInvalid, fr.inquiry.errors.phoneRequired, fr.inquiry.errors.consentRequired]) {
        expect(await summary.getByRole('link', { name: message }).count(), message).toBe(1);
      }
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 15_000 }).toBe('inquiry-firstName');
      const firstName = page.locator('#inquiry-firstName');
      expect(await firstName.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await firstName.getAttribute('aria-describedby')) ?? '';
      const descriptions = await Promise.all(describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()));
      expect(descriptions).toContain(fr.inquiry.errors.firstNameRequired);
      // Nothing typed is lost.
      expect(await page.locator('#inquiry-lastName').inputValue()).toBe('Durand');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'form-errors-fr');

      // A summary link moves focus to its field; fixing a field clears its error.
      await summary.getByRole('link', { name: fr.inquiry.errors.emailInvalid }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 15_000 }).toBe('inquiry-email');
      await page.locator('#inquiry-email').fill('durand@example.com');
      await expect.poll(() => page.locator('#inquiry-email').getAttribute('aria-invalid'), { timeout: 15_000 }).not.toBe('true');
    });
  });

  it('can be completed with the keyboard alone', async () => {
    await withPage(browser, async (page) => {
      await page.goto(url(`${studyPath}?lang=en`));
      await page.locator('#inquiry-firstName').waitFor();
      const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
      for (let presses = 0; (await focusedId()) !== 'inquiry-firstName'; presses++) {
        expect(presses, 'Tab never reached the first name').toBeLessThan(80);
        await page.keyboard.press('Tab');
      }
      const order: string[] = [];
      const typeAndTab = async (text: string) => {
        order.push(await focusedId());
        if (text) await page.keyboard.type(text);
        await page.keyboard.press('Tab');
      };
      await typeAndTab('Karim');
      await typeAndTab('Mansour');
      await typeAndTab(uniqueEmail());
      await typeAndTab('+20 10 5555 0101');
      await typeAndTab(''); // other language: none
      await typeAndTab(''); // place
      await typeAndTab(''); // country
      while ((await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)) !== 'checkbox') {
        order.push(await focusedId());
        expect(order.length, 'Tab never reached the consent').toBeLessThan(20);
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Space');
      expect(await page.getByRole('checkbox', { name: en.inquiry.consent }).isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(en.inquiry.submit);
      await page.keyboard.press('Enter');
      expect(SEED_SITE_NAMES).toContain(await confirmedSite(page, en));
      expect(order.slice(0, 7)).toEqual([
        'inquiry-firstName',
        'inquiry-lastName',
        'inquiry-email',
        'inquiry-phone',
        'inquiry-otherLanguage',
        'inquiry-place',
        'inquiry-country',
      ]);
      // The honeypot is never in the tab order.
      expect(order).not.toContain('inquiry-website');
    }, ownClientAddress());
  });

  it('says gently when the typed place could not be found', async () => {
    await withPage(browser, async (page) => {
      await page.goto(url(`${studyPath}?lang=en`));
      await fillContact(page, en, { first: 'Omar', last: 'Said', email: uniqueEmail(), phone: '+20 10 2222 3333' });
      await page.locator('#inquiry-country').selectOption('EG');
      await page.locator('#inquiry-place').fill('Qqqzzville');
      await page.locator('#inquiry-place').press('Tab');
      await page.getByText(en.location.notFound).waitFor();
      await page.getByRole('button', { name: en.inquiry.submit, exact: true }).click();
      expect(SEED_SITE_NAMES).toContain(await confirmedSite(page, en));
      await page.getByText(en.inquiry.confirmation.placeNotFound).waitFor();
    }, ownClientAddress());
  });

  it("shows the server's field errors in the page language, keeping what was typed", async () => {
    await withPage(browser, async (page) => {
      await page.goto(url(`${studyPath}?lang=fr`));
      await page.getByRole('heading', { name: fr.inquiry.title }).waitFor();
      await fillContact(page, fr as Catalogue, { first: 'Lina', last: 'Haddad', email: uniqueEmail(), phone: '12' });
      await page.getByRole('button', { name: fr.inquiry.submit, exact: true }).click();
      // "12" passes the shared schema but is not a phone number: the server answers 422 on `phone`.
      await page.getByText(fr.inquiry.errors.phoneInvalid).first().waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 15_000 }).toBe('inquiry-phone');
      expect(await page.locator('#inquiry-firstName').inputValue()).toBe('Lina');
      await page.locator('#inquiry-phone').fill('+20 10 1234 5678');
      await page.getByRole('button', { name: fr.inquiry.submit, exact: true }).click();
      expect(SEED_SITE_NAMES).toContain(await confirmedSite(page, fr as Catalogue));
    }, ownClientAddress());
  });

  it('asks kindly to wait when the server says there were too many attempts', async () => {
    await withPage(browser, async (page) => {
      await page.route('**/api/public/studies/*/inquiries', (route) =>
        route.fulfill({ status: 429, headers: { 'retry-after': '60' }, json: { errors: [{ path: '', message: 'Too many requests.' }] } }),
      );
      await page.goto(url(`${studyPath}?lang=ar`));
      await fillContact(page, ar as Catalogue, { first: 'منى', last: 'حسن', email: uniqueEmail(), phone: '01012345678' });
      await page.getByRole('button', { name: ar.inquiry.submit, exact: true }).click();
      await page.getByText(ar.inquiry.problem.rateLimited_one).waitFor();
      expect(await page.locator('#inquiry-firstName').inputValue()).toBe('منى');
    });
  });

  it('keeps everything after a network failure and retries with the same Idempotency-Key', async () => {
    await withPage(browser, async (page) => {
      const keys: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().includes('/inquiries')) keys.push(request.headers()['idempotency-key'] ?? '');
      });
      await page.route('**/api/public/studies/*/inquiries', (route) => route.abort('internetdisconnected'));
      await page.goto(url(`${studyPath}?lang=en`));
      await fillContact(page, en, { first: 'Sara', last: 'Youssef', email: uniqueEmail(), phone: '+20 10 4444 5555' });
      await page.getByRole('button', { name: en.inquiry.submit, exact: true }).click();
      await page.getByText(en.inquiry.problem.network).waitFor();
      expect(await page.locator('#inquiry-lastName').inputValue()).toBe('Youssef');
      expect(await page.getByRole('checkbox', { name: en.inquiry.consent }).isChecked()).toBe(true);

      await page.unroute('**/api/public/studies/*/inquiries');
      await page.getByRole('button', { name: en.inquiry.retry }).click();
      expect(SEED_SITE_NAMES).toContain(await confirmedSite(page, en));
      expect(keys).toHaveLength(2);
      expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(keys[1]).toBe(keys[0]);
    }, ownClientAddress());
  });

  it('works as the embeddable form alone (source EMBED), and serves the embed script', async () => {
    await withPage(browser, async (page) => {
      const bodies: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().includes('/inquiries')) bodies.push(request.postData() ?? '');
      });
      await page.goto(url(`/embed/studies/${SEED_NCT_ID}?lang=en`));
      await page.locator('#inquiry-firstName').waitFor();
      // Only the form: no site header, navigation or footer.
      expect(await page.locator('header, nav, footer').count()).toBe(0);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      await fillContact(page, en, { first: 'Hala', last: 'Nabil', email: uniqueEmail(), phone: '+20 10 7777 8888' });
      await page.getByRole('button', { name: en.inquiry.submit, exact: true }).click();
      expect(SEED_SITE_NAMES).toContain(await confirmedSite(page, en, 'main'));
      expect(JSON.parse(bodies[0]!)).toMatchObject({ source: 'EMBED', language: 'en', consent: true, website: '' });

      const script = await page.request.get(url('/embed.js'));
      expect(script.ok()).toBe(true);
      expect(await script.text()).toContain('data-trialconnect-study');
    }, ownClientAddress());
  });
});
