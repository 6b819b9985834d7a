import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { rootFieldRoles } from '../../api/access/field-roles.ts';
import { visibilityOf, type Role } from '../../api/access/roles.ts';
import { SCHEMA_FILES } from '../../api/graphql/schema-files.ts';
import { loadNeo4jConfig, PROJECT_ROOT } from '../../graph/config.ts';
import { connectGraph, connectionOptions, type Graph } from '../../graph/driver.ts';
import { startEmbedded, type RunningNeo4j } from '../../graph/embedded-server.ts';
import { freePort } from '../../graph/free-port.ts';
import type { ScoredChain } from '../../graph/queries/related-party/chains.ts';
import { sweepChains } from '../../graph/queries/related-party/monitor.ts';
import { DEFAULT_THRESHOLDS } from '../../graph/queries/related-party/thresholds.ts';
import { generateBundle } from '../../seed/generate/index.ts';
import { importBundle } from '../../seed/import/index.ts';

// `npm run eval -- related-party [--bundle DIR] [--uri bolt://…] [--scale S] [--seed N]`
//
// Sweeps a graph with the monitor and scores the ranking against the ground truth a generated
// bundle carries (ground-truth/planted-chains.json and look-alikes.json); the monitor never sees it.
// Default: a generated scale-1 bundle imported into a fresh embedded Neo4j in a temp folder. With
// --bundle, that bundle is imported instead; with --uri, the graph there (already holding the
// bundle) is read as it is.
//
// A detected chain MATCHES a ground-truth chain when they share a patent and the detected chain
// contains at least half of the ground-truth chain's transactions, and at least two of them when
// it has two or more (a chain detected with extra trades of the same patent before or after still
// counts; one shared trade does not).

interface Truth {
  id: string;
  transactions: string[];
  patents: string[];
  patterns?: string[];
  kind?: string;
}

export function matches(chain: ScoredChain, truth: Truth): boolean {
  if (!truth.patents.some((p) => chain.patents.includes(p))) return false;
  const ids = new Set(chain.trades.map((t) => t.id));
  const shared = truth.transactions.filter((t) => ids.has(t)).length;
  return shared * 2 >= truth.transactions.length && shared >= Math.min(2, truth.transactions.length);
}

export interface Scores {
  planted: number;
  lookAlikes: number;
  detected: number;
  recall: number;
  precisionAtN: number;
  firstLookAlikeRank: number | null;
  lookAlikesInTopN: number;
  recallByPattern: Record<string, string>;
  /** Planted chains ranked below the best-ranked look-alike, or not flagged while some look-alike is (the goal: none). */
  plantedBelowLookAlike: Outranked[];
  /** Per look-alike kind: how many were flagged, of how many, and the best rank among them. */
  lookAlikeKinds: Record<string, { flagged: number; total: number; bestRank: number | null }>;
}

/** A ranked truth item: its id, what it is (patterns or kind), its best rank (1-based; null: not flagged) and that chain's risk. */
export interface Placed {
  id: string;
  what: string;
  rank: number | null;
  risk: number | null;
}

export interface Outranked extends Placed {
  /** The look-alikes ranked above this planted chain, best first. */
  by: Placed[];
}

export function score(ranked: readonly ScoredChain[], planted: readonly Truth[], lookAlikes: readonly Truth[]): Scores {
  const n = planted.length;
  const found = planted.filter((p) => ranked.some((c) => matches(c, p)));
  const top = ranked.slice(0, n);
  const hitsTop = top.filter((c) => planted.some((p) => matches(c, p))).length;
  const isLookAlike = (c: ScoredChain): boolean => !planted.some((p) => matches(c, p)) && lookAlikes.some((l) => matches(c, l));
  const firstLook = ranked.findIndex(isLookAlike);
  const byPattern: Record<string, [number, number]> = {};
  for (const p of planted) {
    for (const pattern of p.patterns ?? ['?']) {
      const e = (byPattern[pattern] ??= [0, 0]);
      e[1]++;
      if (found.includes(p)) e[0]++;
    }
  }
  // A look-alike is placed only by chains that match no planted one, as firstLookAlikeRank counts them.
  const place = (t: Truth, what: string, counts: (c: ScoredChain) => boolean): Placed => {
    const i = ranked.findIndex((c) => counts(c) && matches(c, t));
    return { id: t.id, what, rank: i >= 0 ? i + 1 : null, risk: i >= 0 ? ranked[i]!.risk : null };
  };
  const plantedPlaces = planted.map((p) => place(p, (p.patterns ?? ['?']).join('+'), () => true));
  const lookPlaces = lookAlikes.map((l) => place(l, l.kind ?? '?', isLookAlike)).filter((l) => l.rank !== null);
  lookPlaces.sort((a, b) => a.rank! - b.rank!);
  const below: Outranked[] = [];
  if (firstLook >= 0) {
    for (const p of plantedPlaces) {
      if (p.rank !== null && p.rank < firstLook + 1) continue;
      below.push({ ...p, by: lookPlaces.filter((l) => p.rank === null || l.rank! < p.rank) });
    }
  }
  below.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const kinds: Scores['lookAlikeKinds'] = {};
  for (const l of lookAlikes) {
    const k = (kinds[l.kind ?? '?'] ??= { flagged: 0, total: 0, bestRank: null });
    k.total++;
    const p = lookPlaces.find((x) => x.id === l.id);
    if (!p) continue;
    k.flagged++;
    if (k.bestRank === null || p.rank! < k.bestRank) k.bestRank = p.rank;
  }
  return {
    planted: n,
    lookAlikes: lookAlikes.length,
    detected: ranked.length,
    recall: n ? found.length / n : 0,
    precisionAtN: n ? hitsTop / n : 0,
    firstLookAlikeRank: firstLook >= 0 ? firstLook + 1 : null,
    lookAlikesInTopN: top.filter(isLookAlike).length,
    recallByPattern: Object.fromEntries(Object.entries(byPattern).map(([k, [a, b]]) => [k, `${a}/${b}`])),
    plantedBelowLookAlike: below,
    lookAlikeKinds: kinds,
  };
}

