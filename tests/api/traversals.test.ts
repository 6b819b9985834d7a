import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { testGraph } from '../helpers/graph.ts';
import { startTestApi, testApiGraph, type TestApi } from './helpers/api-server.ts';
import { importRows, importSmallBundle } from './helpers/fixtures.ts';

// neighborhood, paths, policyChain and stats over HTTP, against the small bundle (under this
// file's prefix) and a dense organization holding 300 patents.

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
let api: TestApi;
let p = '';
let d = '';
const DENSE_PATENTS = 300;

beforeAll(async () => {
  p = await importSmallBundle(writer, 'traversals');
  const patents = Array.from({ length: DENSE_PATENTS }, (_, i) => `CN2200${String(i).padStart(5, '0')}A`);
  d = await importRows(writer, 'dense', {
    'organizations.csv': [{ id: 'ORG-D', kind: 'enterprise', name: '密集控股有限公司', name_en: 'Dense Holdings' }],
    'persons.csv': [{ id: 'PER-D', name: '赵密', name_en: 'Zhao Mi' }],
    'patents.csv': patents.map((id, i) => ({ id, title: `密集专利${i}`, kind: 'invention', filed: '2020-01-01' })),
    'applicants.csv': patents.map((id) => ({ patent_id: id, holder_id: 'ORG-D', seq: '1' })),
    'inventors.csv': patents.map((id) => ({ patent_id: id, person_id: 'PER-D', seq: '1' })),
  });
  api = await startTestApi(graph);
});
afterAll(async () => {
  await api?.close();
  await graph.close();
  await writer.close();
});

interface Sub {
  nodes: { id: string; kind: string; name: string }[];
  edges: { id: string; type: string; source: string; target: string; properties: Record<string, unknown> }[];
  truncated: boolean;
  omitted: { nodes: number; edges: number; exact: boolean; byKind: { name: string; count: number }[] } | null;
}

const NEIGHBORHOOD = /* GraphQL */ `
  query Hood($id: ID!, $depth: Int, $relTypes: [String!], $labels: [String!], $asOf: Date, $limit: Int) {
    neighborhood(id: $id, depth: $depth, relTypes: $relTypes, labels: $labels, asOf: $asOf, limit: $limit) {
      nodes { id kind name }
      edges { id type source target properties }
      truncated
      omitted { nodes edges exact byKind { name count } }
    }
  }
`;

async function hood(vars: Record<string, unknown>): Promise<Sub> {
  const r = await api.gql<{ neighborhood: Sub }>(NEIGHBORHOOD, vars);
  expect(r.errors).toBeUndefined();
  const g = r.data!.neighborhood;
  // Every edge joins two nodes of the answer, and no id appears twice.
  const ids = new Set(g.nodes.map((n) => n.id));
  expect(ids.size).toBe(g.nodes.length);
  expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
  for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  return g;
}

const local = (g: Sub, prefix = p) => g.nodes.filter((n) => n.id.startsWith(prefix)).map((n) => n.id.slice(prefix.length)).sort();

