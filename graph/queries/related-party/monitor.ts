import { loadCypher } from '../../cypher-file.ts';
import type { Graph, PlainNode, PlainRelationship, PlainRun, QueryOptions } from '../../driver.ts';
import { SubgraphBuilder, type SubgraphView } from '../graph-elements.ts';
import { kindOf } from '../../vocabulary/index.ts';
import { buildChains, cachedRelate, CHAIN_KINDS, parseChainId, rankChains, scoreChain, type ScoredChain, type Trade } from './chains.ts';
import type { OfficerLink, OwnershipLink, PartyFacts } from './relatedness.ts';
import type { Rule, Thresholds } from './thresholds.ts';

const TRADES_ALL = loadCypher(new URL('./trades-all.cypher', import.meta.url));
const TRADES_OF_PATENTS = loadCypher(new URL('./trades-of-patents.cypher', import.meta.url));
const HOLDER_PATENTS = loadCypher(new URL('./holder-patents.cypher', import.meta.url));
const PARTY_FACTS = loadCypher(new URL('./party-facts.cypher', import.meta.url));
const CHAIN_EVIDENCE = loadCypher(new URL('./chain-evidence.cypher', import.meta.url));

export class HolderNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`no party has the id "${id}"`);
  }
}

export interface Detection {
  chains: ScoredChain[];
  facts: Map<string, PartyFacts>;
}

export interface Progress {
  phase: 'trades' | 'parties' | 'chains';
  done: number;
  total: number | null;
}

export interface SweepOptions {
  /** Parallel sessions for the party facts (the trade scan is one ordered pass). */
  concurrency?: number;
  onProgress?: (p: Progress) => void;
  read?: QueryOptions;
}

const KINDS = [...CHAIN_KINDS];
const TRADE_PAGE = 50_000;
const FACTS_BATCH = 2_000;

// A trade as the statement returns it: its patents may come as one string, or none.
interface TradeRow extends Omit<Trade, 'patents'> {
  patents: string[] | string | null;
}

function toTrade(r: TradeRow): Trade {
  const patents = Array.isArray(r.patents) ? r.patents : r.patents ? r.patents.split(';') : [];
  return { id: r.id, kind: r.kind, date: r.date, amount: r.amount ?? null, from: r.from, to: r.to, patents, platform: r.platform ?? null };
}

type LinkRow = [string, string, number, string | null, string | null];
type OfficeRow = [string, string, string, string | null, string | null];

interface FactsRow {
  id: string;
  name: string;
  nameEn: string | null;
  labels: string[];
  regions: string[];
  places: [string, string | null][];
  ownerChains: LinkRow[][];
  officers: OfficeRow[];
  posts: OfficeRow[];
}

const link = ([owner, company, share, since, until]: LinkRow): OwnershipLink => ({ owner, company, share, since, until });
const office = ([person, org, role, since, until]: OfficeRow): OfficerLink => ({ person, org, role, since, until });

function factsCypher(t: Thresholds): string {
  return PARTY_FACTS.replaceAll('{{DEPTH}}', String(t.related.maxOwnershipDepth));
}

function factsParams(t: Thresholds): Record<string, unknown> {
  return {
    directShare: Math.min(t.related.crossHoldingShare, t.related.controlShare),
    controlShare: t.related.controlShare,
    roles: t.related.officerRoles,
  };
}

/** Chinese writes a place from the province down without separators, English from the district up. */
function placeOf(places: [string, string | null][]): PartyFacts['place'] {
  if (places.length === 0) return null;
  return { zh: places.map(([zh]) => zh).reverse().join(''), en: places.map(([zh, en]) => en ?? zh).join(', ') };
}

function toFacts(r: FactsRow): PartyFacts {
  return {
    id: r.id,
    name: r.name,
    nameEn: r.nameEn ?? null,
    kind: kindOf(r.labels),
    regions: r.regions,
    place: placeOf(r.places),
    ownerChains: r.ownerChains.map((c) => c.map(link)),
    officers: r.officers.map(office),
    posts: r.posts.map(office),
  };
}