const placed = (p: Placed): string => `${p.id} ${p.what} ${p.rank === null ? 'not flagged' : `#${p.rank} risk ${p.risk}`}`;

/** Which look-alike kinds outrank a planted chain, each with its count and the best of them. */
function outrankedBy(o: Outranked): string {
  const byKind = new Map<string, Placed[]>();
  for (const l of o.by) byKind.set(l.what, [...(byKind.get(l.what) ?? []), l]);
  return [...byKind].map(([kind, ls]) => `${kind} ×${ls.length} (best ${ls[0]!.id} #${ls[0]!.rank} risk ${ls[0]!.risk})`).join('; ');
}

function readTruth(bundle: string): { planted: Truth[]; lookAlikes: Truth[] } {
  const dir = join(bundle, 'ground-truth');
  const planted = join(dir, 'planted-chains.json');
  if (!existsSync(planted)) throw new Error(`${planted} is missing: the eval needs a generated bundle with its ground truth`);
  const looks = join(dir, 'look-alikes.json');
  return {
    planted: (JSON.parse(readFileSync(planted, 'utf8')) as { chains: Truth[] }).chains,
    lookAlikes: existsSync(looks) ? (JSON.parse(readFileSync(looks, 'utf8')) as { items: Truth[] }).items : [],
  };
}

/**
 * The role the API asks of the monitor and what that role may not see. The sweep reads the whole
 * graph, so its ranking is the one this reader is shown only when the role hides nothing.
 */
function monitorReader(): { role: Role; hidden: string[] } {
  const role = rootFieldRoles(SCHEMA_FILES.map((f) => readFileSync(f, 'utf8'))).get('relatedPartyChains') ?? 'viewer';
  const v = visibilityOf(role);
  return { role, hidden: [...v.hiddenLabels, ...v.hiddenRelTypes, ...v.hiddenProperties] };
}

export async function evaluate(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { bundle: { type: 'string' }, uri: { type: 'string' }, scale: { type: 'string', default: '1' }, seed: { type: 'string', default: '1' } },
  });
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  const bundle = values.bundle ?? join(PROJECT_ROOT, '.generated', 'eval', `scale-${scale}-seed-${seed}`);
  if (!values.bundle && !existsSync(join(bundle, 'ground-truth', 'planted-chains.json'))) {
    console.log(`generating scale ${scale}, seed ${seed} into ${bundle}`);
    await generateBundle({ scale, seed, outDir: bundle });
  }
  const truth = readTruth(bundle);
  const reader = monitorReader();
  if (reader.hidden.length > 0) throw new Error(`relatedPartyChains needs the ${reader.role} role, which does not see ${reader.hidden.join(', ')}: the eval's sweep reads them`);
  const cfg = loadNeo4jConfig();
  let server: RunningNeo4j | null = null;
  let dataDir: string | null = null;
  let graph: Graph;
  if (values.uri) {
    graph = connectGraph(connectionOptions(cfg, values.uri));
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'ipatlas-eval-neo4j-'));
    server = await startEmbedded({ ...cfg.embedded, dataDir, boltPort: await freePort(), heapMb: 2048, pagecacheMb: 1024 }, () => {});
    graph = connectGraph(connectionOptions(cfg, server.uri));
  }
  try {
    if (server) {
      const s = await importBundle({ graph, dir: bundle });
      console.log(`imported ${bundle}: ${s.rows} rows in ${s.seconds.toFixed(1)} s`);
    }
    const started = performance.now();
    const { chains } = await sweepChains(graph, DEFAULT_THRESHOLDS, { read: { timeoutMs: 300_000 } });
    const seconds = (performance.now() - started) / 1000;
    const s = score(chains, truth.planted, truth.lookAlikes);
    console.log(`\n== eval related-party (${values.uri ?? bundle})`);
    console.log(`read as               ${reader.role} (the role relatedPartyChains needs; it sees every node, link and amount the sweep reads)`);
    console.log(`sweep                 ${seconds.toFixed(1)} s, ${s.detected} chains flagged`);
    console.log(`planted chains        ${s.planted}   look-alikes ${s.lookAlikes}`);
    console.log(`recall                ${s.recall.toFixed(3)}  (target ≥ 0.9)  by pattern ${JSON.stringify(s.recallByPattern)}`);
    console.log(`precision in top ${String(s.planted).padEnd(4)} ${s.precisionAtN.toFixed(3)}  (target ≥ 0.9)`);
    console.log(`first look-alike rank ${s.firstLookAlikeRank ?? 'none flagged'}   look-alikes in top ${s.planted}: ${s.lookAlikesInTopN}`);
    console.log(`planted below the best look-alike: ${s.plantedBelowLookAlike.length} of ${s.planted}  (goal 0)`);
    for (const o of s.plantedBelowLookAlike) console.log(`  ${placed(o)} — outranked by ${outrankedBy(o)}`);
    console.log('look-alikes by kind (flagged/total, best rank):');
    for (const [kind, k] of Object.entries(s.lookAlikeKinds).sort()) console.log(`  ${kind.padEnd(28)} ${k.flagged}/${k.total}  ${k.bestRank === null ? '-' : `#${k.bestRank}`}`);
  } finally {
    await graph.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}
