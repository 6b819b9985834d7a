import type { GraphEdge, GraphNode } from '../../lib/api/fragments.ts';
import { displayName, nodeLabel } from '../../lib/canvas/to-elements.ts';
import { htmlLang, joinList, type Lang } from '../../lib/i18n/index.ts';

// What a node of the evidence graph is, in words of the page's language: its kind, the facts of
// its own that matter to a licensing decision, and what ties it to the rest of the evidence.
// Keys and codes of the data (invention, sole, district) are read through the messages.

/** A message by key; the key itself when there is none (as svelte-i18n answers). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface Fact {
  label: string;
  value: string;
}

export interface Tie {
  /** The relationship's name, e.g. 持有 / holds. */
  relation: string;
  /** `out`: this node → the other; `in`: the other → this node. */
  direction: 'out' | 'in';
  other: string;
}

export interface NodeDescription {
  kind: string;
  name: string;
  /** The name in the other language, when the data has one that differs. */
  otherName: string | null;
  /** What the node is on this page: the subject, the candidate ranked N, the licensor. */
  role: string | null;
  facts: Fact[];
  ties: Tie[];
  /** Ties left out of `ties`. */
  moreTies: number;
}

export interface EvidenceContext {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  lang: Lang;
  t: Translate;
  /** The industry's name in the page's language. */
  industryName: (value: string) => string;
  /** The ranked candidate whose evidence this is. */
  candidate: { id: string; rank: number; portfolio: number };
  /** The patent ranked for, or the holder whose portfolio is. */
  subjectId: string;
}

const ORGANIZATION_KINDS = new Set(['university', 'enterprise', 'research_institute', 'agency', 'platform', 'service_org', 'bank']);
const MAX_TIES = 8;

/** Ties the facts already name, per kind: not listed twice. */
const TOLD_BY_FACTS: Record<string, ReadonlySet<string>> = {
  patent: new Set(['HOLDS']),
  transaction: new Set(['FROM_PARTY', 'TO_PARTY', 'OF_PATENT']),
  organization: new Set(['LOCATED_IN']),
};

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : null);

