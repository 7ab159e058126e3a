// Shared by the public-*.e2e.test.ts files: a fresh browser context per test, axe checks, the
// seed study's centers, and optional screenshots (set SCREENSHOT_DIR to keep them).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { DEMO_SITES } from '../../prisma/seed/demo-sites';
import { openPage } from './browser';

export const SEED_NCT_ID = 'NCT07068126';

/** The three Egyptian centers of the seed study. */
export const SEED_SITE_NAMES = ['eg-assiut', 'eg-abu-el-reesh', 'eg-ain-shams'].map(
  (key) => DEMO_SITES.find((site) => site.key === key)!.name,
);

export const url = (pathname: string) => new URL(pathname, inject('appUrl')).toString();

export const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } as const;

/** Opens a fresh context (own storage, so no remembered language or notes), always closes it. */
export async function withPage(
  browser: Browser | undefined,
  body: (page: Page) => Promise<void>,
  options: Parameters<typeof openPage>[1] = {},
): Promise<void> {
  if (!browser) throw new Error('browser did not start');
  const { context, page } = await openPage(browser, options);
  try {
    await body(page);
  } finally {
    await context.close();
  }
}

/**
 * Waits until no CSS transition or animation runs (a notification sliding in, a modal fading):
 * mid-fade text is semi-transparent and axe would report its contrast, which no user sees.
 */
export async function settleAnimations(page: Page): Promise<void> {
  // Toasts close by themselves (after 4 to 10 s): one that began to fade out while axe was running
  // was measured mid-fade (CI, 2026-12-04). Wait until none is left.
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 });
  // Endless animations (spinners) never settle and are left out.
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 10_000 },
  );
}

export async function seriousViolations(page: Page): Promise<string[]> {
  await settleAnimations(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

export async function documentLanguage(page: Page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
}

/**
 * A client address of its own for a test that sends inquiries: the app trusts X-Forwarded-For from
 * a loopback proxy, as in production, so tests do not share one rate-limit bucket per minute.
 */
export function ownClientAddress() {
  const byte = () => Math.floor(Math.random() * 250) + 1;
  return { extraHTTPHeaders: { 'X-Forwarded-For': `10.${byte()}.${byte()}.${byte()}` } };
}

/** A unique address per test: tests share the app, and the server limits inquiries per address. */
export function uniqueEmail(): string {
  return `parent+${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@example.com`;
}
