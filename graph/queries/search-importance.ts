import type { RELATIONSHIP_TYPES } from '../vocabulary/index.ts';

// Search weighs a hit's relevance (Lucene's score) with its importance, so that of several
// organizations sharing a name the one people mean comes first: "General Electric" types the
// words of a 137-patent General Electric more exactly than those of General Electric Company with
// 23 961, and Lucene alone ranks the namesake first. Importance is a count of what shows a node
// in use (an organization's patents held and trades, a patent's citations and trades), damped by
// its logarithm so that a far better match still wins: a hit ranks by
// score × (1 + IMPORTANCE_WEIGHT × log10(1 + importance)).
//
// Only relationships that every role that sees the node also sees are counted, so no role's
// ranking moves with something hidden from it (api/access checks this against the roles). Each
// count is one relationship type in one direction from a bound node: Neo4j answers it from the
// degree store, so an organization with 500 000 relationships costs what one with 5 does.

type RelType = (typeof RELATIONSHIP_TYPES)[number];

export interface ImportanceCount {
  type: RelType;
  direction: 'out' | 'in';
}

/** What importance counts, by the label of the hit (the first label that matches). */
export const IMPORTANCE: Readonly<Record<'Organization' | 'Patent' | 'Person' | 'Policy', readonly ImportanceCount[]>> = {
  // Patents it holds or held, and its trades as either party.
  Organization: [
    { type: 'HOLDS', direction: 'out' },
    { type: 'FROM_PARTY', direction: 'in' },
    { type: 'TO_PARTY', direction: 'in' },
  ],
  // Patents citing it, and trades of it.
  Patent: [
    { type: 'CITES', direction: 'in' },
    { type: 'OF_PATENT', direction: 'in' },
  ],
  // Patents invented (persons are seen only by roles that see inventorship).
  Person: [{ type: 'INVENTED', direction: 'out' }],
  // Policies citing or implementing it.
  Policy: [
    { type: 'CITES_POLICY', direction: 'in' },
    { type: 'IMPLEMENTS', direction: 'in' },
  ],
};

/** How much a tenfold importance weighs against relevance. */
export const IMPORTANCE_WEIGHT = 0.25;

const degree = (node: string, { type, direction }: ImportanceCount) =>
  direction === 'out' ? `COUNT { (${node})-[:${type}]->() }` : `COUNT { (${node})<-[:${type}]-() }`;

/** The Cypher expression of `node`'s importance: 0 for a node of no label above. */
export function importanceExpression(node: string): string {
  const cases = Object.entries(IMPORTANCE).map(([label, counts]) => `WHEN ${node}:${label} THEN ${counts.map((c) => degree(node, c)).join(' + ')}`);
  return `CASE ${cases.join(' ')} ELSE 0 END`;
}
