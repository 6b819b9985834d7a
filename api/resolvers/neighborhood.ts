import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../graph/vocabulary/index.ts';
import { MAX_DEPTH, MAX_NODES, neighborhood as neighborhoodQuery } from '../../graph/queries/neighborhood.ts';
import { checkAllowed, checkId, checkLimit, checkRange } from '../graphql/arguments.ts';
import type { QueryResolvers } from '../graphql/generated/resolvers-types.ts';
import { selects } from '../graphql/selection.ts';
import { hidesAnything } from '../../graph/queries/visibility.ts';

export const neighborhood: QueryResolvers['neighborhood'] = (_parent, args, ctx, info) =>
  neighborhoodQuery(
    ctx.graph,
    {
      id: checkId('id', args.id),
      depth: checkRange('depth', args.depth, { fallback: 1, min: 1, max: MAX_DEPTH }),
      relTypes: checkAllowed('relTypes', args.relTypes, RELATIONSHIP_TYPES),
      labels: checkAllowed('labels', args.labels, NODE_LABELS),
      asOf: args.asOf ?? null,
      limit: checkLimit('limit', args.limit, { fallback: 200, cap: MAX_NODES }),
      // Nodes' properties are most of what travels; fetched only when asked for.
      properties: selects(info, ['nodes', 'properties']),
      edgeProperties: selects(info, ['edges', 'properties']),
      visibility: hidesAnything(ctx.caller.visibility) ? ctx.caller.visibility : null,
    },
    ctx.read,
  );