/** Ownership closure, officers and regions of every party, once per party, in parallel batches. */
export async function loadFacts(graph: Graph, { ids, thresholds: t, sweep: o = {} }: { ids: Iterable<string>; thresholds: Thresholds; sweep?: SweepOptions }): Promise<Map<string, PartyFacts>> {
  const all = [...new Set(ids)];
  const out = new Map<string, PartyFacts>();
  const cypher = factsCypher(t);
  const params = factsParams(t);
  const batches: string[][] = [];
  for (let i = 0; i < all.length; i += FACTS_BATCH) batches.push(all.slice(i, i + FACTS_BATCH));
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      for (const r of await graph.read<FactsRow>(cypher, { ...params, ids: batch }, o.read)) out.set(r.id, toFacts(r));
      done += batch.length;
      o.onProgress?.({ phase: 'parties', done, total: all.length });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 2) }, worker));
  return out;
}

/** The same inside an open transaction, for the few parties of one holder or one chain. */
async function factsIn(run: PlainRun, ids: Iterable<string>, t: Thresholds): Promise<Map<string, PartyFacts>> {
  const rows = await run<FactsRow>(factsCypher(t), { ...factsParams(t), ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, toFacts(r)]));
}

function detect(trades: Trade[], complete: ReadonlySet<string> | undefined, facts: Map<string, PartyFacts>, t: Thresholds): ScoredChain[] {
  const relate = cachedRelate((id) => facts.get(id), t);
  const scored: ScoredChain[] = [];
  for (const c of buildChains(trades, t.chain.maxGapDays, complete)) {
    const s = scoreChain(c, relate, t);
    if (s.risk > 0) scored.push(s);
  }
  return rankChains(scored);
}

/** Parties and platforms of the trades (platforms only for their names in reasons). */
const partiesOf = (trades: readonly Trade[]): Set<string> => new Set(trades.flatMap((x) => (x.platform ? [x.from, x.to, x.platform] : [x.from, x.to])));

/** The whole graph: one ordered pass over the trades, the parties' facts in parallel, then the rules. */
export async function sweepChains(graph: Graph, t: Thresholds, o: SweepOptions = {}): Promise<Detection> {
  const trades: Trade[] = [];
  let after = '';
  for (;;) {
    const rows = await graph.read<TradeRow>(TRADES_ALL, { after, kinds: KINDS, limit: TRADE_PAGE }, o.read);
    for (const r of rows) trades.push(toTrade(r));
    o.onProgress?.({ phase: 'trades', done: trades.length, total: null });
    if (rows.length < TRADE_PAGE) break;
    after = rows[rows.length - 1]!.id;
  }
  const facts = await loadFacts(graph, { ids: partiesOf(trades), thresholds: t, sweep: o });
  const chains = detect(trades, undefined, facts, t);
  o.onProgress?.({ phase: 'chains', done: chains.length, total: chains.length });
  return { chains, facts };
}

async function tradesOfPatents(run: PlainRun, patentIds: string[]): Promise<Trade[]> {
  if (patentIds.length === 0) return [];
  return (await run<TradeRow>(TRADES_OF_PATENTS, { patentIds, kinds: KINDS })).map(toTrade);
}

/**
 * Chains in which one party took part, in one read transaction. Throws HolderNotFoundError when no
 * party has the id.
 */
export async function holderChains(graph: Graph, { holderId, thresholds: t }: { holderId: string; thresholds: Thresholds }, read?: QueryOptions): Promise<Detection> {
  return graph.readTx(async (run) => {
    const [row] = await run<{ holder: string; patents: string[] }>(HOLDER_PATENTS, { holderId, kinds: KINDS });
    if (!row) throw new HolderNotFoundError(holderId);
    const trades = await tradesOfPatents(run, row.patents);
    const facts = await factsIn(run, partiesOf(trades), t);
    const chains = detect(trades, new Set(row.patents), facts, t).filter((c) => c.parties.includes(holderId));
    return { chains, facts };
  }, read);
}

