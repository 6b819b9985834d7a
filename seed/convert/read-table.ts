import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { openZipMember } from './zip-member.ts';
import { ConvertError, type ConvertReport } from './report.ts';

export interface SourceRow {
  /** 1-based line where the row starts (the header is line 1). */
  line: number;
  record: Record<string, string>;
}

export interface TableSpec {
  /** Table name without extension, e.g. `g_patent`. */
  name: string;
  /** Columns the converter reads; a header without one of them stops the conversion. */
  columns: readonly string[];
}

/** The file of a table in `dir`, plain or zipped, or undefined when there is none. */
export function findTable(dir: string, name: string, extensions: readonly string[]): string | undefined {
  for (const ext of extensions) {
    const path = join(dir, name + ext);
    if (existsSync(path)) return path;
  }
  return undefined;
}

async function openSource(path: string): Promise<Readable> {
  if (path.toLowerCase().endsWith('.zip')) return (await openZipMember(path)).stream;
  return createReadStream(path);
}

function countNewlines(cells: string[]): number {
  let n = 0;
  for (const c of cells) for (let i = c.indexOf('\n'); i !== -1; i = c.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Streams a delimited source table (PatentsView TSV, Assignment Dataset CSV; zipped or not) as
 * records keyed by header name. A row that cannot be parsed, or has another number of cells than
 * the header, is counted in the report with its file and line and left out; the rest go on.
 */
export async function* readTable(opts: {
  path: string;
  table: TableSpec;
  delimiter: string;
  report: ConvertReport;
}): AsyncGenerator<SourceRow> {
  const { path, table, delimiter, report } = opts;
  const file = path.split('/').pop()!;
  const parser = parse({
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    // Real dumps hold stray quotes inside unquoted cells (12" PIPE); read them as text.
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  });
  parser.on('skip', (err: CsvError & { lines?: number }) => {
    report.bad(file, err.lines ?? 0, `unreadable row: ${err.message}`);
  });
  const source = await openSource(path);
  pipeline(source, parser, () => {});
  let header: string[] | undefined;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const { record, info } = item;
      if (!header) {
        header = record.map((h) => h.trim());
        const missing = table.columns.filter((c) => !header!.includes(c));
        if (missing.length > 0) {
          throw new ConvertError(`${file}: the header lacks column(s) ${missing.join(', ')} (found: ${header.join(', ')})`);
        }
        continue;
      }
      const line = info.lines - countNewlines(record);
      report.rowRead(file);
      if (record.length !== header.length) {
        report.bad(file, line, `${record.length} cells where the header has ${header.length}`);
        continue;
      }
      const obj: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) obj[header[i]!] = record[i]!.trim();
      yield { line, record: obj };
    }
  } finally {
    parser.destroy();
    source.destroy();
  }
  if (!header) throw new ConvertError(`${file}: empty file (a header row is required)`);
}
