import { DEFAULT_EXPAND_LIMIT, DEFAULT_MAX_HOPS, DEFAULT_PATH_LIMIT, EMPTY_EXPLORATION, LAYOUT_NAMES, MAX_EXPAND_LIMIT, MAX_HOPS, MAX_PATH_LIMIT, type Expansion, type LayoutName, type Pin, type Exploration } from './exploration.ts';

// The exploration in the query string, short enough to paste and readable enough to edit by hand:
//   n=ID            an entity on the canvas (repeated)
//   x=ID|T1,T2|300  an expansion: relationship types (* = all) and limit, both optional
//   rm=ID           a removed node (repeated)
//   pin=ID@x,y      a pinned node and where
//   path=FROM|TO|4|10  the paths asked for, with their maximum hops and how many (10 when left out)
//   hk, he, ht      hidden node kinds, edge types, transaction kinds (comma lists)
//   amin, amax      transaction amount range (CNY)
//   d=YYYY-MM-DD    as of date;  l=dagre  layout;  s=ID  the selected element

const SEP = '|';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function encodeExpansion(e: Expansion): string {
  const types = e.types ? e.types.join(',') : '*';
  if (e.limit !== DEFAULT_EXPAND_LIMIT) return [e.id, types, e.limit].join(SEP);
  return e.types ? [e.id, types].join(SEP) : e.id;
}

function decodeExpansion(raw: string): Expansion | null {
  const [id, types, limit] = raw.split(SEP);
  if (!id) return null;
  const n = Number(limit);
  return {
    id,
    types: !types || types === '*' ? null : types.split(',').filter(Boolean).sort(),
    limit: limit && Number.isInteger(n) && n > 0 ? Math.min(n, MAX_EXPAND_LIMIT) : DEFAULT_EXPAND_LIMIT,
  };
}

function decodePin(raw: string): Pin | null {
  const at = raw.lastIndexOf('@');
  if (at <= 0) return null;
  const [x, y] = raw.slice(at + 1).split(',').map(Number);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  return { id: raw.slice(0, at), x: x!, y: y! };
}

const list = (raw: string | null): string[] => (raw ? raw.split(',').filter(Boolean) : []);

function amount(raw: string | null): number | null {
  if (raw === null || raw === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

export function encodeExploration(exploration: Exploration): URLSearchParams {
  const q = new URLSearchParams();
  for (const id of exploration.nodes) q.append('n', id);
  for (const e of exploration.expansions) q.append('x', encodeExpansion(e));
  for (const id of exploration.removed) q.append('rm', id);
  for (const p of exploration.pinned) q.append('pin', `${p.id}@${Math.round(p.x)},${Math.round(p.y)}`);
  if (exploration.path) {
    const { from, to, maxHops, limit } = exploration.path;
    q.set('path', [from, to, maxHops, ...(limit === DEFAULT_PATH_LIMIT ? [] : [limit])].join(SEP));
  }
  const f = exploration.filters;
  if (f.hiddenKinds.length) q.set('hk', f.hiddenKinds.join(','));
  if (f.hiddenEdgeTypes.length) q.set('he', f.hiddenEdgeTypes.join(','));
  if (f.hiddenTxKinds.length) q.set('ht', f.hiddenTxKinds.join(','));
  if (f.minAmount !== null) q.set('amin', String(f.minAmount));
  if (f.maxAmount !== null) q.set('amax', String(f.maxAmount));
  if (exploration.asOf) q.set('d', exploration.asOf);
  if (exploration.layout !== EMPTY_EXPLORATION.layout) q.set('l', exploration.layout);
  if (exploration.selected) q.set('s', exploration.selected);
  return q;
}

/** Reads an exploration from a query string; anything malformed is left out rather than failing the page. */
export function decodeExploration(q: URLSearchParams): Exploration {
  const [from, to, hops, count] = (q.get('path') ?? '').split(SEP);
  const maxHops = Number(hops);
  const limit = Number(count);
  const asOf = q.get('d');
  const layout = q.get('l');
  return {
    nodes: [...new Set(q.getAll('n').filter(Boolean))],
    expansions: q.getAll('x').map(decodeExpansion).filter((e): e is Expansion => e !== null),
    removed: [...new Set(q.getAll('rm').filter(Boolean))],
    pinned: q.getAll('pin').map(decodePin).filter((p): p is Pin => p !== null),
    path:
      from && to
        ? {
            from,
            to,
            maxHops: Number.isInteger(maxHops) && maxHops >= 1 && maxHops <= MAX_HOPS ? maxHops : DEFAULT_MAX_HOPS,
            limit: Number.isInteger(limit) && limit >= 1 && limit <= MAX_PATH_LIMIT ? limit : DEFAULT_PATH_LIMIT,
          }
        : null,
    filters: {
      hiddenKinds: list(q.get('hk')),
      hiddenEdgeTypes: list(q.get('he')),
      hiddenTxKinds: list(q.get('ht')),
      minAmount: amount(q.get('amin')),
      maxAmount: amount(q.get('amax')),
    },
    asOf: asOf && isIsoDate(asOf) ? asOf : null,
    layout: LAYOUT_NAMES.includes(layout as LayoutName) ? (layout as LayoutName) : EMPTY_EXPLORATION.layout,
    selected: q.get('s') || null,
  };
}

/** The explorer's address for an exploration. */
export function explorerHref(exploration: Exploration, base = '/explore'): string {
  const q = encodeExploration(exploration).toString();
  return q ? `${base}?${q}` : base;
}
