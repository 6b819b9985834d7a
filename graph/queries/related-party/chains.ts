import { relationOn, type FactsOf, type Relation } from './relatedness.ts';
import type { Rule, Thresholds } from './thresholds.ts';

// Chains of trades of one patent (or one package of patents traded together), the rules that fire
// on them and the risk score. Pure functions over plain rows: the Cypher only fetches the trades
// and each party's facts.

export interface Trade {
  id: string;
  kind: string;
  date: string;
  amount: number | null;
  from: string;
  to: string;
  patents: string[];
  platform: string | null;
}

export interface CandidateChain {
  id: string;
  patents: string[];
  trades: Trade[];
}

export interface RuleHit {
  rule: Rule;
  /** The numbers behind the hit, e.g. { ratio: 4.2, days: 37 }. */
  numbers: Record<string, number | string>;
  transactions: string[];
  relations: Relation[];
}

export interface RiskPart {
  rule: Rule;
  weight: number;
  /** 1 when the pattern's own parties are related on its dates, `unrelatedFactor` otherwise (flips, escalation, pledge). */
  factor: number;
  score: number;
}

export interface ScoredChain extends CandidateChain {
  risk: number;
  rules: Rule[];
  hits: RuleHit[];
  parts: RiskPart[];
  parties: string[];
  /** Every tie found between the chain's parties on the dates they traded. */
  relations: Relation[];
  from: string;
  to: string;
}

/** Trades that move or encumber a right; releases only undo a pledge. */
export const CHAIN_KINDS = ['assignment', 'license', 'pledge'] as const;

const DAY_MS = 86_400_000;
export const daysBetween = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);

const byDateThenId = (x: Trade, y: Trade): number => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** A chain's id names its first patent and first trade, so it can be rebuilt from that patent alone. */
export function chainId(patent: string, firstTrade: string): string {
  return `${patent}~${firstTrade}`;
}

export function parseChainId(id: string): { patent: string; firstTrade: string } | null {
  const m = /^([^~]+)~([^~]+)$/.exec(id);
  return m ? { patent: m[1]!, firstTrade: m[2]! } : null;
}

/**
 * Splits each patent's trades into chains at gaps longer than `maxGapDays`; patents whose chains
 * hold exactly the same trades (a package) share one chain. Only patents in `complete` (whose every
 * trade is among `trades`) get chains.
 */
export function buildChains(trades: readonly Trade[], maxGapDays: number, complete?: ReadonlySet<string>): CandidateChain[] {
  const byPatent = new Map<string, Trade[]>();
  for (const t of trades) {
    if (!(CHAIN_KINDS as readonly string[]).includes(t.kind)) continue;
    for (const p of t.patents) {
      if (complete && !complete.has(p)) continue;
      let list = byPatent.get(p);
      if (!list) byPatent.set(p, (list = []));
      list.push(t);
    }
  }
  const byTrades = new Map<string, CandidateChain>();
  for (const [patent, list] of byPatent) {
    list.sort(byDateThenId);
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      if (i < list.length && daysBetween(list[i - 1]!.date, list[i]!.date) <= maxGapDays) continue;
      const segment = list.slice(start, i);
      start = i;
      const key = segment.map((t) => t.id).join(' ');
      const known = byTrades.get(key);
      if (known) known.patents.push(patent);
      else byTrades.set(key, { id: '', patents: [patent], trades: segment });
    }
  }
  const out = [...byTrades.values()];
  for (const c of out) {
    c.patents.sort();
    c.id = chainId(c.patents[0]!, c.trades[0]!.id);
  }
  return out;
}

