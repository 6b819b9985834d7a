import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { testGraph } from '../helpers/graph.ts';
import { startTestApi, testApiGraph, type TestApi } from '../api/helpers/api-server.ts';
import { importRows } from '../api/helpers/fixtures.ts';

// Each coverage rule on a small handmade graph, through the API. Other test files share the
// database (and their policies may cover anything by kind alone), so answers are read under this
// file's id prefix.

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
let api: TestApi;
let p = '';

const policy = (id: string, level: string, effective: string, expires = '') => ({
  id,
  title: `政策${id}`,
  title_en: `Policy ${id}`,
  issuer_id: 'AG',
  issued: effective,
  effective,
  expires,
  level,
});
const cov = (policy_id: string, scope: string, dimension: string, value: string) => ({ policy_id, scope, dimension, value });

beforeAll(async () => {
  p = await importRows(writer, 'policies', {
    'regions.csv': [
      { code: 'CN', name: '中国', level: 'country', parent_code: '' },
      { code: 'P1', name: '甲省', level: 'province', parent_code: 'CN' },
      { code: 'C1', name: '甲市', level: 'city', parent_code: 'P1' },
      { code: 'D1', name: '甲区', level: 'district', parent_code: 'C1' },
      { code: 'P2', name: '乙省', level: 'province', parent_code: 'CN' },
    ],
    'organizations.csv': [
      { id: 'AG', kind: 'agency', name: '知识产权局', region_code: 'CN' },
      { id: 'U1', kind: 'university', name: '甲大学', region_code: 'D1', industry: '教育' },
      { id: 'E1', kind: 'enterprise', name: '甲电池公司', region_code: 'C1', industry: '电气机械和器材制造业' },
      { id: 'E2', kind: 'enterprise', name: '乙电池公司', region_code: 'P2', industry: '电气机械和器材制造业' },
      { id: 'E3', kind: 'enterprise', name: '甲软件公司', region_code: 'C1', industry: '软件和信息技术服务业' },
      { id: 'PL', kind: 'platform', name: '乙运营平台', region_code: 'P2' },
    ],
    'persons.csv': [{ id: 'PER1', name: '张三' }],
    'patents.csv': [
      { id: 'PT1', title: '锂电池电极', kind: 'invention', ipc: 'H01M 10/052', filed: '2019-01-01' },
      { id: 'PT2', title: '神经网络', kind: 'invention', ipc: 'G06N 3/08', filed: '2019-01-01' },
      { id: 'PT3', title: '量子计算', kind: 'invention', ipc: 'G06N 10/00', filed: '2019-01-01' },
    ],
    'applicants.csv': [
      { patent_id: 'PT1', holder_id: 'U1', seq: '1' },
      { patent_id: 'PT2', holder_id: 'E2', seq: '1' },
      { patent_id: 'PT3', holder_id: 'PL', seq: '1' },
    ],
    'transactions.csv': [{ id: 'T1', kind: 'assignment', patent_ids: 'PT1', from_id: 'U1', to_id: 'E3', date: '2022-03-01' }],
    'policies.csv': [
      policy('NAT', 'national', '2020-01-01'),
      policy('PROV', 'provincial', '2021-01-01'),
      policy('CITY', 'municipal', '2022-01-01', '2023-01-01'),
      policy('FUT', 'national', '2030-01-01'),
      policy('OLD', 'provincial', '2018-01-01'),
      policy('NEW', 'provincial', '2021-06-01'),
      policy('AI', 'national', '2020-01-01'),
    ],
    'policy_links.csv': [
      { from_id: 'PROV', to_id: 'NAT', kind: 'implements' },
      { from_id: 'CITY', to_id: 'PROV', kind: 'implements' },
      { from_id: 'NEW', to_id: 'OLD', kind: 'supersedes' },
    ],
    'coverage.csv': [
      cov('NAT', 's1', 'region', 'CN'),
      cov('NAT', 's1', 'org_kind', 'university'),
      cov('PROV', 's1', 'region', 'P1'),
      cov('PROV', 's1', 'org_kind', 'enterprise'),
      cov('PROV', 's1', 'industry', '电气机械和器材制造业'),
      cov('PROV', 's2', 'ipc', 'h01m'),
      cov('CITY', 's1', 'org', 'PL'),
      cov('FUT', 's1', 'region', 'CN'),
      cov('OLD', 's1', 'region', 'P2'),
      cov('NEW', 's1', 'region', 'P2'),
      cov('NEW', 's1', 'org_kind', 'enterprise'),
      // A main group written without its subgroup: G06N 3/08 is under it, G06N 10/00 is not.
      cov('AI', 's1', 'ipc', 'G06N 3'),
    ],
  });
  api = await startTestApi(graph);
});
afterAll(async () => {
  await api?.close();
  await graph.close();
  await writer.close();
});

