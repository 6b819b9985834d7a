import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLE_FILES } from '../bundle-format.js';
import { BundleWriters } from '../csv-writer.js';
import { isoOf } from './dates.js';
import { Holders } from './holders.js';
import { buildOrganizations, writeOrganizations } from './organizations.js';
import { generatePatents, patentId, type PatentStore } from './patents.js';
import { layoutPersons, personId, writePersons } from './persons.js';
import { plantChains, type LookAlike, type PlantedChain } from './planted-chains.js';
import { buildPolicies, writePolicies } from './policies.js';
import { Random } from './random.js';
import { writeRegions } from './regions.js';
import { buildRelatedParties } from './related-parties.js';
import { countsFor } from './scale.js';
import { PLEDGE, TradeState, type Trade } from './trade-state.js';
import { writeTrades } from './transaction-output.js';
import { generateBackgroundTrades } from './transactions.js';

export interface GenerateProgress {
  stage: 'organizations' | 'persons' | 'patents' | 'transactions' | 'policies' | 'done';
  done: number;
  total: number;
}

export interface GenerateOptions {
  /** 1 ≈ 20 000 patents; may be fractional. */
  scale: number;
  /** Default 1. */
  seed?: number;
  outDir: string;
  onProgress?: (progress: GenerateProgress) => void;
}

export interface GenerateResult {
  /** Rows written per bundle file, header excluded. */
  files: Record<string, number>;
  seconds: number;
}

/** Folder inside the bundle holding what the importer must ignore: the planted answers. */
export const GROUND_TRUTH_DIR = 'ground-truth';

/** Writes a deterministic synthetic bundle: the same (scale, seed) gives byte-identical files. */
export async function generateBundle(opts: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const seed = opts.seed ?? 1;
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  const counts = countsFor(opts.scale);
  const progress = (stage: GenerateProgress['stage'], done: number, total: number): void => opts.onProgress?.({ stage, done, total });
  await mkdir(opts.outDir, { recursive: true });

  const writers = new BundleWriters(opts.outDir);
  for (const spec of BUNDLE_FILES) writers.open(spec.file);
  const w = (file: string) => writers.open(file);
  const drain = (): Promise<void> => writers.drain();

  writeRegions(w('regions.csv'));

  progress('organizations', 0, 1);
  const set = buildOrganizations(new Random(seed, 'organizations'), counts);
  const layout = layoutPersons(new Random(seed, 'person-layout'), counts.persons, set.orgs);
  const holders = new Holders(set.orgs, layout);
  const related = buildRelatedParties(new Random(seed, 'related-parties'), {
    set,
    holders,
    groupCount: counts.groups,
    out: { equity: w('equity.csv'), positions: w('positions.csv') },
  });
  writeOrganizations(w('organizations.csv'), set.orgs);
  progress('organizations', 1, 1);

  progress('persons', 0, layout.count);
  await writePersons(w('persons.csv'), { random: new Random(seed, 'person-names'), layout, drain });
  progress('persons', layout.count, layout.count);

  const patents = await generatePatents({
    seed,
    count: counts.patents,
    set,
    holders,
    out: { patents: w('patents.csv'), applicants: w('applicants.csv'), inventors: w('inventors.csv'), citations: w('citations.csv') },
    drain,
    onProgress: (done) => progress('patents', done, counts.patents),
  });

  progress('transactions', 0, 1);
  const state = new TradeState(new Random(seed, 'trades'), patents, set, holders, related);
  const { planted, lookAlikes, posts } = plantChains(state, counts.plantedChains, counts.lookAlikes);
  const positions = w('positions.csv');
  for (const p of posts) positions.row([personId(layout, p.person), set.orgs[p.org]!.id, p.role, isoOf(p.since), p.until >= 0 ? isoOf(p.until) : '']);
  generateBackgroundTrades(state, counts.transactions);
  const tradeIds = await writeTrades(w('transactions.csv'), { trades: state.trades, patents, holders, drain });
  progress('transactions', 1, 1);

  progress('policies', 0, 1);
  writePolicies(
    { policies: w('policies.csv'), provisions: w('provisions.csv'), links: w('policy_links.csv'), coverage: w('coverage.csv') },
    buildPolicies(new Random(seed, 'policies'), set),
    set,
  );
  progress('policies', 1, 1);

  await writers.closeAll();
  await writeGroundTruth(opts.outDir, { seed, scale: opts.scale, planted, lookAlikes, tradeIds, patents, holders });
  progress('done', 1, 1);
  return { files: writers.rowCounts(), seconds: (performance.now() - started) / 1000 };
}

