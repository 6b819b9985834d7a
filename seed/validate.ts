import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLE_FILES, type EntityKind, type FileSpec } from './bundle-format.js';
import type { OrgKind } from '../graph/vocabulary/index.ts';
import { CsvReadError, readCsv } from './read-csv.js';
import { FileChecker, type PendingReference } from './validate/file-checker.js';
import { IdRegistry, orgKindProblem } from './validate/ids.js';
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

/**
 * The database a bundle will be imported into, for a bundle that adds to it (a delta): what the
 * bundle refers to may be defined there instead.
 */
export interface KnownIds {
  /** Of `ids`, those that name an entity of `kind` there, each with its organization kind (null for other kinds). */
  find(kind: EntityKind, ids: string[]): Promise<Map<string, string | null>>;
}

export interface ValidateOptions {
  onProgress?: (file: string, rows: number) => void;
  sink?: RowSink;
  /** Where references the bundle does not define are looked up; without it they are problems. */
  known?: KnownIds;
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
    const run = new BundleRun(dir, problems, opts.onProgress, opts.sink, opts.known);
    for (const spec of BUNDLE_FILES) files.push(await run.validateFile(spec, present.has(spec.file)));
    await run.finish();
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

interface OutsideReference {
  file: string;
  line: number;
  column: string;
  value: string;
  kinds: readonly EntityKind[];
  orgKinds?: readonly OrgKind[] | undefined;
}

/** How many ids one lookup in the database asks for. */
const LOOKUP_BATCH = 10_000;

/** State shared by the files of one validation: the ids defined so far and references still open. */
class BundleRun {
  private readonly ids = new IdRegistry();
  private readonly rules = fileRules();
  private pending: (PendingReference & { file: string })[] = [];
  /** References to ids the bundle does not define, to be looked up in `known` at the end. */
  private outside: OutsideReference[] = [];

  constructor(
    private readonly dir: string,
    private readonly problems: ProblemList,
    private readonly onProgress?: (file: string, rows: number) => void,
    private readonly sink?: RowSink,
    private readonly known?: KnownIds,
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

  async finish(): Promise<void> {
    this.resolvePending();
    if (this.known) await this.lookUpOutside(this.known);
  }

  /** References the bundle left open, looked up where it will be imported; then defined parties that are the other kind there. */
  private async lookUpOutside(known: KnownIds): Promise<void> {
    const asked = new Map<EntityKind, Set<string>>();
    for (const ref of this.outside) for (const k of ref.kinds) (asked.get(k) ?? asked.set(k, new Set()).get(k)!).add(ref.value);
    const found = new Map<EntityKind, Map<string, string | null>>();
    for (const [kind, ids] of asked) found.set(kind, await findAll(known, kind, [...ids]));
    for (const ref of this.outside) {
      const at = ref.kinds.find((k) => found.get(k)?.has(ref.value));
      const reason =
        at === undefined
          ? this.ids.unknown(ref.value, ref.kinds, true)
          : ref.orgKinds && orgKindProblem(ref.value, found.get(at)!.get(ref.value) ?? undefined, ref.orgKinds);
      if (reason) this.problems.add(problem(ref.file, ref.line, ref.column, ref.value, reason));
    }
    this.outside = [];
    // Organizations and persons share one id space: a delta must not define as a person what the database has as an organization.
    for (const [kind, other] of [['organization', 'person'], ['person', 'organization']] as const) {
      const [lines] = this.ids.maps([kind]);
      const clash = await findAll(known, other, [...lines!.keys()]);
      for (const id of clash.keys()) {
        this.problems.add(problem(fileOf(kind), lines!.get(id)!, 'id', id, `id ${JSON.stringify(id)} is ${other === 'person' ? 'a person' : 'an organization'} in the database; references to it would be ambiguous`));
      }
    }
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
    const report = (line: number, column: string | undefined, value: string | undefined, reason: string) => this.problems.add(problem(file, line, column, value, reason));
    return {
      ids: this.ids,
      report,
      reference: (line, column, value, kinds, orgKinds) => {
        const reason = this.ids.checkReference(value, kinds, orgKinds);
        if (reason === undefined) return;
        if (this.known && !this.ids.defines(value, kinds)) this.outside.push({ file, line, column, value, kinds, orgKinds });
        else report(line, column, value, reason);
      },
    };
  }

  private resolvePending(): void {
    const open: typeof this.pending = [];
    for (const ref of this.pending) {
      if (!this.ids.ready(ref.kinds)) {
        open.push(ref);
        continue;
      }
      this.context(ref.file).reference(ref.line, ref.column, ref.value, ref.kinds, ref.orgKinds);
    }
    this.pending = open;
  }
}

async function findAll(known: KnownIds, kind: EntityKind, ids: string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (let i = 0; i < ids.length; i += LOOKUP_BATCH) {
    for (const [id, orgKind] of await known.find(kind, ids.slice(i, i + LOOKUP_BATCH))) out.set(id, orgKind);
  }
  return out;
}

function fileOf(kind: EntityKind): string {
  return BUNDLE_FILES.find((f) => f.defines?.kind === kind)!.file;
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
