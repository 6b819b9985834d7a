import { StillPreparingError, untilDeadline } from '../../graph/driver.ts';
import { chainById, chainEvidence, filterChains, holderChains, HolderNotFoundError, type Detection } from '../../graph/queries/related-party/monitor.ts';
import { cachedSweep } from '../../graph/queries/related-party/sweep-cache.ts';
import { DEFAULT_THRESHOLDS, RULES } from '../../graph/queries/related-party/thresholds.ts';
import { chainView, type ChainView } from '../../graph/queries/related-party/view.ts';
import { checkAllowed, checkId, checkLimit } from '../graphql/arguments.ts';
import type { ApiContext } from '../graphql/context.ts';
import { regionArgument } from './region-argument.ts';
import { badUserInput, notFound } from '../graphql/errors.ts';
import type { QueryRelatedPartyChainsArgs, QueryResolvers } from '../graphql/generated/resolvers-types.ts';

export const MAX_CHAINS = 200;
const SWEEP_QUERY_TIMEOUT_MS = 60_000;

function cursorOf(offset: number): string {
  return Buffer.from(`rpc:${offset}`).toString('base64url');
}

function offsetOf(after: string | null | undefined): number {
  if (after == null) return 0;
  const m = /^rpc:(\d+)$/.exec(Buffer.from(after, 'base64url').toString());
  if (!m) throw badUserInput('after', 'is not a cursor of this list (use a chain\'s `cursor`).');
  return Number(m[1]) + 1;
}

interface Page {
  totalCount: number;
  chains: ChainView[];
  endCursor: string | null;
  hasNextPage: boolean;
}

async function page(args: QueryRelatedPartyChainsArgs, ctx: ApiContext): Promise<Page> {
  const first = checkLimit('first', args.first, { fallback: 20, cap: MAX_CHAINS });
  const offset = offsetOf(args.after);
  const rules = checkAllowed('rules', args.rules, RULES);
  if (args.minRisk != null && (args.minRisk < 0 || args.minRisk > 1)) throw badUserInput('minRisk', `must be from 0 to 1, got ${args.minRisk}.`);
  if (args.minAmount != null && args.minAmount < 0) throw badUserInput('minAmount', `must be at least 0, got ${args.minAmount}.`);
  if (args.since && args.until && args.until < args.since) throw badUserInput('until', `must not be before "since" (${args.since}), got ${args.until}.`);
  const region = args.region != null && args.region.trim() !== '' ? await regionArgument(ctx, 'region', args.region) : null;
  let detection: Detection;
  if (args.holderId != null) {
    const holderId = checkId('holderId', args.holderId);
    try {
      detection = await holderChains(ctx.graph, { holderId, thresholds: DEFAULT_THRESHOLDS }, ctx.read);
    } catch (err) {
      if (err instanceof HolderNotFoundError) throw notFound('holderId', holderId);
      throw err;
    }
  } else {
    // A sweep is many queries over the whole graph, a job cached for later requests: each query
    // gets a minute rather than one request's limit, and the request waits for it only until its
    // deadline (then TIMEOUT, the sweep going on for the next request).
    const sweep = cachedSweep(ctx.graph, DEFAULT_THRESHOLDS, { read: { timeoutMs: SWEEP_QUERY_TIMEOUT_MS } });
    detection = await untilDeadline(sweep, ctx.read, () => new StillPreparingError('the whole-graph sweep is still running'));
  }
  const all = filterChains(detection.chains, detection.facts, { region, since: args.since, until: args.until, minRisk: args.minRisk, rules, minAmount: args.minAmount });
  const slice = all.slice(offset, offset + first);
  const evidence = await chainEvidence(ctx.graph, slice, ctx.read);
  const chains = slice.map((c, i) => chainView(c, { facts: detection.facts, evidence: evidence.get(c.id)!, cursor: cursorOf(offset + i) }));
  return { totalCount: all.length, chains, endCursor: chains.length > 0 ? chains[chains.length - 1]!.cursor : null, hasNextPage: offset + first < all.length };
}

export const relatedPartyChains: QueryResolvers['relatedPartyChains'] = async (_parent, args, ctx) => (await page(args, ctx)).chains;

export const relatedPartyChainPage: QueryResolvers['relatedPartyChainPage'] = (_parent, args, ctx) => page(args, ctx);

export const relatedPartyChain: QueryResolvers['relatedPartyChain'] = async (_parent, args, ctx) => {
  const id = checkId('id', args.id);
  const found = await chainById(ctx.graph, { id, thresholds: DEFAULT_THRESHOLDS }, ctx.read);
  if (!found.chain) return null;
  const evidence = await chainEvidence(ctx.graph, [found.chain], ctx.read);
  return chainView(found.chain, { facts: found.facts, evidence: evidence.get(found.chain.id)!, cursor: cursorOf(0) });
};

export const relatedPartySettings: QueryResolvers['relatedPartySettings'] = () => structuredClone(DEFAULT_THRESHOLDS) as unknown as Record<string, unknown>;
