import { graphStats } from '../../graph/queries/stats.ts';
import { transactionDateRange } from '../../graph/queries/transaction-dates.ts';
import type { QueryResolvers } from '../graphql/generated/resolvers-types.ts';

/** Bookkeeping of the importer, not part of the graph a user explores. */
const HIDDEN_LABELS = new Set(['ImportRun']);

const counts = (byName: Record<string, number>) =>
  Object.entries(byName)
    .filter(([name]) => !HIDDEN_LABELS.has(name))
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));

export const stats: QueryResolvers['stats'] = async (_parent, _args, ctx) => {
  const [s, transactionDates] = await Promise.all([graphStats(ctx.graph, ctx.read), transactionDateRange(ctx.graph, ctx.read)]);
  const hidden = [...HIDDEN_LABELS].reduce((n, l) => n + (s.byLabel[l] ?? 0), 0);
  return { nodes: s.nodes - hidden, relationships: s.relationships, byLabel: counts(s.byLabel), byType: counts(s.byType), transactionDates };
};
