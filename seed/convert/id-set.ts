/**
 * A set of source ids that keeps the all-digit ones (most patent numbers, rf_ids) as numbers:
 * tens of millions of them then fit in a few hundred MB instead of gigabytes of strings.
 */
export class IdSet {
  private readonly numbers = new Set<number>();
  private readonly strings = new Set<string>();

  private static numeric(id: string): number | undefined {
    if (id.length === 0 || id.length > 15 || id.charCodeAt(0) === 48 /* leading 0 */) return undefined;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      if (c < 48 || c > 57) return undefined;
    }
    return Number(id);
  }

  add(id: string): void {
    const n = IdSet.numeric(id);
    if (n === undefined) this.strings.add(id);
    else this.numbers.add(n);
  }

  has(id: string): boolean {
    const n = IdSet.numeric(id);
    return n === undefined ? this.strings.has(id) : this.numbers.has(n);
  }

  get size(): number {
    return this.numbers.size + this.strings.size;
  }
}
