import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCypher } from '../../graph/cypher-file.ts';
import { connectGraph, type Graph } from '../../graph/driver.ts';
import { gatherEvidence } from '../../graph/queries/licensees/licensees.ts';
import { DEFAULT_WEIGHTS, PARTS, type Part, type Weights } from '../../graph/queries/licensees/weights.ts';
import { generateBundle } from '../../seed/generate/index.ts';
import { openEvalDatabase, type EvalDatabase } from './licensees/database.ts';
import { crossValidate, evaluateWeights, fitWeights, type Case } from './licensees/fit.ts';
import { latestShare, universityLicences, type HeldLicence } from './licensees/holdout.ts';
import { quality, rankOf, type Quality } from './licensees/metrics.ts';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

// `npm run eval -- licensees [--bundle DIR] [--share 0.1]`: hides the latest share of university →
// enterprise licences, imports the rest into an embedded Neo4j of its own, fits the score's
// weights on the most recent 35 % of the licences it can see (each ranked as of its own date),
// then ranks every hidden licence's patents and prints hit@10 and MRR beside two baselines:
// the most active licensees, and a random order of all enterprises.
// `--uri` ranks against a database that already holds the bundle without the hidden share.

const DEFAULT_BUNDLE = '.generated/eval/scale-1-seed-1';
/**
 * The most recent share of the visible licences the weights are fitted on. A tenth (80
 * licences) left the fit to chance: its weights moved with a few cases; 35 % (about 280) gives
 * each grid step enough cases to tell.
 */
