import { BUNDLE_FILES, type EntityKind } from '../bundle-format.js';
import { type OrgKind } from '../../graph/vocabulary/index.ts';

const KIND_FILE = new Map<EntityKind, string>(
  BUNDLE_FILES.flatMap((f) => (f.defines ? [[f.defines.kind, f.file] as const] : [])),
);

/** Kinds that share a reference column (a holder is an organization or a person) must not share ids. */
const DISJOINT = disjointKinds();

function disjointKinds(): Map<EntityKind, Set<EntityKind>> {
  const out = new Map<EntityKind, Set<EntityKind>>();
  for (const col of BUNDLE_FILES.flatMap((f) => f.columns)) {
    for (const a of col.references ?? []) {
      for (const b of col.references ?? []) {
        if (a === b) continue;
        if (!out.has(a)) out.set(a, new Set());
        out.get(a)!.add(b);
      }
    }
  }
  return out;
}

function fileDefining(kind: EntityKind): string {
  return KIND_FILE.get(kind) ?? `${kind}s`;
}

/**
 * Every id defined so far, with the line that defined it. A kind whose file could not be read
 * completely is "unreliable": references to it are not checked, because each would be a
 * consequence of the one problem already reported for that file.
 */
export class IdRegistry {
  private readonly lines = new Map<EntityKind, Map<string, number>>([...KIND_FILE.keys()].map((k) => [k, new Map()]));
  private readonly orgKinds = new Map<string, string>();
  private readonly unreliable = new Set<EntityKind>();
  private readonly finished = new Set<EntityKind>();
  private readonly absent = new Set<EntityKind>();

  private linesOf(kind: EntityKind): Map<string, number> {
    let m = this.lines.get(kind);
    if (!m) this.lines.set(kind, (m = new Map()));
    return m;
  }

  /** Returns the reason the id cannot be defined here, if it cannot. */
  define(kind: EntityKind, idColumn: string, id: string, line: number): string | undefined {
    const mine = this.linesOf(kind);
    const first = mine.get(id);
    if (first !== undefined) return `duplicate ${idColumn} ${JSON.stringify(id)} (first defined on line ${first})`;
    mine.set(id, line);
    for (const other of DISJOINT.get(kind) ?? []) {
      const at = this.lines.get(other)?.get(id);
      if (at !== undefined) {
        return `id ${JSON.stringify(id)} is also defined in ${fileDefining(other)} on line ${at}; references to it would be ambiguous`;
      }
    }
    return undefined;
  }

  setOrgKind(id: string, kind: string): void {
    this.orgKinds.set(id, kind);
  }

  has(kind: EntityKind, id: string): boolean {
    return this.lines.get(kind)?.has(id) === true;
  }

  /** The id maps of these kinds, for callers that look up millions of references. */
  maps(kinds: readonly EntityKind[]): ReadonlyMap<string, number>[] {
    return kinds.map((k) => this.linesOf(k));
  }

  markUnreliable(kind: EntityKind): void {
    this.unreliable.add(kind);
  }

  finish(kind: EntityKind, present: boolean): void {
    this.finished.add(kind);
    if (!present) this.absent.add(kind);
  }

  /** Whether references to these kinds can be decided now (their files have been read). */
  ready(kinds: readonly EntityKind[]): boolean {
    return kinds.every((k) => this.finished.has(k));
  }

  /** Returns why `id` is not a valid reference to one of `kinds`, or undefined when it is (or cannot be told). */
  checkReference(id: string, kinds: readonly EntityKind[], orgKinds?: readonly OrgKind[]): string | undefined {
    if (this.defines(id, kinds)) return orgKinds ? orgKindProblem(id, this.orgKinds.get(id), orgKinds) : undefined;
    if (kinds.some((k) => this.unreliable.has(k))) return undefined;
    return this.unknown(id, kinds, false);
  }

  /** Whether the bundle defines `id` as one of `kinds`. */
  defines(id: string, kinds: readonly EntityKind[]): boolean {
    return kinds.some((k) => this.has(k, id));
  }

  unknown(id: string, kinds: readonly EntityKind[], lookedInDatabase: boolean): string {
    const where = kinds.map((k) => fileDefining(k) + (this.absent.has(k) ? ' (absent from the bundle)' : ''));
    return `unknown ${kinds.join(' or ')} ${JSON.stringify(id)} (not defined in ${where.join(' or ')}${lookedInDatabase ? ', nor in the database' : ''})`;
  }
}

/** Why an organization of `kind` cannot be referred to where `allowed` kinds are, if it cannot. */
export function orgKindProblem(id: string, kind: string | undefined, allowed: readonly OrgKind[]): string | undefined {
  // An organization with an invalid kind was already reported in organizations.csv.
  if (kind === undefined || (allowed as readonly string[]).includes(kind)) return undefined;
  return `organization ${JSON.stringify(id)} is of kind ${kind} (expected ${allowed.join(' or ')})`;
}
