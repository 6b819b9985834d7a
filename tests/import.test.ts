import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testGraph, uniquePrefix } from './helpers/graph.ts';
import { namespaceBundle } from './helpers/namespace-bundle.ts';
import { writeSmallBundle, SMALL_BUNDLE } from './fixtures/small-bundle.ts';
import { importBundle, BundleInvalidError } from '../seed/import/index.ts';
import type { Graph } from '../graph/driver.ts';

const graph: Graph = testGraph();
const temp = mkdtempSync(join(tmpdir(), 'ipatlas-import-test-'));
afterAll(async () => {
  await graph.close();
  rmSync(temp, { recursive: true, force: true });
});

/** The small bundle with ids under a fresh prefix, so this test owns its nodes. */
async function smallBundle(name: string): Promise<{ dir: string; p: string }> {
  const p = uniquePrefix(name);
  const raw = join(temp, `${name}-raw`);
  const dir = join(temp, name);
  await writeSmallBundle(raw);
  await namespaceBundle(raw, dir, p);
  return { dir, p };
}

async function countsUnder(p: string): Promise<Record<string, number>> {
  const rows = await graph.read<{ label: string; n: number }>(
    `UNWIND ['Region','Organization','Person','Patent','Transaction','Policy','Provision','CoverageScope'] AS label
     CALL (label) {
       MATCH (n) WHERE label IN labels(n) AND (n.id STARTS WITH $p OR n.code STARTS WITH $p)
       RETURN count(n) AS n
     }
     RETURN label, n`,
    { p },
  );
  const rels = await graph.read<{ type: string; n: number }>(
    `MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $p OR a.code STARTS WITH $p
     RETURN type(r) AS type, count(r) AS n ORDER BY type`,
    { p },
  );
  const out: Record<string, number> = {};
  for (const r of rows) out[r.label] = r.n;
  for (const r of rels) out[`:${r.type}`] = r.n;
  return out;
}

