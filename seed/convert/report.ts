import type { KindGuess } from './org-kind.ts';

/** A row of a source table that could not be used, with where it is. */
export interface BadRow {
  file: string;
  line: number;
  reason: string;
}

const KEPT_BAD_ROWS = 1000;
const PROGRESS_EVERY_MS = 2000;

/**
 * What a conversion read, wrote, skipped and could not read. Every unreadable row is counted;
 * the first thousand are kept with file and line so the report can name them.
 */
export class ConvertReport {
  readonly badRows: BadRow[] = [];
  badRowCount = 0;
  /** Rows left out on purpose (a conveyance type that is no transfer, a citation outside the set, …), by reason. */
  readonly skipped = new Map<string, number>();
  /** Facts worth knowing that are no loss: names matched, patents added, … */
  readonly notes = new Map<string, number>();
  readonly read = new Map<string, number>();
  written: Record<string, number> = {};
  private lastProgress = 0;
  private readonly started = performance.now();

  constructor(private readonly log: (line: string) => void = (l) => process.stderr.write(l + '\n')) {}

  bad(file: string, line: number, reason: string): void {
    this.badRowCount++;
    if (this.badRows.length < KEPT_BAD_ROWS) this.badRows.push({ file, line, reason });
  }

  skip(reason: string, n = 1): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + n);
  }

  note(what: string, n = 1): void {
    this.notes.set(what, (this.notes.get(what) ?? 0) + n);
  }

  /** Counts what told an organization's kind when its name told little: nothing at all, or a misspelt word. */
  kindGuessed(guess: KindGuess): void {
    if (guess.basis === 'none') this.note('organizations whose name has no kind word nor legal form (made enterprises)');
    if (guess.basis === 'misspelt') this.note(`organizations made ${guess.kind} by a misspelt word of their name (Univeristy, Insitute)`);
  }

  /** Counts a source row read and prints a progress line now and then. */
  rowRead(file: string): void {
    const n = (this.read.get(file) ?? 0) + 1;
    this.read.set(file, n);
    if ((n & 0x3fff) === 0) {
      const now = performance.now();
      if (now - this.lastProgress >= PROGRESS_EVERY_MS) {
        this.lastProgress = now;
        this.progress(`${file}: ${n.toLocaleString('en-US')} rows read`);
      }
    }
  }

  progress(message: string): void {
    const s = ((performance.now() - this.started) / 1000).toFixed(1);
    this.log(`[convert ${s} s] ${message}`);
  }

  get totalRead(): number {
    let n = 0;
    for (const v of this.read.values()) n += v;
    return n;
  }

  /** Human-readable summary: rows read and written, skips by reason, bad rows with file and line. */
  summary(): string[] {
    const fmt = (n: number) => n.toLocaleString('en-US');
    const out: string[] = [];
    for (const [file, n] of this.read) out.push(`read    ${file.padEnd(34)} ${fmt(n).padStart(12)} rows`);
    for (const [file, n] of Object.entries(this.written)) out.push(`wrote   ${file.padEnd(34)} ${fmt(n).padStart(12)} rows`);
    for (const [reason, n] of [...this.skipped].sort((a, b) => b[1] - a[1])) out.push(`skipped ${fmt(n).padStart(12)}  ${reason}`);
    for (const [what, n] of this.notes) out.push(`note    ${fmt(n).padStart(12)}  ${what}`);
    out.push(`unreadable rows: ${fmt(this.badRowCount)}`);
    for (const b of this.badRows) out.push(`  ${b.file}:${b.line}: ${b.reason}`);
    if (this.badRowCount > this.badRows.length) out.push(`  … and ${fmt(this.badRowCount - this.badRows.length)} more`);
    return out;
  }

  toJSON(): object {
    return {
      read: Object.fromEntries(this.read),
      written: this.written,
      skipped: Object.fromEntries(this.skipped),
      notes: Object.fromEntries(this.notes),
      badRowCount: this.badRowCount,
      badRows: this.badRows,
    };
  }
}

/** Raised for what stops a conversion: a missing table, a header without a needed column. */
export class ConvertError extends Error {}
