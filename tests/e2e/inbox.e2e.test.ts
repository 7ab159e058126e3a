// The coordinators' inbox in a real browser against the demo data: scope per site, filters,
// search and sort, keyboard triage, CSV export, and the Arabic phone layout with axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import arInbox from '../../client/src/i18n/locales/ar/inbox.json';
import en from '../../client/src/i18n/locales/en.json';
import enInbox from '../../client/src/i18n/locales/en/inbox.json';
import { DEMO_SITES } from '../../prisma/seed/demo-sites';
import { staffEmail } from '../../prisma/seed/demo-people';
import { closeBrowser, launchBrowser } from './browser';
import { documentLanguage, horizontalOverflow, ownClientAddress, phone, screenshot, seriousViolations, url, withPage } from './public-helpers';

const t = enInbox.inbox;
// The list answers after a debounce and a round trip on a busy machine: give it time.
const poll = <T,>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });
const assiut = DEMO_SITES.find((s) => s.key === 'eg-assiut')!;
// A demo coordinator of Assiut only (prisma/seed/demo-people.ts); demo staff share the admin's password.
const coordinator = { email: staffEmail('Hanan Abdelrahman', assiut.domain), password: inject('adminPassword') };
const admin = { email: inject('adminEmail'), password: inject('adminPassword') };

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => closeBrowser(browser));

async function signIn(page: Page, who: { email: string; password: string }, next = '/dashboard') {
  await page.goto(url(`/sign-in?next=${encodeURIComponent(next)}`));
  await page.getByLabel(en.signIn.email).fill(who.email);
  await page.locator('input[name="password"]').fill(who.password);
  await page.getByRole('button', { name: en.signIn.submit }).click();
  await page.waitForURL((current) => current.pathname.startsWith('/dashboard'));
  await page.locator('[data-row-link]').first().waitFor();
}

const table = (page: Page) => page.getByRole('table', { name: t.tableLabel });
const inboxRows = (page: Page) => table(page).locator('tbody tr');
/** The text of one column's cells, by its position among the visible headers. */
async function columnTexts(page: Page, header: string): Promise<string[]> {
  const headers = await table(page).locator('thead th').allInnerTexts();
  const index = headers.findIndex((h) => h.startsWith(header));
  expect(index, header).toBeGreaterThanOrEqual(0);
  return inboxRows(page).locator(`td:nth-child(${index + 1})`).allInnerTexts();
}

