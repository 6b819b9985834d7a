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

async function open(path: string, locale: 'zh-CN' | 'en-US' = 'zh-CN', viewport?: { width: number; height: number }): Promise<Page> {
  const { page } = await app.newPage({ locale, viewport });
  await page.goto(app.url + path);
  return page;
}

/** Types into a picker as a user would, again while nothing answers (the page may not be live yet on a loaded machine); the hit buttons. */
async function typeInPicker(page: Page, picker: string, text: string) {
  const input = page.locator(`#${picker}`);
  const hits = page.locator(`[data-testid="${picker}-hits"] button`);
  const answered = hits.or(page.locator(`[data-testid="${picker}-hits"] li.muted`)).or(page.locator(`[data-testid="${picker}-error"]`)).first();
  await expect
    .poll(
      async () => {
        if ((await answered.count()) > 0) return true;
        await input.fill('');
        await input.fill(text);
        return false;
      },
      { timeout: 90_000, interval: 3_000 },
    )
    .toBe(true);
  return hits;
}

/** Canvas labels by node id. */
function canvasLabels(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(window.__ipatlasCy!.nodes().map((n) => [n.id(), String(n.data('label') ?? '')])));
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
    // The JSON holds the whole list too, not the page on screen.
    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).first().click();
    const jsonFile = await jsonDownload;
    expect(jsonFile.suggestedFilename()).toMatch(/\.json$/);
    const doc = JSON.parse(readFileSync((await jsonFile.path())!, 'utf8')) as { totalCount: number; actors: { node: { id: string } }[] };
    expect(doc.totalCount).toBe(total);
    expect(new Set(doc.actors.map((a) => a.node.id))).toEqual(new Set(rows.map((r) => r.actor_id)));
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

