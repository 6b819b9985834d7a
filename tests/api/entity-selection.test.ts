import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { loadCypher } from '../../graph/cypher-file.ts';
import { entityStatement, type EntityRead } from '../../graph/queries/entity.ts';
import { ORGANIZATION_PARTS } from '../../graph/queries/organization-details.ts';
import { ROLES, type Role } from '../../api/access/roles.ts';
import { ROLE_TOKENS as TOKENS } from '../helpers/auth-file.ts';
import { dbHits as readCount } from '../helpers/db-hits.ts';
import { testGraph } from '../helpers/graph.ts';
import { dataOf, startRolesApi, testApiGraph, type TestApi } from './helpers/api-server.ts';
import { importSmallBundle } from './helpers/fixtures.ts';

// The entity's statements read only what a request selects, and `hidden` from every part it is
// counted from: whatever a request selects, each field it selects answers as it does in the full
// detail panel, for every role. A viewer asking only for `hidden`, or only for the counts, must
// not learn less (or more) than the full panel tells it.

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
let api: TestApi;
let p = '';

beforeAll(async () => {
  p = await importSmallBundle(writer, 'selection', {
    // A trade with a person and a stake the organization holds: more of what a viewer is not shown.
    'transactions.csv': [{ id: 'TX-9', kind: 'license', patent_ids: 'CN214000003U', from_id: 'ORG-E3', to_id: 'PER-4', date: '2024-03-01', amount_cny: '10000', license_type: 'ordinary' }],
    'equity.csv': [{ owner_id: 'ORG-E3', company_id: 'ORG-E2', share: '0.05', since: '2021-01-01' }],
  });
  api = await startRolesApi(graph);
});
afterAll(async () => {
  await api?.close();
  await graph.close();
  await writer.close();
});

type Json = Record<string, unknown> | null;

const HIDDEN = 'hidden { nodes edges properties byKind { name count } visibleTo }';
const NODE = 'id kind labels properties';
const NAMED = 'id kind labels name nameEn';
const TX = `id kind date amountCny licenseType from { ${NODE} } to { ${NODE} } patents { id } platform { id }`;

/** Each selectable field of the detail panel: its path below `entity`, and its selection. */
const FIELDS: [string[], string][] = [
  [['node'], `node { ${NODE} }`],
  [['relationshipCounts'], 'relationshipCounts { type direction count }'],
  [['hidden'], HIDDEN],
  ...['applicants', 'inventors', 'citationsOut', 'citationsIn'].map((f): [string[], string] => [['patent', f], `patent { ${f} { ${NODE} } }`]),
  [['patent', 'ipc'], 'patent { ipc }'],
  [['patent', 'holders'], `patent { holders { holder { ${NODE} } from until via } }`],
  ...['assignments', 'licenses', 'pledges'].map((f): [string[], string] => [['patent', f], `patent { ${f} { ${TX} } }`]),
  [['patent', 'hidden'], `patent { ${HIDDEN} }`],
  ...['regions', 'patents'].map((f): [string[], string] => [['organization', f], `organization { ${f} { ${NODE} } }`]),
  [['organization', 'patentCount'], 'organization { patentCount }'],
  [['organization', 'transactionCount'], 'organization { transactionCount }'],
  [['organization', 'transactions'], `organization { transactions { ${TX} } }`],
  ...['owners', 'holdings'].map((f): [string[], string] => [['organization', f], `organization { ${f} { owner { ${NODE} } company { ${NODE} } share since } }`]),
  [['organization', 'officers'], `organization { officers { person { ${NODE} } organization { id } role since } }`],
  [['organization', 'hidden'], `organization { ${HIDDEN} }`],
  [['transaction'], `transaction { ${TX} }`],
  // Without any node's properties, the lists' nodes are read with only what names them.
  [['patent', 'holders'], `patent { holders { holder { ${NAMED} } via } }`],
  [['patent', 'licenses'], `patent { licenses { id amountCny from { ${NAMED} } to { ${NAMED} } patents { ${NAMED} } } }`],
  [['organization', 'patents'], `organization { patents { ${NAMED} } }`],
  [['organization', 'regions'], `organization { regions { ${NAMED} } }`],
  [['organization', 'officers'], `organization { officers { person { ${NAMED} } role } }`],
  [['organization', 'transactions'], `organization { transactions { id from { ${NAMED} } to { ${NAMED} } patents { ${NAMED} } } hidden { nodes properties } }`],
];

const query = (selections: readonly string[]) => `query Entity($id: ID!) { entity(id: $id) { ${selections.join(' ')} } }`;
const FULL = query(FIELDS.map(([, s]) => s));

const at = (value: Json, path: readonly string[]): unknown => path.reduce<unknown>((v, k) => (v === null || v === undefined ? v : (v as Record<string, unknown>)[k]), value);

/** `full` cut to the fields `like` has (lists item by item), so an answer that selects less compares with the full one. */
function cutLike(full: unknown, like: unknown): unknown {
  if (Array.isArray(full)) return full.map((x, i) => cutLike(x, Array.isArray(like) ? (like[i] ?? like[0]) : undefined));
  if (full === null || typeof full !== 'object' || like === null || typeof like !== 'object') return full;
  return Object.fromEntries(Object.keys(like).map((k) => [k, cutLike((full as Record<string, unknown>)[k], (like as Record<string, unknown>)[k])]));
}

async function entityAs(role: Role, selections: readonly string[], id: string): Promise<Json> {
  return dataOf(await api.gqlAs<{ entity: Json }>(TOKENS[role], query(selections), { id })).entity;
}

