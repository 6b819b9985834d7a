import { loadNeo4jConfig } from '../graph/config.ts';
import { connectGraph, connectionOptions, type Graph } from '../graph/driver.ts';
import { licenseeCandidates } from '../graph/queries/licensees/licensees.ts';
import { benchDatabase } from './bench-database.ts';
import { latency, ms, seededRandom } from './latency.ts';

// `npm run bench -- licensees [--scale S]`: one patent's ranking (candidates, scores, reasons and
// evidence of the first 10) and the portfolio variant, warm: every input runs once before the
// measured pass. Against NEO4J_URI when set (read only), else a fresh embedded Neo4j with the
// generated bundle.

const PATENTS = 60;
const PORTFOLIOS = 15;

async function openGraph(scale: number, seed: number): Promise<{ graph: Graph; close: () => Promise<void> }> {
  const neo4j = loadNeo4jConfig();
  const db = await benchDatabase({ neo4j, scale, seed, memory: { heapMb: 2048, pagecacheMb: 1024, txMemoryMb: 1024 } });
  const graph = connectGraph({ ...connectionOptions(neo4j, db.uri), readTimeoutMs: 120_000 });
  return {
    graph,
    close: async () => {
      await graph.close();
      await db.close();
    },
  };
}

function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  const rnd = seededRandom(seed);
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]!);
  return out;
}

async function timed(run: () => Promise<number>): Promise<{ ms: number; considered: number }> {
  const t = performance.now();
  const considered = await run();
  return { ms: performance.now() - t, considered };
}

export async function benchLicensees({ scale, seed }: { scale: number; seed: number }): Promise<void> {
  console.log(`\n== licensees (scale ${scale}, seed ${seed})`);
  const { graph, close } = await openGraph(scale, seed);
  try {
    const held = await graph.read<{ patent: string; holder: string; subclass: string }>(
      `MATCH (u:University)-[x:HOLDS]->(p:Patent)-[:CLASSIFIED_AS {main: true}]->(:IpcClass)-[:PART_OF]->(:IpcClass)-[:PART_OF]->(s:IpcClass)
       WHERE x.until IS NULL
       RETURN p.id AS patent, u.id AS holder, s.code AS subclass ORDER BY patent`,
    );
    if (held.length === 0) throw new Error('no patent held by a university: load data first');
    const patents = sample(held, PATENTS, seed);
    const portfolios = sample(held, PORTFOLIOS, seed + 1);
    const one = (p: string) => async () => (await licenseeCandidates(graph, { subject: { patentId: p }, first: 10 })).considered;
    const many = (h: string, s: string) => async () => (await licenseeCandidates(graph, { subject: { holderId: h, ipcPrefix: s }, first: 10 })).considered;
    for (const p of patents) await one(p.patent)();
    for (const p of portfolios) await many(p.holder, p.subclass)();
    const single = [];
    for (const p of patents) single.push(await timed(one(p.patent)));
    const port = [];
    for (const p of portfolios) port.push(await timed(many(p.holder, p.subclass)));
    const report = (name: string, rows: { ms: number; considered: number }[]) => {
      const l = latency(rows.map((r) => r.ms));
      const c = latency(rows.map((r) => r.considered));
      console.log(`  ${name.padEnd(34)} n ${String(l.n).padStart(3)}  median ${ms(l.median)} ms  p95 ${ms(l.p95)} ms  p99 ${ms(l.p99)} ms  candidates scored (median) ${c.median}`);
    };
    console.log(`  university-held patents: ${held.length}; warm (each input ran once before)`);
    report('one patent, first 10 with evidence', single);
    report('portfolio (holder + subclass)', port);
    console.log('  target: one patent p95 ≤ 200 ms warm at scale 50 (figures only; the machine may be shared)');
  } finally {
    await close();
  }
}