/** One chain by its id, rebuilt from its first patent's trades; null when there is no such chain. */
export async function chainById(graph: Graph, { id, thresholds: t }: { id: string; thresholds: Thresholds }, read?: QueryOptions): Promise<Detection & { chain: ScoredChain | null }> {
  const parsed = parseChainId(id);
  if (!parsed) return { chain: null, chains: [], facts: new Map() };
  return graph.readTx(async (run) => {
    const own = await tradesOfPatents(run, [parsed.patent]);
    // Patents traded in the same packages: a package chain names all of them.
    const patents = [...new Set(own.flatMap((x) => x.patents))];
    const trades = await tradesOfPatents(run, patents);
    const facts = await factsIn(run, partiesOf(trades), t);
    const chains = detect(trades, new Set(patents), facts, t);
    return { chain: chains.find((c) => c.id === id) ?? null, chains, facts };
  }, read);
}

export interface ChainFilters {
  region?: string | null;
  since?: string | null;
  until?: string | null;
  minRisk?: number | null;
  rules?: readonly Rule[] | null;
  minAmount?: number | null;
}

/** Region: some party located in it or below; dates: some trade in [since, until]; rules: any of them. */
export function filterChains(chains: readonly ScoredChain[], facts: Map<string, PartyFacts>, f: ChainFilters): ScoredChain[] {
  return chains.filter((c) => {
    if (f.minRisk != null && c.risk < f.minRisk) return false;
    if (f.rules && f.rules.length > 0 && !c.rules.some((r) => f.rules!.includes(r))) return false;
    if (f.since || f.until) {
      if (!c.trades.some((x) => (!f.since || x.date >= f.since) && (!f.until || x.date <= f.until))) return false;
    }
    if (f.minAmount != null && !c.trades.some((x) => (x.amount ?? 0) >= f.minAmount!)) return false;
    if (f.region && !c.parties.some((p) => facts.get(p)?.regions.includes(f.region!))) return false;
    return true;
  });
}

interface EvidenceRow {
  a: PlainNode;
  r: PlainRelationship;
  b: PlainNode;
}

const idOf = (n: PlainNode): string => String(n.properties.id ?? '');

/** The evidence subgraph of each chain (its trades and the holdings and offices that relate its parties), one query for all. */
export async function chainEvidence(graph: Graph, chains: readonly ScoredChain[], read?: QueryOptions): Promise<Map<string, SubgraphView>> {
  const out = new Map<string, SubgraphView>();
  if (chains.length === 0) return out;
  const tradeIds = new Set<string>();
  const owns = new Map<string, [string, string]>();
  const offices = new Map<string, [string, string, string]>();
  for (const c of chains) {
    for (const x of c.trades) tradeIds.add(x.id);
    for (const r of c.relations) {
      for (const l of r.ownership) owns.set(`${l.owner}|${l.company}`, [l.owner, l.company]);
      for (const o of r.offices) offices.set(`${o.person}|${o.org}|${o.role}`, [o.person, o.org, o.role]);
    }
  }
  const rows = await graph.read<EvidenceRow>(CHAIN_EVIDENCE, { tradeIds: [...tradeIds], owns: [...owns.values()], offices: [...offices.values()] }, read);
  const byTrade = new Map<string, EvidenceRow[]>();
  const byLink = new Map<string, EvidenceRow>();
  for (const row of rows) {
    if (row.r.type === 'OWNS') byLink.set(`${idOf(row.a)}|${idOf(row.b)}`, row);
    else if (row.r.type === 'OFFICER_OF') byLink.set(`${idOf(row.a)}|${idOf(row.b)}|${String(row.r.properties.role)}`, row);
    else {
      const list = byTrade.get(idOf(row.a)) ?? [];
      list.push(row);
      byTrade.set(idOf(row.a), list);
    }
  }
  for (const c of chains) {
    const g = new SubgraphBuilder();
    const add = (row: EvidenceRow | undefined): void => {
      if (!row) return;
      g.addNode(row.a);
      g.addNode(row.b);
      g.addRelationship(row.r);
    };
    for (const x of c.trades) for (const row of byTrade.get(x.id) ?? []) add(row);
    for (const r of c.relations) {
      for (const l of r.ownership) add(byLink.get(`${l.owner}|${l.company}`));
      for (const o of r.offices) add(byLink.get(`${o.person}|${o.org}|${o.role}`));
    }
    out.set(c.id, g.build());
  }
  return out;
}