describe('importing the small hand-made bundle', () => {
  let p = '';
  let dir = '';
  beforeAll(async () => {
    ({ dir, p } = await smallBundle('small'));
    await importBundle({ graph, dir, batchSize: 2 });
  });

  it('creates one node per entity row', async () => {
    const c = await countsUnder(p);
    expect(c).toMatchObject({
      Region: SMALL_BUNDLE['regions.csv'].length,
      Organization: SMALL_BUNDLE['organizations.csv'].length,
      Person: SMALL_BUNDLE['persons.csv'].length,
      Patent: SMALL_BUNDLE['patents.csv'].length,
      Transaction: SMALL_BUNDLE['transactions.csv'].length,
      Policy: SMALL_BUNDLE['policies.csv'].length,
      Provision: SMALL_BUNDLE['provisions.csv'].length,
      CoverageScope: 6,
    });
    expect(c[':APPLIED_FOR']).toBe(SMALL_BUNDLE['applicants.csv'].length);
    expect(c[':INVENTED']).toBe(SMALL_BUNDLE['inventors.csv'].length);
    expect(c[':CITES']).toBe(SMALL_BUNDLE['citations.csv'].length);
    expect(c[':OWNS']).toBe(SMALL_BUNDLE['equity.csv'].length);
    expect(c[':OFFICER_OF']).toBe(SMALL_BUNDLE['positions.csv'].length);
  });

  it('keeps a patent record exactly, with normalised IPC classes in their hierarchy', async () => {
    const [patent] = await graph.read<Record<string, unknown>>(
      `MATCH (p:Patent {id: $id})
       RETURN p.title AS title, p.title_en AS title_en, p.kind AS kind, p.ipc AS ipc, p.filed AS filed,
              p.granted AS granted, p.status AS status, p.abstract AS abstract,
              [(p)-[:CLASSIFIED_AS]->(c)-[:PART_OF*0..]->(a) | a.code] AS classes`,
      { id: `${p}CN113000002A` },
    );
    expect(patent).toMatchObject({
      title: '知识图谱存储与查询系统',
      title_en: 'Knowledge graph storage and query system',
      kind: 'invention',
      ipc: ['G06F 16/901'],
      filed: '2021-03-02',
      granted: '2022-11-08',
      status: 'active',
      abstract: '一种面向大规模知识图谱的存储结构，支持多跳查询，\n并可按时间切片检索。',
    });
    expect(new Set(patent!.classes as string[])).toEqual(new Set(['G06F 16/901', 'G06F 16/00', 'G06F', 'G06', 'G']));
    const [quoted] = await graph.read<{ abstract: string; granted: unknown }>('MATCH (p:Patent {id: $id}) RETURN p.abstract AS abstract, p.granted AS granted', {
      id: `${p}CN114000004A`,
    });
    expect(quoted).toEqual({ abstract: '采用存算一体架构的神经网络加速芯片，"低功耗"模式下功耗低于1瓦。', granted: null });
  });

  it('labels organizations by kind and places them in the region tree', async () => {
    const [org] = await graph.read<{ labels: string[]; path: string[]; founded: string }>(
      `MATCH (o:Organization {id: $id})-[:LOCATED_IN]->(r:Region)
       MATCH path = (r)-[:PART_OF*0..]->(top:Region) WHERE NOT (top)-[:PART_OF]->()
       RETURN labels(o) AS labels, [n IN nodes(path) | n.name_en] AS path, o.founded AS founded`,
      { id: `${p}ORG-E1` },
    );
    expect(org!.labels.sort()).toEqual(['Enterprise', 'Organization', 'Party']);
    expect(org!.path).toEqual(['Shenzhen', 'Guangdong', 'China']);
    expect(org!.founded).toBe('2016-03-18');
  });

  it('derives who held a patent on each date from applicants and assignments', async () => {
    const holderOn = async (id: string, date: string) =>
      (
        await graph.read<{ holder: string }>(
          `MATCH (h:Party)-[x:HOLDS]->(:Patent {id: $id})
           WHERE (x.from IS NULL OR x.from <= date($date)) AND (x.until IS NULL OR date($date) < x.until)
           RETURN h.id AS holder ORDER BY holder`,
          { id: `${p}${id}`, date },
        )
      ).map((r) => r.holder.slice(p.length));
    expect(await holderOn('CN113000001A', '2021-01-14')).toEqual([]); // not yet filed
    expect(await holderOn('CN113000001A', '2023-05-31')).toEqual(['ORG-U1']);
    expect(await holderOn('CN113000001A', '2023-06-01')).toEqual(['ORG-E1']);
    expect(await holderOn('CN113000001A', '2024-01-10')).toEqual(['ORG-E3']);
    expect(await holderOn('CN113000002A', '2024-01-01')).toEqual(['ORG-E2', 'ORG-U1']); // a licence changes nothing
    expect(await holderOn('CN214000003U', '2023-09-01')).toEqual(['ORG-E3', 'PER-4']); // nor does a pledge
  });

  it('links a transaction to its parties, patents and platform', async () => {
    const [tx] = await graph.read<{ from: string; to: string; patents: string[]; amount: number; date: string; platform: string | null }>(
      `MATCH (t:Transaction {id: $id})
       RETURN [(t)-[:FROM_PARTY]->(a) | a.id][0] AS from, [(t)-[:TO_PARTY]->(b) | b.id][0] AS to,
              [(t)-[:OF_PATENT]->(x) | x.id] AS patents, t.amount_cny AS amount, t.date AS date,
              [(t)-[:VIA_PLATFORM]->(pl) | pl.id][0] AS platform`,
      { id: `${p}TX-3` },
    );
    expect(tx).toMatchObject({ from: `${p}ORG-E3`, to: `${p}ORG-B1`, amount: 3000000, date: '2023-08-01', platform: null });
    expect(tx!.patents.sort()).toEqual([`${p}CN114000004A`, `${p}CN214000003U`]);
  });

  it('keeps equity shares, officer roles, policy links and coverage scopes', async () => {
    const [owns] = await graph.read<{ share: number }>('MATCH (:Person {id: $a})-[r:OWNS]->(:Organization {id: $b}) RETURN r.share AS share', {
      a: `${p}PER-2`,
      b: `${p}ORG-E1`,
    });
    expect(owns!.share).toBe(0.6);
    const roles = await graph.read<{ role: string }>('MATCH (:Person {id: $a})-[r:OFFICER_OF]->(o) RETURN r.role AS role ORDER BY role', { a: `${p}PER-2` });
    expect(roles.map((r) => r.role)).toEqual(['director', 'legal_representative']);
    const [chain] = await graph.read<{ ids: string[] }>(
      'MATCH path = (:Policy {id: $id})-[:IMPLEMENTS*]->(top:Policy) WHERE NOT (top)-[:IMPLEMENTS]->() RETURN [n IN nodes(path) | n.level] AS ids',
      { id: `${p}POL-SZ-2022-07` },
    );
    expect(chain!.ids).toEqual(['municipal', 'provincial', 'national']);
    const [scope] = await graph.read<{ regions: string[]; ipc: string[]; kinds: string[] }>(
      `MATCH (:Policy {id: $id})-[:HAS_SCOPE]->(s:CoverageScope {scope: 'gd-ai'})
       RETURN [(s)-[:SCOPE_REGION]->(r) | r.code] AS regions, [(s)-[:SCOPE_IPC]->(c) | c.code] AS ipc, s.org_kinds AS kinds`,
      { id: `${p}POL-GD-2022-01` },
    );
    expect(scope).toEqual({ regions: [`${p}CN-GD`], ipc: ['G06N'], kinds: [] });
  });

  it('finds Chinese and English text through the full-text indexes', async () => {
    const zh = await graph.read<{ id: string }>(
      "CALL db.index.fulltext.queryNodes('search_zh', '神经网络') YIELD node WHERE node.id STARTS WITH $p RETURN node.id AS id ORDER BY id",
      { p },
    );
    expect(zh.map((r) => r.id.slice(p.length))).toEqual(['CN113000001A', 'CN114000004A']);
    const partial = await graph.read<{ id: string }>(
      "CALL db.index.fulltext.queryNodes('search_zh', '智图') YIELD node WHERE node.id STARTS WITH $p RETURN node.id AS id",
      { p },
    );
    expect(partial.map((r) => r.id.slice(p.length))).toEqual(['ORG-E1']);
    const en = await graph.read<{ id: string }>(
      "CALL db.index.fulltext.queryNodes('search_en', 'graphs') YIELD node WHERE node.id STARTS WITH $p RETURN node.id AS id ORDER BY id",
      { p },
    );
    expect(en.map((r) => r.id.slice(p.length))).toEqual(['CN113000001A', 'CN113000002A']);
  });

  it('changes nothing when the same bundle is imported again', async () => {
    const before = await countsUnder(p);
    const again = await importBundle({ graph, dir, batchSize: 3 });
    expect(again.counters).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0, labelsAdded: 0 });
    expect(again.holderTimelinesWritten).toBe(0);
    expect(await countsUnder(p)).toEqual(before);
  });
});

