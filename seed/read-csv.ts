import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { Transform, pipeline, type TransformCallback } from 'node:stream';
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

/** Raised for what stops a file from being read at all: bad quoting, bad UTF-8, no header, no file. */
export class CsvReadError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

/** Length of a trailing UTF-8 sequence that is incomplete (0 when the buffer ends on a boundary). */
function incompleteTail(buf: Buffer): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back]!;
    if ((b & 0xc0) !== 0x80) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      return need > back ? back : 0;
    }
  }
  return 0;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidOffset(buf: Buffer): number {
  let lo = 0;
  let hi = buf.length;
  // isUtf8 is native and fast; bisect on prefixes that end on a character boundary.
  while (hi - lo > 4) {
    let mid = (lo + hi) >> 1;
    while (mid > lo && (buf[mid]! & 0xc0) === 0x80) mid--;
    if (mid === lo) break;
    if (isUtf8(buf.subarray(0, mid))) lo = mid;
    else hi = mid;
  }
  return lo;
}

function countNewlines(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * Fails on the first byte sequence that is not UTF-8 and names its line, rather than letting
 * the decoder turn it into U+FFFD and import mojibake.
 */
class Utf8Guard extends Transform {
  private line = 1;
  private carry: Buffer = Buffer.alloc(0);
  constructor(private readonly file: string) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const tail = incompleteTail(buf);
    const whole = buf.subarray(0, buf.length - tail);
    if (!isUtf8(whole)) {
      const at = firstInvalidOffset(whole);
      done(new CsvReadError(this.file, this.line + countNewlines(whole.subarray(0, at)), 'not valid UTF-8 (save the file as UTF-8)'));
      return;
    }
    this.carry = Buffer.from(buf.subarray(buf.length - tail));
    this.line += countNewlines(whole);
    done(null, whole);
  }
  override _flush(done: TransformCallback): void {
    if (this.carry.length > 0) done(new CsvReadError(this.file, this.line, 'file ends inside a UTF-8 character'));
    else done();
  }
}

function countIn(cells: string[], needle: string): number {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf(needle); i !== -1; i = cell.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * Streams a bundle CSV file (RFC 4180, header row, UTF-8 with or without BOM) as records keyed
 * by header name. Rows with more cells than the header are passed through with their count so
 * the validator can report them.
 */
export async function* readCsv(path: string, file: string, onHeader?: (header: CsvHeader) => void): AsyncGenerator<CsvRow> {
  let header: string[] | undefined;
  // No `info`: csv-parse builds an object per record for it, a sixth of a bulk load's reading.
  // Lines are counted here instead, so blank lines come through (as one empty cell) to be counted.
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false });
  // pipeline forwards an open error (no such file, a folder) and closes the file on every exit.
  pipeline(createReadStream(path), new Utf8Guard(file), parser, () => {});
  let line = 1;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      const first = line;
      line += 1 + countIn(record, '\n');
      if (record.length === 1 && record[0] === '') continue;
      if (!header) {
        header = record.map((h) => h.trim());
        onHeader?.({ columns: header });
        continue;
      }
      const obj: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) obj[header[i]!] = record[i] ?? '';
      yield { line: first, record: obj, cellCount: record.length };
    }
  } catch (err) {
    if (err instanceof CsvReadError) throw err;
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines ?? 0;
      throw new CsvReadError(file, line, `unreadable CSV: ${err.message}`);
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') throw new CsvReadError(file, 0, `cannot read the file (${code})`);
    throw err;
  } finally {
    parser.destroy();
  }
  if (!header) throw new CsvReadError(file, 1, 'empty file: a header row is required');
}
