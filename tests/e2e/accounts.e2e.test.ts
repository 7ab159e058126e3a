// Accounts in the browser: an admin invites a coordinator, who follows the e-mailed link in a
// browser of their own, chooses a password and sees only their site; the forgot-password round
// trip; the audit log shows what happened. Arabic right-to-left and a 360 px phone, axe-clean.
import { request as playwrightRequest, type APIRequestContext, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../client/src/i18n/locales/en.json';
import enAccount from '../../client/src/i18n/locales/en/account.json';
import enAudit from '../../client/src/i18n/locales/en/audit.json';
import enUsers from '../../client/src/i18n/locales/en/users.json';
import { DEMO_SITES } from '../../prisma/seed/demo-sites';
import { closeBrowser, launchBrowser } from './browser';
import { documentLanguage, horizontalOverflow, ownClientAddress, phone, screenshot, seriousViolations, url, withPage } from './public-helpers';

let browser: Browser | undefined;
let adminApi: APIRequestContext;
const site = DEMO_SITES.find((s) => s.key === 'eg-assiut')!;
const otherSites = DEMO_SITES.filter((s) => s.key === 'eg-abu-el-reesh' || s.key === 'eg-ain-shams').map((s) => s.name);
const invitee = { email: `coord-${Date.now().toString(36)}@e2e.example.org`, name: 'Mariam Fathy', password: 'invited-coordinator-pw-1' };
const newPassword = 'after-the-reset-pw-2026';

type Trpc<T> = { result: { data: { json: T } } };

/** Reads the admin's outbox through the API, as the admin outbox page does. */
async function latestEmail(to: string, templateKey: string, after = 0): Promise<string> {
  let found: { id: string; createdAt: string } | undefined;
  await expect
    .poll(
      async () => {
        const input = encodeURIComponent(JSON.stringify({ json: { page: 1, perPage: 50 } }));
        const res = await adminApi.get(`/trpc/outbox.list?input=${input}`);
        const items = ((await res.json()) as Trpc<{ items: { id: string; toAddress: string; templateKey: string; createdAt: string }[] }>).result.data.json.items;
        found = items.find((m) => m.toAddress === to && m.templateKey === templateKey && new Date(m.createdAt).getTime() > after);
        return Boolean(found);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  const res = await adminApi.get(`/trpc/outbox.get?input=${encodeURIComponent(JSON.stringify({ json: { id: found!.id } }))}`);
  return ((await res.json()) as Trpc<{ text: string }>).result.data.json.text;
}

/** The app's own link (its PUBLIC_URL may say localhost where the tests say 127.0.0.1). */
function linkIn(text: string, path: string): string {
  const link = text.split(/\s+/).find((word) => /^https?:\/\/(localhost|127\.0\.0\.1):\d+\//.test(word) && new URL(word).pathname.startsWith(path));
  if (!link) throw new Error(`no ${path} link in the e-mail`);
  return link;
}

async function signIn(page: Page, email: string, password: string, next = '/dashboard') {
  await page.goto(url(`/sign-in?lang=en&next=${encodeURIComponent(next)}`));
  await page.getByLabel(en.signIn.email).fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: en.signIn.submit }).click();
  await page.waitForURL((current) => current.pathname === next);
}

/** What the phone shows first (full-page shots of long lists are too tall to review). */
async function viewportShot(page: Page, name: string) {
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}-viewport.png` });
}

beforeAll(async () => {
  browser = await launchBrowser();
  adminApi = await playwrightRequest.newContext({ baseURL: inject('appUrl'), extraHTTPHeaders: { ...ownClientAddress().extraHTTPHeaders, origin: inject('appUrl') } });
  const res = await adminApi.post('/api/auth/sign-in/email', { data: { email: inject('adminEmail'), password: inject('adminPassword') } });
  expect(res.status()).toBe(200);
}, 60_000);

afterAll(async () => {
  await adminApi?.dispose();
  await closeBrowser(browser);
});

describe('accounts', { timeout: 120_000 }, () => {
  it('an admin invites a coordinator, who accepts in another browser and sees only the invited site', async () => {
    await withPage(
      browser,
      async (page) => {
        await signIn(page, inject('adminEmail'), inject('adminPassword'), '/dashboard/users');
        await expect.poll(() => page.locator('h1').textContent()).toBe(en.dashboard.pages.users.title);
        await page.getByRole('button', { name: enUsers.users.invite }).click();
        const dialog = page.getByRole('dialog', { name: enUsers.users.inviteTitle });
        await dialog.getByRole('button', { name: enUsers.users.form.send }).click();
        await dialog.getByText(enUsers.users.form.needSite).waitFor();
        await dialog.getByRole('textbox', { name: enUsers.users.form.email, exact: true }).fill(invitee.email);
        await dialog.getByRole('combobox', { name: enUsers.users.form.sites }).click();
        await page.getByRole('option', { name: new RegExp(`^${site.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
        await dialog.getByRole('heading', { name: enUsers.users.inviteTitle }).click();
        await dialog.getByRole('button', { name: enUsers.users.form.send }).click();
        await dialog.waitFor({ state: 'hidden' });
        await page.getByRole('tab', { name: new RegExp(enUsers.users.tabs.invitations) }).click();
        await page.getByRole('table', { name: enUsers.users.invitations.tableLabel }).getByText(invitee.email).waitFor();
        await screenshot(page, 'accounts-users-invitations-en');
        expect(await seriousViolations(page)).toEqual([]);
      },
      ownClientAddress(),
    );

    const link = linkIn(await latestEmail(invitee.email, 'account.invitation'), '/invitation/');

    // The invited person, in a browser that never saw the admin.
    await withPage(
      browser,
      async (page) => {
        await page.goto(`${link}?lang=en`);
        await expect.poll(() => page.locator('h1').textContent()).toBe(enAccount.account.invitation.title);
        expect(await page.getByLabel(enAccount.account.invitation.email).inputValue()).toBe(invitee.email);
        await page.getByText(site.name).waitFor();
        await page.getByLabel(enAccount.account.invitation.name).fill(invitee.name);
        await page.getByLabel(enAccount.account.password.new).fill(invitee.password);
        await page.getByLabel(enAccount.account.password.confirm).fill('not-the-same-password');
        await page.getByRole('button', { name: enAccount.account.invitation.submit }).click();
        await page.getByText(enAccount.account.password.mismatch).waitFor();
        await screenshot(page, 'accounts-invitation-en');
        expect(await seriousViolations(page)).toEqual([]);
        await page.getByLabel(enAccount.account.password.confirm).fill(invitee.password);
        await page.getByRole('button', { name: enAccount.account.invitation.submit }).click();
        await page.waitForURL((current) => current.pathname === '/dashboard');

        const mine = ((await (await page.request.get(new URL('/trpc/sites.listMine', page.url()).toString())).json()) as Trpc<{ name: string }[]>).result.data.json;
        expect(mine.map((s) => s.name)).toEqual([site.name]);
        await expect.poll(() => page.locator('h1').textContent()).toBe(en.dashboard.pages.inbox.title);
        // The inbox lists the site's inquiries (the demo data has some at every seed-study site).
        await page.locator('main table tbody tr').first().waitFor();
        const text = (await page.locator('main').textContent()) ?? '';
        // Names may be cut short in the table: compare their beginnings.
        expect(text).toContain(site.name.slice(0, 16));
        for (const other of otherSites) expect(text).not.toContain(other.slice(0, 16));
        await screenshot(page, 'accounts-coordinator-inbox-en');

        // The link worked once.
        await page.goto(`${link}?lang=en`);
        await expect.poll(() => page.locator('h1').textContent()).toBe(enAccount.account.invitation.states.used.title);
      },
      ownClientAddress(),
    );

    // And the password signs in from anywhere.
    await withPage(browser, (page) => signIn(page, invitee.email, invitee.password), ownClientAddress());
  });

  it('resets a forgotten password through the e-mailed link, which then stops working', async () => {
    const before = Date.now();
    let link = '';
    await withPage(
      browser,
      async (page) => {
        await page.goto(url('/sign-in?lang=en'));
        await page.getByRole('link', { name: en.signIn.forgotPassword }).click();
        await expect.poll(() => page.locator('h1').textContent()).toBe(enAccount.account.forgot.title);
        await page.getByLabel(enAccount.account.forgot.email).fill(invitee.email);
        await page.getByRole('button', { name: enAccount.account.forgot.submit }).click();
        await expect.poll(() => page.locator('h1').textContent()).toBe(enAccount.account.forgot.sentTitle);
        expect(await seriousViolations(page)).toEqual([]);

        link = linkIn(await latestEmail(invitee.email, 'account.password-reset', before), '/reset-password');
        await page.goto(link);
        await expect.poll(() => page.locator('h1').textContent()).toBe(enAccount.account.reset.title);
        await page.getByLabel(enAccount.account.password.new).fill('short');
        await page.getByRole('button', { name: enAccount.account.reset.submit }).click();
        await page.getByText(enAccount.account.password.tooShort.replace('{{min}}', '12')).waitFor();
        await page.getByLabel(enAccount.account.password.new).fill(newPassword);
        await page.getByLabel(enAccount.account.password.confirm).fill(newPassword);
        await screenshot(page, 'accounts-reset-en');
        expect(await seriousViolations(page)).toEqual([]);
        await page.getByRole('button', { name: enAccount.account.reset.submit }).click();
        await expect.poll(() => page.locator('h1').textContent()).toBe(enAccount.account.reset.doneTitle);

        await page.goto(link);
        await page.getByLabel(enAccount.account.password.new).fill('another-new-password-9');
        await page.getByLabel(enAccount.account.password.confirm).fill('another-new-password-9');
        await page.getByRole('button', { name: enAccount.account.reset.submit }).click();
        await expect.poll(() => page.locator('h1').textContent()).toBe(enAccount.account.reset.invalidTitle);
      },
      ownClientAddress(),
    );
    await withPage(browser, (page) => signIn(page, invitee.email, newPassword), ownClientAddress());
  });

  it('shows admins the audit log, filtered, with the full entry', async () => {
    await withPage(
      browser,
      async (page) => {
        await signIn(page, inject('adminEmail'), inject('adminPassword'), '/dashboard/audit-log');
        await expect.poll(() => page.locator('h1').textContent()).toBe(en.dashboard.pages.auditLog.title);
        const table = page.getByRole('table', { name: enAudit.audit.tableLabel });
        await table.getByText('invitation.accept').first().waitFor();
        await page.getByLabel(enAudit.audit.filters.action).fill('user.password-reset');
        await page.getByRole('button', { name: enAudit.audit.filters.apply }).click();
        await page.waitForURL((current) => current.searchParams.get('action') === 'user.password-reset');
        await table.getByText('user.password-reset-request').first().waitFor();
        await expect.poll(() => table.getByText('invitation.accept').count()).toBe(0);
        await screenshot(page, 'accounts-audit-en');
        expect(await seriousViolations(page)).toEqual([]);

        await page.goto(url('/dashboard/audit-log?action=invitation.accept&lang=en'));
        await table.getByRole('link', { name: /invitation\.accept/ }).first().click();
        await expect.poll(() => page.locator('h1').textContent()).toBe(enAudit.audit.detail.title);
        const metadata = (await page.locator('pre').textContent()) ?? '';
        expect(JSON.parse(metadata)).toMatchObject({ role: 'COORDINATOR', siteIds: [expect.any(String)] });
        expect(metadata).not.toContain(invitee.email);
        await page.getByText(invitee.name).first().waitFor();
        await screenshot(page, 'accounts-audit-entry-en');
        expect(await seriousViolations(page)).toEqual([]);
      },
      ownClientAddress(),
    );
  });

  it('works in Arabic, right to left, on a 360 px phone', async () => {
    const sites = ((await (await adminApi.get('/trpc/sites.listMine')).json()) as Trpc<{ id: string; name: string }[]>).result.data.json;
    const pending = await adminApi.post('/trpc/users.invite', {
      data: { json: { email: `pending-${Date.now().toString(36)}@e2e.example.org`, role: 'COORDINATOR', siteIds: [sites.find((s) => s.name === site.name)!.id], locale: 'ar' } },
    });
    expect(pending.status()).toBe(200);
    await withPage(
      browser,
      async (page) => {
        await signIn(page, inject('adminEmail'), inject('adminPassword'), '/dashboard/users');
        for (const path of ['/dashboard/users?lang=ar', '/dashboard/users?tab=invitations&lang=ar', '/dashboard/audit-log?lang=ar']) {
          await page.goto(url(path));
          await page.locator('h1').waitFor();
          await page.locator('main table tbody tr').first().waitFor();
          expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
          expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
          expect(await seriousViolations(page), path).toEqual([]);
          await screenshot(page, `accounts-ar-360${path.replace(/[/?=&]+/g, '-')}`);
          await viewportShot(page, `accounts-ar-360${path.replace(/[/?=&]+/g, '-')}`);
        }
        await page.goto(url('/dashboard/audit-log?action=invitation.create&lang=ar'));
        await page.locator('main table tbody a').first().click();
        await page.locator('pre').waitFor();
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, 'accounts-ar-360-audit-entry');
      },
      { ...phone, ...ownClientAddress() },
    );
    for (const path of ['/forgot-password?lang=ar', '/reset-password?token=not-a-token&lang=ar', '/reset-password?lang=ar', '/invitation/not-a-real-token-000000?lang=ar']) {
      await withPage(
        browser,
        async (page) => {
          await page.goto(url(path));
          await page.locator('h1').waitFor();
          expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
          expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
          expect(await seriousViolations(page), path).toEqual([]);
          await screenshot(page, `accounts-ar-360${path.replace(/[/?=&]+/g, '-')}`);
        },
        { ...phone, ...ownClientAddress() },
      );
    }
  });
});
