// The inquiry page in a real browser against the demo data: a coordinator triages a new inquiry
// from New to Scheduled (a call, status changes with reasons), adds a team note, sends a templated
// e-mail after previewing it, and sees it on the timeline; the admin finds that e-mail in the
// outbox; the page in Arabic at 360 px is right-to-left, fits, and passes axe.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../client/src/i18n/locales/en.json';
import arPage from '../../client/src/i18n/locales/ar/inquiry-page.json';
import enPage from '../../client/src/i18n/locales/en/inquiry-page.json';
import { DEMO_SITES } from '../../prisma/seed/demo-sites';
import { staffEmail } from '../../prisma/seed/demo-people';
import { closeBrowser, launchBrowser } from './browser';
import { documentLanguage, horizontalOverflow, ownClientAddress, phone, screenshot, seriousViolations, settleAnimations, SEED_NCT_ID, uniqueEmail, url, withPage } from './public-helpers';

const t = enPage.inquiryPage;
const assiut = DEMO_SITES.find((s) => s.key === 'eg-assiut')!;
// A demo coordinator of Assiut only (prisma/seed/demo-people.ts); demo staff share the admin's password.
const coordinator = { email: staffEmail('Hanan Abdelrahman', assiut.domain), password: inject('adminPassword') };
const admin = { email: inject('adminEmail'), password: inject('adminPassword') };

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => closeBrowser(browser));

/** A new inquiry from a family near Assiut, through the public API: it is routed there, status New. */
async function newAssiutInquiry(lastName: string) {
  const email = uniqueEmail();
  const digits = String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0');
  const res = await fetch(url(`/api/public/studies/${SEED_NCT_ID}/inquiries`), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...ownClientAddress().extraHTTPHeaders },
    body: JSON.stringify({ firstName: 'Nour', lastName, email, phone: `+20 100 ${digits}`, language: 'ar', location: { lat: 27.18, lon: 31.18 }, consent: true }),
  });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { id: string; site: { name: string } };
  expect(body.site.name).toBe(assiut.name);
  return { id: body.id, email };
}

async function signIn(page: Page, who: { email: string; password: string }, next: string) {
  await page.goto(url(`/sign-in?next=${encodeURIComponent(next)}`));
  await page.getByLabel(en.signIn.email).fill(who.email);
  await page.locator('input[name="password"]').fill(who.password);
  await page.getByRole('button', { name: en.signIn.submit }).click();
  await page.waitForURL((current) => current.pathname === next.split('?')[0]);
}

