import type { GraphEdge, GraphNode } from '../api/fragments.ts';
import { displayName, type Lang } from './to-elements.ts';

/** One RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? '' : typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = ['element', 'id', 'kind', 'name', 'name_en', 'label', 'source', 'target', 'properties'] as const;

/**
 * Nodes and edges in one CSV table (a `element` column tells them apart), properties as JSON,
 * with a BOM so spreadsheet programs read the Chinese names as UTF-8.
 */
export function toCsv(opts: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[]; lang: Lang }): string {
  const rows: unknown[][] = [CSV_COLUMNS as unknown as unknown[]];
  for (const n of opts.nodes) rows.push(['node', n.id, n.kind, n.name, n.nameEn, displayName(n, opts.lang), '', '', n.properties]);
  for (const e of opts.edges) rows.push(['edge', e.id, e.type, '', '', '', e.source, e.target, e.properties]);
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The same shape the API answers with, so an export can be read back or diffed. */
export function toJson(opts: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[]; link?: string }): string {
  return JSON.stringify({ exportedFrom: opts.link ?? null, nodes: opts.nodes, edges: opts.edges }, null, 2) + '\n';
}

/** A file name for an export: ip-atlas-YYYYMMDD-HHMM.ext. */
/**
 * `ip-atlas-<what>-<date>-<time>.<ext>`: what the file holds (the list and its subject) in the
 * name, so two exports of one minute never overwrite each other in the downloads folder.
 */
export function exportFileName(ext: string, what: readonly string[] = [], now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const subject = what
    .map((w) => w.normalize('NFKC').replace(/[\\/:*?"<>|#\s]+/g, '_'))
    .filter((w) => w !== '')
    .join('-');
  return `ip-atlas-${subject ? `${subject}-` : ''}${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}.${ext}`;
}
