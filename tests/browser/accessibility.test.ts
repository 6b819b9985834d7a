import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { testGraph } from '../helpers/graph.ts';
import { namedByMunicipalPolicy, nodeOnScreen, settle, startBrowserApp, type BrowserApp } from './harness.ts';

// Every page as axe-core (the accessibility engine browsers' own audits use) sees it, against
// WCAG 2 A and AA: no serious or critical violation, in either language, on a laptop or a phone.

const AS_OF = '2024-06-01';
let app: BrowserApp;
let graph: Graph;
let named = { org: '', policy: '' };

beforeAll(async () => {
  app = await startBrowserApp();
  graph = testGraph();
  named = await namedByMunicipalPolicy(graph, AS_OF);
}, 600_000);

afterAll(async () => {
  await graph?.close();
  await app?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The serious and critical violations on the page as it stands, one line each. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations;
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ''}`);
}

/** The licensee finder with a node of the evidence described and the industry list open. */
async function openNodeAndIndustries(page: Page): Promise<void> {
  const first = await page.locator('[data-testid="candidates"] button.candidate').first().getAttribute('data-id');
  await settle(page, (id: string) => !!window.__ipatlasCy?.getElementById(id).nonempty(), first!);
  await page.locator('[data-testid="stage"]').scrollIntoViewIfNeeded();
  const at = await nodeOnScreen(page, first!);
  if (await page.evaluate(() => matchMedia('(pointer: coarse)').matches)) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
  await page.locator('[data-testid="node-info"]').waitFor();
  await page.locator('#licensee-industry').focus();
  await page.keyboard.press('ArrowDown');
  await page.locator('[data-testid="industry-options"]').waitFor();
}

const PAGES: { name: string; path: () => string; ready: string; act?: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: () => '/', ready: 'main h1' },
  { name: 'explorer', path: () => `/explore?n=${encodeURIComponent(app.facts.patent)}`, ready: '[data-testid="stage"][data-busy="false"]' },
  { name: 'licensees', path: () => `/licensees?patent=${encodeURIComponent(app.facts.patent)}`, ready: '[data-testid="candidates"] button.candidate' },
  { name: 'licensees, a node and the industries open', path: () => `/licensees?patent=${encodeURIComponent(app.facts.patent)}`, ready: '[data-testid="candidates"] button.candidate', act: openNodeAndIndustries },
  { name: 'policies', path: () => `/policies?policy=${named.policy}&actor=${named.org}&asOf=${AS_OF}`, ready: '[data-testid="covering-list"] > li' },
  { name: 'related-party', path: () => '/related-party', ready: '[data-testid="chain-detail"]' },
];

const SIZES = [
  { name: 'laptop', viewport: { width: 1400, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

describe('accessibility', () => {
  for (const size of SIZES) {
    it.each(['zh-CN', 'en-US'] as const)(`has no serious violation on any page (${size.name}, %s)`, async (locale) => {
      const { page, context } = await app.newPage({ locale, viewport: size.viewport });
      const found: string[] = [];
      for (const p of PAGES) {
        await page.goto(app.url + p.path());
        await page.locator(p.ready).first().waitFor({ timeout: 120_000 });
        if (p.name === 'explorer') await settle(page);
        await p.act?.(page);
        found.push(...(await violations(page)).map((v) => `${p.name}: ${v}`));
      }
      expect(found).toEqual([]);
      await context.close();
    });
  }
});
