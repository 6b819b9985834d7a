// Ranking quality over held-out cases: hit@k (the true licensee among the first k) and the mean
// reciprocal rank (1/rank, 0 when the ranking never reaches it).

export interface Quality {
  cases: number;
  hitAt10: number;
  mrr: number;
}

/** `ranks` holds each case's 1-based rank of the truth, or null when it was not ranked at all. */
export function quality(ranks: readonly (number | null)[], k = 10): Quality {
  if (ranks.length === 0) return { cases: 0, hitAt10: 0, mrr: 0 };
  let hits = 0;
  let rr = 0;
  for (const r of ranks) {
    if (r === null) continue;
    if (r <= k) hits++;
    rr += 1 / r;
  }
  return { cases: ranks.length, hitAt10: hits / ranks.length, mrr: rr / ranks.length };
}

/** The 1-based position of `id` in `ranked`, or null. */
export function rankOf(ranked: readonly string[], id: string): number | null {
  const i = ranked.indexOf(id);
  return i < 0 ? null : i + 1;
}
