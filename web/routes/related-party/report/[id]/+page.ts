import { requestGraphQL } from '$lib/api/graphql-client.ts';
import { RelatedPartyChainDocument } from '../../chain-queries.ts';
import type { Load } from '@sveltejs/kit';

export const load: Load<{ id: string }> = async ({ params, fetch }) => {
  const { data } = await requestGraphQL({ document: RelatedPartyChainDocument, variables: { id: params.id }, fetch });
  return { id: params.id, chain: data.relatedPartyChain };
};