describe('an interrupted import', () => {
  it('completes when run again, with nothing duplicated', async () => {
    const { dir, p } = await smallBundle('interrupted');
    await expect(
      importBundle({
        graph,
        dir,
        batchSize: 1,
        onProgress: (progress) => {
          if (progress.file === 'applicants.csv' && progress.rows >= 3) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const partial = await countsUnder(p);
    expect(partial.Transaction ?? 0).toBe(0);
    const [run] = await graph.read<{ status: string }>('MATCH (r:ImportRun {bundle: $dir}) RETURN r.status AS status', { dir });
    expect(run!.status).toBe('running');

    await importBundle({ graph, dir });
    const { dir: cleanDir, p: cleanP } = await smallBundle('uninterrupted');
    await importBundle({ graph, dir: cleanDir });
    expect(await countsUnder(p)).toEqual(await countsUnder(cleanP));
  });
});

describe('a bundle with bad rows', () => {
  it('is refused whole, naming each problem, and writes nothing', async () => {
    const { dir, p } = await smallBundle('bad');
    const patents = join(dir, 'patents.csv');
    writeFileSync(patents, readFileSync(patents, 'utf8').replace('2021-03-02', '2021-02-30'));
    const tx = join(dir, 'transactions.csv');
    writeFileSync(tx, readFileSync(tx, 'utf8').replace(`${p}ORG-B1,2023-08-01`, `${p}ORG-NOPE,2023-08-01`));
    const err = await importBundle({ graph, dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BundleInvalidError);
    const problems = (err as BundleInvalidError).report.problems.map((x) => `${x.file}:${x.line}:${x.column}`);
    expect(problems).toEqual(expect.arrayContaining(['patents.csv:3:filed', 'transactions.csv:4:to_id']));
    expect(Object.values(await countsUnder(p)).every((n) => n === 0)).toBe(true);
  });
});
