import { connectApiGraph } from '../api/database/api-driver.ts';
import { createLogger } from '../api/http/logging.ts';
import { startApiServer } from '../api/http/server-factory.ts';
import { loadNeo4jConfig } from '../graph/config.ts';
import { loadApiConfig } from '../api/http/config.ts';
import { connectGraph, connectionOptions, type Graph } from '../graph/driver.ts';
import { chainEvidence, holderChains, sweepChains, type Progress } from '../graph/queries/related-party/monitor.ts';
import { DEFAULT_THRESHOLDS } from '../graph/queries/related-party/thresholds.ts';
import { fmt } from './format.ts';
import { benchDatabase } from './bench-database.ts';
import { latency, ms, seededRandom } from './latency.ts';

// `npm run bench -- related-party [--scale S]`: one holder's chains (what relatedPartyChains with
// `holderId` runs: the chains, then the evidence of the first 20) warm, and a whole-graph sweep
// with its progress. Against NEO4J_URI when set (read only), else a fresh embedded Neo4j with the
// generated bundle of that scale.

const HOLDERS = 100;

async function openGraph(scale: number, seed: number): Promise<{ graph: Graph; uri: string; close: () => Promise<void> }> {
  const neo4j = loadNeo4jConfig();
  const db = await benchDatabase({ neo4j, scale, seed, memory: { heapMb: 2048, pagecacheMb: 1024 } });
  const graph = connectGraph(connectionOptions(neo4j, db.uri));
  return {
    graph,
    uri: db.uri,
    close: async () => {
      await graph.close();
      await db.close();
    },
  };
}

export async function benchRelatedParty({ scale, seed }: { scale: number; seed: number }): Promise<void> {
  console.log(`\n== related-party (scale ${scale}, seed ${seed}${process.env.NEO4J_URI ? `, ${process.env.NEO4J_URI}` : ''})`);
  const { graph, uri, close } = await openGraph(scale, seed);
  try {
    const parties = await graph.read<{ id: string }>(
      'MATCH (t:Transaction) WHERE t.kind IN ["assignment", "license"] WITH t LIMIT 20000 UNWIND [t.from_id, t.to_id] AS id RETURN DISTINCT id',
    );
    const random = seededRandom(seed);
    const holders = Array.from({ length: Math.min(HOLDERS, parties.length) }, () => parties[Math.floor(random() * parties.length)]!.id);
    const one = async (id: string): Promise<number> => {
      const { chains } = await holderChains(graph, { holderId: id, thresholds: DEFAULT_THRESHOLDS });
      await chainEvidence(graph, chains.slice(0, 20));
      return chains.length;
    };
    for (const id of holders) await one(id);
    const samples: number[] = [];
    let flagged = 0;
    for (const id of holders) {
      const t0 = performance.now();
      flagged += (await one(id)) > 0 ? 1 : 0;
      samples.push(performance.now() - t0);
    }
    const l = latency(samples);
    console.log(`one holder (warm)   n ${l.n}  median ${ms(l.median)} ms  p95 ${ms(l.p95)} ms  p99 ${ms(l.p99)} ms  (target p95 ≤ 100 ms; ${flagged} of them in a flagged chain)`);

    // The same through the API (HTTP + GraphQL, in this process), asking for what the page shows.
    const config = loadApiConfig();
    const apiGraph = connectApiGraph({ neo4j: loadNeo4jConfig(), api: config, uri });
    const api = await startApiServer({ graph: apiGraph, config: { ...config, port: 0 }, log: createLogger('warn') });
    try {
      const query = 'query($h: ID) { relatedPartyChains(holderId: $h, first: 20) { id risk rules transactions { id } parties { id } reason evidence { nodes { id } edges { id } } } }';
      const ask = async (h: string): Promise<void> => {
        const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { h } }) });
        const body = (await res.json()) as { errors?: { message: string }[] };
        if (body.errors) throw new Error(`relatedPartyChains: ${body.errors[0]!.message}`);
      };
      for (const id of holders) await ask(id);
      const viaApi: number[] = [];
      for (const id of holders) {
        const t = performance.now();
        await ask(id);
        viaApi.push(performance.now() - t);
      }
      const a = latency(viaApi);
      console.log(`one holder via API  n ${a.n}  median ${ms(a.median)} ms  p95 ${ms(a.p95)} ms  p99 ${ms(a.p99)} ms  (target p95 ≤ 100 ms)`);
    } finally {
      await api.close();
      await apiGraph.close();
    }

    let last = 0;
    const t0 = performance.now();
    const onProgress = (p: Progress): void => {
      const now = performance.now();
      if (now - last < 2000 && p.done !== p.total) return;
      last = now;
      console.log(`  sweep ${((now - t0) / 1000).toFixed(1).padStart(6)} s  ${p.phase.padEnd(7)} ${fmt(p.done)}${p.total !== null ? ` / ${fmt(p.total)}` : ''}`);
    };
    const { chains, facts } = await sweepChains(graph, DEFAULT_THRESHOLDS, { onProgress, read: { timeoutMs: 600_000 } });
    const seconds = (performance.now() - t0) / 1000;
    const byRule = new Map<string, number>();
    for (const c of chains) for (const r of c.rules) byRule.set(r, (byRule.get(r) ?? 0) + 1);
    console.log(`whole-graph sweep   ${seconds.toFixed(1)} s  (target ≤ 60 s)  ${fmt(facts.size)} parties, ${fmt(chains.length)} chains flagged`);
    console.log(`  by rule: ${[...byRule].map(([r, n]) => `${r} ${fmt(n)}`).join(', ')}`);
  } finally {
    await close();
  }
}
