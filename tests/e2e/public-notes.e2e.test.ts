import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../client/src/i18n/locales/en.json';
import { closeBrowser, launchBrowser } from './browser';
import { SEED_NCT_ID, seriousViolations, url, withPage } from './public-helpers';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await closeBrowser(browser);
});

describe('private notes', { timeout: 90_000 }, () => {
  it('adds a note on selected text, shares it encrypted, and opens it with the passcode elsewhere', async () => {
    const passcode = `pass-${Math.random().toString(36).slice(2, 10)}`;
    const comment = `Ask the doctor about the drip ${Date.now()}`;
    let link = '';
    const sentBodies: string[] = [];

    await withPage(browser, async (page) => {
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/api/public/notes')) sentBodies.push(request.postData() ?? '');
      });
      await page.goto(url(`/studies/${SEED_NCT_ID}?lang=en`));
      // Select a sentence of the overview with the mouse, as a reader would.
      const paragraph = page.locator('#overview-title + div p').first();
      await paragraph.click({ clickCount: 3 });
      await page.getByRole('button', { name: en.notes.addNote }).click();

      const drawer = page.getByRole('dialog', { name: en.notes.panelTitle });
      await drawer.waitFor();
      expect(await drawer.locator('blockquote').first().textContent()).toContain('The goal of this clinical trial');
      await drawer.getByRole('textbox', { name: en.notes.commentLabel }).fill(comment);
      await drawer.getByRole('button', { name: en.notes.save }).click();
      await drawer.getByText(comment).waitFor();

      // Kept in this browser only, and listed again after a reload.
      await page.reload();
      await page.getByRole('button', { name: en.notes.openCount_one.replace('{{count}}', '1') }).click();
      await page.getByRole('dialog', { name: en.notes.panelTitle }).getByText(comment).waitFor();

      const panel = page.getByRole('dialog', { name: en.notes.panelTitle });
      await panel.getByLabel(en.notes.share.passcode, { exact: true }).fill('short');
      await panel.getByRole('button', { name: en.notes.share.create }).click();
      await panel.getByText(en.notes.share.passcodeTooShort.replace('{{min}}', '8')).waitFor();
      await panel.getByLabel(en.notes.share.passcode, { exact: true }).fill(passcode);
      await panel.getByRole('radio', { name: en.notes.share.days_other.replace('{{count}}', '7') }).check();
      await panel.getByRole('button', { name: en.notes.share.create }).click();
      link = (await panel.getByTestId('shared-notes-link').textContent({ timeout: 20_000 })) ?? '';
      expect(link).toMatch(/\/notes\/[\w-]+$/);
    });

    // Only ciphertext went to the server: neither the note nor the passcode.
    expect(sentBodies).toHaveLength(1);
    expect(sentBodies[0]).not.toContain(comment);
    expect(sentBodies[0]).not.toContain(passcode);
    expect(JSON.parse(sentBodies[0]!)).toMatchObject({ expiresInDays: 7, kdfParams: { name: 'PBKDF2', hash: 'SHA-256' } });

    // Another browser, with nothing stored: the link asks for the passcode and decrypts locally.
    await withPage(browser, async (page) => {
      await page.goto(`${link}?lang=en`);
      await page.getByLabel(en.notes.share.passcode, { exact: true }).fill('wrong-passcode');
      await page.getByRole('button', { name: en.notes.shared.open }).click();
      await page.getByText(en.notes.shared.wrongPasscode).waitFor({ timeout: 20_000 });
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByLabel(en.notes.share.passcode, { exact: true }).fill(passcode);
      await page.getByRole('button', { name: en.notes.shared.open }).click();
      await page.getByText(comment).waitFor({ timeout: 20_000 });
      expect(await page.locator('blockquote').first().textContent()).toContain('The goal of this clinical trial');
    });
  });

  it('explains when a shared link has expired or never existed', async () => {
    await withPage(browser, async (page) => {
      await page.goto(url('/notes/no-such-link-000000?lang=en'));
      await page.getByText(en.notes.shared.goneTitle).waitFor();
    });
  });
});
