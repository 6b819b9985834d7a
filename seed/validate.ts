import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLE_FILES, type FileSpec } from './bundle-format.js';
import { CsvReadError, readCsv } from './read-csv.js';
import { FileChecker, type PendingReference } from './validate/file-checker.js';
import { IdRegistry } from './validate/ids.js';
import { ProblemList, type Problem } from './validate/problems.js';
import { fileRules, type FileRule, type RuleContext } from './validate/rules.js';
import { findUtf8Fault } from './validate/utf8.js';

export { formatProblem, type Problem } from './validate/problems.js';

/**
 * Takes each row of a file whose header is sound as it is checked, so a caller that transforms
 * the bundle reads it once. What it makes of an invalid bundle must be thrown away.
 */
export interface RowSink {
  row(file: string, record: Record<string, string>): void;
  /** Awaited every few thousand rows (the sink's writes push back) and once after each file of the format, present or not. */
  flush(file: string, fileDone: boolean): Promise<void>;
}

export interface ValidateOptions {
  onProgress?: (file: string, rows: number) => void;
  sink?: RowSink;
  /** How many problems to keep in the report; all are counted. Default 1000. */
  maxProblems?: number;
}

export interface FileSummary {
  file: string;
  rows: number;
  present: boolean;
}

export interface ValidationReport {
  ok: boolean;
  problems: Problem[];
  problemCount: number;
  files: FileSummary[];
  seconds: number;
}

const DEFAULT_MAX_PROBLEMS = 1000;
const PROGRESS_EVERY = 100_000;
const SINK_EVERY = 4096;
const MAX_VALUE_CHARS = 200;

/**
 * Checks a bundle folder against the contract in bundle-format.ts and reports every bad row. It only
 * reads the folder; nothing is written and no database is touched.
 */
export async function validateBundle(dir: string, opts: ValidateOptions = {}): Promise<ValidationReport> {
  const started = performance.now();
  const problems = new ProblemList(opts.maxProblems ?? DEFAULT_MAX_PROBLEMS);
  const present = await bundleFiles(dir, problems);
  const files: FileSummary[] = [];
  if (present) {
    const run = new BundleRun(dir, problems, opts.onProgress, opts.sink);
    for (const spec of BUNDLE_FILES) files.push(await run.validateFile(spec, present.has(spec.file)));
    run.finish();
  } else {
    files.push(...BUNDLE_FILES.map((f) => ({ file: f.file, rows: 0, present: false })));
  }
  return {
    ok: problems.count === 0,
    problems: inFileOrder(problems.kept),
    problemCount: problems.count,
    files,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The bundle files found in `dir`, or undefined when `dir` is not a usable bundle folder. */
async function bundleFiles(dir: string, problems: ProblemList): Promise<Set<string> | undefined> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) {
      problems.add({ file: dir, line: 0, reason: 'not a directory (expected a folder of CSV files)' });
      return undefined;
    }
    names = await readdir(dir);
  } catch (err) {
    problems.add({ file: dir, line: 0, reason: `cannot read the bundle folder: ${(err as Error).message}` });
    return undefined;
  }
  const expected = new Set(BUNDLE_FILES.map((f) => f.file));
  const present = new Set(names.filter((n) => expected.has(n)));
  for (const n of names) {
    const lower = n.toLowerCase();
    if (!present.has(n) && expected.has(lower) && !present.has(lower)) {
      problems.add({ file: n, line: 0, reason: `bundle file names are lower case: rename it to ${lower}` });
    }
  }
  if (present.size === 0) {
    problems.add({ file: dir, line: 0, reason: `no bundle files found (expected some of ${[...expected].join(', ')})` });
  }
  return present;
}

/** State shared by the files of one validation: the ids defined so far and references still open. */
class BundleRun {
  private readonly ids = new IdRegistry();
  private readonly rules = fileRules();
  private pending: (PendingReference & { file: string })[] = [];