/** Evaluates every rule on one chain; `relate` answers (and may cache) relatedness on a date. */
export function scoreChain(chain: CandidateChain, relate: (a: string, b: string, date: string) => Relation | null, t: Thresholds): ScoredChain {
  const c = t.chain;
  const hits: RuleHit[] = [];
  const relations = new Map<string, Relation>();
  const remember = (r: Relation): Relation => {
    relations.set(`${r.a}|${r.b}|${r.kind}|${r.via ?? ''}`, r);
    return r;
  };

  const tradeRelations = new Map<string, Relation>();
  for (const tr of chain.trades) {
    if (tr.kind === 'pledge') continue;
    const r = relate(tr.from, tr.to, tr.date);
    if (r) tradeRelations.set(tr.id, remember(r));
  }
  if (tradeRelations.size > 0) {
    const kinds = new Set([...tradeRelations.values()].map((r) => r.kind));
    hits.push({
      rule: 'related_party_trade',
      numbers: { trades: tradeRelations.size, relations: [...kinds].join(', ') },
      transactions: [...tradeRelations.keys()],
      relations: [...tradeRelations.values()],
    });
  }

  const transfers = chain.trades.filter((x) => x.kind === 'assignment');
  if (transfers.length >= 2) {
    const first = transfers[0]!;
    const holder = first.from;
    // Coming back to the holder's group counts only once the right has left the group; a chain
    // that stays inside one group is a string of related-party trades, not a round trip. A company
    // and the one that controls it are one entity (their accounts are consolidated), so coming
    // back to either is coming back.
    let left = false;
    for (let k = 1; k < transfers.length; k++) {
      const prev = transfers[k - 1]!;
      if (prev.to !== holder && !relate(prev.to, holder, prev.date)) left = true;
      const back = transfers[k]!;
      if (daysBetween(first.date, back.date) > c.roundTripWithinDays) break;
      const tie = back.to === holder ? null : relate(back.to, holder, back.date);
      const r = tie && (left || tie.kind === 'control') ? tie : null;
      if (back.to === holder || r) {
        hits.push({
          rule: 'round_trip',
          numbers: { days: daysBetween(first.date, back.date), transfers: k + 1, returnedTo: back.to },
          transactions: transfers.slice(0, k + 1).map((x) => x.id),
          relations: r ? [remember(r)] : [],
        });
        break;
      }
    }
  }

  let flip: { from: number; to: number } | null = null;
  for (let i = 0, j = 0; j < transfers.length; j++) {
    while (daysBetween(transfers[i]!.date, transfers[j]!.date) > c.flipWindowDays) i++;
    if (j - i + 1 >= c.flipCount && (!flip || j - i > flip.to - flip.from)) flip = { from: i, to: j };
  }
  if (flip) {
    const run = transfers.slice(flip.from, flip.to + 1);
    // A flip is a related-party one when the hands it passes through are tied to each other.
    const parties = [...new Set(run.flatMap((x) => [x.from, x.to]))];
    const tie = firstTie(parties, parties, run.map((x) => x.date), relate);
    hits.push({
      rule: 'rapid_flip',
      numbers: { transfers: run.length, days: daysBetween(run[0]!.date, run[run.length - 1]!.date), windowDays: c.flipWindowDays },
      transactions: run.map((x) => x.id),
      relations: tie ? [remember(tie)] : [],
    });
  }

  // An escalation is measured against the patent's trades of the year before (prices compound
  // over years), and is a related-party one when the inflated transfer's parties are tied to each
  // other or to the cheap one's: an earlier related trade elsewhere in the chain does not make
  // strangers' prices suspect. Related escalations come first, then the steepest.
  let esc: { low: Trade; high: Trade; ratio: number; tie: Relation | null } | null = null;
  for (let i = 0; i < transfers.length; i++) {
    const low = transfers[i]!;
    if (!low.amount || low.amount <= 0) continue;
    for (let j = i + 1; j < transfers.length; j++) {
      const high = transfers[j]!;
      const ratio = (high.amount ?? 0) / low.amount;
      if (ratio < c.escalationRatio || daysBetween(low.date, high.date) > c.escalationWithinDays) continue;
      if (esc?.tie && ratio <= esc.ratio) continue;
      const tie = firstTie([high.from, high.to], [high.from, high.to, low.from, low.to], [high.date, low.date], relate);
      if (!esc || (tie && !esc.tie) || (!!tie === !!esc.tie && ratio > esc.ratio)) esc = { low, high, ratio, tie };
    }
  }
  if (esc) {
    const ratio = Math.round(esc.ratio * 100) / 100;
    const relations = esc.tie ? [remember(esc.tie)] : [];
    hits.push({
      rule: 'price_escalation',
      numbers: { firstAmount: esc.low.amount!, lastAmount: esc.high.amount!, ratio, threshold: c.escalationRatio, days: daysBetween(esc.low.date, esc.high.date) },
      transactions: [esc.low.id, esc.high.id],
      relations,
    });
    const pledge = chain.trades.find(
      (x) => x.kind === 'pledge' && x.from === esc.high.to && x.date >= esc.high.date && daysBetween(esc.high.date, x.date) <= c.pledgeWithinDays,
    );
    if (pledge) {
      hits.push({
        rule: 'escalation_pledge',
        numbers: { days: daysBetween(esc.high.date, pledge.date), withinDays: c.pledgeWithinDays, pledgee: pledge.to, ...(pledge.amount ? { pledgeAmount: pledge.amount } : {}) },
        transactions: [esc.low.id, esc.high.id, pledge.id],
        relations,
      });
    }
  }

  const viaPlatform = new Map<string, string[]>();
  for (const tr of chain.trades) {
    if (!tr.platform || !tradeRelations.has(tr.id)) continue;
    const list = viaPlatform.get(tr.platform) ?? [];
    list.push(tr.id);
    viaPlatform.set(tr.platform, list);
  }
  for (const [platform, ids] of viaPlatform) {
    if (ids.length < c.platformTrades) continue;
    hits.push({
      rule: 'same_platform',
      numbers: { platform, trades: ids.length },
      transactions: ids,
      relations: ids.map((id) => tradeRelations.get(id)!),
    });
    break;
  }

  const parties = [...new Set(chain.trades.flatMap((x) => [x.from, x.to]))];
  const w = t.weights;
  const parts: RiskPart[] = hits.map((h) => {
    // Related-party trades and platforms are ties by definition, and a right coming back is one itself.
    const factor = h.rule === 'related_party_trade' || h.rule === 'same_platform' || h.rule === 'round_trip' || h.relations.length > 0 ? 1 : w.unrelatedFactor;
    return { rule: h.rule, weight: w[h.rule], factor, score: Math.round(w[h.rule] * factor * 1000) / 1000 };
  });
  const risk = Math.min(1, Math.round(parts.reduce((s, p) => s + p.score, 0) * 1000) / 1000);
  return {
    ...chain,
    risk,
    rules: hits.map((h) => h.rule),
    hits,
    parts,
    parties,
    relations: [...relations.values()],
    from: chain.trades[0]!.date,
    to: chain.trades[chain.trades.length - 1]!.date,
  };
}

/** The first tie between one of `some` and another of `others` on one of `dates`, or null. */
function firstTie(some: readonly string[], others: readonly string[], dates: readonly string[], relate: (a: string, b: string, date: string) => Relation | null): Relation | null {
  for (const date of new Set(dates)) {
    for (const a of some) {
      for (const b of others) {
        if (a === b) continue;
        const r = relate(a, b, date);
        if (r) return r;
      }
    }
  }
  return null;
}

/** Relatedness with a per-run cache: a chain asks about the same pair on the same day more than once. */
export function cachedRelate(factsOf: FactsOf, t: Thresholds): (a: string, b: string, date: string) => Relation | null {
  const cache = new Map<string, Relation | null>();
  return (a, b, date) => {
    const key = `${a}\u0000${b}\u0000${date}`;
    let r = cache.get(key);
    if (r === undefined) {
      r = relationOn({ a, b, date, factsOf, thresholds: t.related });
      cache.set(key, r);
    }
    return r;
  };
}

export function rankChains(chains: ScoredChain[]): ScoredChain[] {
  return chains.sort((a, b) => b.risk - a.risk || (a.from < b.from ? -1 : a.from > b.from ? 1 : a.id < b.id ? -1 : 1));
}
