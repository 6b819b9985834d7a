import { DATA_END, dayOf } from './dates.js';
import { ACTIVE, INVENTION } from './patents.js';
import { areRelated, type CompanyGroup } from './related-parties.js';
import { ASSIGNMENT, PLEDGE, PLEDGE_RELEASE, roundAmount, type Trade, type TradeState } from './trade-state.js';

export type PlantedPattern = 'round_trip' | 'rapid_flip' | 'price_escalation_pledge';
export type LookAlikeKind = 'fast_unrelated' | 'related_ordinary' | 'related_late_pledge' | 'unrelated_escalation';

/** Ground truth of one suspicious chain; never written into the CSV bundle. */
export interface PlantedChain {
  patterns: PlantedPattern[];
  /** In chain order; a closing pledge comes last. */
  trades: Trade[];
  patents: number[];
  /** Holders that passed the patents along (the bank of a closing pledge is not one). */
  parties: number[];
  group: CompanyGroup;
}

export interface LookAlike {
  kind: LookAlikeKind;
  trades: Trade[];
  patents: number[];
  parties: number[];
  related: boolean;
}

const EARLIEST_START = dayOf(2013, 1, 1);
const PATTERNS: readonly PlantedPattern[] = ['round_trip', 'rapid_flip', 'price_escalation_pledge'];

/**
 * Plants suspicious chains inside company groups and innocent chains that resemble them. Their
 * patents are reserved first, so the background market never trades them and the holder of
 * every step is known.
 */
