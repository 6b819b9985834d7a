import { graphql } from '../../lib/api/generated/index.ts';
import type { EntityQuery } from '../../lib/api/generated/graphql.ts';
import { requestGraphQL } from '../../lib/api/graphql-client.ts';

// What the detail panel and the node menu ask about one node.

graphql(`
  fragment TransactionFields on TransactionSummary {
    id
    kind
    date
    amountCny
    licenseType
    registrationNo
    from {
      id
      kind
      labels
      name
      nameEn
      properties
    }
    to {
      id
      kind
      labels
      name
      nameEn
      properties
    }
    patents {
      id
      kind
      labels
      name
      nameEn
      properties
    }
    platform {
      id
      kind
      labels
      name
      nameEn
      properties
    }
  }
`);

graphql(`
  fragment ShareholdingFields on Shareholding {
    owner {
      id
      kind
      labels
      name
      nameEn
      properties
    }
    company {
      id
      kind
      labels
      name
      nameEn
      properties
    }
    share
    since
  }
`);

graphql(`
  fragment OfficerFields on Officer {
    person {
      id
      kind
      labels
      name
      nameEn
      properties
    }
    organization {
      id
      kind
      labels
      name
      nameEn
      properties
    }
    role
    since
  }
`);

const EntityDocument = graphql(`
  query Entity($id: ID!) {
    entity(id: $id) {
      node {
        ...GraphNodeFields
      }
      relationshipCounts {
        type
        direction
        count
      }
      hidden {
        ...HiddenFields
      }
      patent {
        ipc
        applicants {
          ...GraphNodeFields
        }
        inventors {
          ...GraphNodeFields
        }
        holders {
          holder {
            ...GraphNodeFields
          }
          from
          until
          via
        }
        assignments {
          ...TransactionFields
        }
        licenses {
          ...TransactionFields
        }
        pledges {
          ...TransactionFields
        }
        citationsOut {
          ...GraphNodeFields
        }
        citationsIn {
          ...GraphNodeFields
        }
        hidden {
          ...HiddenFields
        }
      }
      organization {
        regions {
          ...GraphNodeFields
        }
        patentCount
        patents {
          ...GraphNodeFields
        }
        transactions {
          ...TransactionFields
        }
        transactionCount
        owners {
          ...ShareholdingFields
        }
        holdings {
          ...ShareholdingFields
        }
        officers {
          ...OfficerFields
        }
        hidden {
          ...HiddenFields
        }
      }
      transaction {
        ...TransactionFields
      }
      person {
        positions {
          ...OfficerFields
        }
        holdings {
          ...ShareholdingFields
        }
        inventedCount
        appliedCount
      }
      policy {
        issuer {
          ...GraphNodeFields
        }
        provisions {
          seq
          title
          text
          category
        }
        scopes {
          id
          scope
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
      }
    }
  }
`);

export type EntityDetails = NonNullable<EntityQuery['entity']>;
export type PatentDetails = NonNullable<EntityDetails['patent']>;
export type HolderPeriod = PatentDetails['holders'][number];
export type RelationshipCount = EntityDetails['relationshipCounts'][number];
export type TransactionSummary = PatentDetails['assignments'][number];
export type Shareholding = NonNullable<EntityDetails['organization']>['owners'][number];
export type Officer = NonNullable<EntityDetails['organization']>['officers'][number];

export async function fetchEntityDetails(opts: { id: string; signal?: AbortSignal }): Promise<EntityDetails | null> {
  const { data } = await requestGraphQL({ document: EntityDocument, variables: { id: opts.id }, signal: opts.signal });
  return data.entity;
}

const CountsDocument = graphql(`
  query Counts($id: ID!) {
    entity(id: $id) {
      relationshipCounts {
        type
        direction
        count
      }
    }
  }
`);

export async function fetchRelationshipCounts(opts: { id: string; signal?: AbortSignal }): Promise<RelationshipCount[] | null> {
  const { data } = await requestGraphQL({ document: CountsDocument, variables: { id: opts.id }, signal: opts.signal });
  return data.entity?.relationshipCounts ?? null;
}