interface Coverage {
  policy: { id: string; title: string };
  scope: string;
  scopes: string[];
  reason: string;
  matchedScopes: { id: string; regions: { id: string; properties: Record<string, unknown> }[]; orgKinds: string[]; industries: string[]; ipcPrefixes: string[]; organizations: { id: string }[] }[];
  conditions: { dimension: string; value: string; regionCode: string | null; patentId: string | null; symbol: string | null; heldVia: string | null; heldSince: string | null }[];
  chain: { id: string }[];
  evidence: { nodes: { id: string }[]; edges: { id: string; type: string; source: string; target: string }[] };
}

const COVERING = /* GraphQL */ `
  query Covering($actorId: ID!, $asOf: Date) {
    policiesCovering(actorId: $actorId, asOf: $asOf) {
      policy { id title }
      scope scopes reason
      matchedScopes { id regions { id properties } orgKinds industries ipcPrefixes organizations { id } }
      conditions { dimension value regionCode patentId symbol heldVia heldSince }
      chain { id }
      evidence { nodes { id } edges { id type source target } }
    }
  }
`;

async function covering(actor: string, asOf: string): Promise<Coverage[]> {
  const r = await api.gql<{ policiesCovering: Coverage[] }>(COVERING, { actorId: p + actor, asOf });
  expect(r.errors).toBeUndefined();
  return r.data!.policiesCovering.filter((c) => c.policy.id.startsWith(p));
}
const ids = (cs: Coverage[]) => cs.map((c) => c.policy.id.slice(p.length)).sort();

