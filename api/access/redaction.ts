import type { Resolvers } from '../graphql/generated/resolvers-types.ts';
import type { Entity, RelationshipCount } from '../../graph/queries/entity.ts';
import type { NodeView, SubgraphView } from '../../graph/queries/graph-elements.ts';
import type { OrganizationDetails, OrganizationPart } from '../../graph/queries/organization-details.ts';
import type { PatentDetails, PatentPart } from '../../graph/queries/patent-details.ts';
import type { TransactionSummary } from '../../graph/queries/transaction-summary.ts';
import { hidesAnything, HiddenTally, isHiddenNode, type HiddenView, type Visibility } from '../../graph/queries/visibility.ts';
import { kindOf } from '../../graph/vocabulary/index.ts';
import type { ApiContext } from '../graphql/context.ts';
import { roleAtLeast, roleName, roleThatSees, type Caller } from './roles.ts';

// The last line of access control: every answer passes through these before it is written, so a
// node, relationship or property the caller may not see is left out (and counted in `hidden`)
// even where a query did not filter it.

function withoutHidden(properties: Record<string, unknown>, v: Visibility, tally?: HiddenTally): Record<string, unknown> {
  if (!v.hiddenProperties.some((k) => k in properties)) return properties;
  const out: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(properties)) {
    if (v.hiddenProperties.includes(k)) tally?.property(k);
    else out[k] = value;
  }
  return out;
}

/** The subgraph less hidden nodes, the relationships of hidden types or touching them, and hidden properties (counted). */
export function redactSubgraph(s: SubgraphView, v: Visibility): SubgraphView {
  const tally = new HiddenTally();
  tally.add(s.hidden);
  const dropped = new Set<string>();
  const nodes: NodeView[] = [];
  for (const n of s.nodes) {
    if (isHiddenNode(n.labels, v)) {
      dropped.add(n.id);
      tally.node(n.elementId, n.labels);
    } else {
      nodes.push({ ...n, properties: withoutHidden(n.properties, v, tally) });
    }
  }
  const edges = [];
  for (const e of s.edges) {
    if (v.hiddenRelTypes.includes(e.type) || dropped.has(e.source) || dropped.has(e.target)) tally.edge(e.elementId, e.type);
    else edges.push({ ...e, properties: withoutHidden(e.properties, v, tally) });
  }
  return { ...s, nodes, edges, hidden: tally.view() };
}

/** Per caller, each subgraph redacted once however many of its fields the query selects (answers may come from shared caches). */
const redacted = new WeakMap<Caller, WeakMap<SubgraphView, SubgraphView>>();

function redactedFor(s: SubgraphView, caller: Caller): SubgraphView {
  if (!hidesAnything(caller.visibility)) return s;
  let mine = redacted.get(caller);
  if (!mine) redacted.set(caller, (mine = new WeakMap()));
  let view = mine.get(s);
  if (!view) mine.set(s, (view = redactSubgraph(s, caller.visibility)));
  return view;
}

/**
 * The node, or null (counted) when the caller may not see it. Counted at each place it stands, not
 * once per person: were a person who is an organization's officer and also a party to its trade
 * counted once, the total would tell that the trade was with its own officer (a related-party
 * fact), and a patent's one count would tell that its inventor, applicant and seller are one.
 */
const visibleOrNull = (n: NodeView | null, v: Visibility, tally: HiddenTally): NodeView | null => {
  if (n && isHiddenNode(n.labels, v)) {
    tally.nodesCounted(kindOf(n.labels), 1);
    return null;
  }
  return n;
};

function visibleNodes(list: readonly NodeView[], v: Visibility, tally: HiddenTally): NodeView[] {
  return list.filter((n) => visibleOrNull(n, v, tally) !== null);
}

export function redactTransactions(list: readonly TransactionSummary[], v: Visibility, tally: HiddenTally): TransactionSummary[] {
  return list.map((t) => {
    let amountCny = t.amountCny;
    if (amountCny !== null && v.hiddenProperties.includes('amount_cny')) {
      tally.property('amount_cny');
      amountCny = null;
    }
    return { ...t, amountCny, from: visibleOrNull(t.from, v, tally)!, to: visibleOrNull(t.to, v, tally)!, patents: visibleNodes(t.patents, v, tally) };
  });
}

export function redactPatentDetails(d: PatentDetails, v: Visibility): PatentDetails & { hidden: HiddenView | null } {
  const tally = new HiddenTally();
  const redactedDetails = {
    ...d,
    applicants: visibleNodes(d.applicants, v, tally),
    inventors: visibleNodes(d.inventors, v, tally),
    holders: d.holders.map((h) => ({ ...h, holder: visibleOrNull(h.holder, v, tally)! })),
    assignments: redactTransactions(d.assignments, v, tally),
    licenses: redactTransactions(d.licenses, v, tally),
    pledges: redactTransactions(d.pledges, v, tally),
  };
  return { ...redactedDetails, hidden: tally.view() };
}

/** The organization's lists a role loses whole when it may not see their relationship type. */
const ORGANIZATION_LISTS_OF_TYPE = { owners: 'OWNS', holdings: 'OWNS', officers: 'OFFICER_OF' } as const satisfies Partial<Record<OrganizationPart, string>>;