  constructor(
    private readonly dir: string,
    private readonly problems: ProblemList,
    private readonly onProgress?: (file: string, rows: number) => void,
    private readonly sink?: RowSink,
  ) {}

  async validateFile(spec: FileSpec, present: boolean): Promise<FileSummary> {
    const rows = present ? await this.readFile(spec) : 0;
    await this.sink?.flush(spec.file, true);
    if (present) this.rules[spec.file]?.end?.(this.context(spec.file));
    if (spec.defines) this.ids.finish(spec.defines.kind, present);
    this.resolvePending();
    if (present) this.onProgress?.(spec.file, rows);
    return { file: spec.file, rows, present };
  }

  finish(): void {
    this.resolvePending();
  }

  /** Returns how many data rows were read. */
  private async readFile(spec: FileSpec): Promise<number> {
    const path = join(this.dir, spec.file);
    const ctx = this.context(spec.file);
    if (!(await this.readable(spec, path, ctx))) return 0;
    const rule: FileRule | undefined = this.rules[spec.file];
    const checker = new FileChecker(spec, this.ids, ctx, rule, (ref) => this.pending.push({ ...ref, file: spec.file }));
    let rows = 0;
    try {
      for await (const row of readCsv(path, spec.file, (h) => checker.readHeader(h.columns))) {
        // Rows under a bad header are drained unread: leaving early would leak read-csv's file handle.
        if (checker.header !== 'ok') continue;
        checker.row(row);
        this.sink?.row(spec.file, row.record);
        if (++rows % PROGRESS_EVERY === 0) this.onProgress?.(spec.file, rows);
        if (this.sink && rows % SINK_EVERY === 0) await this.sink.flush(spec.file, false);
      }
    } catch (err) {
      if (!(err instanceof CsvReadError)) throw err;
      if (checker.header !== 'bad') ctx.report(err.line, undefined, undefined, err.reason);
      this.unreliable(spec);
    }
    if (checker.header !== 'ok') this.unreliable(spec);
    return rows;
  }

  /** A regular file in UTF-8; read-csv would crash the process on anything else. */
  private async readable(spec: FileSpec, path: string, ctx: RuleContext): Promise<boolean> {
    try {
      if (!(await stat(path)).isFile()) {
        ctx.report(0, undefined, undefined, 'not a regular file');
      } else {
        const fault = await findUtf8Fault(path);
        if (!fault) return true;
        ctx.report(fault.line, undefined, undefined, fault.reason);
      }
    } catch (err) {
      ctx.report(0, undefined, undefined, `cannot be read: ${(err as Error).message}`);
    }
    this.unreliable(spec);
    return false;
  }

  private unreliable(spec: FileSpec): void {
    if (spec.defines) this.ids.markUnreliable(spec.defines.kind);
  }

  private context(file: string): RuleContext {
    return {
      ids: this.ids,
      report: (line, column, value, reason) => this.problems.add(problem(file, line, column, value, reason)),
    };
  }

  private resolvePending(): void {
    const open: typeof this.pending = [];
    for (const ref of this.pending) {
      if (!this.ids.ready(ref.kinds)) {
        open.push(ref);
        continue;
      }
      const reason = this.ids.checkReference(ref.value, ref.kinds, ref.orgKinds);
      if (reason !== undefined) this.problems.add(problem(ref.file, ref.line, ref.column, ref.value, reason));
    }
    this.pending = open;
  }
}

function problem(file: string, line: number, column: string | undefined, value: string | undefined, reason: string): Problem {
  const p: Problem = { file, line, reason };
  if (column !== undefined) p.column = column;
  if (value !== undefined) p.value = value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value;
  return p;
}

const FILE_ORDER = new Map(BUNDLE_FILES.map((f, i) => [f.file, i]));

/** Folder-level problems first, then by file and line; references resolved late land in place. */
function inFileOrder(list: Problem[]): Problem[] {
  return [...list].sort((a, b) => (FILE_ORDER.get(a.file) ?? -1) - (FILE_ORDER.get(b.file) ?? -1) || a.line - b.line);
}
