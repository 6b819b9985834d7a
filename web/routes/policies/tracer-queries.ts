import { graphql } from '../../lib/api/generated/index.ts';
import type { TracerChainQuery, TracerCoveredQuery, TracerCoveringQuery, TracerCoveredQueryVariables } from '../../lib/api/generated/graphql.ts';
import { requestGraphQL } from '../../lib/api/graphql-client.ts';

// The policy tracer's GraphQL operations and the shapes they return.

export type { Chosen } from '../../lib/components/picker/search-hits.ts';
export type PolicyChain = NonNullable<TracerChainQuery['policyChain']>;
export type ChainItem = PolicyChain['items'][number];
export type CoveredPage = TracerCoveredQuery['actorsCoveredBy'];
export type Coverage = TracerCoveringQuery['policiesCovering'][number];

/** Reached actors listed per page. */
export const COVERED_PAGE_SIZE = 25;

export const ORG_KINDS = ['university', 'enterprise', 'research_institute', 'agency', 'platform', 'service_org', 'bank'] as const;

const TracerChainDocument = graphql(`
  query TracerChain($id: ID!) {
    policyChain(policyId: $id) {
      root {
        ...GraphNodeFields
      }
      items {
        policy {
          ...GraphNodeFields
        }
        level
        parentId
        link
        distance
      }
      related {
        policy {
          ...GraphNodeFields
        }
        level
        link
        relatedTo
      }
      scopes {
        id
        regions {
          ...GraphNodeFields
        }
        orgKinds
        industries
        ipcPrefixes
        organizations {
          ...GraphNodeFields
        }
      }
      graph {
        ...DrawnGraphFields
      }
    }
  }
`);

/** How a request is sent: SvelteKit's `fetch` in a load function, a signal to abandon it. */
type Send = { signal?: AbortSignal; fetch?: typeof fetch };

export async function fetchChain(policyId: string, send: Send = {}): Promise<PolicyChain | null> {
  const { data } = await requestGraphQL({ document: TracerChainDocument, variables: { id: policyId }, ...send });
  return data.policyChain;
}

const TracerCoveredDocument = graphql(`
  query TracerCovered($policyId: ID!, $asOf: Date, $first: Int, $after: String, $includeImplementing: Boolean, $kinds: [String!], $region: ID) {
    actorsCoveredBy(policyId: $policyId, asOf: $asOf, first: $first, after: $after, includeImplementing: $includeImplementing, kinds: $kinds, region: $region) {
      region {
        code
        name
        nameEn
        level
      }
      totalCount
      implementing {
        inForce
        added
        through
      }
      byKind {
        name
        count
      }
      byRegion {
        code
        name
        nameEn
        level
        count
      }
      edges {
        node {
          ...GraphNodeFields
        }
        via
        cursor
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export async function fetchCovered(vars: TracerCoveredQueryVariables, send: Send = {}): Promise<CoveredPage> {
  const { data } = await requestGraphQL({ document: TracerCoveredDocument, variables: vars, ...send });
  return data.actorsCoveredBy;
}

const TracerCoveringDocument = graphql(`
  query TracerCovering($actorId: ID!, $asOf: Date) {
    policiesCovering(actorId: $actorId, asOf: $asOf) {
      policy {
        id
        title
        titleEn
        docNumber
        level
        effective
        expires
      }
      scope
      scopes
      matchedScopes {
        id
        regions {
          ...GraphNodeFields
        }
        orgKinds
        industries
        ipcPrefixes
        organizations {
          ...GraphNodeFields
        }
      }
      reason
      conditions {
        dimension
        value
        regionCode
        patentId
        symbol
        heldVia
        heldSince
      }
      chain {
        ...GraphNodeFields
      }
      evidence {
        ...DrawnGraphFields
      }
    }
  }
`);

export async function fetchCovering(opts: { actorId: string; asOf: string } & Send): Promise<Coverage[]> {
  const { data } = await requestGraphQL({ document: TracerCoveringDocument, variables: { actorId: opts.actorId, asOf: opts.asOf }, signal: opts.signal, fetch: opts.fetch });
  return data.policiesCovering;
}
