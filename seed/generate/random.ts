import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

const TWO_POW_32 = 0x1_0000_0000;

/** FNV-1a over the stream name mixed with the seed, so each part of the bundle draws from its own sequence. */
export function deriveSeed(seed: number, stream: string): number {
  let h = 0x811c9dc5 ^ (seed | 0);
  for (let i = 0; i < stream.length; i++) {
    h ^= stream.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= Math.imul(seed | 0, 0x9e3779b1);
  return h | 0;
}

/**
 * Deterministic random source. One instance per stream: adding draws to one part of the
 * generator never shifts the values another part sees.
 */
export class Random {
  private readonly rng: RandomGenerator;

  constructor(seed: number, stream: string) {
    this.rng = xoroshiro128plus(deriveSeed(seed, stream));
    // The first outputs of xoroshiro from a small seed are poorly mixed.
    for (let i = 0; i < 16; i++) this.rng.next();
  }

  /** Uniform in [0, 1) with 32 bits of resolution, plenty for sampling. */
  float(): number {
    return (this.rng.next() >>> 0) / TWO_POW_32;
  }

  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** Uniform integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.float() * n);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.float() * items.length)]!;
  }

  /** An index favouring small values: the head of a list is drawn far more often than its tail. */
  skewedIndex(n: number, power: 1.5 | 2 = 2): number {
    const u = this.float();
    // u^1.5 and u^2 without Math.pow, which is slow in loops over millions of rows.
    const v = power === 2 ? u * u : u * Math.sqrt(u);
    return Math.min(n - 1, Math.floor(n * v));
  }

  /** Index drawn with probability proportional to weights. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]!;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** Standard normal by Box–Muller. */
  normal(): number {
    const u = 1 - this.float();
    const v = this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Pareto-tailed weight ≥ 1, for "a few big actors, many small ones". */
  pareto(alpha: number): number {
    return Math.pow(1 - this.float(), -1 / alpha);
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const t = items[i]!;
      items[i] = items[j]!;
      items[j] = t;
    }
    return items;
  }

  /** k distinct items (or all when there are fewer). */
  sample<T>(items: readonly T[], k: number): T[] {
    if (k >= items.length) return this.shuffle(items.slice());
    const chosen = new Set<number>();
    const out: T[] = [];
    while (out.length < k) {
      const i = Math.floor(this.float() * items.length);
      if (chosen.has(i)) continue;
      chosen.add(i);
      out.push(items[i]!);
    }
    return out;
  }
}

/** Cumulative weights for repeated O(log n) weighted draws from one large list. */
export class WeightedTable {
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      sum += weights[i]!;
      this.cumulative[i] = sum;
    }
    this.total = sum;
  }

  get size(): number {
    return this.cumulative.length;
  }

  draw(random: Random): number {
    const r = random.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
