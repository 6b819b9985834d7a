import { DATA_END } from './dates.js';
import type { Holders } from './holders.js';
import type { OrganizationSet } from './organizations.js';
import type { PatentStore } from './patents.js';
import type { Random } from './random.js';
import type { RelatedParties } from './related-parties.js';

export const ASSIGNMENT = 0;
export const LICENSE = 1;
export const PLEDGE = 2;
export const PLEDGE_RELEASE = 3;
export const TX_KIND_NAMES = ['assignment', 'license', 'pledge', 'pledge_release'] as const;
export const LICENSE_TYPE_NAMES = ['exclusive', 'sole', 'ordinary'] as const;

/** A transaction before it has an id; ids and registration numbers are given in date order at the end. */
export interface Trade {
  kind: number;
  patents: number[];
  from: number;
  to: number;
  day: number;
  /** CNY; -1 when undisclosed. */
  amount: number;
  /** Index into LICENSE_TYPE_NAMES, -1 for other kinds. */
  licenseType: number;
  /** Organization index of the platform, -1 when none. */
  platform: number;
  /** Whether the deal carries a registration (licence record, pledge registration, platform deal number). */
  registered: boolean;
  /** The pledge a release ends. */
  releases?: Trade;
  /** Random tie-break among trades of the same day. */
  order: number;
}

/**
 * Who holds each patent while trades are simulated in date order, so every assignment, licence
 * and pledge comes from the holder of that day.
 */
export class TradeState {
  readonly holder: Int32Array;
  /** Day of the last trade of the patent; one trade per patent per day keeps "as of" unambiguous. */
  readonly lastTrade: Int32Array;
  /** Day the current holder got the patent. */
  readonly acquired: Int32Array;
  readonly pledgedTo: Int32Array;
  readonly assignments: Uint8Array;
  /** Patents set aside for planted chains and look-alikes; the background never trades them. */
  readonly reserved: Uint8Array;
  /** Per organization, first day it licensed or bought a patent from a university or institute. */
  readonly firstAcademicDeal: Int32Array;
  readonly trades: Trade[] = [];

  constructor(
    readonly random: Random,
    readonly patents: PatentStore,
    readonly set: OrganizationSet,
    readonly holders: Holders,
    readonly related: RelatedParties,
  ) {
    const n = patents.count;
    this.holder = patents.applicant.slice();
    this.lastTrade = new Int32Array(n).fill(-1e9);
    this.acquired = patents.filed.slice();
    this.pledgedTo = new Int32Array(n).fill(-1);
    this.assignments = new Uint8Array(n);
    this.reserved = new Uint8Array(n);
    this.firstAcademicDeal = new Int32Array(set.orgs.length).fill(DATA_END + 1);
  }

  /** Number of patents filed strictly before `day` (patent numbers follow filing order). */
  filedBefore(day: number): number {
    const filed = this.patents.filed;
    let lo = 0;
    let hi = filed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (filed[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  record(trade: Omit<Trade, 'order'>): Trade {
    const t: Trade = {
      kind: trade.kind,
      patents: trade.patents,
      from: trade.from,
      to: trade.to,
      day: trade.day,
      amount: trade.amount,
      licenseType: trade.licenseType,
      platform: trade.platform,
      registered: trade.registered,
      releases: trade.releases,
      order: this.random.float(),
    };
    this.trades.push(t);
    for (const p of t.patents) {
      this.lastTrade[p] = t.day;
      if (t.kind === ASSIGNMENT) {
        this.holder[p] = t.to;
        this.acquired[p] = t.day;
        if (this.assignments[p]! < 255) this.assignments[p]!++;
      } else if (t.kind === PLEDGE) {
        this.pledgedTo[p] = t.to;
      } else if (t.kind === PLEDGE_RELEASE) {
        this.pledgedTo[p] = -1;
      }
    }
    const fromOrg = this.holders.org(t.from);
    if ((t.kind === ASSIGNMENT || t.kind === LICENSE) && fromOrg && (fromOrg.kind === 'university' || fromOrg.kind === 'research_institute')) {
      if (t.to < this.set.orgs.length && this.firstAcademicDeal[t.to]! > t.day) this.firstAcademicDeal[t.to] = t.day;
    }
    return t;
  }

  /** A platform for a deal in the province, or anywhere when the province has none. */
  platformNear(province: number): number {
    const platforms = this.set.byKind.platform;
    if (platforms.length === 0) return -1;
    const local = platforms.filter((p) => this.set.orgs[p]!.province === province);
    return this.random.pick(local.length > 0 && this.random.chance(0.75) ? local : platforms);
  }

  bankNear(province: number, day: number): number {
    const banks = this.set.byKind.bank.filter((b) => this.set.founded[b]! < day);
    if (banks.length === 0) return -1;
    const local = banks.filter((b) => this.set.orgs[b]!.province === province);
    return this.random.pick(local.length > 0 && this.random.chance(0.75) ? local : banks);
  }
}

/** Rounds to three significant figures, the way contract prices are usually stated. */
export function roundAmount(value: number): number {
  if (!(value > 1000)) return 1000;
  const magnitude = Math.pow(10, Math.floor(Math.log10(value)) - 2);
  return Math.round(value / magnitude) * magnitude;
}
