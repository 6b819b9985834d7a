import { COVERAGE_DIMENSIONS, ORG_KINDS, isIpcPrefix, type CoverageDimension, type OrgKind } from '../../graph/vocabulary/index.ts';
import type { EntityKind } from '../bundle-format.js';
import { isCalendarDate } from './dates.js';
import type { IdRegistry } from './ids.js';
import { quote } from './problems.js';

export type Row = Record<string, string>;

export interface RuleContext {
  ids: IdRegistry;
  report(line: number, column: string | undefined, value: string | undefined, reason: string): void;
  /** Checks that `value` names an entity of one of `kinds` (in the bundle, or where it will be imported) and reports it if not. */
  reference(line: number, column: string, value: string, kinds: readonly EntityKind[], orgKinds?: readonly OrgKind[]): void;
}

/** Checks that span cells of one row, or rows of one file, which the column types cannot express. */
export interface FileRule {
  row?(row: Row, line: number, ctx: RuleContext): void;
  end?(ctx: RuleContext): void;
}

/** Fresh rules for one validation run (some keep state across the rows of a file). */
export function fileRules(): Partial<Record<string, FileRule>> {
  return {
    'regions.csv': regionCycles(),
    'organizations.csv': { row: rememberOrgKind },
    'patents.csv': { row: grantedAfterFiled },
    'citations.csv': { row: noSelfCitation },
    'transactions.csv': { row: distinctParties },
    'policies.csv': { row: expiresAfterEffective },
    'provisions.csv': uniqueProvisionSeq(),
    'policy_links.csv': { row: noSelfLink },
    'coverage.csv': { row: coverageValue },
    'equity.csv': { row: untilAfterSince },
    'positions.csv': { row: untilAfterSince },
  };
}

function rememberOrgKind(row: Row, _line: number, ctx: RuleContext): void {
  if (row.id && (ORG_KINDS as readonly string[]).includes(row.kind ?? '')) ctx.ids.setOrgKind(row.id, row.kind!);
}

function grantedAfterFiled(row: Row, line: number, ctx: RuleContext): void {
  const { filed = '', granted = '' } = row;
  if (isCalendarDate(filed) && isCalendarDate(granted) && granted < filed) {
    ctx.report(line, 'granted', granted, `granted ${granted} before it was filed ${filed}`);
  }
}

function noSelfCitation(row: Row, line: number, ctx: RuleContext): void {
  if (row.citing_id && row.citing_id === row.cited_id) {
    ctx.report(line, 'cited_id', row.cited_id, `patent ${quote(row.citing_id)} cites itself`);
  }
}

function distinctParties(row: Row, line: number, ctx: RuleContext): void {
  if (row.from_id && row.from_id === row.to_id) {
    ctx.report(line, 'to_id', row.to_id, `from_id and to_id are both ${quote(row.to_id)} (a party cannot trade with itself)`);
  }
}

function expiresAfterEffective(row: Row, line: number, ctx: RuleContext): void {
  const { effective = '', issued = '', expires = '' } = row;
  // The coverage period is [effective, expires); without an effective date it starts when issued.
  const start = effective !== '' ? effective : issued;
  if (isCalendarDate(start) && isCalendarDate(expires) && expires <= start) {
    const startName = effective !== '' ? 'effective' : 'issued';
    ctx.report(line, 'expires', expires, `expires before it takes effect (expires ${expires}, ${startName} ${start})`);
  }
}

function untilAfterSince(row: Row, line: number, ctx: RuleContext): void {
  const { since = '', until = '' } = row;
  if (isCalendarDate(since) && isCalendarDate(until) && until <= since) {
    ctx.report(line, 'until', until, `ends before it starts (until ${until}, since ${since})`);
  }
}

function noSelfLink(row: Row, line: number, ctx: RuleContext): void {
  if (row.from_id && row.from_id === row.to_id) {
    ctx.report(line, 'to_id', row.to_id, `policy ${quote(row.from_id)} links to itself`);
  }
}

function uniqueProvisionSeq(): FileRule {
  const seen = new Map<string, number>();
  return {
    row(row, line, ctx) {
      const { policy_id = '', seq = '' } = row;
      if (policy_id === '' || !Number.isInteger(Number(seq)) || seq === '') return;
      const key = `${policy_id}\u0000${Number(seq)}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, line);
      else ctx.report(line, 'seq', seq, `provision ${seq} of policy ${quote(policy_id)} repeats line ${first}`);
    },
  };
}

/** Dimensions whose values name entities; the others are checked by COVERAGE_VALUE. */
const COVERAGE_REFERENCE: Partial<Record<CoverageDimension, EntityKind>> = { region: 'region', org: 'organization' };

const COVERAGE_VALUE: Record<Exclude<CoverageDimension, 'region' | 'org'>, (value: string) => string | undefined> = {
  org_kind: (v) =>
    (ORG_KINDS as readonly string[]).includes(v) ? undefined : `bad org_kind ${quote(v)} (expected one of: ${ORG_KINDS.join(', ')})`,
  ipc: (v) => (isIpcPrefix(v) ? undefined : `bad IPC prefix ${quote(v)} (expected e.g. G06N, G06N 3 or G06N 3/08)`),
  // Any non-empty industry is accepted; emptiness is already reported as a required value.
  industry: () => undefined,
};

function coverageValue(row: Row, line: number, ctx: RuleContext): void {
  const { dimension = '', value = '' } = row;
  if (value.trim() === '' || !(COVERAGE_DIMENSIONS as readonly string[]).includes(dimension)) return;
  const entity = COVERAGE_REFERENCE[dimension as CoverageDimension];
  if (entity) return ctx.reference(line, 'value', value, [entity]);
  const reason = COVERAGE_VALUE[dimension as Exclude<CoverageDimension, 'region' | 'org'>](value);
  if (reason) ctx.report(line, 'value', value, reason);
}

/** Region parents may come later in the file, so loops are looked for once the file is read. */
function regionCycles(): FileRule {
  const parents = new Map<string, { parent: string; line: number }>();
  return {
    row(row, line) {
      const { code = '', parent_code = '' } = row;
      if (code !== '' && parent_code !== '' && !parents.has(code)) parents.set(code, { parent: parent_code, line });
    },
    end(ctx) {
      for (const loop of findLoops(parents)) {
        const first = parents.get(loop[0]!)!;
        ctx.report(first.line, 'parent_code', first.parent, `region parents form a loop: ${[...loop, loop[0]].join(' → ')}`);
      }
    },
  };
}

/** Each loop once, starting at its member defined first in the file. */
function findLoops(parents: Map<string, { parent: string; line: number }>): string[][] {
  const done = new Set<string>();
  const loops: string[][] = [];
  for (const start of parents.keys()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let at: string | undefined = start;
    while (at !== undefined && !done.has(at) && !onPath.has(at)) {
      onPath.set(at, path.length);
      path.push(at);
      at = parents.get(at)?.parent;
    }
    if (at !== undefined && onPath.has(at)) loops.push(rotateToFirst(path.slice(onPath.get(at)), parents));
    for (const p of path) done.add(p);
  }
  return loops;
}

function rotateToFirst(loop: string[], parents: Map<string, { line: number }>): string[] {
  let best = 0;
  for (let i = 1; i < loop.length; i++) if (parents.get(loop[i]!)!.line < parents.get(loop[best]!)!.line) best = i;
  return [...loop.slice(best), ...loop.slice(0, best)];
}