interface TruthInput {
  seed: number;
  scale: number;
  planted: PlantedChain[];
  lookAlikes: LookAlike[];
  tradeIds: Map<Trade, string>;
  patents: PatentStore;
  holders: Holders;
}

async function writeGroundTruth(outDir: string, t: TruthInput): Promise<void> {
  const dir = join(outDir, GROUND_TRUTH_DIR);
  await mkdir(dir, { recursive: true });
  const txIds = (trades: Trade[]): string[] => trades.map((x) => t.tradeIds.get(x)!);
  const span = (trades: Trade[]) => ({ from: isoOf(trades[0]!.day), to: isoOf(trades[trades.length - 1]!.day) });
  const byFirstTrade = <T extends { transactions: string[] }>(items: T[]): T[] => items.sort((a, b) => (a.transactions[0]! < b.transactions[0]! ? -1 : 1));

  const chains = byFirstTrade(
    t.planted.map((c) => ({
      patterns: c.patterns,
      transactions: txIds(c.trades),
      patents: c.patents.map((p) => patentId(t.patents, p)),
      parties: c.parties.map((h) => t.holders.id(h)),
      pledgee: pledgeeOf(c.trades, t.holders),
      controller: personId(t.holders.persons, c.group.controller),
      holding: t.holders.id(c.group.holding),
      ...span(c.trades),
    })),
  ).map((c, i) => ({ id: `planted-${String(i + 1).padStart(3, '0')}`, ...c }));

  const alikes = byFirstTrade(
    t.lookAlikes.map((l) => ({
      kind: l.kind,
      related: l.related,
      transactions: txIds(l.trades),
      patents: l.patents.map((p) => patentId(t.patents, p)),
      parties: l.parties.map((h) => t.holders.id(h)),
      ...(l.officer !== undefined ? { officer: personId(t.holders.persons, l.officer) } : {}),
      ...span(l.trades),
    })),
  ).map((c, i) => ({ id: `look-alike-${String(i + 1).padStart(3, '0')}`, ...c }));

  const header = { seed: t.seed, scale: t.scale };
  await writeFile(
    join(dir, 'planted-chains.json'),
    JSON.stringify(
      {
        ...header,
        about:
          'Suspicious related-party chains planted by the generator. Patterns: round_trip (the patent comes back to its first holder or the group holding), rapid_flip (3+ transfers within 180 days), price_escalation_pledge (price x3 or more along the chain, then a pledge by the last holder within 90 days). Parties share a controller, a holding company or officers.',
        chains,
      },
      null,
      2,
    ) + '\n',
  );
  await writeFile(
    join(dir, 'look-alikes.json'),
    JSON.stringify(
      {
        ...header,
        about:
          'Innocent chains that resemble the planted ones. fast_unrelated: fast trades between unrelated companies; related_ordinary: transfers between the operating companies of a group at ordinary prices without a pledge; related_late_pledge: a related transfer followed by a pledge much later; unrelated_escalation: a price rise between unrelated companies; related_ordinary_chain: three or four transfers between the operating companies of a group, each holder keeping the patent five months or more, prices growing at most 70 % a step, often on one platform, then a pledge; unrelated_rapid_escalation: quick resales between unrelated companies at prices rising three to six times and a pledge soon after, half of them after an ordinary transfer inside a group months before (related is then true); ended_officer: the same trades between companies that shared an officer (officer) whose post at the seller ended before the first trade, or whose post at the buyer began after the pledge.',
        items: alikes,
      },
      null,
      2,
    ) + '\n',
  );
}

function pledgeeOf(trades: Trade[], holders: Holders): string | null {
  const pledge = trades.find((x) => x.kind === PLEDGE);
  return pledge ? holders.id(pledge.to) : null;
}
