import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startBrowserApp, type BrowserApp } from './harness.ts';

// The related-party monitor on the demo data: the ranked list, a chain drawn on the timeline,
// filters, and the evidence report in HTML (printed to PDF) and JSON.

let app: BrowserApp;

beforeAll(async () => {
  app = await startBrowserApp();
}, 600_000);

afterAll(async () => {
  await app?.close();
});

async function open(path: string, locale: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<Page> {
  const { page } = await app.newPage({ locale });
  await page.goto(app.url + path);
  return page;
}

const chainButtons = (page: Page) => page.locator('[data-testid="chain-list"] a.chain');

describe('related-party monitor', () => {
  it('lists chains by risk and draws the selected one on the timeline', async () => {
    const page = await open('/related-party');
    await chainButtons(page).first().waitFor({ timeout: 120_000 });
    const risks = await page.locator('[data-testid="chain-list"] .risk b').allTextContents();
    expect(risks.length).toBeGreaterThan(1);
    expect(risks.map(Number)).toEqual([...risks.map(Number)].sort((a, b) => b - a));
    await chainButtons(page).nth(1).click();
    await expect.poll(() => chainButtons(page).nth(1).getAttribute('aria-current')).toBe('true');
    const id = (await chainButtons(page).nth(1).getAttribute('data-chain'))!;
    await expect.poll(() => page.locator('[data-testid="chain-detail"] h2 small').textContent()).toBe(id);
    await expect.poll(async () => Number(await page.locator('[data-testid="chain-timeline"]').getAttribute('data-nodes'))).toBeGreaterThan(2);
    await page.waitForTimeout(300);
    await screenshot(page, 'related-party-zh');
    await page.context().close();
  });

  it('filters by rule', async () => {
    const page = await open('/related-party', 'en-US');
    await chainButtons(page).first().waitFor({ timeout: 120_000 });
    const all = await page.locator('[data-testid="chain-count"]').textContent();
    await page.locator('select[name="rule"]').selectOption('round_trip');
    // A chain opened before Apply (the URL changes): the rule chosen stays chosen.
    const before = page.url();
    await chainButtons(page).nth(1).click();
    await expect.poll(() => page.url()).not.toBe(before);
    expect(await page.locator('select[name="rule"]').inputValue()).toBe('round_trip');
    await page.getByRole('button', { name: 'Apply' }).click();
    // The filters go into the URL (replaced, not pushed, once the list is loaded): read it as the address bar shows it.
    await expect.poll(() => page.url(), { timeout: 60_000 }).toMatch(/rule=round_trip/);
    await expect.poll(() => page.locator('[data-testid="chain-count"]').textContent()).not.toBe(all);
    const n = await chainButtons(page).count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) await expect(chainButtons(page).nth(i).locator('.rule-round_trip').count()).resolves.toBe(1);
    await screenshot(page, 'related-party-en-round-trip');
    await page.context().close();
  });

  it('opens the evidence report, which prints, and its JSON', async () => {
    const page = await open('/related-party', 'en-US');
    await chainButtons(page).first().waitFor({ timeout: 120_000 });
    const href = (await page.locator('[data-testid="report-link"]').getAttribute('href'))!;
    const id = decodeURIComponent(href.split('/').pop()!);
    await page.goto(app.url + href);
    const report = page.locator('[data-testid="evidence-report"]');
    await report.waitFor();
    await expect.poll(() => report.locator('h1').textContent()).toContain('Evidence report');
    const json = (await (await page.request.get(`${app.url}${href}/json`)).json()) as { id: string; transactions: { id: string }[]; relations: unknown[] };
    expect(json.id).toBe(id);
    const rows = report.locator('h2:has-text("Transactions") + table tbody tr');
    expect(await rows.count()).toBe(json.transactions.length);
    expect(await report.locator('.proof').count()).toBe(json.relations.length);
    await screenshot(page, 'related-party-report-en');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.top').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const missing = await page.request.get(`${app.url}/related-party/report/${encodeURIComponent('CN0~TX-0')}/json`);
    expect(missing.status()).toBe(404);
    await page.context().close();
  });
});
