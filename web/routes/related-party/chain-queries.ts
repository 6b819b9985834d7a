import { graphql } from '../../lib/api/generated/index.ts';
import type { RelatedPartyChainFieldsFragment, RelatedPartyChainPageQuery, RelatedPartyChainPageQueryVariables } from '../../lib/api/generated/graphql.ts';
import { requestGraphQL } from '../../lib/api/graphql-client.ts';

// The related-party operations the page and the evidence report send (api/schema/related-party.graphql).

export const RULES = ['related_party_trade', 'round_trip', 'rapid_flip', 'price_escalation', 'escalation_pledge', 'same_platform'] as const;

graphql(`
  fragment RelatedPartyChainFields on RelatedPartyChain {
    id
    cursor
    risk
    rules
    hits {
      rule
      numbers
      transactions
      reason
      reasonZh
    }
    riskParts {
      rule
      weight
      factor
      score
    }
    patentIds
    transactions {
      id
      kind
      date
      amount
      fromId
      toId
      patentIds
      platformId
      relation
    }
    parties {
      id
      name
      nameEn
      kind
      regions
      place
      placeEn
    }
    relations {
      kind
      a
      b
      date
      via
      share
      reason
      reasonZh
      ownership {
        owner
        company
        share
        since
        until
      }
      offices {
        person
        org
        role
        since
        until
      }
    }
    from
    to
    reason
    reasonZh
    evidence {
      nodes {
        id
        kind
        labels
        name
        nameEn
        properties
      }
      edges {
        id
        type
        source
        target
        properties
      }
      truncated
      omitted {
        nodes
        edges
        byKind {
          name
          count
        }
      }
    }
  }
`);

export type Chain = RelatedPartyChainFieldsFragment;

export const RelatedPartyChainPageDocument = graphql(`
  query RelatedPartyChainPage($holderId: ID, $region: String, $since: Date, $until: Date, $minRisk: Float, $first: Int, $after: String, $rules: [String!], $minAmount: Float) {
    relatedPartyChainPage(holderId: $holderId, region: $region, since: $since, until: $until, minRisk: $minRisk, first: $first, after: $after, rules: $rules, minAmount: $minAmount) {
      totalCount
      endCursor
      hasNextPage
      chains {
        ...RelatedPartyChainFields
      }
    }
  }
`);

export const RelatedPartyChainDocument = graphql(`
  query RelatedPartyChain($id: ID!) {
    relatedPartyChain(id: $id) {
      ...RelatedPartyChainFields
    }
  }
`);

/** Chains listed per page. */
export const CHAIN_PAGE_SIZE = 20;

/** One page of chains under the filters, after a cursor (the first page without one). */
export async function fetchChainPage(opts: { filters: ChainFilters; after?: string | null; fetch?: typeof fetch }): Promise<ChainPage> {
  const variables = { ...filterVariables(opts.filters), first: CHAIN_PAGE_SIZE, ...(opts.after ? { after: opts.after } : {}) };
  const { data } = await requestGraphQL({ document: RelatedPartyChainPageDocument, variables, fetch: opts.fetch });
  return data.relatedPartyChainPage;
}

export type ChainPage = RelatedPartyChainPageQuery['relatedPartyChainPage'];

export interface ChainFilters {
  holderId: string;
  region: string;
  since: string;
  until: string;
  minAmount: string;
  rule: string;
  minRisk: string;
}

export const EMPTY_FILTERS: ChainFilters = { holderId: '', region: '', since: '', until: '', minAmount: '', rule: '', minRisk: '' };

/** The query's variables from the form: blank fields are no filter. */
export function filterVariables(f: ChainFilters): RelatedPartyChainPageQueryVariables {
  const v: RelatedPartyChainPageQueryVariables = {};
  if (f.holderId.trim()) v.holderId = f.holderId.trim();
  if (f.region.trim()) v.region = f.region.trim();
  if (f.since) v.since = f.since;
  if (f.until) v.until = f.until;
  if (f.minAmount.trim() && Number.isFinite(Number(f.minAmount))) v.minAmount = Number(f.minAmount);
  if (f.minRisk.trim() && Number.isFinite(Number(f.minRisk))) v.minRisk = Number(f.minRisk);
  if (f.rule) v.rules = [f.rule];
  return v;
}

/** The filters as URL search parameters, so a filtered list can be shared. */
export function filtersToSearch(f: ChainFilters): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  return p;
}

export function filtersFromSearch(p: URLSearchParams): ChainFilters {
  const f = { ...EMPTY_FILTERS };
  for (const k of Object.keys(f) as (keyof ChainFilters)[]) f[k] = p.get(k) ?? '';
  return f;
}
