import { splitList, type ColumnSpec, type EntityKind, type FileSpec } from '../bundle-format.js';
import { type OrgKind } from '../../graph/vocabulary/index.ts';
import type { CsvRow } from '../read-csv.js';
import { valueCheck, type ValueCheck } from './cells.js';
import type { IdRegistry } from './ids.js';
import type { FileRule, RuleContext } from './rules.js';

interface CompiledColumn {
  name: string;
  required: boolean;
  check?: ValueCheck;
  references?: readonly EntityKind[];
  referencesOrgKind?: readonly OrgKind[];
  /** Set when the referenced files have been read, so a found id needs no further work. */
  targets?: ReadonlyMap<string, number>[];
  list: boolean;
}

/** A reference whose target file has not been read yet (a region's parent may come later). */
export interface PendingReference {
  line: number;
  column: string;
  value: string;
  kinds: readonly EntityKind[];
  orgKinds?: readonly OrgKind[];
}

/** Checks the header and every row of one file against its spec. */
export class FileChecker {
  private readonly columns: CompiledColumn[];
  private width = 0;
  header: 'unread' | 'ok' | 'bad' = 'unread';

  constructor(
    private readonly spec: FileSpec,
    private readonly ids: IdRegistry,
    private readonly ctx: RuleContext,
    private readonly rule: FileRule | undefined,
    private readonly defer: (ref: PendingReference) => void,
  ) {
    this.columns = spec.columns.map((c) => compileColumn(c, spec));
    for (const col of this.columns) {
      if (col.references && ids.ready(col.references)) col.targets = ids.maps(col.references);
    }
  }

  readHeader(columns: string[]): void {
    this.header = 'bad';
    this.width = columns.length;
    const missing = this.spec.columns.filter((c) => c.required && !columns.includes(c.name)).map((c) => c.name);
    if (missing.length > 0) {
      const found = columns.length > 0 ? columns.join(', ') : 'nothing';
      this.ctx.report(1, missing[0], undefined, `header lacks required column ${missing.join(', ')} (found: ${found})`);
      return;
    }
    const repeated = this.spec.columns.find((c) => columns.indexOf(c.name) !== columns.lastIndexOf(c.name));
    if (repeated) {
      this.ctx.report(1, repeated.name, undefined, `column ${repeated.name} appears more than once in the header`);
      return;
    }
    this.header = 'ok';
  }

  row({ line, record, cellCount }: CsvRow): void {
    if (cellCount > this.width) {
      // Extra cells usually mean an unquoted comma shifted the row, so its other cells are not
      // judged; its id still counts, so rows elsewhere that refer to it are not reported too.
      this.ctx.report(line, undefined, undefined, `row has ${cellCount} cells but the header has ${this.width} (quote cells that contain commas)`);
      this.define(record, line);
      return;
    }
    for (const col of this.columns) this.cell(col, trimmed(record, col.name), line);
    this.define(record, line);
    this.rule?.row?.(record, line, this.ctx);
  }

  private cell(col: CompiledColumn, value: string | undefined, line: number): void {
    if (value === undefined || value === '') {
      if (col.required) this.ctx.report(line, col.name, value, 'required value is empty');
      return;
    }
    const bad = col.check?.(value);
    if (bad !== undefined) this.ctx.report(line, col.name, value, bad);
    else if (col.references) this.reference(col, col.references, value, line);
  }

  private reference(col: CompiledColumn, kinds: readonly EntityKind[], value: string, line: number): void {
    for (const v of col.list ? splitList(value) : [value]) {
      if (!col.targets) {
        const ref: PendingReference = { line, column: col.name, value: v, kinds };
        if (col.referencesOrgKind) ref.orgKinds = col.referencesOrgKind;
        this.defer(ref);
        continue;
      }
      if (!col.referencesOrgKind && found(col.targets, v)) continue;
      this.ctx.reference(line, col.name, v, kinds, col.referencesOrgKind);
    }
  }

  private define(record: Record<string, string>, line: number): void {
    const defines = this.spec.defines;
    if (!defines) return;
    const id = record[defines.idColumn] ?? '';
    if (id === '') return;
    const reason = this.ids.define(defines.kind, defines.idColumn, id, line);
    if (reason !== undefined) this.ctx.report(line, defines.idColumn, id, reason);
  }
}

function found(maps: ReadonlyMap<string, number>[], id: string): boolean {
  for (const m of maps) if (m.has(id)) return true;
  return false;
}

/** The importer trims every cell, so the trimmed value is what is checked (and what rules see). */
function trimmed(record: Record<string, string>, column: string): string | undefined {
  const v = record[column];
  if (v === undefined || v === '') return v;
  const t = v.trim();
  if (t !== v) record[column] = t;
  return t;
}

function compileColumn(col: ColumnSpec, spec: FileSpec): CompiledColumn {
  const out: CompiledColumn = { name: col.name, required: col.required, list: col.type.kind === 'list' };
  const check = withExtraChecks(col, spec, valueCheck(col.type));
  if (check) out.check = check;
  if (col.references) out.references = col.references;
  if (col.referencesOrgKind) out.referencesOrgKind = col.referencesOrgKind;
  return out;
}

function withExtraChecks(col: ColumnSpec, spec: FileSpec, check: ValueCheck | undefined): ValueCheck | undefined {
  if (spec.defines?.idColumn === col.name) {
    // A ';' in an id could never be referenced from a `;` list such as patent_ids.
    return (v) => check?.(v) ?? (v.includes(';') ? `id ${JSON.stringify(v)} contains ";", which separates list items` : undefined);
  }
  if (col.type.kind === 'list' && col.required) {
    return (v) => (splitList(v).length === 0 ? 'required list has no items' : check?.(v));
  }
  return check;
}
