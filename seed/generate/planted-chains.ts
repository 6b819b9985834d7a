import { DATA_END, dayOf } from './dates.js';
import { ACTIVE, INVENTION } from './patents.js';
import { areRelated, type CompanyGroup } from './related-parties.js';
import { ASSIGNMENT, PLEDGE, PLEDGE_RELEASE, roundAmount, type Trade, type TradeState } from './trade-state.js';

export type PlantedPattern = 'round_trip' | 'rapid_flip' | 'price_escalation_pledge';
export type LookAlikeKind =
  | 'fast_unrelated'
  | 'related_ordinary'
  | 'related_late_pledge'
  | 'unrelated_escalation'
  | 'related_ordinary_chain'
  | 'unrelated_rapid_escalation'
  | 'ended_officer';

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
  /** True when some of its trades are between related parties. */
  related: boolean;
  /** ended_officer: the person who sat at two of the parties, never on the day of a trade. */
  officer?: number;
}

/** A post a look-alike adds to positions.csv, held on [since, until); until -1 while still held. */
export interface LookAlikePost {
  person: number;
  org: number;
  role: 'director' | 'executive';
  since: number;
  until: number;
}

const EARLIEST_START = dayOf(2013, 1, 1);
const PATTERNS: readonly PlantedPattern[] = ['round_trip', 'rapid_flip', 'price_escalation_pledge'];
const LOOK_ALIKE_KINDS: readonly { kind: LookAlikeKind; weight: number }[] = [
  { kind: 'fast_unrelated', weight: 0.12 },
  { kind: 'related_ordinary', weight: 0.12 },
  { kind: 'related_late_pledge', weight: 0.08 },
  { kind: 'unrelated_escalation', weight: 0.08 },
  // The harder ones: each shows the surface of a planted pattern without its substance.
  { kind: 'related_ordinary_chain', weight: 0.2 },
  { kind: 'unrelated_rapid_escalation', weight: 0.2 },
  { kind: 'ended_officer', weight: 0.2 },
];

/**
 * Plants suspicious chains inside company groups and innocent chains that resemble them. Their
 * patents are reserved first, so the background market never trades them and the holder of
 * every step is known.
 */