export function describeNode(node: GraphNode, ctx: EvidenceContext): NodeDescription {
  const { t, lang } = ctx;
  const byId = new Map(ctx.nodes.map((n) => [n.id, n]));
  const nameOf = (id: string) => {
    const n = byId.get(id);
    return n ? nodeLabel(n, lang) : id;
  };
  const list = (items: readonly string[]) => joinList(items, lang);
  /** A word for a key of the data (`propValue.<group>.<value>`), else the value as it is. */
  const word = (group: string, value: string) => {
    const key = `propValue.${group}.${value}`;
    const w = t(key);
    return w === key ? value : w;
  };
  const others = (type: string, direction: 'out' | 'in') =>
    ctx.edges.filter((e) => e.type === type && (direction === 'out' ? e.source === node.id : e.target === node.id)).map((e) => (direction === 'out' ? e.target : e.source));
  const p = node.properties;
  const facts: Fact[] = [];
  const add = (labelKey: string, value: string | null) => {
    if (value) facts.push({ label: t(labelKey), value });
  };

  if (node.kind === 'patent') {
    const kind = text(p.kind);
    const status = text(p.status);
    add('prop.kind', kind && word('kind', kind));
    add('prop.status', status && word('status', status));
    add('prop.filed', text(p.filed));
    add('prop.granted', text(p.granted));
    // Codes are listed, not joined as words ("A、B和C" reads as if "和" were part of one).
    add('prop.ipc', Array.isArray(p.ipc) ? p.ipc.map(String).join(lang === 'zh' ? '、' : ', ') : text(p.ipc));
    const holders = others('HOLDS', 'in');
    add('licensees.node.holders', holders.length ? list(holders.map(nameOf)) : null);
  } else if (ORGANIZATION_KINDS.has(node.kind)) {
    const industry = text(p.industry);
    add('prop.industry', industry && ctx.industryName(industry));
    // Where the evidence draws its region; a bare region code would say nothing to a reader.
    add('licensees.node.location', placeOf(node.id, ctx));
    add('prop.founded', text(p.founded));
    if (node.id === ctx.candidate.id) add('licensees.node.portfolio', t('licensees.portfolio', { count: ctx.candidate.portfolio }));
  } else if (node.kind === 'transaction') {
    // Its kind heads the panel already.
    const kind = text(p.kind) ?? '';
    const licenseType = text(p.license_type);
    add('prop.license_type', licenseType && word('license_type', licenseType));
    add('prop.date', text(p.date));
    add('licensees.node.amount', typeof p.amount_cny === 'number' ? amount(p.amount_cny, lang) : null);
    const party = (end: 'from' | 'to', type: string) => {
      const ids = others(type, 'out');
      if (ids.length === 0) return;
      const key = `licensees.node.party.${kind}.${end}`;
      const label = t(key);
      facts.push({ label: label === key ? t(`licensees.node.party.other.${end}`) : label, value: list(ids.map(nameOf)) });
    };
    party('from', 'FROM_PARTY');
    party('to', 'TO_PARTY');
    const patents = others('OF_PATENT', 'out');
    add('licensees.node.patents', patents.length ? list(patents.map(nameOf)) : null);
  } else if (node.kind === 'ipc_class') {
    const level = text(p.level);
    add('licensees.node.ipcLevel', level && word('ipc_level', level));
  } else if (node.kind === 'region') {
    const level = text(p.level);
    add('licensees.node.regionLevel', level && word('region_level', level));
    const above = placeAbove(node.id, ctx);
    add('licensees.node.within', above);
  } else if (node.kind === 'policy') {
    add('prop.doc_number', text(p.doc_number));
    const level = text(p.level);
    add('prop.level', level && word('level', level));
    add('prop.issued', text(p.issued));
  }

  const told = TOLD_BY_FACTS[ORGANIZATION_KINDS.has(node.kind) ? 'organization' : node.kind] ?? new Set<string>();
  const ties: Tie[] = [];
  for (const e of ctx.edges) {
    if (told.has(e.type) || (e.source !== node.id && e.target !== node.id)) continue;
    const out = e.source === node.id;
    ties.push({ relation: t(`rel.${e.type}`), direction: out ? 'out' : 'in', other: nameOf(out ? e.target : e.source) });
  }

  const other = lang === 'en' ? node.name : node.nameEn;
  return {
    kind: node.kind === 'transaction' && text(p.kind) ? t(`txKind.${String(p.kind)}`) : t(`kind.${node.kind}`),
    name: nodeLabel(node, lang),
    otherName: other && other !== displayName(node, lang) && node.kind !== 'transaction' ? other : null,
    role: roleOf(node, ctx),
    facts,
    ties: ties.slice(0, MAX_TIES),
    moreTies: Math.max(0, ties.length - MAX_TIES),
  };
}

function roleOf(node: GraphNode, ctx: EvidenceContext): string | null {
  if (node.id === ctx.candidate.id) return ctx.t('licensees.node.role.candidate', { rank: ctx.candidate.rank });
  if (node.id === ctx.subjectId) return ctx.t(node.kind === 'patent' ? 'licensees.node.role.subject' : 'licensees.node.role.holder');
  return null;
}

/** The regions above one, nearest first, as far as the evidence draws them. */
function regionsUp(id: string, ctx: EvidenceContext): GraphNode[] {
  const out: GraphNode[] = [];
  let at: string | undefined = id;
  while (at && out.length < 4) {
    const from: string = at;
    at = ctx.edges.find((e) => e.type === 'PART_OF' && e.source === from)?.target;
    const n = at ? ctx.nodes.find((x) => x.id === at && x.kind === 'region') : undefined;
    if (!n) break;
    out.push(n);
  }
  return out;
}

/** A place written as each language writes one: 成都市武侯区 (largest first), Wuhou District, Chengdu. */
function writePlace(regions: readonly GraphNode[], lang: Lang): string {
  const names = regions.map((r) => displayName(r, lang));
  return lang === 'zh' ? [...names].reverse().join('') : names.join(', ');
}

/** Where an organization is, from its LOCATED_IN region and the regions above it in the evidence. */
function placeOf(id: string, ctx: EvidenceContext): string | null {
  const regionId = ctx.edges.find((e) => e.type === 'LOCATED_IN' && e.source === id)?.target;
  const region = regionId ? ctx.nodes.find((n) => n.id === regionId) : undefined;
  return region ? writePlace([region, ...regionsUp(region.id, ctx)], ctx.lang) : null;
}

function placeAbove(id: string, ctx: EvidenceContext): string | null {
  const up = regionsUp(id, ctx);
  return up.length ? writePlace(up, ctx.lang) : null;
}

function amount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(htmlLang(lang), { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 }).format(value);
}