describe('neighborhood', () => {
  it('returns the nodes one hop away with stable edge ids', async () => {
    const g = await hood({ id: `${p}CN113000001A` });
    expect(local(g)).toEqual(['CN113000001A', 'CN113000002A', 'CN114000004A', 'ORG-E1', 'ORG-E3', 'ORG-U1', 'PER-1', 'PER-3', 'TX-1', 'TX-5']);
    expect(g.nodes.filter((n) => n.kind === 'ipc_class').map((n) => n.id).sort()).toEqual(['G06F 16/9536', 'G06N 3/08']);
    expect(g.truncated).toBe(false);
    expect(g.omitted).toBeNull();
    const edgeIds = g.edges.map((e) => e.id);
    expect(edgeIds).toEqual(
      expect.arrayContaining([
        `HOLDS:${p}ORG-U1->${p}CN113000001A#2021-01-15`,
        `HOLDS:${p}ORG-E1->${p}CN113000001A#2023-06-01`,
        `APPLIED_FOR:${p}ORG-U1->${p}CN113000001A`,
        `OF_PATENT:${p}TX-1->${p}CN113000001A`,
        `CITES:${p}CN113000002A->${p}CN113000001A`,
        `CLASSIFIED_AS:${p}CN113000001A->G06N 3/08`,
      ]),
    );
    expect(g.edges.find((e) => e.id === `HOLDS:${p}ORG-E1->${p}CN113000001A#2023-06-01`)!.properties).toMatchObject({ from: '2023-06-01', until: '2024-01-10', via: `${p}TX-1` });
    // Nodes' properties come when asked for, without the long texts.
    const withProps = await api.gql<{ neighborhood: { nodes: { id: string; name: string; properties: Record<string, unknown> }[] } }>(
      `{ neighborhood(id: "${p}CN113000001A") { nodes { id name properties } } }`,
    );
    const start = withProps.data!.neighborhood.nodes.find((n) => n.id === `${p}CN113000001A`)!;
    expect(start.properties).toMatchObject({ filed: '2021-01-15', kind: 'invention', title_en: 'Patent recommendation method based on graph neural networks' });
    expect(start.properties.abstract).toBeUndefined();
    expect(withProps.data!.neighborhood.nodes.find((n) => n.id === `${p}ORG-U1`)!.name).toBe('钱塘理工大学');
    // Without edges' properties the edges and their ids are the same (a holding keeps its start date).
    const bare = await api.gql<{ neighborhood: { edges: { id: string; source: string; target: string }[] } }>(
      `{ neighborhood(id: "${p}CN113000001A") { edges { id source target } } }`,
    );
    expect(bare.data!.neighborhood.edges.map((e) => e.id).sort()).toEqual([...edgeIds].sort());
  });

  it('as of a date shows who held the patent then, and only the trades made by then', async () => {
    const holders = (g: Sub) => g.edges.filter((e) => e.type === 'HOLDS' && e.target === `${p}CN113000001A`).map((e) => e.source.slice(p.length));
    const before = await hood({ id: `${p}CN113000001A`, asOf: '2023-05-31' });
    expect(holders(before)).toEqual(['ORG-U1']);
    expect(local(before)).not.toContain('TX-1');
    const after = await hood({ id: `${p}CN113000001A`, asOf: '2023-06-01' });
    expect(holders(after)).toEqual(['ORG-E1']);
    expect(local(after)).toContain('TX-1');
    expect(local(after)).not.toContain('TX-5');
    const later = await hood({ id: `${p}CN113000001A`, asOf: '2024-02-01' });
    expect(holders(later)).toEqual(['ORG-E3']);
    // Before its filing date the patent has no holder, and patents filed later do not cite it yet.
    const early = await hood({ id: `${p}CN113000001A`, asOf: '2021-02-01' });
    expect(holders(early)).toEqual(['ORG-U1']);
    expect(local(early)).not.toContain('CN114000004A');
  });

  it('follows only the relationship types asked for, through nodes with the labels asked for', async () => {
    const g = await hood({ id: `${p}ORG-E1`, depth: 2, relTypes: ['OWNS', 'OFFICER_OF'], labels: ['Person', 'Organization'] });
    expect(local(g)).toEqual(['ORG-E1', 'ORG-E3', 'PER-2', 'PER-4']);
    expect(new Set(g.edges.map((e) => e.type))).toEqual(new Set(['OWNS', 'OFFICER_OF']));
    expect(g.edges.map((e) => e.id)).toEqual(
      expect.arrayContaining([`OFFICER_OF:${p}PER-2->${p}ORG-E3#director`, `OFFICER_OF:${p}PER-2->${p}ORG-E1#legal_representative`, `OWNS:${p}ORG-E1->${p}ORG-E3`]),
    );
    const onlyPeople = await hood({ id: `${p}ORG-E1`, depth: 3, relTypes: ['OWNS', 'OFFICER_OF'], labels: ['Person'] });
    expect(local(onlyPeople)).toEqual(['ORG-E1', 'PER-2']);
  });

  it('caps a dense node, counting exactly what it left out', async () => {
    const g = await hood({ id: `${d}ORG-D`, limit: 50 });
    expect(g.nodes).toHaveLength(50);
    expect(g.truncated).toBe(true);
    // 300 patents, each linked twice (applied for, held): 49 shown with both links.
    expect(g.omitted).toEqual({ nodes: 251, edges: 502, exact: true, byKind: [{ name: 'patent', count: 251 }] });
    const deeper = await hood({ id: `${d}ORG-D`, depth: 3, limit: 100 });
    expect(deeper.nodes).toHaveLength(100);
    expect(deeper.truncated).toBe(true);
    expect(deeper.omitted!.byKind.find((k) => k.name === 'patent')!.count).toBeGreaterThanOrEqual(DENSE_PATENTS - 100);
    const all = await hood({ id: `${d}ORG-D`, depth: 2, limit: 5000, relTypes: ['APPLIED_FOR', 'INVENTED'] });
    expect(all.nodes).toHaveLength(DENSE_PATENTS + 2);
    expect(all.edges).toHaveLength(2 * DENSE_PATENTS);
    expect(all.truncated).toBe(false);
  });

  it('refuses bad arguments with BAD_USER_INPUT naming each, and an unknown id with NOT_FOUND', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ id: `${p}ORG-E1`, depth: 4 }, 'BAD_USER_INPUT', 'depth'],
      [{ id: `${p}ORG-E1`, depth: 0 }, 'BAD_USER_INPUT', 'depth'],
      [{ id: `${p}ORG-E1`, limit: 0 }, 'BAD_USER_INPUT', 'limit'],
      [{ id: `${p}ORG-E1`, relTypes: ['OWNS', 'KNOWS'] }, 'BAD_USER_INPUT', 'relTypes'],
      [{ id: `${p}ORG-E1`, labels: ['Company'] }, 'BAD_USER_INPUT', 'labels'],
      [{ id: '' }, 'BAD_USER_INPUT', 'id'],
      [{ id: `${p}NOPE` }, 'NOT_FOUND', 'id'],
    ];
    for (const [vars, code, argument] of cases) {
      const r = await api.gql(NEIGHBORHOOD, vars);
      expect(r.errors?.[0]?.extensions, JSON.stringify(vars)).toMatchObject({ code, argument });
    }
    const r = await api.gql(NEIGHBORHOOD, { id: `${p}ORG-E1`, relTypes: ['KNOWS'] });
    expect(r.errors![0]!.extensions.allowed).toContain('OWNS');
    const date = await api.gql(`{ neighborhood(id: "${p}ORG-E1", asOf: "2023-02-30") { truncated } }`);
    expect(date.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
    const variable = await api.gql(NEIGHBORHOOD, { id: `${p}ORG-E1`, asOf: '30/02/2023' });
    expect(variable.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

const PATHS = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!, $maxHops: Int, $relTypes: [String!], $limit: Int, $mode: PathMode) {
    paths(from: $from, to: $to, maxHops: $maxHops, relTypes: $relTypes, limit: $limit, mode: $mode) {
      paths { nodeIds edgeIds length }
      graph { nodes { id } edges { id source target } }
      truncated
    }
  }
`;

interface Paths {
  paths: { nodeIds: string[]; edgeIds: string[]; length: number }[];
  graph: { nodes: { id: string }[]; edges: { id: string; source: string; target: string }[] };
  truncated: boolean;
}

async function paths(vars: Record<string, unknown>): Promise<Paths> {
  const r = await api.gql<{ paths: Paths }>(PATHS, vars);
  expect(r.errors).toBeUndefined();
  return r.data!.paths;
}

const strip = (ids: string[]) => ids.map((id) => id.replaceAll(p, ''));

describe('paths', () => {
  it('finds how a patent moved from the university to a company, within maxHops', async () => {
    const trades = ['FROM_PARTY', 'TO_PARTY', 'OF_PATENT'];
    const r = await paths({ from: `${p}ORG-U1`, to: `${p}ORG-E3`, relTypes: trades, maxHops: 4 });
    expect(r.paths.map((x) => strip(x.nodeIds).join(' ')).sort()).toEqual(['ORG-U1 TX-1 CN113000001A TX-5 ORG-E3', 'ORG-U1 TX-1 ORG-E1 TX-5 ORG-E3']);
    expect(r.paths.every((x) => x.length === 4)).toBe(true);
    expect(strip(r.paths.find((x) => x.nodeIds.includes(`${p}ORG-E1`))!.edgeIds)).toEqual([
      'FROM_PARTY:TX-1->ORG-U1',
      'TO_PARTY:TX-1->ORG-E1',
      'FROM_PARTY:TX-5->ORG-E1',
      'TO_PARTY:TX-5->ORG-E3',
    ]);
    expect(r.truncated).toBe(false);
    const nodeIds = new Set(r.graph.nodes.map((n) => n.id));
    expect(nodeIds.size).toBe(6);
    for (const e of r.graph.edges) expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
    const short = await paths({ from: `${p}ORG-U1`, to: `${p}ORG-E3`, relTypes: trades, maxHops: 3 });
    expect(short.paths).toEqual([]);
  });

  it('lists simple paths through owners and officers, shortest first, and says when it cut them', async () => {
    const vars = { from: `${p}ORG-E1`, to: `${p}ORG-E3`, relTypes: ['OWNS', 'OFFICER_OF'], maxHops: 2 };
    const shortest = await paths(vars);
    expect(shortest.paths).toEqual([{ nodeIds: [`${p}ORG-E1`, `${p}ORG-E3`], edgeIds: [`OWNS:${p}ORG-E1->${p}ORG-E3`], length: 1 }]);
    const all = await paths({ ...vars, mode: 'ALL' });
    // Directly, and through 李华 (PER-2) who owns and/or sits in both: 1 + 2 × 2 paths.
    expect(all.paths.map((x) => x.length)).toEqual([1, 2, 2, 2, 2]);
    expect(new Set(all.paths.map((x) => x.edgeIds.join(','))).size).toBe(5);
    expect(all.truncated).toBe(false);
    const cut = await paths({ ...vars, mode: 'ALL', limit: 3 });
    expect(cut.paths).toHaveLength(3);
    expect(cut.truncated).toBe(true);
  });

  it('refuses bad arguments and names the missing end', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ from: `${p}ORG-E1`, to: `${p}ORG-E3`, maxHops: 7 }, 'BAD_USER_INPUT', 'maxHops'],
      [{ from: `${p}ORG-E1`, to: `${p}ORG-E3`, limit: -1 }, 'BAD_USER_INPUT', 'limit'],
      [{ from: `${p}ORG-E1`, to: `${p}ORG-E3`, relTypes: ['FRIEND_OF'] }, 'BAD_USER_INPUT', 'relTypes'],
      [{ from: `${p}ORG-E1`, to: `${p}ORG-E1` }, 'BAD_USER_INPUT', 'to'],
      [{ from: `${p}NOPE`, to: `${p}ORG-E3` }, 'NOT_FOUND', 'from'],
      [{ from: `${p}ORG-E1`, to: `${p}NOPE` }, 'NOT_FOUND', 'to'],
    ];
    for (const [vars, code, argument] of cases) {
      const r = await api.gql(PATHS, vars);
      expect(r.errors?.[0]?.extensions, JSON.stringify(vars)).toMatchObject({ code, argument });
    }
  });
});

describe('links', () => {
  const LINKS = /* GraphQL */ `
    query Links($ids: [ID!]!, $among: [ID!], $relTypes: [String!]) {
      links(ids: $ids, among: $among, relTypes: $relTypes) {
        nodes { id kind name }
        edges { id type source target properties }
        truncated
      }
    }
  `;
  const links = async (vars: Record<string, unknown>) => {
    const r = await api.gql<{ links: Sub }>(LINKS, vars);
    expect(r.errors).toBeUndefined();
    return r.data!.links;
  };
  const drawn = (g: Sub, prefix: string) => g.edges.map((e) => `${e.type} ${e.source.replace(prefix, '')}->${e.target.replace(prefix, '')}`).sort();

  it("brings a newcomer's relationships to what the canvas shows, and nothing beyond it", async () => {
    const g = await links({ ids: [`${p}CN113000001A`], among: [`${p}ORG-U1`, `${p}ORG-E1`, `${p}TX-1`, `${p}ORG-E2`] });
    expect(drawn(g, p)).toEqual([
      `APPLIED_FOR ORG-U1->CN113000001A`,
      `HOLDS ORG-E1->CN113000001A`,
      `HOLDS ORG-U1->CN113000001A`,
      `OF_PATENT TX-1->CN113000001A`,
    ]);
    // The answer's nodes are the relationships' ends, each once.
    expect(g.nodes.map((n) => n.id.replace(p, '')).sort()).toEqual(['CN113000001A', 'ORG-E1', 'ORG-U1', 'TX-1']);
    expect(g.edges.find((e) => e.type === 'HOLDS' && e.source === `${p}ORG-E1`)?.properties).toMatchObject({ from: '2023-06-01' });
    expect(g.truncated).toBe(false);
  });

  it('links the newcomers to each other, follows only the types asked for, and passes over unknown ids', async () => {
    const g = await links({ ids: [`${p}ORG-U1`, `${p}CN113000001A`, `${p}NO-SUCH-ID`], relTypes: ['APPLIED_FOR'] });
    expect(drawn(g, p)).toEqual(['APPLIED_FOR ORG-U1->CN113000001A']);
  });

  it("finds a hub's links from the other end, as many as there are", async () => {
    const patents = Array.from({ length: 120 }, (_, i) => `${d}CN2200${String(i).padStart(5, '0')}A`);
    const g = await links({ ids: [`${d}ORG-D`], among: [...patents, `${d}PER-D`] });
    expect(g.edges.filter((e) => e.type === 'APPLIED_FOR')).toHaveLength(120);
    expect(new Set(g.edges.map((e) => e.target))).toEqual(new Set(patents));
    const back = await links({ ids: patents.slice(0, 3), among: [`${d}ORG-D`, `${d}PER-D`] });
    expect(back.edges.filter((e) => e.type === 'INVENTED')).toHaveLength(3);
  });

  it('refuses an empty list, or more ids than it takes, naming the argument', async () => {
    for (const [vars, argument] of [
      [{ ids: [] }, 'ids'],
      [{ ids: Array.from({ length: 501 }, (_, i) => `X${i}`) }, 'ids'],
      [{ ids: ['A'], among: Array.from({ length: 5001 }, (_, i) => `X${i}`) }, 'among'],
      [{ ids: ['A'], relTypes: ['KNOWS'] }, 'relTypes'],
    ] as const) {
      const r = await api.gql(LINKS, vars);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.argument).toBe(argument);
    }
  });
});

describe('policyChain', () => {
  const CHAIN = /* GraphQL */ `
    query Chain($id: ID!) {
      policyChain(policyId: $id) {
        root { id }
        items { policy { id } level parentId link distance }
        related { policy { id } level link relatedTo }
        scopes { id orgKinds ipcPrefixes regions { id } }
        graph { nodes { id } edges { id } }
      }
    }
  `;

  interface Chain {
    root: { id: string };
    items: { policy: { id: string }; level: string; parentId: string | null; link: string | null; distance: number }[];
    related: { policy: { id: string }; level: string; link: string; relatedTo: string }[];
    scopes: { id: string; orgKinds: string[]; ipcPrefixes: string[]; regions: { id: string }[] }[];
    graph: { edges: { id: string }[] };
  }

  it('is the implementation tree from the top, whichever policy is asked, with a citation listed apart and never in the tree', async () => {
    const r = await api.gql<{ policyChain: Chain }>(CHAIN, { id: `${p}POL-SZ-2022-07` });
    expect(r.errors).toBeUndefined();
    const c = r.data!.policyChain;
    expect(c.root.id).toBe(`${p}POL-SZ-2022-07`);
    // The municipal policy implements the provincial one, which implements the national notice;
    // that it also cites the notice does not put the notice under it.
    expect(c.items).toEqual([
      { policy: { id: `${p}POL-NAT-2021-22` }, level: 'national', parentId: null, link: null, distance: 2 },
      { policy: { id: `${p}POL-GD-2022-01` }, level: 'provincial', parentId: `${p}POL-NAT-2021-22`, link: 'implements', distance: 1 },
      { policy: { id: `${p}POL-SZ-2022-07` }, level: 'municipal', parentId: `${p}POL-GD-2022-01`, link: 'implements', distance: 0 },
    ]);
    expect(c.related).toEqual([{ policy: { id: `${p}POL-NAT-2021-22` }, level: 'national', link: 'cited_by', relatedTo: `${p}POL-SZ-2022-07` }]);
    expect(c.graph.edges.map((e) => strip([e.id])[0]).sort()).toEqual([
      'CITES_POLICY:POL-SZ-2022-07->POL-NAT-2021-22',
      'IMPLEMENTS:POL-GD-2022-01->POL-NAT-2021-22',
      'IMPLEMENTS:POL-SZ-2022-07->POL-GD-2022-01',
    ]);
    const top = (await api.gql<{ policyChain: Chain }>(CHAIN, { id: `${p}POL-NAT-2021-22` })).data!.policyChain;
    expect(top.items.map((i) => [strip([i.policy.id])[0], strip([i.parentId ?? ''])[0], i.link])).toEqual([
      ['POL-NAT-2021-22', '', null],
      ['POL-GD-2022-01', 'POL-NAT-2021-22', 'implements'],
      ['POL-SZ-2022-07', 'POL-GD-2022-01', 'implements'],
    ]);
    expect(top.related.map((x) => [strip([x.policy.id])[0], x.link, strip([x.relatedTo])[0]])).toEqual([['POL-SZ-2022-07', 'cites', 'POL-NAT-2021-22']]);
    expect((await api.gql<{ policyChain: unknown }>(CHAIN, { id: `${p}ORG-E1` })).data!.policyChain).toBeNull();
  });

  it("carries the asked policy's own scopes with what each names", async () => {
    const c = (await api.gql<{ policyChain: Chain }>(CHAIN, { id: `${p}POL-GD-2022-01` })).data!.policyChain;
    expect(c.scopes).toEqual([
      { id: `${p}POL-GD-2022-01#gd-ai`, orgKinds: [], ipcPrefixes: ['G06N'], regions: [{ id: `${p}CN-GD` }] },
      { id: `${p}POL-GD-2022-01#gd-banks`, orgKinds: ['bank'], ipcPrefixes: [], regions: [{ id: `${p}CN-GD` }] },
    ]);
  });
});

