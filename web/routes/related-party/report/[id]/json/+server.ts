import { json } from '@sveltejs/kit';
import { requestGraphQL } from '../../../../../lib/api/graphql-client.ts';
import { CHAIN_QUERY, type Chain } from '../../../chain-queries.ts';
import type { RequestHandler } from '@sveltejs/kit';

/** The evidence report as JSON: the chain with its trades, parties, relation proof, rules and evidence subgraph. */
export const GET: RequestHandler<{ id: string }> = async ({ params, fetch }) => {
  const { data } = await requestGraphQL<{ relatedPartyChain: Chain | null }>({ query: CHAIN_QUERY, variables: { id: params.id }, fetch });
  if (!data.relatedPartyChain) return json({ error: { code: 'NOT_FOUND', message: `no flagged chain has the id ${params.id}` } }, { status: 404 });
  return json(data.relatedPartyChain, { headers: { 'content-disposition': `inline; filename="related-party-${params.id.replace(/[^\w.-]+/g, '_')}.json"` } });
};
