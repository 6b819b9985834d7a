/** An append-only list of 32-bit integers backed by a typed array, for lists with millions of entries. */
export class IntList {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 16) {
    this.data = new Int32Array(Math.max(4, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  /** Number of leading entries below `limit`, for lists kept in ascending order. */
  countBelow(limit: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.data[mid]! < limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Rows grouped by key: the values of key k are values[start[k] .. start[k+1]). */
export interface Grouped {
  start: Int32Array;
  values: Int32Array;
}

/** Groups (key, value) pairs by key in one counting pass, keeping the values' input order. */
export function groupByKey(keyCount: number, pairs: (visit: (key: number, value: number) => void) => void): Grouped {
  const start = new Int32Array(keyCount + 1);
  pairs((key) => {
    start[key + 1]!++;
  });
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const values = new Int32Array(start[keyCount]!);
  const fill = start.slice(0, keyCount);
  pairs((key, value) => {
    values[fill[key]!++] = value;
  });
  return { start, values };
}