const VALIDATION_SHARE = 0.35;
const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`;
const POPULAR = loadCypher(new URL('../../graph/queries/licensees/popular.cypher', import.meta.url));
const ENTERPRISES = loadCypher(new URL('../../graph/queries/licensees/enterprises.cypher', import.meta.url));

async function defaultBundle(): Promise<string> {
  if (!existsSync(join(DEFAULT_BUNDLE, 'transactions.csv'))) {
    console.log(`generating the scale-1 bundle (seed 1) into ${DEFAULT_BUNDLE}`);
    await generateBundle({ scale: 1, seed: 1, outDir: DEFAULT_BUNDLE });
  }
  return DEFAULT_BUNDLE;
}

async function cases(graph: Graph, licences: readonly HeldLicence[], progress: string): Promise<(Case & { gathered: boolean })[]> {
  const out: (Case & { gathered: boolean })[] = [];
  let ms = 0;
  for (const [i, l] of licences.entries()) {
    const t = performance.now();
    const { candidates, gathered } = await graph.readTx((run) => gatherEvidence(run, { patentIds: l.patentIds, asOf: l.date }));
    ms += performance.now() - t;
    out.push({ licensee: l.licensee, candidates, gathered: gathered.includes(l.licensee) });
    if ((i + 1) % 20 === 0) process.stdout.write(`  ${progress}: ${i + 1}/${licences.length}\r`);
  }
  console.log(`  ${progress}: ${licences.length} rankings, ${(ms / Math.max(1, licences.length)).toFixed(0)} ms each on average`);
  return out;
}

/** Popularity: enterprises by licences taken before the date, the subject's holders and licensees left out. */
async function popularity(graph: Graph, held: readonly HeldLicence[]): Promise<Quality> {
  const ranks: (number | null)[] = [];
  for (const l of held) {
    const rows = await graph.read<{ id: string }>(POPULAR, { asOf: l.date, limit: 2000 });
    const excluded = await subjectParties(graph, l);
    ranks.push(rankOf(rows.map((r) => r.id).filter((id) => !excluded.has(id)), l.licensee));
  }
  return quality(ranks);
}

async function subjectParties(graph: Graph, l: HeldLicence): Promise<Set<string>> {
  const { subject } = await graph.readTx((run) => gatherEvidence(run, { patentIds: l.patentIds, asOf: l.date }));
  return new Set([...subject.holders, ...subject.licensees]);
}

/** Random: a seeded shuffle of every enterprise per case, averaged over several draws. */
async function random(graph: Graph, held: readonly HeldLicence[], draws = 20): Promise<Quality> {
  const all = (await graph.read<{ id: string }>(ENTERPRISES)).map((r) => r.id);
  const rng = xoroshiro128plus(1);
  const ranks: (number | null)[] = [];
  for (let d = 0; d < draws; d++) {
    for (const l of held) {
      const order = [...all];
      for (let i = order.length - 1; i > 0; i--) {
        const j = uniformInt(rng, 0, i);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      ranks.push(rankOf(order.filter((id) => id !== l.licensor), l.licensee));
    }
  }
  const q = quality(ranks);
  return { ...q, cases: held.length };
}

const fmt = (w: Weights) => PARTS.map((p) => `${p} ${w[p]}`).join(', ');
const row = (name: string, q: Quality) => `  ${name.padEnd(28)} ${q.hitAt10.toFixed(3).padStart(7)} ${q.mrr.toFixed(3).padStart(7)} ${String(q.cases).padStart(6)}`;

export async function evaluate(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { bundle: { type: 'string' }, share: { type: 'string', default: '0.1' }, uri: { type: 'string' } } });
  const share = Number(values.share);
  if (!(share > 0 && share < 1)) throw new Error(`--share must be between 0 and 1, got ${values.share}`);
  const bundle = values.bundle ?? (await defaultBundle());
  console.log(`licensees: bundle ${bundle}, hiding the latest ${(share * 100).toFixed(0)} % of university → enterprise licences`);
  let db: EvalDatabase;
  if (values.uri) {
    const { kept, held } = latestShare(universityLicences(bundle), share);
    const graph = connectGraph({ uri: values.uri, user: 'neo4j', password: '', database: 'neo4j', readTimeoutMs: 120_000 });
    db = { graph, kept, held, close: () => graph.close() };
  } else {
    db = await openEvalDatabase({ bundle, share, log: (line) => console.log(`  ${line}`) });
  }
  try {
    const { kept: train, held: validation } = latestShare(db.kept, VALIDATION_SHARE);
    console.log(`  fitting on ${validation.length} validation licences (from ${validation[0]?.date ?? '-'}; ${train.length} older ones stay in the graph as history)`);
    const validationCases = await cases(db.graph, validation, 'validation');
    const ones = Object.fromEntries(PARTS.map((p) => [p, 1])) as Record<Part, number>;
    const fitted = fitWeights(validationCases, ones);
    const unfitted = evaluateWeights(validationCases, ones);
    const testCases = await cases(db.graph, db.held, 'held out');
    const results: [string, Quality][] = [
      ['score, fitted weights', evaluateWeights(testCases, fitted.weights)],
      ['score, weights.ts', evaluateWeights(testCases, DEFAULT_WEIGHTS)],
      ['score, all weights 1', evaluateWeights(testCases, ones)],
      ['popularity (most licences)', await popularity(db.graph, db.held)],
      ['random (20 draws)', await random(db.graph, db.held)],
    ];
    const reached = testCases.filter((c) => c.candidates.some((x) => x.candidate.id === c.licensee)).length;
    const gathered = testCases.filter((c) => c.gathered).length;
    console.log(`\n  weights in weights.ts: ${fmt(DEFAULT_WEIGHTS)}`);
    console.log(`  all weights 1 on validation: hit@10 ${unfitted.hitAt10.toFixed(3)}, MRR ${unfitted.mrr.toFixed(3)}`);
    console.log(`  fitted on validation:  ${fmt(fitted.weights)} (validation hit@10 ${fitted.quality.hitAt10.toFixed(3)}, MRR ${fitted.quality.mrr.toFixed(3)})`);
    for (const objective of ['hitAt10', 'mrr'] as const) {
      const cv = crossValidate(validationCases, ones, objective);
      console.log(`  two-fold cross-validation on validation, fitted for ${objective === 'hitAt10' ? 'hit@10' : 'MRR'}: hit@10 ${cv.hitAt10.toFixed(3)}, MRR ${cv.mrr.toFixed(3)}`);
    }
    console.log(`  true licensee among the candidates gathered: ${gathered}/${testCases.length} (${pct(gathered, testCases.length)}), among those scored in full: ${reached}/${testCases.length} (${pct(reached, testCases.length)})\n`);
    console.log(`  ${'held-out licences'.padEnd(28)} ${'hit@10'.padStart(7)} ${'MRR'.padStart(7)} ${'cases'.padStart(6)}`);
    for (const [name, q] of results) console.log(row(name, q));
    const pop = results[3]![1].hitAt10;
    console.log(`\n  hit@10 ratio, score (weights.ts) / popularity: ${pop > 0 ? (results[1]![1].hitAt10 / pop).toFixed(2) : 'n/a'}`);
  } finally {
    await db.close();
  }
}