describe('inbox', { timeout: 90_000 }, () => {
  it('shows an admin every site; a coordinator only the rows of their site', async () => {
    await withPage(browser, async (page) => {
      await signIn(page, admin);
      expect(await page.locator('h1').textContent()).toBe(en.dashboard.pages.inbox.title);
      const adminSites = new Set(await columnTexts(page, t.columns.site));
      expect(adminSites.size).toBeGreaterThan(1);
      await screenshot(page, 'inbox-admin-en');
    }, ownClientAddress());

    await withPage(browser, async (page) => {
      await signIn(page, coordinator);
      const sites = await columnTexts(page, t.columns.site);
      expect(sites.length).toBeGreaterThan(0);
      expect(new Set(sites)).toEqual(new Set([assiut.name]));
      // Asking for another site in the URL shows nothing of it.
      const other = DEMO_SITES.find((s) => s.key === 'eg-ain-shams')!;
      expect(other).toBeDefined();
      await page.goto(url('/dashboard?perPage=100'));
      await inboxRows(page).first().waitFor();
      expect(new Set(await columnTexts(page, t.columns.site))).toEqual(new Set([assiut.name]));
    }, ownClientAddress());
  });

  it('filters by status, searches, and sorts in the browser', async () => {
    await withPage(browser, async (page) => {
      await signIn(page, coordinator);
      await page.getByRole('button', { name: t.filters.button }).click();
      const drawer = page.getByRole('dialog', { name: t.filters.title });
      await drawer.getByRole('combobox', { name: t.columns.status }).click();
      await page.getByRole('option', { name: en.status.inquiry.NEW, exact: true }).click();
      await drawer.getByRole('button', { name: t.filters.done }).click();
      await poll(async () => new Set(await columnTexts(page, t.columns.status))).toEqual(new Set([en.status.inquiry.NEW]));
      expect(new URL(page.url()).searchParams.get('statuses')).toBe('NEW');
      await page.getByRole('button', { name: `${t.filters.remove.replace('{{label}}', `${t.columns.status}: ${en.status.inquiry.NEW}`)}` }).click();

      // Search by a family's last name: it stays out of the URL.
      const firstPatient = (await columnTexts(page, t.columns.patient))[0]!.split('\n')[0]!;
      const lastName = firstPatient.split(' ').slice(-1)[0]!;
      await page.getByRole('searchbox', { name: t.search.label }).fill(lastName);
      await poll(async () => (await columnTexts(page, t.columns.patient)).every((p) => p.toLowerCase().includes(lastName.toLowerCase()))).toBe(true);
      expect(page.url()).not.toContain(encodeURIComponent(lastName));
      await page.getByRole('button', { name: t.search.clear }).click();

      // Sort by patient: A to Z, then Z to A (the order itself is checked in the integration tests).
      const sortButton = table(page).getByRole('button', { name: new RegExp(`^${t.columns.patient}`) });
      await sortButton.click();
      await poll(() => table(page).locator('th[aria-sort="ascending"]').innerText()).toContain(t.columns.patient);
      expect(new URL(page.url()).searchParams.get('sort')).toBe('patient.asc');
      const ascending = await columnTexts(page, t.columns.patient);
      await sortButton.click();
      await poll(() => table(page).locator('th[aria-sort="descending"]').innerText()).toContain(t.columns.patient);
      await poll(() => columnTexts(page, t.columns.patient)).not.toEqual(ascending);
      await screenshot(page, 'inbox-coordinator-sorted');
    }, ownClientAddress());
  });

  it('triages with the keyboard: moves, selects, shows the shortcuts and opens a row', async () => {
    await withPage(browser, async (page) => {
      await signIn(page, coordinator);
      const links = table(page).locator('[data-row-link]');
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('j');
      await poll(() => links.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('j');
      await poll(() => links.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('k');
      await poll(() => links.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);

      await page.keyboard.press('x');
      await poll(() => inboxRows(page).nth(0).getByRole('checkbox').isChecked()).toBe(true);
      await poll(() => page.getByRole('region', { name: t.bulk.label }).innerText()).toContain('1 selected');
      await page.keyboard.press('x');

      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: t.keys.title });
      await help.waitFor();
      expect(await help.innerText()).toContain(t.keys.actions.next);
      await screenshot(page, 'inbox-shortcuts');
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'hidden' });

      const href = await links.nth(0).getAttribute('href');
      await links.nth(0).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((current) => current.pathname === href);
    }, ownClientAddress());
  });

  it('exports the current filter as CSV with progress', async () => {
    await withPage(browser, async (page) => {
      await signIn(page, coordinator);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: t.export.button }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^inquiries-\d{4}-\d{2}-\d{2}\.csv$/);
      await poll(() => page.getByRole('status').filter({ hasText: /Exported/ }).count()).toBe(1);
    }, { ...ownClientAddress(), acceptDownloads: true });
  });

  it('works in Arabic, right to left, on a 360 px phone, with no serious axe findings', async () => {
    await withPage(browser, async (page) => {
      await signIn(page, coordinator, '/dashboard?lang=ar');
      expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
      // A phone gets one card per inquiry instead of the ten-column table.
      const cards = page.getByRole('list', { name: arInbox.inbox.tableLabel }).getByRole('listitem');
      await cards.first().waitFor();
      expect(await page.getByRole('table', { name: arInbox.inbox.tableLabel }).count()).toBe(0);
      expect(await cards.first().innerText()).toContain(arInbox.inbox.columns.assignee);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'inbox-ar-phone');
      await page.getByRole('button', { name: arInbox.inbox.filters.button }).click();
      await page.getByRole('dialog', { name: arInbox.inbox.filters.title }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'inbox-ar-phone-filters');
    }, { ...phone, ...ownClientAddress() });
  });
});