/** Serious or critical axe findings in the app's own UI; the e-mail preview frame is sandboxed (no scripts), so axe cannot run inside it. */
async function pageViolations(page: Page): Promise<string[]> {
  await settleAnimations(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).setLegacyMode(true).options({ iframes: false }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const statusBadge = (page: Page) => page.getByRole('region', { name: t.status.title });
const timeline = (page: Page) => page.getByTestId('timeline');

async function changeStatus(page: Page, to: keyof typeof en.status.inquiry, reason: string) {
  const panel = statusBadge(page);
  await panel.getByRole('combobox', { name: t.status.next }).click();
  await page.getByRole('option', { name: en.status.inquiry[to], exact: true }).click();
  await panel.getByRole('textbox', { name: t.status.reason }).fill(reason);
  await panel.getByRole('button', { name: t.status.save }).click();
  await timeline(page).getByText(reason).waitFor();
  await expect.poll(() => panel.getByText(en.status.inquiry[to], { exact: true }).first().isVisible()).toBe(true);
}

describe('inquiry triage', { timeout: 120_000 }, () => {
  it('a coordinator triages a new inquiry to Scheduled, notes it, e-mails the family; the admin sees the e-mail in the outbox', async () => {
    const lastName = `Triage${Date.now().toString(36)}`;
    const inquiry = await newAssiutInquiry(lastName);
    await withPage(browser, async (page) => {
      await signIn(page, coordinator, `/dashboard/inquiries/${inquiry.id}`);
      await expect.poll(() => page.locator('h1').textContent()).toBe(`Nour ${lastName}`);
      // Contact: click to call and to e-mail; the preferred language is stated.
      expect(await page.locator('a[href^="tel:+20100"]').count()).toBe(1);
      expect(await page.locator(`a[href="mailto:${inquiry.email}"]`).count()).toBe(1);
      expect(await page.getByTestId('preferred-language').textContent()).toContain('Arabic');
      // Routing explanation: the rule and the other centres with distances.
      const routing = page.getByRole('region', { name: t.routing.title });
      await routing.getByText(t.routing.rules.NEAREST_LANGUAGE_MATCH).waitFor();
      expect(await routing.getByRole('row').count()).toBeGreaterThanOrEqual(3);
      await screenshot(page, 'inquiry-new-en');
      expect(await seriousViolations(page)).toEqual([]);

      // New → Attempting contact by logging an unanswered call.
      await statusBadge(page).getByRole('button', { name: t.call.open }).click();
      const callDialog = page.getByRole('dialog', { name: t.call.title });
      await callDialog.getByRole('radio', { name: t.call.outcomes.NO_ANSWER }).check();
      await callDialog.getByRole('button', { name: t.call.save }).click();
      await timeline(page).getByText(t.timeline.call.replace('{{outcome}}', t.call.outcomes.NO_ANSWER)).waitFor();
      await expect.poll(() => statusBadge(page).getByText(en.status.inquiry.ATTEMPTING_CONTACT, { exact: true }).first().isVisible()).toBe(true);
      await statusBadge(page).getByText('1 contact attempt').waitFor();

      await changeStatus(page, 'CONTACTED', 'Mother called back');
      await changeStatus(page, 'PRE_SCREENING', 'Pre-screening questions by phone');
      await changeStatus(page, 'ELIGIBLE', 'Meets the age and platelet criteria');
      await changeStatus(page, 'SCHEDULED', 'Screening visit booked');

      await page.getByRole('textbox', { name: t.notes.label }).fill('Family prefers calls after 5 pm.');
      await page.getByRole('button', { name: t.notes.add }).click();
      await timeline(page).getByText('Family prefers calls after 5 pm.').waitFor();

      // A templated e-mail in the family's language, previewed, then sent.
      await page.getByRole('button', { name: t.email.open }).click();
      const composer = page.getByRole('dialog', { name: t.email.title });
      await composer.getByRole('combobox', { name: t.email.template }).click();
      await page.getByRole('option', { name: en.templates.names.followup['prescreen-booked'] }).click();
      await composer.getByRole('textbox', { name: t.email.inputs.APPOINTMENT_TIME }).fill('الثلاثاء ١ ديسمبر، ١٠:٣٠');
      await composer.getByRole('textbox', { name: t.email.inputs.APPOINTMENT_PLACE }).fill('عيادة الدم، الطابق الثاني');
      // The server-rendered message, in the sandboxed preview frame.
      const frame = composer.locator('iframe');
      await expect.poll(async () => (await frame.getAttribute('srcdoc')) ?? '', { timeout: 15_000 }).toContain('عيادة الدم، الطابق الثاني');
      expect(await frame.getAttribute('srcdoc')).toContain('dir="rtl"');
      const subject = await composer.getByRole('textbox', { name: t.email.subject }).inputValue();
      expect(subject.length).toBeGreaterThan(0);
      await screenshot(page, 'inquiry-email-preview-en');
      expect(await pageViolations(page)).toEqual([]);
      const send = composer.getByRole('button', { name: t.email.send });
      // A double click sends one e-mail (the request key is the same).
      await send.dblclick();
      await composer.waitFor({ state: 'hidden' });
      const emailEntry = timeline(page).getByRole('listitem').filter({ hasText: en.templates.names.followup['prescreen-booked'] });
      await emailEntry.first().waitFor();
      expect(await emailEntry.count()).toBe(1);
      expect(await emailEntry.textContent()).toMatch(new RegExp(`${en.outbox.status.QUEUED}|${en.outbox.status.SENDING}|${en.outbox.status.SENT}`));
      await screenshot(page, 'inquiry-scheduled-en');
    }, ownClientAddress());

    await withPage(browser, async (page) => {
      await signIn(page, admin, '/dashboard/outbox');
      // The family's messages: the confirmation of their inquiry, and the follow-up sent once.
      const rows = page.getByRole('row').filter({ hasText: inquiry.email });
      await rows.first().waitFor();
      const followUps = rows.filter({ hasText: en.templates.names.followup['prescreen-booked'] });
      expect(await followUps.count()).toBe(1);
      await screenshot(page, 'inquiry-outbox-admin');
    }, ownClientAddress());
  });

  it('shows the page right-to-left in Arabic on a 360 px phone, without overflow or axe violations, overdue follow-ups flagged', async () => {
    const inquiry = await newAssiutInquiry(`Phone${Date.now().toString(36)}`);
    await withPage(browser, async (page) => {
      await signIn(page, coordinator, `/dashboard/inquiries/${inquiry.id}?lang=ar`);
      await page.getByRole('heading', { name: arPage.inquiryPage.contact.title }).waitFor();
      await page.getByRole('heading', { name: arPage.inquiryPage.timeline.title }).waitFor();
      expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'inquiry-ar-phone');
      expect(await seriousViolations(page)).toEqual([]);
      // A follow-up date already past shows as overdue.
      const anHourAgo = await page.evaluate(() => {
        const d = new Date(Date.now() - 3_600_000);
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
      });
      await page.getByLabel(arPage.inquiryPage.followUp.date).fill(anHourAgo);
      await page.getByRole('button', { name: arPage.inquiryPage.followUp.set }).click();
      await page.getByTestId('follow-up-overdue').waitFor();
      expect(await page.getByTestId('follow-up-overdue').textContent()).toContain(arPage.inquiryPage.followUp.overdue);
      await page.getByRole('button', { name: arPage.inquiryPage.email.open }).click();
      const composer = page.getByRole('dialog', { name: arPage.inquiryPage.email.title });
      await expect.poll(async () => (await composer.locator('iframe').getAttribute('srcdoc')) ?? '', { timeout: 15_000 }).toContain('dir="rtl"');
      await screenshot(page, 'inquiry-ar-phone-email');
      expect(await pageViolations(page)).toEqual([]);
    }, { ...phone, ...ownClientAddress() });
  });
});
