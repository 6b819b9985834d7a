import { requestGraphQL } from '../../../../lib/api/graphql-client.ts';
import { CHAIN_QUERY, type Chain } from '../../chain-queries.ts';
import type { Load } from '@sveltejs/kit';

export const load: Load<{ id: string }> = async ({ params, fetch }) => {
  const { data } = await requestGraphQL<{ relatedPartyChain: Chain | null }>({ query: CHAIN_QUERY, variables: { id: params.id }, fetch });
  return { id: params.id, chain: data.relatedPartyChain };
};
