import { loadStatement } from '../cypher-file.ts';
import type { Graph, PlainNode, QueryOptions } from '../driver.ts';
import { nodeView, type NodeView } from './graph-elements.ts';
import { KEEP_PLAN, planOnce, type PlannedStatement } from './plan-first.ts';
import { ORGANIZATION_DETAILS, organizationDetailsOf, organizationSwitches, type OrganizationDetails, type OrganizationRead, type OrganizationRow } from './organization-details.ts';
import { PATENT_DETAILS, patentDetailsOf, patentSwitches, type PatentDetails, type PatentRead, type PatentRow } from './patent-details.ts';
import { isHiddenNode, type HiddenView, type Visibility } from './visibility.ts';

const load = (name: string) => loadStatement(new URL(`./${name}.cypher`, import.meta.url));
const indent = (text: string) => text.replace(/^/gm, '  ');
const FRAME = load('entity').replace('{{NODE_BY_ID}}', indent(load('node-by-id').replaceAll('$id', '$q.id')));

/** A block of the statement, read when `visible` and `when` hold, or its column null when the request does not ask for it. */
const block = (column: string, asked: boolean, when: string, body: string) =>
  asked ? `OPTIONAL CALL (n, labels, visible) {\n  WITH n, labels WHERE visible${when}\n${indent(body)}\n}` : `WITH *, null AS ${column}`;

const COUNTS = load('relationship-counts');

/** The text with the blocks asked for, each part of them switched by `$q`. */
const entityCypher = (counts: boolean, organization: boolean, patent: boolean) =>
  `${KEEP_PLAN}\n${FRAME.replace('{{COUNTS}}', block('relationshipCounts', counts, '', COUNTS))
    .replace('{{ORGANIZATION}}', block('organization', organization, " AND 'Organization' IN labels\n  WITH n AS o", ORGANIZATION_DETAILS))
    .replace('{{PATENT}}', block('patent', patent, " AND 'Patent' IN labels\n  WITH n AS p", PATENT_DETAILS))}`;

/**
 * A small fixed family, each block in or out (at `counts + 2 × organization + 4 × patent`): a
 * request sends no text it does not need (Neo4j reads the whole text of every request), and
 * start-up plans all eight.
 */
const FAMILY = Array.from({ length: 8 }, (_, i) => entityCypher((i & 1) > 0, (i & 2) > 0, (i & 4) > 0));

export interface RelationshipCount {
  type: string;
  direction: 'IN' | 'OUT';
  count: number;
}

export interface Entity {
  node: NodeView;
  /** null when not asked for. */
  relationshipCounts: RelationshipCount[] | null;
  /** Its details when asked for: null when it is no organization (no patent), undefined when not asked. */
  organization?: OrganizationDetails | null;
  patent?: PatentDetails | null;
  /** What the caller may not see of the node, left out (set by the API's redaction). */
  hidden?: HiddenView | null;
}

/** What a request asks of a node; every part not asked for is not read. */
export interface EntityRead {
  id: string;
  /** Count the node's relationships by type and direction (48 counts). */
  relationshipCounts: boolean;
  /** The parts of its details to read should it be an organization, or a patent; null: none. */
  organization: OrganizationRead | null;
  patent: PatentRead | null;
  /** What the caller may not see: such a node is answered as none. */
  visibility?: Visibility;
}

interface Row {
  n: PlainNode;
  relationshipCounts: RelationshipCount[] | null;
  organization: OrganizationRow | null;
  patent: PatentRow | null;
}

/** The statement's one parameter: of the same shape whatever is asked, so each text has one plan. */
function entityParameter(read: EntityRead) {
  const none = { parts: new Set<never>(), properties: false };
  return {
    id: read.id,
    hiddenLabels: [...(read.visibility?.hiddenLabels ?? [])],
    counts: read.relationshipCounts,
    organization: organizationSwitches(read.organization ?? none),
    patent: patentSwitches(read.patent ?? none),
  };
}

/** The statement for what `read` asks, and its parameter. */
export function entityStatement(read: EntityRead): PlannedStatement & { params: { q: ReturnType<typeof entityParameter> } } {
  const cypher = FAMILY[Number(read.relationshipCounts) + 2 * Number(read.organization !== null) + 4 * Number(read.patent !== null)]!;
  return { cypher, params: { q: entityParameter(read) } };
}

/** What start-up plans: every text of the family, with a parameter of the requests' shape selecting nothing. */
export function entityFamily(): PlannedStatement[] {
  const none = { parts: new Set<never>(), properties: false };
  return [false, true].flatMap((counts) =>
    [null, none].flatMap((organization) => [null, none].map((patent) => entityStatement({ id: '', relationshipCounts: counts, organization, patent }))),
  );
}

/**
 * Any node by its bundle id with what `read` asks of it, in one statement; null when there is
 * none, or when it is one the caller may not see: answered after the same work as an id no node
 * has, so not even the time tells them apart.
 */
export async function findEntity(graph: Graph, read: EntityRead, opts: QueryOptions = {}): Promise<Entity | null> {
  const { cypher, params } = entityStatement(read);
  await planOnce(graph, { cypher, params: { q: { ...params.q, id: '' } } }, opts);
  const [row] = await graph.read<Row>(cypher, params, opts);
  if (!row || (read.visibility && isHiddenNode(row.n.labels, read.visibility))) return null;
  const entity: Entity = { node: nodeView(row.n), relationshipCounts: read.relationshipCounts ? row.relationshipCounts : null };
  if (read.organization) entity.organization = row.organization && organizationDetailsOf(row.organization);
  if (read.patent) entity.patent = row.patent && patentDetailsOf(row.patent, row.n);
  return entity;
}
