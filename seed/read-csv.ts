import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { parse, CsvError } from 'csv-parse';

export interface CsvRow {
  /** 1-based line of the record's first line in the file (the header is line 1). */
  line: number;
  /** Cells by header name; a missing trailing cell reads as ''. */
  record: Record<string, string>;
  /** How many cells the row had, to tell a short row from an empty cell. */
  cellCount: number;
}

export interface CsvHeader {
  columns: string[];
}

/** Raised for what stops a file from being read at all: bad quoting, bad UTF-8, no header. */
export class CsvReadError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

/**
 * Fails on the first byte sequence that is not UTF-8 and names its line, rather than letting
 * the decoder turn it into U+FFFD and import mojibake.
 */
class Utf8Guard extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private line = 1;
  constructor(private readonly file: string) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      done(new CsvReadError(this.file, this.line + countNewlinesBeforeBadByte(chunk), 'not valid UTF-8 (save the file as UTF-8)'));
      return;
    }
    this.line += countNewlines(chunk);
    done(null, chunk);
  }
  override _flush(done: TransformCallback): void {
    try {
      this.decoder.decode();
      done();
    } catch {
      done(new CsvReadError(this.file, this.line, 'file ends inside a UTF-8 character'));
    }
  }
}

function countNewlines(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

function countNewlinesBeforeBadByte(buf: Buffer): number {
  const probe = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = buf.length;
  // Binary search for the longest valid prefix; a prefix may end mid-character, so allow 3 bytes.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      probe.decode(buf.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
    probe.decode(); // reset
  }
  return countNewlines(buf.subarray(0, lo));
}

/**
 * Streams a bundle CSV file (RFC 4180, header row, UTF-8 with or without BOM) as records keyed
 * by header name. Rows with more cells than the header are passed through with their count so
 * the validator can report them.
 */
export async function* readCsv(
  path: string,
  file: string,
  onHeader?: (header: CsvHeader) => void,
): AsyncGenerator<CsvRow> {
  let header: string[] | undefined;
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  });
  const source = createReadStream(path).pipe(new Utf8Guard(file));
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const { record, info } = item;
      if (!header) {
        header = record.map((h) => h.trim());
        onHeader?.({ columns: header });
        continue;
      }
      const obj: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) obj[header[i]!] = record[i] ?? '';
      // info.lines is the line the record ends on; multi-line cells start earlier.
      yield { line: info.lines - countNewlinesInRecord(record), record: obj, cellCount: record.length };
    }
  } catch (err) {
    if (err instanceof CsvReadError) throw err;
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines ?? 0;
      throw new CsvReadError(file, line, `unreadable CSV: ${err.message}`);
    }
    throw err;
  }
  if (!header) throw new CsvReadError(file, 1, 'empty file: a header row is required');
}

function countNewlinesInRecord(record: string[]): number {
  let n = 0;
  for (const cell of record) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}
