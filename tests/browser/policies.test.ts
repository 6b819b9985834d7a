import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { testGraph } from '../helpers/graph.ts';
import { canvasEdges, canvasNodeIds, namedByMunicipalPolicy, screenshot, settle, startBrowserApp, type BrowserApp } from './harness.ts';

// The policy tracer on the demo data: the notice's chain and reach, an actor's covering policies
// with their proof drawn, in both languages.

const NOTICE = 'POL-0003';
const AS_OF = '2024-06-01';
let app: BrowserApp;
let graph: Graph;
/** An organization a municipal policy names, so its proof and chain are known from the data. */
let named = { org: '', policy: '' };

beforeAll(async () => {
  app = await startBrowserApp();
  graph = testGraph();
  named = await namedByMunicipalPolicy(graph, AS_OF);
}, 300_000);

afterAll(async () => {
  await graph?.close();
  await app?.close();
});

async function open(path: string, locale: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<Page> {
  const { page } = await app.newPage({ locale });
  await page.goto(app.url + path);
  return page;
}

describe('policy tracer', () => {
  it('shows a policy chain as a tree, its reach by kind and region, and pages through the actors', async () => {
    const page = await open(`/policies?policy=${NOTICE}&asOf=${AS_OF}`);
    await settle(page, (id) => window.__ipatlasCy?.getElementById(id).nonempty() ?? false, NOTICE);
    const tree = page.locator('[data-testid="chain-tree"] li');
    await expect.poll(() => tree.count(), { timeout: 90_000 }).toBeGreaterThan(3);
    expect(await tree.filter({ hasText: '省级' }).count()).toBeGreaterThan(0);
    expect(await tree.filter({ hasText: '市级' }).count()).toBeGreaterThan(0);
    const implementsEdges = (await canvasEdges(page)).filter((e) => e.type === 'IMPLEMENTS');
    expect(implementsEdges.length).toBeGreaterThan(3);

    await page.locator('[data-testid="covered-list"] tr').first().waitFor({ timeout: 90_000 });
    const total = Number((await page.locator('[data-testid="reached-total"]').textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(25);
    expect(await page.locator('[data-testid="by-kind"] li').count()).toBeGreaterThan(2);
    expect(await page.locator('[data-testid="by-region"] .tile').count()).toBeGreaterThan(3);
    await screenshot(page, 'policies-chain');

    const firstPage = await page.locator('[data-testid="covered-list"] tr').allTextContents();
    await page.locator('[data-testid="next-page"]').click();
    // A loaded machine can take seconds per page: wait generously.
    await expect.poll(async () => (await page.locator('[data-testid="covered-list"] tr').allTextContents())[0], { timeout: 90_000 }).not.toBe(firstPage[0]);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).first().click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv).toContain('policy_id,as_of,actor_id');
    // The whole list, whichever page is on screen: a header and a line per organization.
    expect(csv.split('\r\n').filter(Boolean).length).toBe(total + 1);
    await page.context().close();
  });

  it('finds a policy by search and shows its chain', async () => {
    const page = await open('/policies');
    // The notice's own title: the run's shared database holds many other names with 知识产权运营 in them.
    const title = '关于促进和规范知识产权运营工作的通知';
    const input = page.locator('#policy-picker');
    const hit = page.locator('[data-testid="policy-picker-hits"] button').first();
    const noHit = page.locator('[data-testid="policy-picker-hits"] li.muted');
    const failed = page.locator('[data-testid="policy-picker-error"]');
    const answered = hit.or(noHit).or(failed).first();
    // On a loaded machine the page may not be live yet when the text goes in: as a user would, type
    // it again while nothing answers.
    await expect
      .poll(
        async () => {
          if ((await answered.count()) > 0) return true;
          await input.fill('');
          await input.fill(title);
          return false;
        },
        { timeout: 90_000, interval: 3_000 },
      )
      .toBe(true);
    // What the picker showed instead of a hit, when it did: the failure message names the cause.
    expect(await hit.count(), await page.locator('.picker').first().innerText()).toBeGreaterThan(0);
    await hit.click();
    await page.locator('[data-testid="chain-tree"] li').first().waitFor({ timeout: 90_000 });
    await settle(page);
    expect((await canvasNodeIds(page)).length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('lists the policies covering an actor and draws the proof path, with the chain it implements', async () => {
    const page = await open(`/policies?actor=${named.org}&asOf=${AS_OF}`);
    const item = page.locator('[data-testid="covering-list"] > li', { hasText: named.policy });
    await item.waitFor({ timeout: 90_000 });
    await item.locator('[data-testid="show-proof"]').click();
    await settle(page, (ids) => ids.every((id) => window.__ipatlasCy?.getElementById(id).nonempty()), [named.org, named.policy]);
    const edges = await canvasEdges(page);
    expect(edges.some((e) => e.type === 'SCOPE_ORG' && e.target === named.org)).toBe(true);
    expect(edges.some((e) => e.type === 'IMPLEMENTS' && e.source === named.policy)).toBe(true);
    expect(await item.textContent()).toContain('政策点名的单位');
    await screenshot(page, 'policies-proof');
    await page.context().close();
  });

  it('exports every organization the policy reaches, not only the page on screen, in the page language', async () => {
    const page = await open(`/policies?policy=${NOTICE}&asOf=${AS_OF}`, 'en-US');
    await page.locator('[data-testid="covered-list"] tr').first().waitFor({ timeout: 90_000 });
    const total = Number((await page.locator('[data-testid="reached-total"]').textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(await page.locator('[data-testid="covered-list"] tr').count());
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).first().click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^ip-atlas-actors-reached-${NOTICE}-${AS_OF}-\\d{8}-\\d{4}\\.csv$`));
    const rows = parse(readFileSync((await file.path())!, 'utf8'), { columns: true, bom: true }) as { actor_id: string; name: string; name_en: string }[];
    expect(rows.length).toBe(total);
    expect(new Set(rows.map((r) => r.actor_id)).size).toBe(total);
    // English names where the data has them: the page's language.
    expect(rows.filter((r) => r.name_en).every((r) => r.name === r.name_en)).toBe(true);
    await page.context().close();
  });

  it('speaks English', async () => {
    const page = await open(`/policies?actor=${named.org}&asOf=${AS_OF}&policy=${NOTICE}`, 'en-US');
    await page.locator('[data-testid="covering-total"]').waitFor({ timeout: 90_000 });
    expect(await page.locator('[data-testid="covering-total"]').textContent()).toMatch(/Policies covering this actor: \d+/);
    await page.locator('[data-testid="covered-list"] tr').first().waitFor({ timeout: 90_000 });
    await settle(page);
    expect(await page.locator('h1').textContent()).toBe('Policy tracer');
    await screenshot(page, 'policies-en');
    await page.context().close();
  });
});
