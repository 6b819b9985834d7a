import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph, PlainNode } from '../../graph/driver.ts';
import { entityStatement } from '../../graph/queries/entity.ts';
import { ORGANIZATION_PARTS } from '../../graph/queries/organization-details.ts';
import { dbHits } from '../helpers/db-hits.ts';
import { testGraph } from '../helpers/graph.ts';
import { importSmallBundle } from './helpers/fixtures.ts';

// An organization's newest patents are read one of two ways: a large holder's by walking the
// filing-date index down from the newest patent of all (so not all of its holdings are read), any
// other's by reading its holdings. Both must list exactly the patents it holds today, filed
// descending, ties on a day by id, the undated last. Here one university holds patents with ten
// filed on one day, four undated, and two of its newest sold: each way is forced in turn (how far
// the walk may go is a switch in the statement's parameter) and checked against the holdings read
// plainly and sorted here.

const graph: Graph = testGraph();
let p = '';

const filed = (i: number): string => {
  if (i < 10) return '2023-03-01';
  if (i < 14) return '';
  if (i < 20) return `2024-0${i - 13}-15`;
  return `2021-0${i - 19}-10`;
};
const PATENTS = Array.from({ length: 26 }, (_, i) => ({
  // Ids out of date order, so the order by id within a day is not the order rows were written in.
  id: `CN118${String((i * 7919) % 100_000).padStart(6, '0')}A`,
  title: `最新专利排序 ${i}`,
  kind: 'invention',
  ipc: 'G06F 16/901',
  filed: filed(i),
}));
const SOLD = [PATENTS[19]!.id, PATENTS[18]!.id];
// Another holder's, so that a holder of two patents is a small one whatever else the database holds.
const OTHERS = Array.from({ length: 600 }, (_, i) => ({ id: `CN117${String(i).padStart(6, '0')}A`, title: `其他专利 ${i}`, kind: 'invention', filed: `20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 10}` }));

beforeAll(async () => {
  p = await importSmallBundle(graph, 'newest', {
    'patents.csv': [...PATENTS, ...OTHERS],
    'applicants.csv': [
      ...PATENTS.map((x) => ({ patent_id: x.id, holder_id: 'ORG-U1', seq: '1' })),
      ...OTHERS.map((x) => ({ patent_id: x.id, holder_id: 'ORG-E2', seq: '1' })),
    ],
    'transactions.csv': [
      { id: 'TX-N1', kind: 'assignment', patent_ids: SOLD.join(';'), from_id: 'ORG-U1', to_id: 'ORG-E1', date: '2024-09-01', amount_cny: '100000' },
    ],
  });
});
afterAll(async () => {
  await graph.close();
});

interface Held {
  id: string;
  filed: string | null;
}

/** What it holds today, read plainly and sorted here: filed descending, the undated last, then id. */
async function heldToday(org: string): Promise<string[]> {
  const rows = await graph.read<Held>(
    'MATCH (:Organization {id: $org})-[x:HOLDS]->(p:Patent) WHERE x.until IS NULL RETURN p.id AS id, toString(p.filed) AS filed',
    { org },
  );
  const key = (r: Held) => r.filed ?? '';
  return rows.sort((a, b) => key(b).localeCompare(key(a)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((r) => r.id);
}

function panel(org: string, patents: boolean) {
  const parts = new Set(ORGANIZATION_PARTS.filter((x) => patents || x !== 'patents'));
  return entityStatement({ id: org, relationshipCounts: true, organization: { parts, properties: true }, patent: null });
}

async function newest(org: string, first: number, newestScan: number): Promise<string[]> {
  const { cypher, params } = entityStatement({ id: org, relationshipCounts: false, organization: { parts: new Set(['patents']), properties: false, maxPatents: first }, patent: null });
  const [row] = await graph.read<{ organization: { patents: PlainNode[] } }>(cypher, { q: { ...params.q, organization: { ...params.q.organization, newestScan } } });
  return row!.organization.patents.map((n) => n.properties.id as string);
}

describe("an organization's newest patents", () => {
  it('are the ones it holds today, newest first, by id within a day, the undated last, whichever way they are read', async () => {
    const org = `${p}ORG-U1`;
    const all = await heldToday(org);
    const kept = PATENTS.filter((x) => !SOLD.includes(x.id)).map((x) => `${p}${x.id}`);
    expect(all).toEqual(expect.arrayContaining(kept));
    for (const sold of SOLD) expect(all).not.toContain(`${p}${sold}`);
    for (const first of [1, 3, 5, 12, 20, 26, 50]) {
      const expected = all.slice(0, first);
      // Walking the index as far as it takes; and never (its holdings are read).
      expect(await newest(org, first, 1_000_000_000), `first ${first}, index walk`).toEqual(expected);
      expect(await newest(org, first, 0), `first ${first}, holdings`).toEqual(expected);
    }
  });

  it("of a small holder cost what its holdings cost, not a walk down everyone's, within the whole detail panel", async () => {
    // The planner once moved the walk ahead of the test that admits a large holder to it.
    const org = `${p}ORG-E3`;
    const [{ patents }] = (await graph.read<{ patents: number }>('RETURN COUNT { (:Patent) } AS patents')) as [{ patents: number }];
    expect(patents).toBeGreaterThan(OTHERS.length);
    const hits = (s: { cypher: string; params: Record<string, unknown> }) => dbHits(graph, s.cypher, s.params);
    expect((await hits(panel(org, true))) - (await hits(panel(org, false)))).toBeLessThan(100);
  });

  it('are read from its holdings when the walk stops before it finds them', async () => {
    const org = `${p}ORG-U1`;
    expect(await newest(org, 20, 3)).toEqual((await heldToday(org)).slice(0, 20));
  });
});
