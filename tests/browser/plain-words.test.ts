import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { testGraph } from '../helpers/graph.ts';
import { namedByMunicipalPolicy, nodeOnScreen, screenshot, settle, startBrowserApp, type BrowserApp } from './harness.ts';

// What the job pages and the evidence report say, read as a user reads them: no internal id, no
// region code, no field or message key, no "trade(s)". Ids may sit in small print (`small`,
// `code`); patent and document numbers and IPC symbols are names people use and are not caught.

const RAW: { what: string; re: RegExp }[] = [
  { what: 'an internal id', re: /\b(?:ORG|POL|TX|P|ENT)-\d[\w-]*/ },
  { what: 'a region code', re: /(?<![\d,.\-/])\d{6}(?![\d,.\-/])/ },
  // A capital followed by a small letter (nameEn, holderId): words of the data such as siRNA or mRNA are not keys.
  { what: 'a field key in camelCase', re: /\b[a-z]+[A-Z][a-z][a-zA-Z]*\b/ },
  { what: 'a key in snake_case', re: /\b[a-z]+_[a-z_]+\b/ },
  { what: 'a message key', re: /\b[a-z]+[A-Za-z]*\.[a-z]+[A-Za-z]*\.[\w.]+/ },
  { what: 'a plural left to the reader', re: /\w\(s\)/ },
];

/** Each line of the page's visible text that holds a raw pattern, with what it holds. */
async function rawText(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'small, code { display: none !important; }';
    document.head.append(style);
    const seen = document.body.innerText;
    style.remove();
    return seen;
  });
  const found: string[] = [];
  for (const line of text.split('\n')) {
    for (const { what, re } of RAW) {
      const m = re.exec(line);
      if (m) found.push(`${what} "${m[0]}" in: ${line.trim().slice(0, 160)}`);
    }
  }
  return found;
}

let app: BrowserApp;
let graph: Graph;
/** An organization a municipal policy names: its covering list has a named-organization condition and a region. */
let named = { org: '', policy: '' };
const AS_OF = '2024-06-01';

beforeAll(async () => {
  app = await startBrowserApp();
  graph = testGraph();
  named = await namedByMunicipalPolicy(graph, AS_OF);
}, 600_000);

afterAll(async () => {
  await graph?.close();
  await app?.close();
});

const LOCALES = ['zh-CN', 'en-US'] as const;

async function open(path: string, locale: (typeof LOCALES)[number]): Promise<Page> {
  const { page } = await app.newPage({ locale });
  await page.goto(app.url + path);
  return page;
}

describe('the job pages speak in words', () => {
  it.each(LOCALES)('the related-party monitor, a chain and its evidence report (%s)', async (locale) => {
    const page = await open('/related-party', locale);
    const first = page.locator('[data-testid="chain-list"] a.chain').first();
    await first.waitFor({ timeout: 120_000 });
    await page.locator('[data-testid="chain-detail"]').waitFor();
    expect(await rawText(page)).toEqual([]);
    await page.goto(app.url + (await page.locator('[data-testid="report-link"]').getAttribute('href'))!);
    await page.locator('[data-testid="evidence-report"] table').first().waitFor();
    expect(await rawText(page)).toEqual([]);
    await screenshot(page, `plain-words-report-${locale}`);
    await page.context().close();
  });

  it.each(LOCALES)('the policy tracer: a policy, its reach and the policies covering an organization (%s)', async (locale) => {
    const page = await open(`/policies?policy=${named.policy}&actor=${named.org}&asOf=${AS_OF}`, locale);
    await page.locator('[data-testid="covering-list"] > li').first().waitFor({ timeout: 90_000 });
    await page.locator('[data-testid="covered-list"] tr').first().waitFor({ timeout: 90_000 });
    expect(await rawText(page)).toEqual([]);
    // A region chosen from the reach's tiles reads by its name too.
    await page.locator('[data-testid="by-region"] button').first().click();
    await page.getByRole('button', { name: /Clear region filter|清除地区筛选/ }).waitFor({ timeout: 60_000 });
    expect(await rawText(page)).toEqual([]);
    await page.context().close();
  });

  it.each(LOCALES)('the licensee finder with a candidate opened (%s)', async (locale) => {
    const page = await open(`/licensees?patent=${encodeURIComponent(app.facts.patent)}`, locale);
    const candidate = page.locator('[data-testid="candidates"] button.candidate').first();
    await candidate.waitFor({ timeout: 120_000 });
    await candidate.click();
    await page.locator('[data-testid="selected-parts"]').waitFor({ timeout: 60_000 });
    expect(await rawText(page)).toEqual([]);
    // What a node of its evidence is, each kind drawn once, told in words too.
    const id = (await candidate.getAttribute('data-id'))!;
    await settle(page, (c: string) => !!window.__ipatlasCy?.getElementById(c).nonempty(), id);
    const kinds = await page.evaluate(() => {
      const byKind = new Map<string, string>();
      for (const n of window.__ipatlasCy!.nodes()) if (!byKind.has(n.data('kind') as string)) byKind.set(n.data('kind') as string, n.id());
      return [...byKind.values()];
    });
    for (const node of kinds) {
      // Closed first: it may lie over the node clicked next.
      const open = page.locator('[data-testid="node-info"] button');
      if (await open.count()) await open.first().click();
      const at = await nodeOnScreen(page, node);
      await page.mouse.click(at.x, at.y);
      await page.locator(`[data-testid="node-info"][data-id="${node}"]`).waitFor();
      expect(await rawText(page), node).toEqual([]);
    }
    await page.context().close();
  });
});