describe('policy tracer, as a researcher reads it', () => {
  /** Facts of the demo data, looked up: the notice's chain, the policies linked to it otherwise, a provincial policy whose implementers add actors. */
  let facts = {
    municipal: '',
    provincial: '',
    cited: { id: '', title: '' },
    superseded: { id: '', by: '' },
    busiest: '',
    orgName: '',
    orgNameEn: '',
  };

  beforeAll(async () => {
    // A municipal policy under a provincial one that superseded an older plan.
    const [chain] = await graph.read<{ municipal: string; provincial: string }>(
      `MATCH (m:Policy {level: 'municipal'})-[:IMPLEMENTS]->(p:Policy)-[:IMPLEMENTS]->(:Policy {id: $notice})
       WHERE m.id STARTS WITH 'POL-' AND EXISTS { (p)-[:SUPERSEDES]->(:Policy) }
       RETURN m.id AS municipal, p.id AS provincial ORDER BY m.id LIMIT 1`,
      { notice: NOTICE },
    );
    const [cited] = await graph.read<{ id: string; title: string }>('MATCH (:Policy {id: $notice})-[:CITES_POLICY]->(c:Policy) RETURN c.id AS id, c.title AS title ORDER BY c.id LIMIT 1', { notice: NOTICE });
    const [superseded] = await graph.read<{ id: string; by: string }>('MATCH (n:Policy {id: $id})-[:SUPERSEDES]->(o:Policy) RETURN o.id AS id, n.title AS by ORDER BY o.id LIMIT 1', { id: chain?.provincial ?? '' });
    // The provincial policy with the most municipal implementers in force: they reach service organizations it does not.
    const [busiest] = await graph.read<{ id: string }>(
      `MATCH (m:Policy)-[:IMPLEMENTS]->(p:Policy {level: 'provincial'})-[:IMPLEMENTS]->(:Policy {id: $notice})
       WHERE m.effective <= date($d) AND (m.expires IS NULL OR date($d) < m.expires)
       RETURN p.id AS id, count(m) AS n ORDER BY n DESC, id LIMIT 1`,
      { notice: NOTICE, d: AS_OF },
    );
    const [org] = await graph.read<{ name: string; nameEn: string }>('MATCH (o:Organization {id: $id}) RETURN o.name AS name, coalesce(o.name_en, o.name) AS nameEn', { id: named.org });
    if (!chain || !cited || !superseded || !busiest || !org) throw new Error('the demo data lacks the notice chain this test reads');
    facts = { ...chain, cited, superseded, busiest: busiest.id, orgName: org.name, orgNameEn: org.nameEn };
  });

  it('finds the notice by any part of its document number, in any bracket style', async () => {
    const page = await open('/policies');
    for (const typed of ['22号', '〔2021〕22', '[2021]22号', '国知发运字22号']) {
      const hits = await typeInPicker(page, 'policy-picker', typed);
      // The demo's own notice (other bundles of the run's database may hold copies under other ids).
      const notice = hits.filter({ hasText: NOTICE });
      expect(await notice.count(), typed).toBe(1);
      expect(await notice.textContent()).toContain('国知发运字〔2021〕22号');
      await page.locator('#policy-picker').fill('');
    }
    const hits = await typeInPicker(page, 'policy-picker', '国知发运字22号');
    await hits.filter({ hasText: NOTICE }).click();
    await expect.poll(() => page.locator(`[data-testid="chain-tree"] li[data-policy="${NOTICE}"]`).count(), { timeout: 90_000 }).toBe(1);
    await page.context().close();
  });

  it('draws implementation as the tree, from the top, and lists citing and superseding apart in words', async () => {
    const page = await open(`/policies?policy=${facts.municipal}&asOf=${AS_OF}`);
    const row = (id: string) => page.locator(`[data-testid="chain-tree"] li[data-policy="${id}"]`);
    await row(facts.municipal).waitFor({ timeout: 90_000 });
    // National → provincial → municipal, whichever was asked; the asked one marked.
    expect(await row(NOTICE).getAttribute('data-depth')).toBe('0');
    expect(await row(facts.provincial).getAttribute('data-depth')).toBe('1');
    expect(await row(facts.municipal).getAttribute('data-depth')).toBe('2');
    expect(await row(facts.municipal).textContent()).toContain('本政策');
    // A cited policy is no part of the tree: it is listed apart, saying how it is linked.
    expect(await row(facts.cited.id).count()).toBe(0);
    const related = (id: string) => page.locator(`[data-testid="chain-related"] li[data-policy="${id}"]`);
    expect(await related(facts.cited.id).textContent()).toContain(facts.cited.title);
    expect(await related(facts.cited.id).textContent()).toContain('被《关于促进和规范知识产权运营工作的通知》引用');
    expect(await related(facts.superseded.id).textContent()).toContain(`被《${facts.superseded.by}》取代`);
    // The canvas draws the same tree: IMPLEMENTS links only, every policy named.
    await settle(page, (ids) => ids.every((id) => window.__ipatlasCy?.getElementById(id).nonempty()), [NOTICE, facts.provincial, facts.municipal]);
    expect((await canvasEdges(page)).every((e) => e.type === 'IMPLEMENTS')).toBe(true);
    expect(await canvasNodeIds(page)).not.toContain(facts.cited.id);
    const labels = await canvasLabels(page);
    expect(labels[NOTICE]).toBe('国知发运字〔2021〕22号');
    expect(Object.values(labels).every((l) => l.length > 0 && l.length <= 20)).toBe(true);
    await screenshot(page, 'policies-tree-municipal');
    await page.context().close();

    const en = await open(`/policies?policy=${NOTICE}&asOf=${AS_OF}`, 'en-US');
    await en.locator('[data-testid="chain-related"] li').first().waitFor({ timeout: 90_000 });
    expect(await en.locator(`[data-testid="chain-related"] li[data-policy="${facts.cited.id}"]`).textContent()).toContain('cited by this policy');
    expect(await en.locator(`[data-testid="chain-related"] li[data-policy="${facts.superseded.id}"]`).textContent()).toMatch(/superseded by “.+”/);
    await en.context().close();
  });

  it('reads coverage scopes by what they cover, on the list and on the canvas, and the country as nationwide', async () => {
    const page = await open(`/policies?actor=${named.org}&asOf=${AS_OF}&policy=${NOTICE}`);
    const item = page.locator('[data-testid="covering-list"] > li', { hasText: named.policy });
    await item.waitFor({ timeout: 90_000 });
    // The municipal programme names the organization; the notice covers universities nationwide.
    expect(await item.locator('[data-testid="policy-scope"]').textContent()).toContain(`覆盖范围：政策点名的单位：${facts.orgName}`);
    const notice = page.locator('[data-testid="covering-list"] > li', { hasText: NOTICE });
    expect(await notice.locator('[data-testid="policy-scope"]').textContent()).toMatch(/^覆盖范围：全国/);
    expect(await notice.textContent()).toContain('全国范围（位于');
    // No scope goes by its key in the data.
    for (const t of await page.locator('[data-testid="policy-scope"]').allTextContents()) expect(t).not.toMatch(/\bs\d+\b|范围 \w/);
    // The policy's own scopes, under its name: the notice's all nationwide.
    const own = await page.locator('[data-testid="policy-scopes"] li').allTextContents();
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((t) => t.startsWith('全国'))).toBe(true);

    await item.locator('[data-testid="show-proof"]').click();
    await settle(page, (ids) => ids.every((id) => window.__ipatlasCy?.getElementById(id).nonempty()), [named.org, named.policy]);
    const labels = await canvasLabels(page);
    const scopeLabels = await page.evaluate(() => window.__ipatlasCy!.nodes('[kind = "coverage_scope"]').map((n) => String(n.data('label'))));
    expect(scopeLabels).toEqual([`政策点名的单位：${facts.orgName}`]);
    expect(Object.values(labels).every((l) => l.length > 0)).toBe(true);

    await notice.locator('[data-testid="show-proof"]').click();
    await settle(page, (id) => window.__ipatlasCy?.getElementById(id).nonempty() ?? false, 'CN');
    expect((await canvasLabels(page)).CN).toBe('全国');
    await screenshot(page, 'policies-proof-words');
    await page.context().close();

    const en = await open(`/policies?actor=${named.org}&asOf=${AS_OF}`, 'en-US');
    const enItem = en.locator('[data-testid="covering-list"] > li', { hasText: named.policy });
    await enItem.waitFor({ timeout: 90_000 });
    expect(await enItem.locator('[data-testid="policy-scope"]').textContent()).toContain(`Scope: Named by the policy: ${facts.orgNameEn}`);
    expect(await en.locator('[data-testid="covering-list"] > li', { hasText: NOTICE }).locator('[data-testid="policy-scope"]').textContent()).toMatch(/nationwide/);
    await en.context().close();
  });

  it('says what the implementing policies add when the option changes the count', async () => {
    const page = await open(`/policies?policy=${facts.busiest}&asOf=${AS_OF}`);
    const note = page.locator('[data-testid="implementing-note"]');
    const total = async () => Number((await page.locator('[data-testid="reached-total"]').textContent())!.replace(/\D/g, ''));
    await note.waitFor({ timeout: 90_000 });
    const [, added, through] = /其中 (\d+) 个主体仅经由 (\d+) 项实施政策覆盖/.exec((await note.textContent()) ?? '') ?? [];
    expect(Number(added)).toBeGreaterThan(0);
    const withThem = await total();
    await page.getByLabel('包括实施该政策的地方政策').uncheck();
    await expect.poll(total, { timeout: 90_000 }).toBe(withThem - Number(added));
    expect(await note.textContent()).toBe(`勾选后将增加经由 ${through} 项实施政策覆盖的 ${added} 个主体。`);
    await page.context().close();

    const en = await open(`/policies?policy=${facts.busiest}&asOf=${AS_OF}&imp=0`, 'en-US');
    await en.locator('[data-testid="implementing-note"]').waitFor({ timeout: 90_000 });
    expect(await en.locator('[data-testid="implementing-note"]').textContent()).toMatch(new RegExp(`^Checking this adds ${added} actors? reached through ${through} implementing polic(y|ies)\\.$`));
    await en.context().close();

    // The notice's implementing policies reach no one it does not: the sentence says so, and the count stays.
    const nat = await open(`/policies?policy=${NOTICE}&asOf=${AS_OF}`);
    await nat.locator('[data-testid="implementing-note"]').waitFor({ timeout: 90_000 });
    expect(await nat.locator('[data-testid="implementing-note"]').textContent()).toMatch(/^\d+ 项有效的实施政策所覆盖的主体都已在本政策范围内，不增加主体。$/);
    await nat.context().close();
  });

  it('shows the country as nationwide wording, never as a region tile', async () => {
    for (const [locale, nationwide] of [
      ['zh-CN', /^另有 \d+ 个全国性单位（不属任何省份）。$/],
      ['en-US', /^Also \d+ nationwide bod(y|ies) \(in no province\)\.$/],
    ] as const) {
      const page = await open(`/policies?policy=${NOTICE}&asOf=${AS_OF}`, locale);
      await page.locator('[data-testid="by-region"] .tile').first().waitFor({ timeout: 90_000 });
      const tiles = await page.locator('[data-testid="by-region"] .tile').allTextContents();
      expect(tiles.some((t) => /中华人民共和国|全国|China|nationwide/i.test(t))).toBe(false);
      expect(await page.locator('[data-testid="reached-nationwide"]').textContent()).toMatch(nationwide);
      await page.context().close();
    }
  });

  it('writes Chinese with full-width punctuation, and fits a phone', async () => {
    const page = await open(`/policies?policy=${NOTICE}&asOf=${AS_OF}&actor=${named.org}`, 'zh-CN', { width: 390, height: 844 });
    await page.locator('[data-testid="covering-list"] > li').first().waitFor({ timeout: 90_000 });
    await page.locator('[data-testid="covered-list"] tr').first().waitFor({ timeout: 90_000 });
    const halfWidth = await page.evaluate(() => {
      const bad = /[\u4e00-\u9fff][:;,!?()]|[:;,!?()][\u4e00-\u9fff]/;
      const found: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('[data-testid="policies-page"]')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (bad.test(n.textContent ?? '')) found.push(n.textContent!.trim());
      for (const el of document.querySelectorAll('[data-testid="policies-page"] [title], [data-testid="policies-page"] [placeholder]')) {
        for (const a of ['title', 'placeholder']) if (bad.test(el.getAttribute(a) ?? '')) found.push(el.getAttribute(a)!);
      }
      return found;
    });
    expect(halfWidth).toEqual([]);
    // Nothing wider than the screen; the introduction spans it, and a row's kind is not squeezed onto two lines.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const intro = await page.locator('.intro').boundingBox();
    expect(intro!.width).toBeGreaterThan(300);
    const lines = await page.locator('[data-testid="covered-list"] td.kind').evaluateAll((cells) =>
      cells.map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((n) => n === 1)).toBe(true);
    await screenshot(page, 'policies-phone-zh');
    await page.context().close();
  });
});