describe('each field alone', () => {
  const IDS = ['ORG-E3', 'CN214000003U', 'TX-9'];

  it.each(ROLES)('answers each field alone as the full detail panel does, for the role %s', async (role) => {
    for (const id of IDS) {
      const full = dataOf(await api.gqlAs<{ entity: Json }>(TOKENS[role], FULL, { id: `${p}${id}` })).entity;
      for (const [path, selection] of FIELDS) {
        const alone = await entityAs(role, [selection], `${p}${id}`);
        expect(at(alone, path), `${role} ${id} ${selection}`).toEqual(cutLike(at(full, path), at(alone, path)));
      }
    }
  });

  it("gives a viewer asking only for `hidden`, or only for the counts, what the full panel gives: the organization's trades, equity and officers counted", async () => {
    const full = (await entityAs('viewer', FIELDS.map(([, s]) => s), `${p}ORG-E3`)) as { hidden: unknown; relationshipCounts: unknown; organization: { hidden: Record<string, unknown> } };
    // What the full panel hides from a viewer here, counted from each part the statement reads.
    expect(full.organization.hidden).toMatchObject({ properties: 3, visibleTo: 'SUPERVISOR' });
    const kinds = (full.organization.hidden.byKind as { name: string; count: number }[]).map((c) => c.name);
    expect(kinds).toEqual(expect.arrayContaining(['OWNS', 'OFFICER_OF', 'person', 'amount_cny']));
    expect(full.hidden).toMatchObject({ byKind: expect.arrayContaining([{ name: 'OWNS', count: 3 }]) });

    expect(await entityAs('viewer', [`organization { ${HIDDEN} }`], `${p}ORG-E3`)).toEqual({ organization: { hidden: full.organization.hidden } });
    expect(await entityAs('viewer', [HIDDEN], `${p}ORG-E3`)).toEqual({ hidden: full.hidden });
    expect(await entityAs('viewer', ['relationshipCounts { type direction count }'], `${p}ORG-E3`)).toEqual({ relationshipCounts: full.relationshipCounts });
    const patent = (await entityAs('viewer', FIELDS.map(([, s]) => s), `${p}CN214000003U`)) as { patent: { hidden: unknown } };
    expect(patent.patent.hidden).toMatchObject({ nodes: 4 });
    expect(await entityAs('viewer', [`patent { ${HIDDEN} }`], `${p}CN214000003U`)).toEqual({ patent: { hidden: patent.patent.hidden } });
  });
});

describe("an organization's first patents", () => {
  const PATENTS = `query P($id: ID!, $n: Int) { entity(id: $id) { organization { patentCount patents(first: $n) { id } } } }`;
  type P = { entity: { organization: { patentCount: number; patents: { id: string }[] } } };

  it('lists the first `first` of the newest-first list, each alias as many as it asks', async () => {
    const all = dataOf(await api.gqlAs<P>(TOKENS.viewer, PATENTS, { id: `${p}ORG-E3` })).entity.organization;
    expect(all.patents).toHaveLength(all.patentCount);
    expect(all.patentCount).toBe(3);
    const two = dataOf(await api.gqlAs<P>(TOKENS.viewer, PATENTS, { id: `${p}ORG-E3`, n: 2 })).entity.organization;
    expect(two.patents).toEqual(all.patents.slice(0, 2));
    const aliased = dataOf(
      await api.gqlAs<{ entity: { organization: { a: { id: string }[]; b: { id: string }[] } } }>(TOKENS.viewer, `query($id: ID!) { entity(id: $id) { organization { a: patents(first: 1) { id } b: patents { id } } } }`, {
        id: `${p}ORG-E3`,
      }),
    ).entity.organization;
    expect(aliased).toEqual({ a: all.patents.slice(0, 1), b: all.patents });
  });

  it('refuses a `first` below 1 or above 50, naming the argument and its range', async () => {
    for (const n of [0, -1, 51, 1000]) {
      const r = await api.gqlAs<P>(TOKENS.viewer, PATENTS, { id: `${p}ORG-E3`, n });
      expect(r.errors?.[0], String(n)).toMatchObject({ message: `Argument "first" must be from 1 to 50, got ${n}.`, extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
    }
  });
});

describe('statements', () => {
  /** Database hits of the statement's whole plan, from PROFILE. */
  const dbHits = (cypher: string, params: Record<string, unknown>) => readCount(writer, cypher, params);

  const NODE_BY_ID = loadCypher(new URL('../../graph/queries/node-by-id.cypher', import.meta.url));
  const NONE = { parts: new Set<never>(), properties: false };

  it.each([
    ['an organization with every part switched off', 'ORG-E3', { organization: NONE }],
    ['a patent with every part switched off', 'CN214000003U', { patent: NONE }],
    ["a patent with an organization's parts switched on", 'CN214000003U', { organization: { parts: new Set(ORGANIZATION_PARTS), properties: true } }],
  ] as const)('reads for %s only what finding the node reads, and its labels', async (_what, id, asked) => {
    const statement = (read: Partial<EntityRead>) => entityStatement({ id: `${p}${id}`, relationshipCounts: false, organization: null, patent: null, ...read });
    // Besides finding it, its labels are read once: may the caller see it, and of which kind is it.
    const found = (await dbHits(NODE_BY_ID, { id: `${p}${id}` })) + 1;
    for (const read of [{}, asked]) {
      const { cypher, params } = statement(read);
      expect(await dbHits(cypher, params)).toBeLessThanOrEqual(found);
    }
    // …and switched on, far more: the switches are what keeps it that low.
    const { cypher, params } = statement({ relationshipCounts: true });
    expect(await dbHits(cypher, params)).toBeGreaterThan(found + 10);
  });
});
