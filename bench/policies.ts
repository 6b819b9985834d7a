import { loadNeo4jConfig } from '../graph/config.ts';
import { connectGraph, connectionOptions } from '../graph/driver.ts';
import { actorsCoveredBy } from '../graph/queries/policies/actors-covered-by.ts';
import { policiesCovering } from '../graph/queries/policies/policies-covering.ts';
import { fmt } from './format.ts';
import { benchDatabase } from './bench-database.ts';
import { latency, ms, seededRandom } from './latency.ts';

// `npm run bench -- policies [--scale S]`: the policy tracer's two fields as the resolvers call
// them (graph/queries through the driver), warm: policiesCovering for random (organization, date)
// pairs, and the first page (50, with counts) of actorsCoveredBy for every policy on random dates,
// with and without the implementing policies. Uses NEO4J_URI when set, read-only.

const SAMPLES = 200;
const DAY = 86_400_000;

export async function benchPolicies({ scale, seed }: { scale: number; seed: number }): Promise<void> {
  console.log(`\n== policies (scale ${scale}, seed ${seed})`);
  const db = await benchDatabase({ neo4j: loadNeo4jConfig(), scale, seed });
  const graph = connectGraph(connectionOptions(loadNeo4jConfig(), db.uri));
  try {
    const rnd = seededRandom(seed * 7919);
    const date = () => new Date(Date.UTC(2021, 0, 1) + Math.floor(rnd() * 6 * 365) * DAY).toISOString().slice(0, 10);
    const orgIds = (await graph.read<{ id: string }>('MATCH (o:Organization) RETURN o.id AS id')).map((r) => r.id);
    const policyIds = (await graph.read<{ id: string }>('MATCH (p:Policy) RETURN p.id AS id ORDER BY id')).map((r) => r.id);
    console.log(`${fmt(orgIds.length)} organizations, ${fmt(policyIds.length)} policies`);

    const covering = Array.from({ length: SAMPLES }, () => ({ actorId: orgIds[Math.floor(rnd() * orgIds.length)]!, asOf: date() }));
    const firstPages = Array.from({ length: SAMPLES }, (_, i) => ({
      policyId: policyIds[Math.floor(rnd() * policyIds.length)]!,
      asOf: date(),
      viaImplementing: i % 2 === 1,
    }));
    const notice = policyIds.includes('POL-0003')
      ? Array.from({ length: 20 }, () => ({ policyId: 'POL-0003', asOf: date(), viaImplementing: true }))
      : [];
    const page = (a: { policyId: string; asOf: string; viaImplementing: boolean }) =>
      actorsCoveredBy(graph, { ...a, kinds: null, region: null, first: 50, after: null });

    console.log(`${'case'.padEnd(44)}${'n'.padStart(5)}${'median'.padStart(9)}${'p95'.padStart(8)}${'p99'.padStart(8)}  answer size (median)`);
    await measure('policiesCovering', covering, (a) => policiesCovering(graph, a), (r) => (r.status === 'ok' ? r.items.length : 0));
    await measure('actorsCoveredBy first page', firstPages, page, (r) => (r.status === 'ok' ? r.value.totalCount : 0));
    if (notice.length > 0) await measure('actorsCoveredBy POL-0003 + implementing', notice, page, (r) => (r.status === 'ok' ? r.value.totalCount : 0));

    // The first page of each policy with IPC scopes on a new connection: the holders of its
    // prefixes (and the organization groups) are read once per import, so this is what the first
    // request after an import waits for.
    const ipcPolicies = (
      await graph.read<{ id: string }>('MATCH (p:Policy)-[:HAS_SCOPE]->(s:CoverageScope) WHERE size(coalesce(s.ipc_prefixes, [])) > 0 RETURN DISTINCT p.id AS id ORDER BY id')
    ).map((r) => r.id);
    const cold: number[] = [];
    for (const policyId of ipcPolicies) {
      const fresh = connectGraph(connectionOptions(loadNeo4jConfig(), db.uri));
      try {
        await fresh.read('RETURN 1');
        const t = performance.now();
        await actorsCoveredBy(fresh, { policyId, asOf: date(), viaImplementing: false, kinds: null, region: null, first: 50, after: null });
        cold.push(performance.now() - t);
      } finally {
        await fresh.close();
      }
    }
    if (cold.length > 0) {
      const l = latency(cold);
      console.log(`${'actorsCoveredBy IPC policy, cold'.padEnd(44)}${String(l.n).padStart(5)}${ms(l.median)}${ms(l.p95).padStart(8)}${ms(Math.max(...cold)).padStart(8)}  (last column: max)`);
    }
  } finally {
    await graph.close();
    await db.close();
  }
}

async function measure<A, R>(name: string, inputs: A[], run: (a: A) => Promise<R>, size: (r: R) => number): Promise<void> {
  // One pass to warm the plan cache and the page cache, then the measured pass.
  for (const a of inputs) await run(a);
  const samples: number[] = [];
  const sizes: number[] = [];
  for (const a of inputs) {
    const t = performance.now();
    const r = await run(a);
    samples.push(performance.now() - t);
    sizes.push(size(r));
  }
  const l = latency(samples);
  const medianSize = [...sizes].sort((x, y) => x - y)[Math.floor(sizes.length / 2)] ?? 0;
  console.log(`${name.padEnd(44)}${String(l.n).padStart(5)}${ms(l.median)}${ms(l.p95).padStart(8)}${ms(l.p99).padStart(8)}  ${fmt(medianSize)}`);
}
