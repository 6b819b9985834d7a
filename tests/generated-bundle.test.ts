import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateBundle } from '../seed/generate/index.ts';
import { validateBundle } from '../seed/validate.ts';
import { importBundle } from '../seed/import/index.ts';
import { readCsv } from '../seed/read-csv.ts';
import { splitList } from '../seed/bundle-format.ts';
import { holderTimeline } from '../seed/import/holder-timeline.ts';
import { namespaceBundle } from './helpers/namespace-bundle.ts';
import { testGraph, uniquePrefix } from './helpers/graph.ts';

// The generator's output goes through the same door as anyone's bundle: validator, importer,
// and the holder timelines the importer derives must match the CSV rows they come from.

const graph = testGraph();
const temp = mkdtempSync(join(tmpdir(), 'ipatlas-generated-test-'));
const p = uniquePrefix('gen');
const dir = join(temp, 'bundle');
let rowsByFile: Record<string, number> = {};

async function rows(file: string): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  for await (const r of readCsv(join(dir, file), file)) out.push(r.record);
  return out;
}

beforeAll(async () => {
  const raw = join(temp, 'raw');
  const g = await generateBundle({ scale: 0.05, seed: 7, outDir: raw });
  rowsByFile = g.files;
  await namespaceBundle(raw, dir, p);
  await importBundle({ graph, dir });
});

afterAll(async () => {
  await graph.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('a generated bundle', () => {
  it('is valid', async () => {
    const report = await validateBundle(dir);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('imports one node per entity row', async () => {
    const [c] = await graph.read<Record<string, number>>(
      `CALL () { MATCH (n:Patent) WHERE n.id STARTS WITH $p RETURN count(n) AS patents }
       CALL () { MATCH (n:Organization) WHERE n.id STARTS WITH $p RETURN count(n) AS organizations }
       CALL () { MATCH (n:Person) WHERE n.id STARTS WITH $p RETURN count(n) AS persons }
       CALL () { MATCH (n:Transaction) WHERE n.id STARTS WITH $p RETURN count(n) AS transactions }
       CALL () { MATCH (n:Policy) WHERE n.id STARTS WITH $p RETURN count(n) AS policies }
       RETURN patents, organizations, persons, transactions, policies`,
      { p },
    );
    expect(c).toEqual({
      patents: rowsByFile['patents.csv'],
      organizations: rowsByFile['organizations.csv'],
      persons: rowsByFile['persons.csv'],
      transactions: rowsByFile['transactions.csv'],
      policies: rowsByFile['policies.csv'],
    });
  });

  it('has holder timelines that follow from its applicants and assignments', async () => {
    const patents = await rows('patents.csv');
    const applicants = await rows('applicants.csv');
    const assignments = (await rows('transactions.csv')).filter((t) => t.kind === 'assignment');
    const assigned = [...new Set(assignments.flatMap((t) => splitList(t.patent_ids!)))].slice(0, 40);
    expect(assigned.length).toBeGreaterThan(5);
    for (const id of assigned) {
      const expected = holderTimeline({
        filed: patents.find((x) => x.id === id)!.filed || null,
        applicants: applicants.filter((a) => a.patent_id === id).map((a) => a.holder_id!),
        assignments: assignments.filter((t) => splitList(t.patent_ids!).includes(id)).map((t) => ({ id: t.id!, date: t.date!, to: t.to_id! })),
      });
      const stored = await graph.read<{ holder: string; from: string | null; until: string | null; via: string }>(
        'MATCH (h:Party)-[x:HOLDS]->(:Patent {id: $id}) RETURN h.id AS holder, x.from AS from, x.until AS until, x.via AS via',
        { id },
      );
      const key = (s: { holder: string; from: string | null; until: string | null; via: string }) => `${s.holder}|${s.from}|${s.until}|${s.via}`;
      expect(stored.map(key).sort()).toEqual(expected.map(key).sort());
    }
  });

  it('assigns each patent only from the party holding it on that date', async () => {
    const bad = await graph.read<{ tx: string }>(
      `MATCH (t:Transaction {kind: 'assignment'})-[:OF_PATENT]->(pat:Patent) WHERE t.id STARTS WITH $p
       MATCH (t)-[:FROM_PARTY]->(seller)
       WHERE NOT EXISTS {
         MATCH (seller)-[x:HOLDS]->(pat)
         WHERE (x.from IS NULL OR x.from <= t.date) AND (x.until IS NULL OR t.date <= x.until)
       }
       RETURN t.id AS tx LIMIT 5`,
      { p },
    );
    expect(bad).toEqual([]);
  });

  it('finds generated Chinese titles by a two-character word and English titles by a stem', async () => {
    const [zh] = await graph.read<{ n: number }>(
      "CALL db.index.fulltext.queryNodes('search_zh', '电池') YIELD node WHERE node:Patent AND node.id STARTS WITH $p RETURN count(node) AS n",
      { p },
    );
    const [zhScan] = await graph.read<{ n: number }>("MATCH (x:Patent) WHERE x.id STARTS WITH $p AND x.title CONTAINS '电池' RETURN count(x) AS n", { p });
    expect(zhScan!.n).toBeGreaterThan(0);
    expect(zh!.n).toBe(zhScan!.n);
    const [en] = await graph.read<{ n: number }>(
      "CALL db.index.fulltext.queryNodes('search_en', 'battery') YIELD node WHERE node.id STARTS WITH $p RETURN count(node) AS n",
      { p },
    );
    expect(en!.n).toBeGreaterThan(0);
  });
});
