import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import type { BundleRows } from '../fixtures/small-bundle.ts';
import { ROLE_TOKENS as TOKENS, writeAuthFile } from '../helpers/auth-file.ts';
import { testGraph } from '../helpers/graph.ts';
import { startTestApi, testApiGraph, type TestApi } from './helpers/api-server.ts';
import { importRows } from './helpers/fixtures.ts';

// The count rule, tested as an attacker would use it: two graphs in which every visible node has
// the same number of hidden relationships and hidden neighbours, but in one the organizations A
// and B are linked (A owns B, a common controller C owns both, one person is an officer of both)
// and in the other they are not (each link goes to a node of its own, begun on other days, to
// parties of other kinds); in one A buys a patent from its own officer, in the other from a stranger. Below supervisor, every
// answer about A and B must be the same in both: no count, flag or error tells the two apart.

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
let api: TestApi;
let linked = '';
let unlinked = '';
const dir = mkdtempSync(join(tmpdir(), 'ipatlas-hidden-links-'));

const org = (id: string, name: string, region: string) => ({ id, kind: 'enterprise', name, name_en: '', region_code: region, industry: '', founded: '2015-01-01', credit_code: '' });

const trade = (id: string, from_id: string) => ({ id, kind: 'assignment', patent_ids: 'PAT-A', from_id, to_id: 'A', date: '2021-05-01', amount_cny: '100000', license_type: '', platform_id: '', registration_no: '' });

/** What both graphs share: A and B in one province, applicants of one patent, each holding one more (no IPC classes: those are shared by every bundle in the database). */
const VISIBLE: BundleRows = {
  'regions.csv': [
    { code: 'CN', name: '中国', name_en: 'China', level: 'country', parent_code: '' },
    { code: 'CN-GD', name: '广东省', name_en: 'Guangdong', level: 'province', parent_code: 'CN' },
  ],
  'patents.csv': ['PAT-AB', 'PAT-A', 'PAT-B'].map((id) => ({ id, title: `专利 ${id}`, title_en: '', kind: 'invention', ipc: '', filed: '2020-01-01', granted: '', status: 'active', abstract: '' })),
  'applicants.csv': [
    { patent_id: 'PAT-AB', holder_id: 'A', seq: '1' },
    { patent_id: 'PAT-AB', holder_id: 'B', seq: '2' },
    { patent_id: 'PAT-A', holder_id: 'A', seq: '1' },
    { patent_id: 'PAT-B', holder_id: 'B', seq: '1' },
  ],
};

const LINKED: BundleRows = {
  ...VISIBLE,
  'organizations.csv': [org('A', '甲公司', 'CN-GD'), org('B', '乙公司', 'CN-GD'), org('C', '控股公司', '')],
  'persons.csv': [
    { id: 'P1', name: '赵董', name_en: '' },
    { id: 'P3', name: '钱某', name_en: '' },
  ],
  // A sells A a patent: A's own officer, the related-party monitor's rule.
  'transactions.csv': [trade('TX-1', 'P1')],
  'equity.csv': [
    { owner_id: 'A', company_id: 'B', share: '0.3', since: '2019-03-01' },
    { owner_id: 'C', company_id: 'A', share: '0.6', since: '2018-01-01' },
    { owner_id: 'C', company_id: 'B', share: '0.6', since: '2018-01-01' },
  ],
  'positions.csv': [
    { person_id: 'P1', org_id: 'A', role: 'director', since: '2019-01-01' },
    { person_id: 'P1', org_id: 'B', role: 'director', since: '2019-01-01' },
  ],
};

/** The same hidden degrees, each link to a node of its own. */
const UNLINKED: BundleRows = {
  ...VISIBLE,
  'organizations.csv': [org('A', '甲公司', 'CN-GD'), org('B', '乙公司', 'CN-GD'), org('C', '控股公司', ''), org('C2', '控股公司', ''), org('X', '丙公司', ''), { ...org('Y', '丁大学', ''), kind: 'university' }],
  'persons.csv': [
    { id: 'P1', name: '赵董', name_en: '' },
    { id: 'P2', name: '赵董', name_en: '' },
    { id: 'P3', name: '钱某', name_en: '' },
  ],
  // A stranger sells A the patent.
  'transactions.csv': [trade('TX-1', 'P3')],
  'equity.csv': [
    { owner_id: 'A', company_id: 'X', share: '0.3', since: '2019-03-01' },
    { owner_id: 'Y', company_id: 'B', share: '0.3', since: '2019-09-01' },
    { owner_id: 'C', company_id: 'A', share: '0.6', since: '2018-01-01' },
    { owner_id: 'C2', company_id: 'B', share: '0.6', since: '2018-05-01' },
  ],
  'positions.csv': [
    { person_id: 'P1', org_id: 'A', role: 'director', since: '2019-01-01' },
    { person_id: 'P2', org_id: 'B', role: 'director', since: '2019-01-01' },
  ],
};