describe('policiesCovering', () => {
  it('reaches an actor through a region below the scope region, and proves it with the region path', async () => {
    const [nat] = (await covering('U1', '2021-01-01')).filter((c) => c.policy.id === `${p}NAT`);
    expect(nat).toBeDefined();
    expect(nat!.scope).toBe('s1');
    const edges = nat!.evidence.edges.map((e) => `${e.type}:${e.source.slice(p.length)}->${e.target.slice(p.length)}`);
    expect(edges).toEqual(
      expect.arrayContaining(['LOCATED_IN:U1->D1', 'PART_OF:D1->C1', 'PART_OF:C1->P1', 'PART_OF:P1->CN', 'SCOPE_REGION:NAT#s1->CN', 'HAS_SCOPE:NAT->NAT#s1']),
    );
    expect(nat!.conditions.map((c) => c.dimension).sort()).toEqual(['org_kind', 'region']);
  });

  it('ANDs the conditions of one scope: region, kind and industry must all hold', async () => {
    expect(ids(await covering('E1', '2021-06-01'))).toContain('PROV'); // P1, enterprise, the industry
    expect(ids(await covering('E2', '2021-06-01'))).not.toContain('PROV'); // right industry, wrong province
    expect(ids(await covering('E3', '2021-06-01'))).not.toContain('PROV'); // right province, wrong industry, no H01M patent yet
  });

  it('ORs the scopes of a policy, and covers through an IPC prefix only while the patent is held', async () => {
    // U1 holds PT1 (H01M 10/052) from its filing until the assignment of 2022-03-01; then E3 does.
    const before = (await covering('U1', '2022-02-28')).find((c) => c.policy.id === `${p}PROV`);
    expect(before?.scope).toBe('s2');
    expect(before?.conditions).toEqual([expect.objectContaining({ dimension: 'ipc', value: 'H01M', patentId: `${p}PT1`, symbol: 'H01M 10/052' })]);
    expect(ids(await covering('U1', '2022-03-01'))).not.toContain('PROV');
    expect(ids(await covering('E3', '2022-02-28'))).not.toContain('PROV');
    const after = (await covering('E3', '2022-03-01')).find((c) => c.policy.id === `${p}PROV`);
    expect(after?.conditions[0]).toMatchObject({ heldVia: `${p}T1`, heldSince: '2022-03-01' });
    const edges = after!.evidence.edges.map((e) => `${e.type}:${e.source.slice(p.length)}->${e.target.slice(p.length)}`);
    expect(edges).toEqual(expect.arrayContaining([expect.stringMatching(/^HOLDS:E3->PT1/)]));
    expect(after!.evidence.edges.map((e) => `${e.type}:${e.source}->${e.target}`)).toEqual(
      expect.arrayContaining([`CLASSIFIED_AS:${p}PT1->H01M 10/052`, 'PART_OF:H01M 10/052->H01M 10/00', 'PART_OF:H01M 10/00->H01M', `SCOPE_IPC:${p}PROV#s2->H01M`]),
    );
    // The class path runs up to the scope's IPC node.
    expect(after!.evidence.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['H01M 10/052', 'H01M 10/00', 'H01M']));
  });

  it('matches a main-group prefix on its subgroups only', async () => {
    expect(ids(await covering('E2', '2024-01-01'))).toContain('AI'); // G06N 3/08 under "G06N 3"
    expect(ids(await covering('PL', '2024-01-01'))).not.toContain('AI'); // G06N 10/00 is not
  });

  it('respects expiry, future effective dates and supersession', async () => {
    expect(ids(await covering('PL', '2022-06-01'))).toContain('CITY');
    expect(ids(await covering('PL', '2023-01-01'))).not.toContain('CITY'); // expires is exclusive
    expect(ids(await covering('PL', '2021-12-31'))).not.toContain('CITY'); // not yet effective
    expect(ids(await covering('E1', '2029-12-31'))).not.toContain('FUT');
    expect(ids(await covering('E1', '2030-01-01'))).toContain('FUT');
    expect(ids(await covering('E2', '2021-05-31'))).toEqual(expect.arrayContaining(['OLD']));
    expect(ids(await covering('E2', '2021-06-01'))).toEqual(expect.arrayContaining(['NEW']));
    expect(ids(await covering('E2', '2021-06-01'))).not.toContain('OLD');
  });

  it('covers a named organization, with the chain of policies the covering one implements', async () => {
    const city = (await covering('PL', '2022-06-01')).find((c) => c.policy.id === `${p}CITY`)!;
    expect(city.conditions).toEqual([expect.objectContaining({ dimension: 'org', value: `${p}PL` })]);
    expect(city.chain.map((c) => c.id)).toEqual([`${p}PROV`, `${p}NAT`]);
    const types = city.evidence.edges.map((e) => `${e.type}:${e.source.slice(p.length)}->${e.target.slice(p.length)}`);
    expect(types).toEqual(expect.arrayContaining(['SCOPE_ORG:CITY#s1->PL', 'IMPLEMENTS:CITY->PROV', 'IMPLEMENTS:PROV->NAT']));
    expect(city.reason).toContain('named');
  });

  it('says what each matched scope names, so it can be read by what it covers', async () => {
    const prov = (await covering('E1', '2021-06-01')).find((c) => c.policy.id === `${p}PROV`)!;
    expect(prov.matchedScopes).toEqual([
      { id: `${p}PROV#s1`, regions: [expect.objectContaining({ id: `${p}P1` })], orgKinds: ['enterprise'], industries: ['电气机械和器材制造业'], ipcPrefixes: [], organizations: [] },
    ]);
    // The country is a region of level country: the page says "nationwide" for it.
    const nat = (await covering('U1', '2021-01-01')).find((c) => c.policy.id === `${p}NAT`)!;
    expect(nat.matchedScopes[0]!.regions[0]!.properties).toMatchObject({ level: 'country' });
    const city = (await covering('PL', '2022-06-01')).find((c) => c.policy.id === `${p}CITY`)!;
    expect(city.matchedScopes).toEqual([expect.objectContaining({ organizations: [{ id: `${p}PL` }], regions: [], orgKinds: [] })]);
  });

  it('refuses unknown actors and persons with errors that name the argument', async () => {
    const missing = await api.gql(COVERING, { actorId: `${p}NOPE`, asOf: '2022-01-01' });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'actorId' });
    const person = await api.gql(COVERING, { actorId: `${p}PER1`, asOf: '2022-01-01' });
    expect(person.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'actorId' });
    const badDate = await api.gql(COVERING, { actorId: `${p}U1`, asOf: '2022-02-30' });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