export function plantChains(state: TradeState, plantedCount: number, lookAlikeCount: number): { planted: PlantedChain[]; lookAlikes: LookAlike[]; posts: LookAlikePost[] } {
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

  /** An assignment, through `via` when given, else through a platform one time in five. */
  const transfer = (ps: number[], from: number, to: number, day: number, amount: number, via?: number): Trade => {
    const province = holders.org(from)?.province ?? 0;
    const platform = via ?? (random.chance(0.2) ? state.platformNear(province) : -1);
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
    o: { day0: number; stepGaps: readonly number[]; firstPrice: number; nextPrice: (last: number, hop: number) => number; via?: number },
  ): { trades: Trade[]; day: number; price: number } => {
    const trades: Trade[] = [];
    let day = o.day0;
    let price = o.firstPrice;
    for (let h = 0; h + 1 < path.length; h++) {
      if (h > 0) {
        day += o.stepGaps[h - 1]!;
        price = o.nextPrice(price, h);
      }
      trades.push(transfer(ps, path[h]!, path[h + 1]!, day, price, o.via));
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
  const posts: LookAlikePost[] = [];
  const loners = set.byRole.operating.filter((o) => related.groupOf[o] === -1);
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

  /** Companies outside any group, unrelated to each other and to `path` so far, added after it: the path, or null. */
  const strangersAfter = (path: number[], count: number): number[] | null => {
    const cluster = orgs[path[path.length - 1]!]!.clusters[0] ?? orgs[path[0]!]!.clusters[0]!;
    const pool = (set.enterprisesByCluster[cluster] ?? []).filter((o) => related.groupOf[o] === -1);
    const out = path.slice();
    for (let h = 0; h < count; h++) {
      let next = -1;
      for (let tries = 0; tries < 20 && next < 0; tries++) {
        const c = random.pick(pool.length > 0 ? pool : loners);
        if (out.includes(c) || out.some((q) => areRelated(related, q, c))) continue;
        next = c;
      }
      if (next < 0) return null;
      out.push(next);
    }
    return out;
  };

  /** Every company holding a stake in `org`, directly or up a chain of holdings. */
  const ownersAbove = (org: number): Set<number> => {
    const seen = new Set<number>();
    const todo = [org];
    while (todo.length > 0) {
      for (const o of related.owners[todo.pop()!] ?? []) {
        if (o >= orgs.length || seen.has(o)) continue;
        seen.add(o);
        todo.push(o);
      }
    }
    return seen;
  };

  /**
   * The group companies an innocent chain that starts at `first` may pass a patent to: operating
   * companies other than those on either side of its control. Not the holding company, a shell
   * (one without visible ties looks like an outsider, so a return through it reads as a round
   * trip) or its own parent or subsidiary: ending there is what a planted round trip does.
   */
  const ordinaryPartners = (g: CompanyGroup, first: number): number[] => {
    const above = ownersAbove(first);
    return g.members.filter((m) => m !== first && !above.has(m) && !ownersAbove(m).has(first));
  };

  /** A price rising from `base` to `base × ratio` in equal steps over the transfers. */
  const escalating = (base: number, ratio: number, transfers: number) => (_last: number, h: number) => roundAmount(base * Math.pow(ratio, h / Math.max(1, transfers - 1)));

  /** The kinds that were there first: one shape each, drawn from the same few numbers. */
  const plainLookAlike = (kind: LookAlikeKind): LookAlike | null => {
    const isRelated = kind === 'related_ordinary' || kind === 'related_late_pledge';
    const hops = kind === 'fast_unrelated' ? random.int(2, 3) : kind === 'related_ordinary' ? random.int(1, 2) : kind === 'related_late_pledge' ? 1 : 2;
    const stepGaps = kind === 'fast_unrelated' ? gaps(hops - 1, 15, 80, 170) : gaps(Math.max(0, hops - 1), 200, 600);
    const pledgeGap = kind === 'related_late_pledge' ? random.int(400, 900) : kind === 'unrelated_escalation' ? random.int(120, 300) : 0;
    const span = sum(stepGaps) + pledgeGap;

    let path: number[];
    let notBefore = 0;
    if (isRelated) {
      const g = random.pick(groups);
      const first = random.pick(g.members);
      const partners = ordinaryPartners(g, first);
      path = [first];
      for (let h = 0; h < hops; h++) {
        const next = nextNode(partners, path[path.length - 1]!, path);
        if (next < 0) break;
        path.push(next);
      }
      notBefore = g.formed + 30;
    } else {
      if (loners.length < hops + 1) return null;
      path = strangersAfter([random.pick(loners)], hops) ?? [];
    }
    if (path.length !== hops + 1) return null;
    const ps = freePatents(path[0]!, random.chance(0.75) ? 1 : 2, DATA_END - span - 60);
    if (ps.length === 0) return null;
    const day0 = startDay(ps, path, notBefore, span);
    if (day0 < 0 || !path.every((h) => exists(h, day0))) return null;
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
    return { kind, trades, patents: ps, parties: [...new Set(path)], related: isRelated };
  };

  /**
   * A group passes a patent along three or four of its operating companies, each holding it five
   * to eleven months, at prices that grow a third to 70 % a step (several times the first price
   * after two or three years), often registered on one platform; the last holder pledges it for
   * a loan.
   */
  const relatedOrdinaryChain = (): LookAlike | null => {
    const g = random.pick(groups);
    const first = random.pick(g.members);
    const partners = ordinaryPartners(g, first);
    if (partners.length < 3) return null;
    const transfers = Math.min(partners.length, random.chance(0.7) ? 4 : 3);
    const path = [first];
    for (let h = 0; h < transfers; h++) {
      const next = nextNode(partners, path[path.length - 1]!, path);
      if (next < 0) return null;
      path.push(next);
    }
    const stepGaps = gaps(transfers - 1, 150, 330);
    const pledgeGap = random.int(10, 80);
    const span = sum(stepGaps) + pledgeGap;
    const ps = freePatents(first, random.chance(0.75) ? 1 : 2, DATA_END - span - 60);
    if (ps.length === 0) return null;
    const day0 = startDay(ps, path, g.formed + 30, span);
    if (day0 < 0) return null;
    reserve(ps);
    const via = random.chance(0.65) ? state.platformNear(orgs[first]!.province) : undefined;
    const { trades, day, price } = transfersAlong(ps, path, {
      day0,
      stepGaps,
      firstPrice: roundAmount(random.logNormal(400_000, 0.8)),
      nextPrice: (last) => roundAmount(last * (1.35 + random.float() * 0.35)),
      via,
    });
    const t = pledge(ps, path[path.length - 1]!, day + pledgeGap, roundAmount(price * (0.5 + random.float() * 0.3)));
    if (t) trades.push(t);
    return { kind: 'related_ordinary_chain', trades, patents: ps, parties: [...new Set(path)], related: true };
  };

  /**
   * Three or four resales between unrelated companies within six months, the price rising three to
   * six times, the last buyer pledging the patent within three months. Half the time the first
   * seller had bought it from a company of its own group seven to sixteen months before, at an
   * ordinary price.
   */
  const unrelatedRapidEscalation = (): LookAlike | null => {
    const resales = random.chance(0.7) ? 3 : 4;
    const stepGaps = gaps(resales - 1, 15, 60, 170);
    const pledgeGap = random.int(7, 85);
    let head: number[];
    let notBefore = 0;
    let preGap = 0;
    if (groups.length > 0 && random.chance(0.5)) {
      const g = random.pick(groups);
      const m1 = random.pick(g.members);
      const m2 = nextNode(nodesOf(g), m1, [m1]);
      if (m2 < 0) return null;
      head = [m1, m2];
      notBefore = g.formed + 30;
      preGap = random.int(200, 500);
    } else {
      head = [random.pick(loners)];
    }
    const path = strangersAfter(head, resales);
    if (!path) return null;
    const span = preGap + sum(stepGaps) + pledgeGap;
    const ps = freePatents(path[0]!, random.chance(0.75) ? 1 : 2, DATA_END - span - 60);
    if (ps.length === 0) return null;
    const day0 = startDay(ps, path, notBefore, span);
    if (day0 < 0) return null;
    reserve(ps);
    const base = random.logNormal(400_000, 0.8);
    const trades: Trade[] = [];
    const fast = path.slice(head.length - 1);
    if (head.length === 2) trades.push(transfer(ps, head[0]!, head[1]!, day0, roundAmount(base * (0.9 + random.float() * 0.2))));
    const ratio = 3.2 + random.float() * 2.8;
    const run = transfersAlong(ps, fast, { day0: day0 + preGap, stepGaps, firstPrice: roundAmount(base), nextPrice: escalating(base, ratio, resales) });
    trades.push(...run.trades);
    const t = pledge(ps, fast[fast.length - 1]!, run.day + pledgeGap, roundAmount(run.price * (0.6 + random.float() * 0.35)));
    if (t) trades.push(t);
    return { kind: 'unrelated_rapid_escalation', trades, patents: ps, parties: [...new Set(path)], related: head.length === 2 };
  };

  /**
   * Unrelated companies trade the way planted escalations do (two or three quick resales, the price
   * tripling or more, a pledge soon after), and one person sat at both of the first two, but never
   * on a trade's day: the post at the seller ended before the first trade, or the one at the buyer
   * began after the pledge.
   */
  const endedOfficer = (): LookAlike | null => {
    const transfers = random.int(2, 3);
    const path = strangersAfter([random.pick(loners)], transfers);
    if (!path) return null;
    const [a, b] = path as [number, number];
    const layout = holders.persons;
    const person = layout.businessStart + random.below(layout.businessSize);
    const holder = holders.ofPerson(person);
    if (path.some((o) => related.officers[o]!.includes(person) || related.owners[o]!.includes(holder))) return null;
    const stepGaps = gaps(transfers - 1, 20, 85);
    const pledgeGap = random.int(7, 85);
    const span = sum(stepGaps) + pledgeGap;
    const ps = freePatents(a, random.chance(0.75) ? 1 : 2, DATA_END - span - 60);
    if (ps.length === 0) return null;
    // Room before the first trade for a post of at least a year that ends before it.
    const day0 = startDay(ps, path, Math.max(holders.existsFrom(a), holders.existsFrom(b)) + 700, span);
    if (day0 < 0) return null;
    const last = day0 + span;
    const ended = random.chance(0.6) || last + 60 > DATA_END;
    let atA: LookAlikePost;
    let atB: LookAlikePost;
    if (ended) {
      const until = day0 - random.int(15, 240);
      const since = Math.max(holders.existsFrom(a) + 1, until - random.int(400, 1500));
      atA = { person, org: a, role: 'director', since, until };
      atB = { person, org: b, role: random.chance(0.5) ? 'director' : 'executive', since: Math.max(holders.existsFrom(b) + 1, since + random.int(0, until - since - 1)), until: -1 };
    } else {
      atA = { person, org: a, role: 'director', since: Math.max(holders.existsFrom(a) + 1, day0 - random.int(200, 1500)), until: -1 };
      atB = { person, org: b, role: random.chance(0.5) ? 'director' : 'executive', since: Math.min(DATA_END - 1, last + random.int(30, 400)), until: -1 };
    }
    reserve(ps);
    const base = random.logNormal(400_000, 0.8);
    const ratio = 3.2 + random.float() * 2.8;
    const { trades, day, price } = transfersAlong(ps, path, { day0, stepGaps, firstPrice: roundAmount(base), nextPrice: escalating(base, ratio, transfers) });
    const t = pledge(ps, path[path.length - 1]!, day + pledgeGap, roundAmount(price * (0.6 + random.float() * 0.35)));
    if (t) trades.push(t);
    posts.push(atA, atB);
    // The generator's own relatedness is date-free: later draws treat the two as related.
    related.officers[a]!.push(person);
    related.officers[b]!.push(person);
    return { kind: 'ended_officer', trades, patents: ps, parties: [...new Set(path)], related: false, officer: person };
  };

  const weights = LOOK_ALIKE_KINDS.map((k) => k.weight);
  for (let attempt = 0; lookAlikes.length < lookAlikeCount && attempt < lookAlikeCount * 20; attempt++) {
    const { kind } = LOOK_ALIKE_KINDS[random.weightedIndex(weights)]!;
    const needsGroup = kind === 'related_ordinary' || kind === 'related_late_pledge' || kind === 'related_ordinary_chain';
    if ((needsGroup && groups.length === 0) || loners.length < 4) continue;
    const made =
      kind === 'related_ordinary_chain' ? relatedOrdinaryChain()
      : kind === 'unrelated_rapid_escalation' ? unrelatedRapidEscalation()
      : kind === 'ended_officer' ? endedOfficer()
      : plainLookAlike(kind);
    if (made) lookAlikes.push(made);
  }
  return { planted, lookAlikes, posts };
}
