import { graphql } from './generated/index.ts';
import type { DrawnGraphFieldsFragment, GraphNodeFieldsFragment, HiddenFieldsFragment, SearchHitFieldsFragment, SubgraphCutFieldsFragment } from './generated/graphql.ts';

// The selections every page shares. Codegen appends a fragment's text to each operation that
// spreads it, so these calls are here for codegen to read; the types below are what they select.
// A fragment here spreads no other: the API's depth and cost limits (GraphQL Armor) count each
// spread as a level, so nested spreads refused the licensee and detail-panel queries.

graphql(`
  fragment GraphNodeFields on GraphNode {
    id
    kind
    labels
    name
    nameEn
    properties
  }
`);

graphql(`
  fragment HiddenFields on Hidden {
    nodes
    edges
    properties
    byKind {
      name
      count
    }
    visibleTo
  }
`);

/** A graph to draw: its nodes and edges, without what was cut or hidden. */
graphql(`
  fragment DrawnGraphFields on Subgraph {
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
  }
`);

/** What a subgraph's answer says it left out: cut at the limit, or hidden from the role. Spread
 * beside DrawnGraphFields, not inside it. */
graphql(`
  fragment SubgraphCutFields on Subgraph {
    truncated
    omitted {
      nodes
      edges
      byKind {
        name
        count
      }
    }
    hidden {
      nodes
      edges
      properties
      byKind {
        name
        count
      }
      visibleTo
    }
  }
`);

/** What a search row says beside a hit's name (every picker's and the search box's). */
graphql(`
  fragment SearchHitFields on SearchHit {
    id
    kind
    name
    nameEn
    matchedBy
    holder
    holderEn
    otherHolders
    patentKind
    date
    dateKind
    docNumber
    level
    region
    regionEn
    importance
  }
`);

export type GraphNode = GraphNodeFieldsFragment;
/** What an answer left out because the caller's role may not see it. */
export type Hidden = HiddenFieldsFragment;
export type DrawnGraph = DrawnGraphFieldsFragment;
// No document selects an edge but through DrawnGraphFields, so an edge is typed from it.
export type GraphEdge = DrawnGraph['edges'][number];
/** A graph to draw with what was cut or hidden from it. */
export type Subgraph = DrawnGraph & SubgraphCutFieldsFragment;
/** A name with a count (`Count` of the schema). */
export type Count = Hidden['byKind'][number];
/** A search hit with its row's context. */
export type SearchHitRow = SearchHitFieldsFragment;