interface Connection {
  totalCount: number;
  implementing: { inForce: number; added: number; through: number };
  byKind: { name: string; count: number }[];
  byRegion: { code: string; count: number }[];
  edges: { node: { id: string }; via: string[]; scopes: string[]; cursor: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}
const COVERED = /* GraphQL */ `
  query Covered($policyId: ID!, $kinds: [String!], $region: ID, $asOf: Date, $first: Int, $after: String, $inc: Boolean) {
    actorsCoveredBy(policyId: $policyId, kinds: $kinds, region: $region, asOf: $asOf, first: $first, after: $after, includeImplementing: $inc) {
      totalCount
      implementing { inForce added through }
      byKind { name count }
      byRegion { code count }
      edges { node { id } via scopes cursor }
      pageInfo { endCursor hasNextPage }
    }
  }
`;
// Within this file's country unless asked otherwise: an IPC-only scope reaches holders anywhere.
async function covered(vars: Record<string, unknown>): Promise<Connection> {
  const r = await api.gql<{ actorsCoveredBy: Connection }>(COVERED, { region: `${p}CN`, ...vars, policyId: p + String(vars.policyId) });
  expect(r.errors).toBeUndefined();
  return r.data!.actorsCoveredBy;
}
const strip = (xs: string[]) => xs.map((x) => x.slice(p.length));

describe('actorsCoveredBy', () => {
  it('lists the actors a policy reaches on a date, with counts by kind and region', async () => {
    const c = await covered({ policyId: 'PROV', asOf: '2022-06-01' });
    expect(strip(c.edges.map((e) => e.node.id))).toEqual(['E1', 'E3']);
    expect(c.totalCount).toBe(2);
    expect(c.byKind).toEqual([{ name: 'enterprise', count: 2 }]);
    expect(c.byRegion).toEqual([{ code: `${p}P1`, count: 2 }]);
    const before = await covered({ policyId: 'PROV', asOf: '2022-01-01' });
    expect(strip(before.edges.map((e) => e.node.id))).toEqual(['E1', 'U1']);
  });

  it('adds what implementing policies reach, saying through which, and pages with a cursor', async () => {
    const all = await covered({ policyId: 'NAT', asOf: '2022-06-01', inc: true });
    expect(strip(all.edges.map((e) => e.node.id))).toEqual(['E1', 'E3', 'PL', 'U1']);
    expect(Object.fromEntries(all.edges.map((e) => [e.node.id.slice(p.length), strip(e.via)]))).toEqual({ E1: ['PROV'], E3: ['PROV'], PL: ['CITY'], U1: ['NAT'] });
    const own = await covered({ policyId: 'NAT', asOf: '2022-06-01' });
    expect(strip(own.edges.map((e) => e.node.id))).toEqual(['U1']);
    // Either way the answer says what the implementing policies add: 3 actors through PROV and CITY.
    expect(all.implementing).toEqual({ inForce: 2, added: 3, through: 2 });
    expect(own.implementing).toEqual(all.implementing);
    expect(all.totalCount - own.totalCount).toBe(all.implementing.added);
    // Within the same filters: of the enterprises, the two PROV reaches.
    expect((await covered({ policyId: 'NAT', asOf: '2022-06-01', kinds: ['enterprise'] })).implementing).toEqual({ inForce: 2, added: 2, through: 1 });
    // After CITY expires only PROV implements it in force; a policy nothing implements says so.
    expect((await covered({ policyId: 'NAT', asOf: '2023-06-01' })).implementing).toMatchObject({ inForce: 1 });
    expect((await covered({ policyId: 'AI', asOf: '2023-06-01' })).implementing).toEqual({ inForce: 0, added: 0, through: 0 });

    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: Connection = await covered({ policyId: 'NAT', asOf: '2022-06-01', inc: true, first: 3, after });
      expect(page.totalCount).toBe(4);
      seen.push(...strip(page.edges.map((e) => e.node.id)));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['E1', 'E3', 'PL', 'U1']);
  });

  it('filters by kind and by region, counting by the regions below the asked one', async () => {
    const c = await covered({ policyId: 'NAT', asOf: '2022-06-01', inc: true, kinds: ['enterprise', 'university'], region: `${p}P1` });
    expect(strip(c.edges.map((e) => e.node.id))).toEqual(['E1', 'E3', 'U1']);
    expect(c.byRegion).toEqual([{ code: `${p}C1`, count: 3 }]);
    expect(c.byKind).toEqual([
      { name: 'enterprise', count: 2 },
      { name: 'university', count: 1 },
    ]);
  });

  it('refuses bad arguments by name', async () => {
    const kinds = await api.gql(COVERED, { policyId: `${p}NAT`, kinds: ['company'] });
    expect(kinds.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'kinds' });
    const after = await api.gql(COVERED, { policyId: `${p}NAT`, after: 'not-a-cursor' });
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const missing = await api.gql(COVERED, { policyId: `${p}NOPE` });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'policyId' });
    const region = await api.gql(COVERED, { policyId: `${p}NAT`, region: `${p}NOWHERE` });
    expect(region.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'region' });
  });
});
