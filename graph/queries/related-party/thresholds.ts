// Every threshold of the related-party monitor in one place. Values are the defaults a supervisor
// starts from; `thresholds({ ... })` overrides any of them (tests and evaluations do).

export interface RelatednessThresholds {
  /** Equity share that gives control, directly or along a chain of holding companies. */
  controlShare: number;
  /** Direct holding that makes two parties related without control (a significant cross-holding). */
  crossHoldingShare: number;
  /** How many holding companies a control chain may climb (bounds the ownership closure). */
  maxOwnershipDepth: number;
  /** Officer roles that tie two companies when one person holds them at both. */
  officerRoles: readonly string[];
}

export interface ChainThresholds {
  /** Consecutive trades of a patent further apart than this start a new chain. */
  maxGapDays: number;
  /** Round trip: the right comes back within this many days of leaving (later returns are ordinary business). */
  roundTripWithinDays: number;
  /** Rapid flips: at least this many transfers … */
  flipCount: number;
  /** … within this many days. */
  flipWindowDays: number;
  /** Price escalation: a later transfer priced at least this multiple of an earlier one … */
  escalationRatio: number;
  /** … at most this many days before it (prices that compound over years are not inflated). */
  escalationWithinDays: number;
  /** A pledge by the last holder within this many days after the escalated transfer. */
  pledgeWithinDays: number;
  /** Same platform: at least this many related-party trades of the chain through one platform. */
  platformTrades: number;
}

export interface RiskWeights {
  related_party_trade: number;
  /**
   * Alone (the parties showing no other tie) a round trip outweighs any chain without a related
   * pattern: related-party trades through one platform (0.25 + 0.1), or a related trade beside
   * strangers' flip, escalation and pledge (0.25 + 0.6 × unrelatedFactor).
   */
  round_trip: number;
  rapid_flip: number;
  price_escalation: number;
  escalation_pledge: number;
  same_platform: number;
  /**
   * Patterns (flips, escalation, pledge) whose own parties are not related on their dates count
   * only this fraction: fast or pricey trades between strangers are mostly ordinary business. It
   * is kept below the lightest related pattern's weight over all three patterns' (0.2 / 0.6), so
   * strangers doing all three weigh less than one related pattern. A round trip is not
   * discounted: the right coming back is itself the tie.
   */
  unrelatedFactor: number;
}

export interface Thresholds {
  related: RelatednessThresholds;
  chain: ChainThresholds;
  weights: RiskWeights;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  related: {
    controlShare: 0.5,
    crossHoldingShare: 0.25,
    maxOwnershipDepth: 4,
    officerRoles: ['legal_representative', 'director', 'executive'],
  },
  chain: {
    maxGapDays: 730,
    roundTripWithinDays: 365,
    flipCount: 3,
    flipWindowDays: 180,
    escalationRatio: 3,
    escalationWithinDays: 365,
    pledgeWithinDays: 90,
    platformTrades: 2,
  },
  weights: {
    related_party_trade: 0.25,
    round_trip: 0.45,
    rapid_flip: 0.2,
    price_escalation: 0.15,
    escalation_pledge: 0.25,
    same_platform: 0.1,
    unrelatedFactor: 0.25,
  },
};

export interface ThresholdOverrides {
  related?: Partial<RelatednessThresholds>;
  chain?: Partial<ChainThresholds>;
  weights?: Partial<RiskWeights>;
}

export function thresholds(o: ThresholdOverrides = {}): Thresholds {
  const t: Thresholds = {
    related: { ...DEFAULT_THRESHOLDS.related, ...o.related },
    chain: { ...DEFAULT_THRESHOLDS.chain, ...o.chain },
    weights: { ...DEFAULT_THRESHOLDS.weights, ...o.weights },
  };
  const r = t.related;
  if (!(r.controlShare > 0 && r.controlShare <= 1)) throw new Error(`controlShare must be in (0, 1], got ${r.controlShare}`);
  if (!(r.crossHoldingShare > 0 && r.crossHoldingShare <= 1)) throw new Error(`crossHoldingShare must be in (0, 1], got ${r.crossHoldingShare}`);
  if (!Number.isInteger(r.maxOwnershipDepth) || r.maxOwnershipDepth < 1 || r.maxOwnershipDepth > 6) {
    throw new Error(`maxOwnershipDepth must be an integer 1–6, got ${r.maxOwnershipDepth}`);
  }
  return t;
}

export const RULES = ['related_party_trade', 'round_trip', 'rapid_flip', 'price_escalation', 'escalation_pledge', 'same_platform'] as const;
export type Rule = (typeof RULES)[number];