export function plantChains(state: TradeState, plantedCount: number, lookAlikeCount: number): { planted: PlantedChain[]; lookAlikes: LookAlike[] } {
  const { random, patents, set, related, holders } = state;
  const { orgs } = set;

  const exists = (holder: number, day: number): boolean => holders.existsFrom(holder) < day;
  const nodesOf = (g: CompanyGroup): number[] => [g.holding, ...g.members, ...g.shells];

  /** Up to `wanted` untouched granted patents first applied for by `org` alone, inventions first. */
  const freePatents = (org: number, wanted: number, latestGrant: number): number[] => {
    const { start, values } = patents.byOrg;
    const found: number[] = [];
    for (let j = start[org]!; j < start[org + 1]!; j++) {
      const p = values[j]!;
      if (patents.applicant[p] !== org || patents.coApplicant[p] !== -1 || state.reserved[p]) continue;
      if (patents.status[p] !== ACTIVE || patents.granted[p]! < 0 || patents.granted[p]! > latestGrant) continue;
      found.push(p);
    }
    // Inventions carry the prices these chains need; other kinds only when a company has none.
    const inventions = found.filter((p) => patents.kind[p] === INVENTION);
    const pool = inventions.length > 0 ? inventions : found;
    return random.sample(pool, Math.min(wanted, pool.length));
  };

  const reserve = (ps: number[]): void => {
    for (const p of ps) state.reserved[p] = 1;
  };

  /** A start day such that every party exists and the whole chain fits before the data ends. */
  const startDay = (ps: number[], parties: number[], notBefore: number, span: number): number => {
    let lo = Math.max(EARLIEST_START, notBefore);
    for (const p of ps) lo = Math.max(lo, patents.granted[p]! + 30);
    for (const h of parties) lo = Math.max(lo, holders.existsFrom(h) + 30);
    const hi = DATA_END - span - 5;
    return lo > hi ? -1 : lo + random.below(hi - lo + 1);
  };

  const transfer = (ps: number[], from: number, to: number, day: number, amount: number): Trade => {
    const province = holders.org(from)?.province ?? 0;
    const platform = random.chance(0.2) ? state.platformNear(province) : -1;
    return state.record({ kind: ASSIGNMENT, patents: ps, from, to, day, amount, licenseType: -1, platform, registered: platform >= 0 });
  };

  /**
   * The patents passed along `path`, hop by hop: the first on `day0` at `firstPrice`, each next
   * after its gap at `nextPrice` of the last (drawn before the hop's own draws, as the chains and
   * their look-alikes always drew them). Gives the trades and the last day and price.
   */
  const transfersAlong = (
    ps: number[],
    path: number[],
    o: { day0: number; stepGaps: readonly number[]; firstPrice: number; nextPrice: (last: number, hop: number) => number },
  ): { trades: Trade[]; day: number; price: number } => {
    const trades: Trade[] = [];
    let day = o.day0;
    let price = o.firstPrice;
    for (let h = 0; h + 1 < path.length; h++) {
      if (h > 0) {
        day += o.stepGaps[h - 1]!;
        price = o.nextPrice(price, h);
      }
      trades.push(transfer(ps, path[h]!, path[h + 1]!, day, price));
    }
    return { trades, day, price };
  };

  const pledge = (ps: number[], from: number, day: number, amount: number): Trade | undefined => {
    const bank = state.bankNear(holders.org(from)?.province ?? 0, day);
    if (bank < 0) return undefined;
    const t = state.record({ kind: PLEDGE, patents: ps, from, to: bank, day, amount, licenseType: -1, platform: random.chance(0.1) ? state.platformNear(orgs[from]!.province) : -1, registered: true });
    // Pledges are released as often as ordinary ones, so a release says nothing about the chain.
    if (random.chance(0.75)) {
      const end = day + random.int(300, 1100);
      if (end <= DATA_END) state.record({ kind: PLEDGE_RELEASE, patents: ps, from: bank, to: from, day: end, amount: -1, licenseType: -1, platform: -1, registered: true, releases: t });
    }
    return t;
  };

  /** Next holder: any node but the current one, the ones to avoid, and (optionally) the first holder. */
  const nextNode = (nodes: number[], current: number, avoid: number[]): number => {
    const options = nodes.filter((n) => n !== current && !avoid.includes(n));
    return options.length > 0 ? random.pick(options) : -1;
  };

  const gaps = (n: number, min: number, max: number, total?: number): number[] => {
    const g = Array.from({ length: n }, () => random.int(min, max));
    const sum = g.reduce((a, b) => a + b, 0);
    if (total !== undefined && sum > total) {
      const f = total / sum;
      for (let i = 0; i < n; i++) g[i] = Math.max(3, Math.floor(g[i]! * f));
    }
    return g;
  };

  const planted: PlantedChain[] = [];
  const groups = related.groups.filter((g) => g.members.length > 0 && nodesOf(g).length >= 3);
  for (let attempt = 0; planted.length < plantedCount && attempt < plantedCount * 20 && groups.length > 0; attempt++) {
    const g = random.pick(groups);
    const first = random.pick(g.members);
    const nodes = nodesOf(g);
    // Patterns take turns so each is about a third of the chains, whatever the group sizes.
    const pattern = PATTERNS[planted.length % PATTERNS.length]!;
    const withEscalation = pattern === 'price_escalation_pledge' || (pattern === 'rapid_flip' && random.chance(0.25));
    const hops = pattern === 'round_trip' ? random.int(2, 3) : pattern === 'rapid_flip' ? (random.chance(0.7) ? 3 : 4) : random.int(2, 3);
    const stepGaps = pattern === 'rapid_flip' ? gaps(hops - 1, 10, 55, 170) : pattern === 'round_trip' ? gaps(hops - 1, 20, 200) : gaps(hops - 1, 30, 150);
    const pledgeGap = withEscalation ? random.int(7, 85) : 0;
    const span = stepGaps.reduce((a, b) => a + b, 0) + pledgeGap;
    const ps = freePatents(first, random.chance(0.7) ? 1 : random.int(2, 3), DATA_END - span - 60);
    if (ps.length === 0) continue;

    // The holders in order: first, intermediaries, and for round trips the way back.
    const path = [first];
    for (let h = 0; h < hops; h++) {
      const current = path[path.length - 1]!;
      const closing = pattern === 'round_trip' && h === hops - 1;
      let next: number;
      if (closing) next = current !== first && (random.chance(0.75) || first === g.holding) ? first : current !== g.holding ? g.holding : first;
      else {
        // Prefer a company not yet on the path; small groups may pass a patent through one twice.
        next = nextNode(nodes, current, pattern === 'round_trip' ? [first] : [first, ...path]);
        if (next < 0 && pattern !== 'round_trip') next = nextNode(nodes, current, [first]);
      }
      if (next < 0 || next === current) break;
      path.push(next);
    }
    if (path.length !== hops + 1) continue;
    const day0 = startDay(ps, path, g.formed + 30, span);
    if (day0 < 0) continue;
    reserve(ps);

    const base = random.logNormal(400_000, 0.8);
    const ratio = withEscalation ? 3.2 + random.float() * 4.8 : 1;
    const { trades, day, price } = transfersAlong(ps, path, {
      day0,
      stepGaps,
      firstPrice: roundAmount(base),
      nextPrice: (last, h) => (withEscalation ? roundAmount(base * Math.pow(ratio, h / (hops - 1))) : roundAmount(last * (0.85 + random.float() * 0.7))),
    });
    const patterns: PlantedPattern[] = [pattern];
    if (withEscalation) {
      if (pattern === 'rapid_flip') patterns.push('price_escalation_pledge');
      const t = pledge(ps, path[path.length - 1]!, day + pledgeGap, roundAmount(price * (0.6 + random.float() * 0.35)));
      if (t) trades.push(t);
    }
    planted.push({ patterns, trades, patents: ps, parties: [...new Set(path)], group: g });
  }

  const lookAlikes: LookAlike[] = [];
  const loners = set.byRole.operating.filter((o) => related.groupOf[o] === -1);
  const kindWeights = [0.35, 0.3, 0.2, 0.15];
  for (let attempt = 0; lookAlikes.length < lookAlikeCount && attempt < lookAlikeCount * 20; attempt++) {
    const kind = (['fast_unrelated', 'related_ordinary', 'related_late_pledge', 'unrelated_escalation'] as const)[random.weightedIndex(kindWeights)]!;
    const isRelated = kind === 'related_ordinary' || kind === 'related_late_pledge';
    const hops = kind === 'fast_unrelated' ? random.int(2, 3) : kind === 'related_ordinary' ? random.int(1, 2) : kind === 'related_late_pledge' ? 1 : 2;
    const stepGaps = kind === 'fast_unrelated' ? gaps(hops - 1, 15, 80, 170) : gaps(Math.max(0, hops - 1), 200, 600);
    const pledgeGap = kind === 'related_late_pledge' ? random.int(400, 900) : kind === 'unrelated_escalation' ? random.int(120, 300) : 0;
    const span = stepGaps.reduce((a, b) => a + b, 0) + pledgeGap;

    let path: number[];
    let notBefore = 0;
    if (isRelated) {
      if (groups.length === 0) break;
      const g = random.pick(groups);
      path = [random.pick(g.members)];
      for (let h = 0; h < hops; h++) {
        const next = nextNode(nodesOf(g), path[path.length - 1]!, path);
        if (next < 0) break;
        path.push(next);
      }
      notBefore = g.formed + 30;
    } else {
      if (loners.length < hops + 1) break;
      path = [random.pick(loners)];
      const cluster = orgs[path[0]!]!.clusters[0]!;
      const pool = set.enterprisesByCluster[cluster]!.filter((o) => related.groupOf[o] === -1);
      for (let h = 0; h < hops; h++) {
        let next = -1;
        for (let tries = 0; tries < 20 && next < 0; tries++) {
          const c = random.pick(pool.length > 0 ? pool : loners);
          if (path.includes(c) || path.some((q) => areRelated(related, q, c))) continue;
          next = c;
        }
        if (next < 0) break;
        path.push(next);
      }
    }
    if (path.length !== hops + 1) continue;
    const ps = freePatents(path[0]!, random.chance(0.75) ? 1 : 2, DATA_END - span - 60);
    if (ps.length === 0) continue;
    const day0 = startDay(ps, path, notBefore, span);
    if (day0 < 0 || !path.every((h) => exists(h, day0))) continue;
    reserve(ps);

    const base = random.logNormal(400_000, 0.8);
    const { trades, day, price } = transfersAlong(ps, path, {
      day0,
      stepGaps,
      firstPrice: roundAmount(base),
      nextPrice: (last) => (kind === 'unrelated_escalation' ? roundAmount(base * 3.5) : roundAmount(last * (0.85 + random.float() * 0.35))),
    });
    if (pledgeGap > 0) {
      const t = pledge(ps, path[path.length - 1]!, day + pledgeGap, roundAmount(price * (0.6 + random.float() * 0.35)));
      if (t) trades.push(t);
    }
    lookAlikes.push({ kind, trades, patents: ps, parties: [...new Set(path)], related: isRelated });
  }
  return { planted, lookAlikes };
}
