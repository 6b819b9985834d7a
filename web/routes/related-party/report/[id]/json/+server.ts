import { json } from '@sveltejs/kit';
import { ApiError } from '$lib/api/api-error.ts';
import { requestGraphQL } from '$lib/api/graphql-client.ts';
import { RelatedPartyChainDocument, type Chain } from '../../../chain-queries.ts';
import type { RequestHandler } from '@sveltejs/kit';

/** HTTP statuses of the API's refusals, so a script reading this file learns why it got nothing. */
const STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429, SERVER_BUSY: 503, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/** The evidence report as JSON: the chain with its trades, parties, relation proof, rules and evidence subgraph. */
export const GET: RequestHandler<{ id: string }> = async ({ params, fetch }) => {
  let chain: Chain | null;
  try {
    const { data, errors } = await requestGraphQL({ document: RelatedPartyChainDocument, variables: { id: params.id }, fetch });
    // A refused field answers null beside its error: the error says why.
    if (errors[0]) throw errors[0];
    chain = data.relatedPartyChain;
  } catch (err) {
    if (err instanceof ApiError && STATUS[err.code]) return json({ error: { code: err.code, message: err.message } }, { status: STATUS[err.code] });
    throw err;
  }
  if (!chain) return json({ error: { code: 'NOT_FOUND', message: `no flagged chain has the id ${params.id}` } }, { status: 404 });
  return json(chain, { headers: { 'content-disposition': `inline; filename="related-party-${params.id.replace(/[^\w.-]+/g, '_')}.json"` } });
};