describe('stats', () => {
  it('counts nodes and relationships by label and type, without the importer bookkeeping', async () => {
    type Count = { name: string; count: number };
    const r = await api.gql<{ stats: { nodes: number; relationships: number; byLabel: Count[]; byType: Count[]; transactionDates: { first: string; last: string } } }>('{ stats { nodes relationships byLabel { name count } byType { name count } transactionDates { first last } } }');
    expect(r.errors).toBeUndefined();
    const s = r.data!.stats;
    const byLabel: Record<string, number> = Object.fromEntries(s.byLabel.map((c) => [c.name, c.count]));
    expect(byLabel.Patent).toBeGreaterThanOrEqual(5 + DENSE_PATENTS);
    expect(byLabel.ImportRun).toBeUndefined();
    expect(s.byType.map((c) => c.name)).toEqual(expect.arrayContaining(['HOLDS', 'OWNS', 'IMPLEMENTS']));
    expect(s.nodes).toBeGreaterThanOrEqual(Object.values(byLabel).reduce((a, b) => Math.max(a, b), 0));
    expect(s.relationships).toBeGreaterThan(0);
    expect(s.transactionDates.first <= '2023-03-15').toBe(true);
    expect(s.transactionDates.last >= '2024-08-01').toBe(true);
  });
});
