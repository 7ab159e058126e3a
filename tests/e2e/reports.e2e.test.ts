// Reports and settings in a real browser against the demo data: charts and their table view,
// the period, CSV export, settings saved and shown, Arabic right-to-left on a phone with axe.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../client/src/i18n/locales/en.json';
import arReports from '../../client/src/i18n/locales/ar/reports.json';
import arSettings from '../../client/src/i18n/locales/ar/settings.json';
import enReports from '../../client/src/i18n/locales/en/reports.json';
import enSettings from '../../client/src/i18n/locales/en/settings.json';
import { DEMO_SITES } from '../../prisma/seed/demo-sites';
import { staffEmail } from '../../prisma/seed/demo-people';
import { closeBrowser, launchBrowser } from './browser';
import { documentLanguage, horizontalOverflow, phone, screenshot, seriousViolations, url, withPage } from './public-helpers';

const r = enReports.reports;
const s = enSettings.settings;
const admin = { email: inject('adminEmail'), password: inject('adminPassword') };
const assiut = DEMO_SITES.find((site) => site.key === 'eg-assiut')!;
const coordinator = { email: staffEmail('Hanan Abdelrahman', assiut.domain), password: inject('adminPassword') };

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => closeBrowser(browser));

async function signIn(page: Page, who: { email: string; password: string }, next: string) {
  await page.goto(url(`/sign-in?next=${encodeURIComponent(next)}`));
  await page.getByLabel(en.signIn.email).fill(who.email);
  await page.locator('input[name="password"]').fill(who.password);
  await page.getByRole('button', { name: en.signIn.submit }).click();
  await page.waitForURL((current) => current.pathname === next.split('?')[0]);
}

const section = (page: Page, title: string) => page.getByRole('region', { name: title });
const chartLabel = (title: string, template = r.chartLabel) => template.replace('{{title}}', title);

describe('reports', { timeout: 120_000 }, () => {
  it('shows an admin charts with a table alternative, follows the period, and downloads CSV', async () => {
    await withPage(browser, async (page) => {
      await signIn(page, admin, '/dashboard/reports');
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.dashboard.pages.reports.title);
      const funnel = section(page, r.funnel.title);
      await funnel.getByRole('img', { name: chartLabel(r.funnel.title) }).locator('svg .recharts-bar-rectangle').first().waitFor();
      for (const title of [r.firstContact.title, r.sla.title, r.languages.title, r.sources.title]) {
        await section(page, title).getByRole('img', { name: chartLabel(title) }).locator('svg').first().waitFor();
      }

      // A longer period counts at least as many inquiries.
      const received = async () => Number((await page.locator('dl dd').first().innerText()).replace(/\D/g, ''));
      const before = await received();
      await page.getByRole('combobox', { name: r.period, exact: true }).click();
      await page.getByRole('option', { name: r.presets['90d'] }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('90d');
      await expect.poll(received).toBeGreaterThan(before);

      // The table alternative of the funnel: one row per study and site.
      await funnel.getByText(r.viewTable, { exact: true }).click();
      const table = funnel.getByRole('table');
      await table.waitFor();
      const headers = await table.locator('thead th').allInnerTexts();
      expect(headers).toEqual([r.study, r.nctId, r.site, ...Object.values(r.stages)]);
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(3);
      await screenshot(page, 'reports-admin-en');

      const download = page.waitForEvent('download');
      await funnel.getByRole('button', { name: `${r.downloadCsv} — ${r.funnel.title}` }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^funnel-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = await readFile((await file.path())!, 'utf8');
      expect(csv.split('\r\n')[0]).toBe(`\uFEFF${headers.join(',')}`);
      expect(csv).toContain('NCT07068126');
    }, { acceptDownloads: true });
  });

  it('offers a coordinator their own site only', async () => {
    await withPage(browser, async (page) => {
      await signIn(page, coordinator, '/dashboard/reports');
      await section(page, r.funnel.title).getByRole('img').waitFor();
      await page.getByRole('combobox', { name: r.site, exact: true }).click();
      const options = await page.getByRole('listbox', { name: r.site, exact: true }).getByRole('option').allInnerTexts();
      expect(options).toHaveLength(1);
      expect(options[0]).toContain(assiut.name);
    });
  });

  it('works right to left on a 360 px phone in Arabic, with no serious axe violations', async () => {
    await withPage(browser, async (page) => {
      await signIn(page, admin, '/dashboard/reports?lang=ar');
      const title = arReports.reports.funnel.title;
      await section(page, title).getByRole('img', { name: chartLabel(title, arReports.reports.chartLabel) }).locator('svg').first().waitFor();
      expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'reports-admin-ar-phone');
      await section(page, title).getByText(arReports.reports.viewTable, { exact: true }).click();
      await section(page, title).getByRole('table').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

      await page.goto(url('/dashboard/settings'));
      await page.getByLabel(arSettings.settings.fields.slaWorkingHours.label).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'settings-admin-ar-phone');
    }, phone);
  });
});

describe('settings', { timeout: 90_000 }, () => {
  it('saves the response-time target and shows it after a reload; refuses a value out of range', async () => {
    await withPage(browser, async (page) => {
      await signIn(page, admin, '/dashboard/settings');
      const target = page.getByLabel(s.fields.slaWorkingHours.label);
      const original = await target.inputValue();
      await target.fill('12');
      await page.getByRole('button', { name: s.save }).click();
      await page.getByText(s.saved_one.replace('{{count}}', '1')).waitFor();
      await page.reload();
      await expect.poll(() => page.getByLabel(s.fields.slaWorkingHours.label).inputValue()).toMatch(/^12\b/);
      await screenshot(page, 'settings-admin-en');

      const lead = page.getByLabel(s.fields.slaReminderLeadMinutes.label);
      await lead.fill('2');
      await page.getByRole('button', { name: s.save }).click();
      await page.getByText(s.range.replace('{{min}}', '5').replace('{{max}}', '1440')).waitFor();

      // Put the demo's value back for the other browser tests.
      await page.reload();
      await page.getByLabel(s.fields.slaWorkingHours.label).fill(original.replace(/\D.*$/, ''));
      await page.getByRole('button', { name: s.save }).click();
      await page.getByText(s.saved_one.replace('{{count}}', '1')).waitFor();
    });
  });

  it('is for admins only', async () => {
    await withPage(browser, async (page) => {
      await signIn(page, coordinator, '/dashboard/settings');
      await page.getByRole('heading', { name: en.dashboard.noAccessTitle }).waitFor();
      expect(await page.getByLabel(s.fields.slaWorkingHours.label).count()).toBe(0);
    });
  });
});
