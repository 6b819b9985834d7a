import type { ElementDefinition } from 'cytoscape';
import { ElementMapper, type Lang } from '../../lib/canvas/to-elements.ts';
import type { Chain } from './chain-queries.ts';

// The chain on a timeline: trades left to right by date (x grows with time, never closer than
// MIN_GAP), the patents above, the trading parties below near their trades, and the controllers,
// holding companies and officers that relate them on a row of their own further down.

const MIN_GAP = 170;
const SPAN = 900;
const ROW = { patent: -170, trade: 0, party: 170, tie: 340 } as const;
const DAY_MS = 86_400_000;

export interface Placed {
  elements: ElementDefinition[];
  positions: Record<string, { x: number; y: number }>;
  /** Date ticks under the trades. */
  ticks: { x: number; date: string }[];
}

export function tradeXs(dates: readonly string[]): number[] {
  if (dates.length === 0) return [];
  const t0 = Date.parse(dates[0]!);
  const days = (Date.parse(dates[dates.length - 1]!) - t0) / DAY_MS || 1;
  const xs: number[] = [];
  for (const d of dates) {
    const natural = (((Date.parse(d) - t0) / DAY_MS) * SPAN) / days;
    xs.push(xs.length === 0 ? 0 : Math.max(natural, xs[xs.length - 1]! + MIN_GAP));
  }
  return xs;
}

/** Spreads wanted x positions on one row so no two are closer than MIN_GAP, keeping their order. */
function spread(wanted: [string, number][]): Map<string, number> {
  const sorted = [...wanted].sort((a, b) => a[1] - b[1]);
  const out = new Map<string, number>();
  let last = -Infinity;
  for (const [id, x] of sorted) {
    const at = Math.max(x, last + MIN_GAP);
    out.set(id, at);
    last = at;
  }
  return out;
}

export function placeChain(chain: Chain, lang: Lang): Placed {
  const positions: Record<string, { x: number; y: number }> = {};
  const trades = chain.transactions;
  const xs = tradeXs(trades.map((t) => t.date));
  const tradeX = new Map(trades.map((t, i) => [t.id, xs[i]!]));
  trades.forEach((t, i) => (positions[t.id] = { x: xs[i]!, y: ROW.trade }));
  const mid = xs.length ? (xs[0]! + xs[xs.length - 1]!) / 2 : 0;

  const patents = chain.evidence.nodes.filter((n) => n.kind === 'patent');
  const pw = spread(patents.map((n, i) => [n.id, mid + (i - (patents.length - 1) / 2) * MIN_GAP]));
  for (const [id, x] of pw) positions[id] = { x, y: ROW.patent };

  const partyIds = new Set(chain.parties.map((p) => p.id));
  const wantedParty: [string, number][] = [];
  for (const id of partyIds) {
    const at = trades.filter((t) => t.fromId === id || t.toId === id).map((t) => tradeX.get(t.id)!);
    wantedParty.push([id, at.length ? at.reduce((a, b) => a + b, 0) / at.length : mid]);
  }
  for (const n of chain.evidence.nodes) if (n.kind === 'platform' && !partyIds.has(n.id)) wantedParty.push([n.id, mid]);
  for (const [id, x] of spread(wantedParty)) positions[id] = { x, y: ROW.party };

  const placed = new Set(Object.keys(positions));
  const rest = chain.evidence.nodes.filter((n) => !placed.has(n.id));
  const near = (id: string): number => {
    const linked = chain.evidence.edges.filter((e) => e.source === id || e.target === id).map((e) => (e.source === id ? e.target : e.source));
    const xsNear = linked.map((l) => positions[l]?.x).filter((x): x is number => x !== undefined);
    return xsNear.length ? xsNear.reduce((a, b) => a + b, 0) / xsNear.length : mid;
  };
  for (const [id, x] of spread(rest.map((n) => [n.id, near(n.id)]))) positions[id] = { x, y: ROW.tie };

  const relatedTrades = new Set(trades.filter((t) => t.relation).map((t) => t.id));
  const tieEdges = new Set(chain.evidence.edges.filter((e) => e.type === 'OWNS' || e.type === 'OFFICER_OF').map((e) => e.id));
  const elements = new ElementMapper().elements({
    nodes: chain.evidence.nodes,
    edges: chain.evidence.edges,
    lang,
    classes: (id) => (relatedTrades.has(id) ? 'related' : tieEdges.has(id) ? 'tie' : ''),
  });
  return { elements, positions, ticks: trades.map((t, i) => ({ x: xs[i]!, date: t.date })) };
}
