import { DATA_END, dayOf } from './dates.js';
import { IntList } from './int-list.js';
import { ACTIVE, INVENTION, type PatentStore } from './patents.js';
import { WeightedTable } from './random.js';
import { areRelated } from './related-parties.js';
import { IPC_CODES, IPC_SUBCLASS_OF } from './technology-clusters.js';
import { ASSIGNMENT, LICENSE, PLEDGE, PLEDGE_RELEASE, roundAmount, type Trade, type TradeState } from './trade-state.js';

const TRADE_START = dayOf(2010, 1, 1);

type Pool = 'academic' | 'enterprise' | 'person';

interface Need {
  granted: boolean;
  /** Assignments and pledges move or encumber the right, so it must be free. */
  unencumbered: boolean;
  /** Days the current holder must have held the patent. */
  heldFor?: number;
}

/** Min-heap of pledge releases by day, applied as the simulation reaches their day. */
class ReleaseQueue {
  private readonly items: { day: number; seq: number; pledge: Trade }[] = [];
  private seq = 0;

  push(day: number, pledge: Trade): void {
    const items = this.items;
    items.push({ day, seq: this.seq++, pledge });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  peekDay(): number {
    return this.items.length > 0 ? this.items[0]!.day : Infinity;
  }

  pop(): { day: number; pledge: Trade } {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.less(l, m)) m = l;
        if (r < items.length && this.less(r, m)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const x = this.items[a]!;
    const y = this.items[b]!;
    return x.day < y.day || (x.day === y.day && x.seq < y.seq);
  }
}

/**
 * The ordinary market: university licences and transfers to technically close, earlier
 * collaborating enterprises, trades between companies, pledges to banks and their releases.
 * Trades are drawn in date order against the running holder of each patent.
 */
export function generateBackgroundTrades(state: TradeState, slots: number): void {
  const { random, patents, set, holders } = state;
  const { orgs } = set;
  const orgCount = orgs.length;
  const pools = patentPools(patents, state);
  const releases = new ReleaseQueue();

  const years: number[] = [];
  const weights: number[] = [];
  for (let y = 2010; y <= 2026; y++) {
    years.push(y);
    // The data end mid-2026, so that year gets half a year's trades.
    weights.push(Math.pow(1.15, y - 2010) * (y === 2026 ? 0.5 : 1));
  }
  const yearTable = new WeightedTable(weights);
  const days = new Int32Array(slots);
  for (let i = 0; i < slots; i++) {
    const y = years[yearTable.draw(random)]!;
    const from = Math.max(TRADE_START, dayOf(y, 1, 1));
    const to = Math.min(DATA_END, dayOf(y, 12, 31));
    days[i] = from + random.below(to - from + 1);
  }
  days.sort();

  // Releases come first on their day, so no later trade of the day shares a patent with one.
  const applyReleasesUpTo = (day: number): void => {
    while (releases.peekDay() <= day) {
      const { day: d, pledge } = releases.pop();
      state.record({ kind: PLEDGE_RELEASE, patents: pledge.patents, from: pledge.to, to: pledge.from, day: d, amount: -1, licenseType: -1, platform: -1, registered: true, releases: pledge });
    }
  };

  const eligible = (p: number, day: number, need: Need): boolean => {
    if (state.reserved[p] || patents.status[p] !== ACTIVE || patents.coApplicant[p] !== -1) return false;
    if (state.lastTrade[p]! >= day || patents.filed[p]! >= day) return false;
    if (need.granted && (patents.granted[p]! < 0 || patents.granted[p]! >= day)) return false;
    if (need.unencumbered && (state.pledgedTo[p] !== -1 || state.assignments[p]! >= 2)) return false;
    if (need.heldFor !== undefined && day - state.acquired[p]! < need.heldFor) return false;
    return true;
  };

  /** A patent of the pool, filed before the day, still held by that kind of holder; well-cited ones come up more. */
  const pickPatent = (pool: Pool, day: number, need: Need): number => {
    const list = pools[pool];
    const available = list.countBelow(state.filedBefore(day));
    if (available === 0) return -1;
    let best = -1;
    for (let tries = 0; tries < 30; tries++) {
      const p = list.get(random.below(available));
      if (!eligible(p, day, need) || !holderFits(pool, state.holder[p]!)) continue;
      if (best < 0) {
        best = p;
        if (random.chance(0.4)) break;
      } else {
        if (patents.citedBy[p]! > patents.citedBy[best]!) best = p;
        break;
      }
    }
    return best;
  };

  const holderFits = (pool: Pool, holder: number): boolean => {
    const o = holders.org(holder);
    if (pool === 'person') return o === undefined;
    if (pool === 'academic') return o !== undefined && (o.kind === 'university' || o.kind === 'research_institute');
    return o !== undefined && o.kind === 'enterprise';
  };

  const exists = (org: number, day: number): boolean => set.founded[org]! < day;
  // Scratch space for candidate lists: a stamp per organization dedupes without a Set per call.
  const seenStamp = new Int32Array(orgCount);
  let stamp = 0;
  const candidates: number[] = [];
  const odds: number[] = [];

  /** Enterprises likely to take a university's patent: technically close, earlier partners, nearby. */
  const academicCounterparty = (uni: number, p: number, day: number): number => {
    const U = orgs[uni]!;
    stamp++;
    candidates.length = 0;
    const consider = (e: number): void => {
      if (seenStamp[e] === stamp || e === uni || !exists(e, day)) return;
      seenStamp[e] = stamp;
      candidates.push(e);
    };
    for (const e of U.partners) consider(e);
    const clusterPool = set.enterprisesByCluster[patents.cluster[p]!]!;
    for (let j = 0; j < 16 && clusterPool.length > 0; j++) consider(random.pick(clusterPool));
    for (let j = 0; j < 4; j++) consider(random.pick(set.byRole.operating));
    const collaborated = patents.collaboration.of(uni);
    const citedUs = patents.citedUniversity.of(uni);
    const code = patents.mainIpc[p]!;
    const subclass = IPC_SUBCLASS_OF[code] ?? -1;
    odds.length = 0;
    for (const e of candidates) {
      const E = orgs[e]!;
      // Evidence raises the odds; the noise term keeps any single signal from deciding alone.
      let s = 0.3 * Math.log(1 + E.weight) + 0.7 * random.normal();
      if (code < IPC_CODES.length && patents.orgIpc[e * IPC_CODES.length + code]! > 0) s += 1.2;
      else if (subclass >= 0 && (patents.orgSubclasses[e]! & (1 << subclass)) !== 0) s += 0.6;
      if ((collaborated?.get(e) ?? Infinity) < day) s += 1.5;
      if ((citedUs?.get(e) ?? Infinity) < day) s += 0.8;
      if (E.province === U.province) s += E.city === U.city ? 0.8 : 0.5;
      if (state.firstAcademicDeal[e]! < day) s += 0.6;
      odds.push(Math.exp(s));
    }
    return candidates.length > 0 ? candidates[random.weightedIndex(odds)]! : -1;
  };

  const marketCounterparty = (holder: number, p: number, day: number): number => {
    const H = holders.org(holder);
    if (H && state.related.groupOf[holder]! >= 0 && random.chance(0.12)) {
      // An ordinary transfer inside a company group, at a normal price and with no pledge after it.
      const g = state.related.groups[state.related.groupOf[holder]!]!;
      // Never back to the first applicant: a return trip is what the planted chains are made of.
      const inGroup = [...g.members, ...g.shells].filter((o) => o !== holder && o !== patents.applicant[p] && exists(o, day) && day > g.formed);
      if (inGroup.length > 0) return random.pick(inGroup);
    }
    const pool = set.enterprisesByCluster[patents.cluster[p]!]!;
    for (let tries = 0; tries < 12 && pool.length > 0; tries++) {
      const e = random.pick(pool);
      if (e === holder || e === patents.applicant[p] || !exists(e, day)) continue;
      if (H && orgs[e]!.province !== H.province && random.chance(0.45)) continue;
      // Unrelated buyers only: related-party trades come from the group branch above.
      if (H && areRelated(state.related, holder, e)) continue;
      return e;
    }
    return -1;
  };

  const withPlatform = (province: number, share: number): number => (random.chance(share) ? state.platformNear(province) : -1);
  const priced = (median: number, sigma: number, undisclosed: number): number => (random.chance(undisclosed) ? -1 : roundAmount(random.logNormal(median, sigma)));
  const licenseType = (): number => {
    const r = random.float();
    return r < 0.2 ? 0 : r < 0.35 ? 1 : 2;
  };
  const LICENSE_FACTOR = [2, 1.4, 0.7];

  const kindWeights = [0.2, 0.12, 0.13, 0.3, 0.05, 0.2];
  for (let i = 0; i < slots; i++) {
    const day = days[i]!;
    applyReleasesUpTo(day);
    const kind = random.weightedIndex(kindWeights);
    switch (kind) {
      case 0: // university licence
      case 1: {
        // university transfer
        const p = pickPatent('academic', day, { granted: kind === 0, unencumbered: kind === 1 });
        if (p < 0) break;
        const uni = state.holder[p]!;
        const to = academicCounterparty(uni, p, day);
        if (to < 0) break;
        const province = orgs[uni]!.province;
        if (kind === 0) {
          const lt = licenseType();
          const amount = priced(300_000 * LICENSE_FACTOR[lt]!, 1.0, 0.1);
          state.record({ kind: LICENSE, patents: [p], from: uni, to, day, amount, licenseType: lt, platform: withPlatform(province, 0.35), registered: random.chance(0.7) });
        } else {
          const platform = withPlatform(province, 0.3);
          state.record({ kind: ASSIGNMENT, patents: [p], from: uni, to, day, amount: priced(250_000, 1.0, 0.08), licenseType: -1, platform, registered: platform >= 0 });
        }
        break;
      }
      case 2: {
        // licence between companies
        const p = pickPatent('enterprise', day, { granted: true, unencumbered: false });
        if (p < 0) break;
        const from = state.holder[p]!;
        const to = marketCounterparty(from, p, day);
        if (to < 0 || to === from) break;
        const lt = licenseType();
        const amount = priced(150_000 * LICENSE_FACTOR[lt]!, 1.1, 0.12);
        state.record({ kind: LICENSE, patents: [p], from, to, day, amount, licenseType: lt, platform: withPlatform(orgs[from]!.province, 0.2), registered: random.chance(0.6) });
        break;
      }
      case 3:
      case 4: {
        // transfer from a company, or from a private inventor to a company
        const pool: Pool = kind === 3 ? 'enterprise' : 'person';
        // A year between transfers of a patent keeps ordinary trading apart from rapid flips.
        const p = pickPatent(pool, day, { granted: false, unencumbered: true, heldFor: 365 });
        if (p < 0) break;
        const from = state.holder[p]!;
        const to = kind === 3 ? marketCounterparty(from, p, day) : pickBuyerForPerson(p, day);
        if (to < 0 || to === from) break;
        const province = holders.org(from)?.province ?? orgs[to]!.province;
        const platform = withPlatform(province, 0.2);
        const amount = kind === 3 ? priced(120_000 * (patents.kind[p] === INVENTION ? 1.5 : 0.6), 1.1, 0.08) : priced(40_000, 0.8, 0.1);
        state.record({ kind: ASSIGNMENT, patents: [p], from, to, day, amount, licenseType: -1, platform, registered: platform >= 0 });
        break;
      }
      case 5: {
        // pledge to a bank
        const p = pickPatent('enterprise', day, { granted: true, unencumbered: true, heldFor: 180 });
        if (p < 0) break;
        const from = state.holder[p]!;
        const bank = state.bankNear(orgs[from]!.province, day);
        if (bank < 0) break;
        const bundle = [p, ...morePatentsOf(from, p, day, random.int(0, 3))];
        const amount = roundAmount(random.logNormal(3_000_000, 0.9) * (1 + 0.5 * (bundle.length - 1)));
        const pledge = state.record({ kind: PLEDGE, patents: bundle, from, to: bank, day, amount, licenseType: -1, platform: withPlatform(orgs[from]!.province, 0.1), registered: true });
        if (random.chance(0.75)) {
          const end = day + random.int(300, 1100);
          if (end <= DATA_END) releases.push(end, pledge);
        }
        break;
      }
    }
  }
  applyReleasesUpTo(DATA_END);

  function pickBuyerForPerson(p: number, day: number): number {
    const pool = set.enterprisesByCluster[patents.cluster[p]!]!;
    for (let tries = 0; tries < 8 && pool.length > 0; tries++) {
      const e = random.pick(pool);
      if (exists(e, day)) return e;
    }
    return -1;
  }

  /** Further patents the holder can pledge together with the first one. */
  function morePatentsOf(holder: number, first: number, day: number, wanted: number): number[] {
    if (wanted === 0) return [];
    const { start, values } = patents.byOrg;
    const from = start[holder]!;
    const to = start[holder + 1]!;
    const out: number[] = [];
    for (let tries = 0; tries < wanted * 6 && out.length < wanted && to > from; tries++) {
      const p = values[from + random.below(to - from)]!;
      if (p === first || out.includes(p) || state.holder[p] !== holder) continue;
      if (!eligible(p, day, { granted: true, unencumbered: true, heldFor: 180 })) continue;
      out.push(p);
    }
    return out;
  }
}

/** Patents by the kind of their first applicant, in filing order; co-applied ones are left out. */
function patentPools(patents: PatentStore, state: TradeState): Record<Pool, IntList> {
  const pools: Record<Pool, IntList> = { academic: new IntList(), enterprise: new IntList(), person: new IntList() };
  for (let p = 0; p < patents.count; p++) {
    if (patents.coApplicant[p] !== -1) continue;
    const o = state.holders.org(patents.applicant[p]!);
    if (!o) pools.person.push(p);
    else if (o.kind === 'enterprise') pools.enterprise.push(p);
    else pools.academic.push(p);
  }
  return pools;
}