beforeAll(async () => {
  linked = await importRows(writer, 'linked', LINKED);
  unlinked = await importRows(writer, 'unlinked', UNLINKED);
  api = await startTestApi(graph, { authFile: writeAuthFile(dir), auditLog: join(dir, 'audit.log') });
});
afterAll(async () => {
  await api?.close();
  await graph.close();
  await writer.close();
  rmSync(dir, { recursive: true, force: true });
});

const SUB = 'nodes { id kind name properties } edges { id type source target } truncated omitted { nodes edges exact byKind { name count } } hidden { nodes edges properties byKind { name count } visibleTo }';

/** Questions about A and B an attacker would ask to learn whether they are linked. */
function questions(p: string): string[] {
  const [a, b, ab] = [`${p}A`, `${p}B`, `${p}PAT-AB`];
  const qs: string[] = [];
  for (const start of [a, b, ab]) {
    for (const depth of [1, 2, 3]) {
      for (const types of ['', ', relTypes: ["OWNS"]', ', relTypes: ["OWNS", "OFFICER_OF", "APPLIED_FOR", "LOCATED_IN"]']) {
        for (const labels of ['', ', labels: ["Person", "Enterprise", "Region", "Patent"]']) {
          qs.push(`{ neighborhood(id: "${start}", depth: ${depth}${types}${labels}) { ${SUB} } }`);
        }
      }
      // Stepping the date across the days the stakes began: the same-day step is what matches a stake's two ends.
      for (const asOf of ['2017-06-01', '2018-03-01', '2019-06-01', '2019-12-01']) {
        for (const types of ['', ', relTypes: ["OWNS", "OFFICER_OF"]']) qs.push(`{ neighborhood(id: "${start}", depth: ${depth}, asOf: "${asOf}"${types}) { ${SUB} } }`);
      }
    }
  }
  for (const [from, to] of [[a, b], [b, a]]) {
    for (const hops of [1, 2, 4]) {
      for (const types of ['', ', relTypes: ["OWNS"]', ', relTypes: ["OWNS", "OFFICER_OF"]', ', relTypes: ["OWNS", "OFFICER_OF", "APPLIED_FOR"]']) {
        for (const mode of ['SHORTEST', 'ALL']) qs.push(`{ paths(from: "${from}", to: "${to}", maxHops: ${hops}${types}, mode: ${mode}) { paths { nodeIds edgeIds length } truncated cut graph { ${SUB} } } }`);
      }
    }
  }
  for (const id of [a, b, ab, `${p}PAT-A`, `${p}TX-1`]) {
    qs.push(`{ entity(id: "${id}") { node { id properties } relationshipCounts { type direction count } hidden { nodes edges byKind { name count } }
      organization { patentCount transactionCount owners { share } holdings { share } officers { role } transactions { id from { id } to { id } } hidden { nodes edges byKind { name count } } }
      transaction { id from { id } to { id } }
      patent { applicants { id } holders { holder { id } } hidden { nodes edges byKind { name count } } } } }`);
  }
  // What a canvas holding A, B and the patents asks when a node joins it; the persons' ids and
  // both controllers' ids passed as a client that read the supervisor's URL would pass them.
  const all = ['A', 'B', 'PAT-AB', 'PAT-A', 'PAT-B', 'TX-1', 'C', 'C2', 'P1', 'P2', 'P3'].map((id) => `"${p}${id}"`).join(', ');
  for (const ids of [[a], [b], [a, b], [ab, `${p}TX-1`]]) {
    for (const types of ['', ', relTypes: ["OWNS", "OFFICER_OF", "FROM_PARTY", "APPLIED_FOR"]']) {
      qs.push(`{ links(ids: [${ids.map((id) => `"${id}"`).join(', ')}], among: [${all}]${types}) { ${SUB} } }`);
    }
  }
  qs.push(`{ searchHidden { kinds visibleTo } }`, `{ search(text: "赵董") { id kind } }`);
  return qs;
}

