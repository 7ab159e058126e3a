// The embed on a partner's website, in a real browser: an admin adds the partner (its origin is a
// tiny page server of this test on 127.0.0.1), the partner's page embeds the form with the
// snippet, a family submits it inside the frame; the same snippet on an origin that is not on the
// list shows no form. Also the admin page in Arabic on a phone, with axe.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../client/src/i18n/locales/en.json';
import arPartners from '../../client/src/i18n/locales/ar/partners.json';
import enPartners from '../../client/src/i18n/locales/en/partners.json';
import { closeBrowser, launchBrowser } from './browser';
import { documentLanguage, horizontalOverflow, ownClientAddress, phone, screenshot, SEED_NCT_ID, seriousViolations, uniqueEmail, url, withPage } from './public-helpers';

const p = enPartners.partners;
const admin = { email: inject('adminEmail'), password: inject('adminPassword') };

let browser: Browser | undefined;
let partnerSite: http.Server;
let partnerPort = 0;
// What the partner's page embeds, set once the admin has the key.
let snippet = '';
beforeAll(async () => {
  browser = await launchBrowser();
  partnerSite = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>Patient association</title></head><body><main><h1>Our partner's page</h1>${snippet}</main></body></html>`);
  });
  await new Promise<void>((resolve) => partnerSite.listen(0, '127.0.0.1', resolve));
  partnerPort = (partnerSite.address() as AddressInfo).port;
});
afterAll(async () => {
  await closeBrowser(browser);
  await new Promise((resolve) => partnerSite.close(resolve));
});

async function signIn(page: Page, next: string) {
  await page.goto(url(`/sign-in?next=${encodeURIComponent(next)}`));
  await page.getByLabel(en.signIn.email).fill(admin.email);
  await page.locator('input[name="password"]').fill(admin.password);
  await page.getByRole('button', { name: en.signIn.submit }).click();
  await page.waitForURL((current) => current.pathname === next);
}

describe('partner embed', { timeout: 120_000 }, () => {
  it('an admin adds a partner; its page embeds the form, which sends the inquiry with the partner', async () => {
    const name = `Patient association ${Date.now().toString(36)}`;
    const allowed = `http://127.0.0.1:${partnerPort}`;
    let key = '';
    await withPage(browser, async (page) => {
      await signIn(page, '/dashboard/settings');
      await page.getByRole('link', { name: p.settingsLink }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(p.title);
      await page.getByRole('button', { name: p.add }).click();
      const dialog = page.getByRole('dialog', { name: p.addTitle });
      await dialog.getByLabel(p.name).fill(name);
      await dialog.getByLabel(p.origins).fill(`${allowed}/\nnot an origin`);
      await dialog.getByRole('button', { name: p.create }).click();
      await expect.poll(() => dialog.getByText(p.invalidOrigin.replace('{{line}}', '2')).count()).toBe(1);
      await dialog.getByLabel(p.origins).fill(allowed);
      await dialog.getByRole('button', { name: p.create }).click();
      const card = page.getByRole('article', { name });
      await card.waitFor();
      key = (await card.locator('code').first().textContent())!.trim();
      expect(key).toMatch(/^pk_/);
      snippet = (await card.locator('pre, code[data-block]').first().textContent())!.replace('NCT00000000', SEED_NCT_ID);
      expect(snippet).toContain(`data-partner="${key}"`);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'partners-en');
    });

    await withPage(browser, async (page) => {
      const posts: { headers: Record<string, string>; status: number }[] = [];
      page.on('response', (res) => {
        if (res.request().method() === 'POST' && res.url().includes('/inquiries')) posts.push({ headers: res.request().headers(), status: res.status() });
      });
      await page.goto(`${allowed}/`);
      const frame = page.frameLocator('iframe');
      await frame.locator('#inquiry-firstName').waitFor();
      await frame.locator('#inquiry-firstName').fill('Hala');
      await frame.locator('#inquiry-lastName').fill('Nabil');
      await frame.locator('#inquiry-email').fill(uniqueEmail());
      await frame.locator('#inquiry-phone').fill('+20 10 5555 6666');
      await frame.getByRole('checkbox', { name: en.inquiry.consent }).check();
      await frame.getByRole('button', { name: en.inquiry.submit, exact: true }).click();
      await frame.getByRole('heading', { name: en.inquiry.confirmation.title }).waitFor();
      expect(posts).toHaveLength(1);
      expect(posts[0]).toMatchObject({ status: 201, headers: { 'x-partner-key': key } });
      await screenshot(page, 'partner-page-embed');
    }, ownClientAddress());

    // The inquiry is counted for the partner.
    await withPage(browser, async (page) => {
      await signIn(page, '/dashboard/partners');
      await expect.poll(() => page.getByRole('article', { name }).getByText(p.inquiries_one.replace('{{count}}', '1')).count()).toBe(1);
    });

    // The same snippet on an origin that is not on the list: the browser shows no form.
    await withPage(browser, async (page) => {
      const embedAnswer = page.waitForResponse((res) => res.url().includes('/embed/studies/'));
      await page.goto(`http://localhost:${partnerPort}/`);
      const answer = await embedAnswer;
      expect(answer.headers()['content-security-policy']).toContain(`frame-ancestors ${allowed}`);
      await page.waitForTimeout(1500);
      expect(await page.frameLocator('iframe').locator('#inquiry-firstName').count()).toBe(0);
    });
  });

  it('the partners page in Arabic on a phone: right to left, no sideways scrolling, no serious axe findings', async () => {
    await withPage(browser, async (page) => {
      await signIn(page, '/dashboard/partners');
      await page.goto(url('/dashboard/partners?lang=ar'));
      await expect.poll(() => page.locator('h1').textContent()).toBe(arPartners.partners.title);
      expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
      await page.getByRole('article').first().waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'partners-ar-phone');
    }, phone);
  });
});
