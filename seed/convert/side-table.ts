import type { SourceRow } from './read-table.ts';
import type { ConvertReport } from './report.ts';

interface Group {
  key: string;
  seq: number;
  rows: SourceRow[];
  taken: boolean;
}

// How far behind the latest match an untaken group may sit before it counts as an orphan: the
// tolerance for rows listed slightly out of step with the driving table.
const SLACK = 1000;

/**
 * Joins a table to a driving table on a key in one streaming pass, holding a window of groups
 * read ahead. The bulk tables list their rows in the same order (by patent_id, by rf_id), so a
 * match sits near the front of the window; groups left far behind the matches are counted as
 * orphans. No sort order has to be known, and memory is bounded by the window, not by the file.
 */
export class SideTable {
  private readonly queue: Group[] = [];
  private head = 0;
  private readonly byKey = new Map<string, Group>();
  private done = false;
  private orphans = 0;
  private seq = 0;

  constructor(
    private readonly rows: AsyncIterator<SourceRow>,
    private readonly keyOf: (r: SourceRow) => string,
    private readonly file: string,
    private readonly report: ConvertReport,
    private readonly window = 20_000,
  ) {}

  private async fill(): Promise<void> {
    while (!this.done && this.queue.length - this.head < this.window) {
      const next = await this.rows.next();
      if (next.done) {
        this.done = true;
        break;
      }
      const key = this.keyOf(next.value);
      const existing = this.byKey.get(key);
      if (existing) {
        existing.rows.push(next.value);
        continue;
      }
      const g: Group = { key, seq: this.seq++, rows: [next.value], taken: false };
      this.queue.push(g);
      this.byKey.set(key, g);
    }
  }

  /** The rows for `key` (each group is handed out once). */
  async take(key: string): Promise<SourceRow[]> {
    await this.fill();
    const g = this.byKey.get(key);
    if (!g) return [];
    g.taken = true;
    this.byKey.delete(key);
    while (this.head < this.queue.length) {
      const front = this.queue[this.head]!;
      if (!front.taken && front.seq >= g.seq - SLACK) break;
      this.head++;
      if (!front.taken) {
        this.orphans += front.rows.length;
        this.byKey.delete(front.key);
      }
    }
    if (this.head > 4096) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    return g.rows;
  }

  /** Reads what is left and reports the rows no driving row asked for. */
  async finish(): Promise<void> {
    for (let i = this.head; i < this.queue.length; i++) if (!this.queue[i]!.taken) this.orphans += this.queue[i]!.rows.length;
    this.queue.length = 0;
    this.head = 0;
    this.byKey.clear();
    for (;;) {
      const next = await this.rows.next();
      if (next.done) break;
      this.orphans++;
    }
    if (this.orphans > 0) this.report.skip(`${this.file}: rows whose key is not in the main table (or too far out of its order)`, this.orphans);
  }
}
