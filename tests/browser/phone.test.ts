import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startBrowserApp, type BrowserApp } from './harness.ts';

// The app on a phone (390×844), as a supervisor uses it: the pages from the folded menu, a chain
// chosen from the list and shown, nothing wider than the screen.

const PHONE = { width: 390, height: 844 };
let app: BrowserApp;

beforeAll(async () => {
  app = await startBrowserApp();
}, 600_000);

afterAll(async () => {
  await app?.close();
});

/** How far the page reaches past the screen's right edge (0: it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('on a phone', () => {
  it.each(['zh-CN', 'en-US'] as const)('reaches every page from the menu, and each fits the screen (%s)', async (locale) => {
    const { page, context } = await app.newPage({ locale, viewport: PHONE });
    await page.goto(app.url + '/');
    const menu = page.locator('[data-action="menu"]');
    const nav = page.locator('#site-nav');
    expect(await nav.isVisible()).toBe(false);
    for (const path of ['/explore', '/licensees', '/policies', '/related-party']) {
      await menu.tap();
      await nav.locator(`a[href="${path}"]`).tap();
      await page.waitForURL((u) => u.pathname === path);
      // The menu folds again once a page is chosen.
      await expect.poll(() => nav.isVisible()).toBe(false);
      expect(await overflow(page), path).toBeLessThanOrEqual(0);
      await screenshot(page, `phone${path.replace('/', '-')}-${locale}`);
    }
    await context.close();
  });

  it('shows a chain chosen from the list, scrolled into view', async () => {
    const { page, context } = await app.newPage({ locale: 'en-US', viewport: PHONE });
    await page.goto(app.url + '/related-party');
    const chains = page.locator('[data-testid="chain-list"] a.chain');
    await chains.first().waitFor({ timeout: 120_000 });
    await chains.nth(2).tap();
    await expect.poll(() => chains.nth(2).getAttribute('aria-current')).toBe('true');
    const timeline = page.locator('[data-testid="chain-timeline"]');
    await expect.poll(() => timeline.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top < window.innerHeight && r.bottom > 0; })).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-related-party-chain');
    await context.close();
  });
});
