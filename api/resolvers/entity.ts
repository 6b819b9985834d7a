import { findEntity } from '../../graph/queries/entity.ts';
import { ORGANIZATION_LIST_CAPS, ORGANIZATION_PARTS, organizationDetails } from '../../graph/queries/organization-details.ts';
import { PATENT_PARTS, patentDetails, type PatentPart } from '../../graph/queries/patent-details.ts';
import { personDetails } from '../../graph/queries/person-details.ts';
import { policyDetails } from '../../graph/queries/policy-details.ts';
import { transactionDetails } from '../../graph/queries/transaction-details.ts';
import { HiddenTally, hidesAnything } from '../../graph/queries/visibility.ts';
import {
  organizationPartsToRead,
  patentPartsToRead,
  redactEntity,
  redactOrganizationDetails,
  redactPatentDetails,
  redactTransactions,
  relationshipCountsToRead,
} from '../access/redaction.ts';
import { checkId, checkRange } from '../graphql/arguments.ts';
import type { EntityDetailsResolvers, OrganizationDetailsResolvers, QueryResolvers } from '../graphql/generated/resolvers-types.ts';
import { selectedArguments, selects } from '../graphql/selection.ts';

// Each statement reads only what the request selects (and, for `hidden`, what it is counted
// from: access/redaction.ts says which).

export const entity: QueryResolvers['entity'] = async (_parent, args, ctx, info) => {
  const id = checkId('id', args.id);
  const v = ctx.caller.visibility;
  const relationshipCounts = relationshipCountsToRead({ counts: selects(info, ['relationshipCounts']), hidden: selects(info, ['hidden']) }, v);
  // A node the role may not see is null, as an id no node has: whether a person with that id exists is not the role's to learn.
  const found = await findEntity(ctx.graph, { id, relationshipCounts, visibility: v }, ctx.read);
  if (!found || !hidesAnything(v)) return found;
  return redactEntity(found, v);
};

/** Which part of a patent's details each field is drawn from. */
const PATENT_PART_OF: Record<string, PatentPart> = {
  ...Object.fromEntries(PATENT_PARTS.map((p) => [p, p])),
  assignments: 'transactions',
  licenses: 'transactions',
  pledges: 'transactions',
};

const MAX_PATENTS = ORGANIZATION_LIST_CAPS.maxPatents;

// Each kind's details are their own query, run only when the client asks for that part; each is
// redacted for the caller before it is returned.
export const EntityDetails: EntityDetailsResolvers = {
  hidden: (e) => e.hidden ?? null,
  patent: async (e, _args, ctx, info) => {
    if (!e.node.labels.includes('Patent')) return null;
    const asked = Object.keys(PATENT_PART_OF).filter((f) => selects(info, [f])).map((f) => PATENT_PART_OF[f]!);
    const parts = patentPartsToRead({ asked, hidden: selects(info, ['hidden']) }, ctx.caller.visibility);
    const d = await patentDetails(ctx.graph, { id: e.node.id, parts }, ctx.read);
    return d && hidesAnything(ctx.caller.visibility) ? redactPatentDetails(d, ctx.caller.visibility) : d;
  },
  organization: async (e, _args, ctx, info) => {
    if (!e.node.labels.includes('Organization')) return null;
    const asked = ORGANIZATION_PARTS.filter((p) => selects(info, [p]));
    const parts = organizationPartsToRead({ asked, hidden: selects(info, ['hidden']) }, ctx.caller.visibility);
    // As many patents as the largest `first` asks (each alias cuts its own); the field refuses a value out of range.
    const maxPatents = Math.max(1, ...selectedArguments(info, 'patents').map((a) => Math.min((a.first as number | null) ?? MAX_PATENTS, MAX_PATENTS)));
    const d = await organizationDetails(ctx.graph, { id: e.node.id, parts, maxPatents }, ctx.read);
    return d && hidesAnything(ctx.caller.visibility) ? redactOrganizationDetails(d, ctx.caller) : d;
  },
  // entity() refuses a person to a caller who may not see persons, so this runs only for those who may.
  person: (e, _args, ctx) => (e.node.labels.includes('Person') ? personDetails(ctx.graph, e.node.id, ctx.read) : null),
  policy: (e, _args, ctx) => (e.node.labels.includes('Policy') ? policyDetails(ctx.graph, e.node.id, ctx.read) : null),
  transaction: async (e, _args, ctx) => {
    if (!e.node.labels.includes('Transaction')) return null;
    const t = await transactionDetails(ctx.graph, e.node.id, ctx.read);
    // The amount and any person party are counted in the entity's own `hidden` (from the node's properties and counts).
    return t && hidesAnything(ctx.caller.visibility) ? redactTransactions([t], ctx.caller.visibility, new HiddenTally())[0]! : t;
  },
};

export const OrganizationDetails: OrganizationDetailsResolvers = {
  patents: (d, args) => d.patents.slice(0, checkRange('first', args.first, { fallback: MAX_PATENTS, min: 1, max: MAX_PATENTS })),
};