export function redactOrganizationDetails(d: OrganizationDetails, caller: Caller): OrganizationDetails & { hidden: HiddenView | null } {
  const v = caller.visibility;
  const tally = new HiddenTally();
  const seesEquity = !v.hiddenRelTypes.includes(ORGANIZATION_LISTS_OF_TYPE.owners);
  const seesOfficers = !v.hiddenRelTypes.includes(ORGANIZATION_LISTS_OF_TYPE.officers);
  if (!seesEquity) {
    tally.edgesCounted('OWNS', d.owners.length + d.holdings.length);
    for (const s of [...d.owners, ...d.holdings]) for (const n of [s.owner, s.company]) visibleOrNull(n, v, tally);
  }
  if (!seesOfficers) {
    tally.edgesCounted('OFFICER_OF', d.officers.length);
    for (const o of d.officers) visibleOrNull(o.person, v, tally);
  }
  return {
    ...d,
    transactions: redactTransactions(d.transactions, v, tally),
    owners: seesEquity ? d.owners : [],
    holdings: seesEquity ? d.holdings : [],
    officers: seesOfficers ? d.officers : [],
    hidden: tally.view(),
  };
}

function redactRelationshipCounts(counts: readonly RelationshipCount[], v: Visibility, tally: HiddenTally): RelationshipCount[] {
  return counts.filter((c) => {
    if (!v.hiddenRelTypes.includes(c.type)) return true;
    tally.edgesCounted(c.type, c.count);
    return false;
  });
}

/** What EntityDetails shows of the node itself: its properties and relationship counts, less what is hidden. */
export function redactEntity(e: Entity, v: Visibility): Entity & { hidden: HiddenView | null } {
  const tally = new HiddenTally();
  const node = { ...e.node, properties: withoutHidden(e.node.properties, v, tally) };
  const relationshipCounts = e.relationshipCounts && redactRelationshipCounts(e.relationshipCounts, v, tally);
  return { ...e, node, relationshipCounts, hidden: tally.view() };
}

// What to read for a request. The parts a role's `hidden` is counted from (above) are read
// whenever `hidden` is asked, so a role is told the same `hidden` whatever else it selects; the
// parts a role would be given empty are not read for themselves.

/** The node's relationship counts: asked for, or the source of `hidden`'s count of relationships of hidden types. */
export function relationshipCountsToRead({ counts, hidden }: { counts: boolean; hidden: boolean }, v: Visibility): boolean {
  return counts || (hidden && v.hiddenRelTypes.length > 0);
}

function partsToRead<P extends string>(asked: readonly P[], hidden: boolean, v: Visibility, sources: readonly P[], givenEmpty: (p: P) => boolean): Set<P> {
  const parts = new Set(asked.filter((p) => !givenEmpty(p)));
  if (hidden && hidesAnything(v)) for (const p of sources) parts.add(p);
  return parts;
}

/** Of an organization's details: the asked parts, and for `hidden` its trades, equity and officers. */
export function organizationPartsToRead({ asked, hidden }: { asked: readonly OrganizationPart[]; hidden: boolean }, v: Visibility): Set<OrganizationPart> {
  const typeOf = ORGANIZATION_LISTS_OF_TYPE as Partial<Record<OrganizationPart, string>>;
  const givenEmpty = (p: OrganizationPart) => typeOf[p] !== undefined && v.hiddenRelTypes.includes(typeOf[p]);
  return partsToRead(asked, hidden, v, ['transactions', 'owners', 'holdings', 'officers'], givenEmpty);
}

/** Of a patent's details: the asked parts, and for `hidden` its applicants, inventors, holders and trades. */
export function patentPartsToRead({ asked, hidden }: { asked: readonly PatentPart[]; hidden: boolean }, v: Visibility): Set<PatentPart> {
  return partsToRead(asked, hidden, v, ['applicants', 'inventors', 'holders', 'transactions'], () => false);
}

/** True when the caller's role sees this node. */
export function callerSees(caller: Caller, n: NodeView): boolean {
  return !isHiddenNode(n.labels, caller.visibility);
}

/** Type resolvers that apply the caller's visibility wherever these types appear in an answer. */
export const redactionResolvers: Pick<Resolvers<ApiContext>, 'Subgraph' | 'GraphNode' | 'GraphEdge' | 'Hidden' | 'TransactionSummary'> = {
  Subgraph: {
    nodes: (s, _args, ctx) => redactedFor(s, ctx.caller).nodes,
    edges: (s, _args, ctx) => redactedFor(s, ctx.caller).edges,
    hidden: (s, _args, ctx) => redactedFor(s, ctx.caller).hidden ?? null,
  },
  GraphNode: {
    properties: (n, _args, ctx) => withoutHidden(n.properties, ctx.caller.visibility),
  },
  GraphEdge: {
    properties: (e, _args, ctx) => withoutHidden(e.properties, ctx.caller.visibility),
  },
  Hidden: {
    visibleTo: (h) => roleName(roleThatSees(h.byKind.map((c) => c.name))),
  },
  TransactionSummary: {
    // Summaries reach the client only through redacted details; these keep any other path honest.
    amountCny: (t, _args, ctx) => (roleAtLeast(ctx.caller.role, 'analyst') ? (t.amountCny ?? null) : null),
    from: (t, _args, ctx) => (t.from && callerSees(ctx.caller, t.from as NodeView) ? t.from : null),
    to: (t, _args, ctx) => (t.to && callerSees(ctx.caller, t.to as NodeView) ? t.to : null),
  },
};
