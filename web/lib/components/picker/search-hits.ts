import { graphql } from '../../api/generated/index.ts';
import type { PickerSearchQuery } from '../../api/generated/graphql.ts';
import { requestGraphQL } from '../../api/graphql-client.ts';

// What a picker lists for typed text: the API's search, limited to the kinds the picker takes.

export type Hit = PickerSearchQuery['search'][number];
/** What a picker shows as chosen: a hit, or what a page restored from its URL knows of one. */
export type Chosen = Pick<Hit, 'id' | 'kind' | 'name' | 'nameEn'>;

const PickerSearchDocument = graphql(`
  query PickerSearch($text: String!, $kinds: [String!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) {
      ...SearchHitFields
    }
  }
`);

export async function searchHits(text: string, kinds: readonly string[], signal?: AbortSignal): Promise<Hit[]> {
  const { data } = await requestGraphQL({ document: PickerSearchDocument, variables: { text, kinds: [...kinds], first: 12 }, signal });
  return data.search;
}
