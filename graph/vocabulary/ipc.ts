// IPC (and CPC) symbols: how they are written, parsed, normalised and placed in the hierarchy.

// Section letter, two-digit class, subclass letter, then an optional "group/subgroup".
const IPC_SYMBOL = /^([A-H])(\d{2})([A-Z])(?:\s*(\d{1,4})\/(\d{1,6}))?$/;

export interface IpcParts {
  section: string;
  cls: string;
  subclass: string;
  mainGroup?: string;
  symbol: string;
}

/**
 * Parses an IPC (or CPC) symbol such as `G06N 3/08` and names its ancestors, normalised to
 * `G06N 3/08` spacing. Returns null for anything that is not one.
 */
export function parseIpc(raw: string): IpcParts | null {
  const m = IPC_SYMBOL.exec(raw.trim().toUpperCase());
  if (!m) return null;
  const subclass = `${m[1]}${m[2]}${m[3]}`;
  const parts: IpcParts = {
    section: m[1]!,
    cls: `${m[1]}${m[2]}`,
    subclass,
    symbol: subclass,
  };
  if (m[4] !== undefined) {
    const group = String(Number(m[4]));
    parts.mainGroup = `${subclass} ${group}/00`;
    parts.symbol = `${subclass} ${group}/${m[5]}`;
  }
  return parts;
}

/** An IPC prefix in a coverage row: a section, class, subclass, group or subgroup. */
export function isIpcPrefix(raw: string): boolean {
  const v = raw.trim().toUpperCase();
  return /^[A-H](\d{2}([A-Z](\s*\d{1,4}(\/\d{1,6})?)?)?)?$/.test(v);
}

export type IpcLevel = 'section' | 'class' | 'subclass' | 'main_group' | 'subgroup';

export interface IpcNode {
  code: string;
  level: IpcLevel;
  parent: string | null;
}

/** The symbol and its ancestors, root first: G → G06 → G06N → G06N 3/00 → G06N 3/08. */
export function ipcAncestry(raw: string): IpcNode[] {
  const v = raw.trim().toUpperCase();
  if (/^[A-H]$/.test(v)) return [{ code: v, level: 'section', parent: null }];
  if (/^[A-H]\d{2}$/.test(v)) return [{ code: v[0]!, level: 'section', parent: null }, { code: v, level: 'class', parent: v[0]! }];
  // A group written without its subgroup ("H01M 10") names the main group.
  const groupOnly = /^([A-H]\d{2}[A-Z])\s*(\d{1,4})\/?$/.exec(v);
  const parts = parseIpc(groupOnly ? `${groupOnly[1]} ${groupOnly[2]}/00` : v);
  if (!parts) return [];
  const nodes: IpcNode[] = [
    { code: parts.section, level: 'section', parent: null },
    { code: parts.cls, level: 'class', parent: parts.section },
    { code: parts.subclass, level: 'subclass', parent: parts.cls },
  ];
  if (parts.mainGroup) {
    nodes.push({ code: parts.mainGroup, level: 'main_group', parent: parts.subclass });
    if (parts.symbol !== parts.mainGroup) nodes.push({ code: parts.symbol, level: 'subgroup', parent: parts.mainGroup });
  }
  return nodes;
}

/** Normalised symbol of a patent's IPC cell entry, or null when it does not parse. */
export function normaliseIpc(raw: string): string | null {
  return parseIpc(raw)?.symbol ?? null;
}

/** Normalised coverage prefix: upper case, one space before the group. */
export function normaliseIpcPrefix(raw: string): string {
  return raw.trim().toUpperCase().replace(/^([A-H]\d{2}[A-Z])\s*(\d)/, '$1 $2');
}