/** An answer with the bundle's prefix taken out and every list in a fixed order. */
function canonical(value: unknown, prefix: string): unknown {
  const text = JSON.stringify(value).replaceAll(prefix, '');
  const sortDeep = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortDeep).sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sortDeep(x)]));
    return v;
  };
  return sortDeep(JSON.parse(text));
}

describe('hidden links between two visible organizations', () => {
  it('cannot be told from their absence below supervisor, by any answer about them', async () => {
    const differences: string[] = [];
    for (const role of ['viewer', 'analyst'] as const) {
      const [qL, qU] = [questions(linked), questions(unlinked)];
      for (let i = 0; i < qL.length; i++) {
        const [l, u] = await Promise.all([api.gqlAs(TOKENS[role], qL[i]!), api.gqlAs(TOKENS[role], qU[i]!)]);
        const [cl, cu] = [JSON.stringify(canonical(l, linked)), JSON.stringify(canonical(u, unlinked))];
        if (cl !== cu) {
          let at = 0;
          while (cl[at] === cu[at]) at++;
          const around = (t: string) => t.slice(Math.max(0, at - 200), at + 200);
          differences.push(`${role} · ${qU[i]!.replaceAll(unlinked, '').slice(0, 140)}\n  linked:   …${around(cl)}\n  unlinked: …${around(cu)}`);
        }
      }
    }
    expect(differences).toEqual([]);
  }, 600_000);

  it("leave a viewer's search scores as they were when persons of that name are added", async () => {
    // Full-text scores weigh a word by how rare it is in its index: were persons in the viewer's
    // index, adding persons named like an organization would change its score.
    const word = `瑰奇${linked.replace(/\W/g, '').slice(-6)}`;
    const org1: BundleRows = { 'organizations.csv': [org('SEEN', `${word}科技公司`, '')] };
    const persons: BundleRows = { 'persons.csv': Array.from({ length: 30 }, (_, i) => ({ id: `PER-${i}`, name: `${word}${i}`, name_en: '' })) };
    await importRows(writer, 'search-org', org1);
    const ask = async () => (await api.gqlAs<{ search: { name: string; score: number }[] }>(TOKENS.viewer, `{ search(text: "${word}") { name score } }`)).data?.search;
    const before = await ask();
    expect(before?.map((h) => h.name)).toEqual([`${word}科技公司`]);
    await importRows(writer, 'search-persons', persons);
    expect(await ask()).toEqual(before);
    // A supervisor does find them, so they are there.
    const found = await api.gqlAs<{ search: { kind: string }[] }>(TOKENS.supervisor, `{ search(text: "${word}", first: 50) { kind } }`);
    expect(found.data?.search.filter((h) => h.kind === 'person')).toHaveLength(30);
  });

  it('are what a supervisor sees, so the two graphs do differ', async () => {
    const q = (p: string) => `{ paths(from: "${p}A", to: "${p}B", maxHops: 2, relTypes: ["OWNS", "OFFICER_OF"]) { paths { length } } }`;
    const l = await api.gqlAs<{ paths: { paths: { length: number }[] } }>(TOKENS.supervisor, q(linked));
    const u = await api.gqlAs<{ paths: { paths: { length: number }[] } }>(TOKENS.supervisor, q(unlinked));
    expect(l.data?.paths.paths.map((x) => x.length)).toEqual([1]);
    expect(u.data?.paths.paths).toEqual([]);
    // The links a canvas asks for, too: A's stake in B and the officer both hold.
    const links = (p: string) => `{ links(ids: ["${p}A"], among: ["${p}B", "${p}P1", "${p}TX-1"]) { edges { type source target } } }`;
    type Links = { links: { edges: { type: string; source: string; target: string }[] } };
    const seen = (await api.gqlAs<Links>(TOKENS.supervisor, links(linked))).data?.links.edges.map((e) => `${e.type} ${e.source.replace(linked, '')}->${e.target.replace(linked, '')}`);
    expect(seen?.sort()).toEqual(['OFFICER_OF P1->A', 'OWNS A->B', 'TO_PARTY TX-1->A']);
    const asViewer = (await api.gqlAs<Links>(TOKENS.viewer, links(linked))).data?.links.edges.map((e) => e.type);
    expect(asViewer).toEqual(['TO_PARTY']);
  });
});
