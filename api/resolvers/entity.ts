import { findEntity, type EntityRead } from '../../graph/queries/entity.ts';
import { ORGANIZATION_LIST_CAPS, ORGANIZATION_PARTS } from '../../graph/queries/organization-details.ts';
import { PATENT_PARTS, type PatentPart } from '../../graph/queries/patent-details.ts';
import { personDetails } from '../../graph/queries/person-details.ts';
import { policyDetails } from '../../graph/queries/policy-details.ts';
import { transactionDetails } from '../../graph/queries/transaction-details.ts';
import { HiddenTally, hidesAnything, type Visibility } from '../../graph/queries/visibility.ts';
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
import { selectedArguments, selects, selectsAnywhere } from '../graphql/selection.ts';

type Info = Parameters<typeof selectedArguments>[0];

/** Which part of a patent's details each field is drawn from. */
const PATENT_PART_OF: Record<string, PatentPart> = {
  ...Object.fromEntries(PATENT_PARTS.map((p) => [p, p])),
  assignments: 'transactions',
  licenses: 'transactions',
  pledges: 'transactions',
};

const MAX_PATENTS = ORGANIZATION_LIST_CAPS.maxPatents;

/**
 * What the request asks of the node, read in one statement: only the selected parts, and for a
 * selected `hidden` every part it is counted from (access/redaction.ts says which).
 */
function entityRead(id: string, info: Info, v: Visibility): EntityRead {
  const at = (kind: string) => ({ hidden: selects(info, [kind, 'hidden']), properties: selectsAnywhere(info, [kind], 'properties') });
  const organization = () => ({
    parts: organizationPartsToRead({ asked: ORGANIZATION_PARTS.filter((p) => selects(info, ['organization', p])), hidden: at('organization').hidden }, v),
    properties: at('organization').properties,
    // As many patents as the largest `first` asks (each alias cuts its own); the field refuses a value out of range.
    maxPatents: Math.max(1, ...selectedArguments(info, ['organization', 'patents']).map((a) => Math.min((a.first as number | null) ?? MAX_PATENTS, MAX_PATENTS))),
  });
  const patent = () => ({
    parts: patentPartsToRead({ asked: Object.keys(PATENT_PART_OF).filter((f) => selects(info, ['patent', f])).map((f) => PATENT_PART_OF[f]!), hidden: at('patent').hidden }, v),
    properties: at('patent').properties,
  });
  return {
    id,
    relationshipCounts: relationshipCountsToRead({ counts: selects(info, ['relationshipCounts']), hidden: selects(info, ['hidden']) }, v),
    organization: selects(info, ['organization']) ? organization() : null,
    patent: selects(info, ['patent']) ? patent() : null,
    visibility: v,
  };
}

export const entity: QueryResolvers['entity'] = async (_parent, args, ctx, info) => {
  const v = ctx.caller.visibility;
  // A node the role may not see is null, as an id no node has: whether a person with that id exists is not the role's to learn.
  const found = await findEntity(ctx.graph, entityRead(checkId('id', args.id), info, v), ctx.read);
  if (!found || !hidesAnything(v)) return found;
  return redactEntity(found, v);
};

/** Details the entity's statement read because the request selected them. */
function readAhead<T>(details: T | undefined, kind: string): T {
  if (details === undefined) throw new Error(`the ${kind} details were selected but not read`);
  return details;
}

// Each kind's details are redacted for the caller before they are returned; an organization's
// and a patent's come with the node, the others are their own query, run only when asked for.
export const EntityDetails: EntityDetailsResolvers = {
  hidden: (e) => e.hidden ?? null,
  patent: (e, _args, ctx) => {
    if (!e.node.labels.includes('Patent')) return null;
    const d = readAhead(e.patent, 'patent');
    return d && hidesAnything(ctx.caller.visibility) ? redactPatentDetails(d, ctx.caller.visibility) : d;
  },
  organization: (e, _args, ctx) => {
    if (!e.node.labels.includes('Organization')) return null;
    const d = readAhead(e.organization, 'organization');
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
