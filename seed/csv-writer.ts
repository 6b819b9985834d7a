import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { headerOf } from './bundle-format.js';

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/** One RFC 4180 cell: quoted only when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value;
}

export function csvLine(cells: readonly string[]): string {
  let line = csvCell(cells[0] ?? '');
  for (let i = 1; i < cells.length; i++) line += ',' + csvCell(cells[i]!);
  return line + '\n';
}

// Large chunks keep the per-write overhead of the stream negligible.
const CHUNK_CHARS = 1 << 18;

/**
 * Appends rows to an in-memory chunk and hands full chunks to a file stream. `row` is
 * synchronous so tight loops stay fast; loops call `drain()` every few thousand rows, which
 * waits only when the stream has pushed back.
 */
export class CsvWriter {
  private readonly stream: WriteStream;
  private chunk = '';
  /** Set while the stream holds more than its high-water mark; the listener is attached at the write that filled it, so a drain that happens before anyone waits is not missed. */
  private drained: Promise<void> | undefined;
  private failure: Error | undefined;
  rows = 0;

  constructor(
    readonly path: string,
    readonly columns: readonly string[],
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    this.stream.on('error', (err) => {
      this.failure = err;
    });
    this.chunk = csvLine(columns);
  }

  row(cells: readonly string[]): void {
    // A short row is valid, but costs every reader a record-length check that fails.
    this.chunk += cells.length < this.columns.length ? csvLine([...cells, ...new Array<string>(this.columns.length - cells.length).fill('')]) : csvLine(cells);
    this.rows++;
    if (this.chunk.length >= CHUNK_CHARS) this.flushChunk();
  }

  private flushChunk(): void {
    if (this.chunk.length === 0) return;
    if (!this.stream.write(this.chunk) && !this.drained) {
      this.drained = once(this.stream, 'drain').then(
        () => {
          this.drained = undefined;
        },
        (err: Error) => {
          this.failure = err;
          this.drained = undefined;
        },
      );
    }
    this.chunk = '';
  }

  get needsDrain(): boolean {
    return this.drained !== undefined;
  }

  async drain(): Promise<void> {
    if (this.drained) await this.drained;
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    this.flushChunk();
    if (this.failure) throw this.failure;
    const finished = once(this.stream, 'finish');
    this.stream.end();
    await finished;
    if (this.failure) throw this.failure;
  }
}

/** The writers of one bundle folder, created with the contract's header for each file. */
export class BundleWriters {
  private readonly writers = new Map<string, CsvWriter>();

  constructor(private readonly outDir: string) {}

  open(file: string): CsvWriter {
    const existing = this.writers.get(file);
    if (existing) return existing;
    const writer = new CsvWriter(join(this.outDir, file), headerOf(file));
    this.writers.set(file, writer);
    return writer;
  }

  async drain(): Promise<void> {
    for (const w of this.writers.values()) if (w.needsDrain) await w.drain();
  }

  async close(file: string): Promise<number> {
    const w = this.writers.get(file);
    if (!w) throw new Error(`${file} was never opened`);
    await w.close();
    return w.rows;
  }

  rowCounts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [file, w] of this.writers) out[file] = w.rows;
    return out;
  }

  async closeAll(): Promise<void> {
    for (const w of this.writers.values()) await w.close();
  }
}
