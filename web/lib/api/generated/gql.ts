/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Session {\n    session {\n      user\n      role\n      local\n      grants\n      expires\n    }\n  }\n": typeof types.SessionDocument,
    "\n  fragment GraphNodeFields on GraphNode {\n    id\n    kind\n    labels\n    name\n    nameEn\n    properties\n  }\n": typeof types.GraphNodeFieldsFragmentDoc,
    "\n  fragment GraphEdgeFields on GraphEdge {\n    id\n    type\n    source\n    target\n    properties\n  }\n": typeof types.GraphEdgeFieldsFragmentDoc,
    "\n  fragment HiddenFields on Hidden {\n    nodes\n    edges\n    properties\n    byKind {\n      name\n      count\n    }\n    visibleTo\n  }\n": typeof types.HiddenFieldsFragmentDoc,
    "\n  fragment DrawnGraphFields on Subgraph {\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n  }\n": typeof types.DrawnGraphFieldsFragmentDoc,
    "\n  fragment SubgraphFields on Subgraph {\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n    truncated\n    omitted {\n      nodes\n      edges\n      byKind {\n        name\n        count\n      }\n    }\n    hidden {\n      ...HiddenFields\n    }\n  }\n": typeof types.SubgraphFieldsFragmentDoc,
    "\n  query Search($text: String!, $first: Int, $kinds: [String!]) {\n    search(text: $text, first: $first, kinds: $kinds) {\n      id\n      kind\n      name\n      nameEn\n      score\n      snippet\n    }\n    searchHidden(kinds: $kinds) {\n      kinds\n      visibleTo\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Stats {\n    stats {\n      nodes\n      relationships\n      byLabel {\n        name\n        count\n      }\n      byType {\n        name\n        count\n      }\n      transactionDates {\n        first\n        last\n      }\n    }\n  }\n": typeof types.StatsDocument,
    "\n  query NodePart($id: ID!) {\n    part: entity(id: $id) {\n      node {\n        ...GraphNodeFields\n      }\n    }\n  }\n": typeof types.NodePartDocument,
    "\n  query ExpandPart($id: ID!, $types: [String!], $limit: Int, $asOf: Date) {\n    part: neighborhood(id: $id, depth: 1, relTypes: $types, asOf: $asOf, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n": typeof types.ExpandPartDocument,
    "\n  query PathPart($from: ID!, $to: ID!, $maxHops: Int) {\n    part: paths(from: $from, to: $to, maxHops: $maxHops) {\n      paths {\n        nodeIds\n        edgeIds\n        length\n      }\n      graph {\n        ...SubgraphFields\n      }\n      truncated\n    }\n  }\n": typeof types.PathPartDocument,
    "\n  fragment TransactionFields on TransactionSummary {\n    id\n    kind\n    date\n    amountCny\n    licenseType\n    registrationNo\n    from {\n      ...GraphNodeFields\n    }\n    to {\n      ...GraphNodeFields\n    }\n    patents {\n      ...GraphNodeFields\n    }\n    platform {\n      ...GraphNodeFields\n    }\n  }\n": typeof types.TransactionFieldsFragmentDoc,
    "\n  fragment ShareholdingFields on Shareholding {\n    owner {\n      ...GraphNodeFields\n    }\n    company {\n      ...GraphNodeFields\n    }\n    share\n    since\n  }\n": typeof types.ShareholdingFieldsFragmentDoc,
    "\n  fragment OfficerFields on Officer {\n    person {\n      ...GraphNodeFields\n    }\n    organization {\n      ...GraphNodeFields\n    }\n    role\n    since\n  }\n": typeof types.OfficerFieldsFragmentDoc,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      node {\n        ...GraphNodeFields\n      }\n      relationshipCounts {\n        type\n        direction\n        count\n      }\n      hidden {\n        ...HiddenFields\n      }\n      patent {\n        ipc\n        applicants {\n          ...GraphNodeFields\n        }\n        inventors {\n          ...GraphNodeFields\n        }\n        holders {\n          holder {\n            ...GraphNodeFields\n          }\n          from\n          until\n          via\n        }\n        assignments {\n          ...TransactionFields\n        }\n        licenses {\n          ...TransactionFields\n        }\n        pledges {\n          ...TransactionFields\n        }\n        citationsOut {\n          ...GraphNodeFields\n        }\n        citationsIn {\n          ...GraphNodeFields\n        }\n        hidden {\n          ...HiddenFields\n        }\n      }\n      organization {\n        regions {\n          ...GraphNodeFields\n        }\n        patentCount\n        patents {\n          ...GraphNodeFields\n        }\n        transactions {\n          ...TransactionFields\n        }\n        transactionCount\n        owners {\n          ...ShareholdingFields\n        }\n        holdings {\n          ...ShareholdingFields\n        }\n        officers {\n          ...OfficerFields\n        }\n        hidden {\n          ...HiddenFields\n        }\n      }\n      person {\n        positions {\n          ...OfficerFields\n        }\n        holdings {\n          ...ShareholdingFields\n        }\n        inventedCount\n        appliedCount\n      }\n      policy {\n        issuer {\n          ...GraphNodeFields\n        }\n        provisions {\n          seq\n          title\n          text\n          category\n        }\n        scopes {\n          id\n          scope\n          regions {\n            ...GraphNodeFields\n          }\n          orgKinds\n          industries\n          ipcPrefixes\n          organizations {\n            ...GraphNodeFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.EntityDocument,
    "\n  query Counts($id: ID!) {\n    entity(id: $id) {\n      relationshipCounts {\n        type\n        direction\n        count\n      }\n    }\n  }\n": typeof types.CountsDocument,
    "\n  fragment LicenseeCandidateFields on LicenseeCandidate {\n    rank\n    score\n    reasonZh\n    reasonEn\n    candidate {\n      id\n      name\n      nameEn\n      industry\n      regions\n      portfolio\n    }\n    parts {\n      part\n      value\n      weight\n      contribution\n      explanationZh\n      explanationEn\n      counts {\n        name\n        count\n      }\n    }\n    evidence {\n      ...SubgraphFields\n    }\n  }\n": typeof types.LicenseeCandidateFieldsFragmentDoc,
    "\n  query Licensees($id: ID!, $first: Int, $filters: LicenseeFilters) {\n    licenseeCandidates(patentId: $id, first: $first, filters: $filters) {\n      ...LicenseeCandidateFields\n    }\n  }\n": typeof types.LicenseesDocument,
    "\n  query PortfolioLicensees($holder: ID!, $ipc: String!, $first: Int, $filters: LicenseeFilters) {\n    portfolioLicenseeCandidates(holderId: $holder, ipcPrefix: $ipc, first: $first, filters: $filters) {\n      ...LicenseeCandidateFields\n    }\n  }\n": typeof types.PortfolioLicenseesDocument,
    "\n  query TracerSearch($text: String!, $kinds: [String!], $first: Int) {\n    search(text: $text, kinds: $kinds, first: $first) {\n      id\n      kind\n      name\n      nameEn\n    }\n  }\n": typeof types.TracerSearchDocument,
    "\n  query TracerChain($id: ID!) {\n    policyChain(policyId: $id) {\n      root {\n        ...GraphNodeFields\n      }\n      items {\n        policy {\n          ...GraphNodeFields\n        }\n        level\n        parentId\n        link\n        distance\n      }\n      graph {\n        ...DrawnGraphFields\n      }\n    }\n  }\n": typeof types.TracerChainDocument,
    "\n  query TracerCovered($policyId: ID!, $asOf: Date, $first: Int, $after: String, $includeImplementing: Boolean, $kinds: [String!], $region: ID) {\n    actorsCoveredBy(policyId: $policyId, asOf: $asOf, first: $first, after: $after, includeImplementing: $includeImplementing, kinds: $kinds, region: $region) {\n      totalCount\n      byKind {\n        name\n        count\n      }\n      byRegion {\n        code\n        name\n        nameEn\n        count\n      }\n      edges {\n        node {\n          ...GraphNodeFields\n        }\n        via\n        cursor\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.TracerCoveredDocument,
    "\n  query TracerCovering($actorId: ID!, $asOf: Date) {\n    policiesCovering(actorId: $actorId, asOf: $asOf) {\n      policy {\n        id\n        title\n        titleEn\n        level\n        effective\n        expires\n      }\n      scope\n      scopes\n      reason\n      conditions {\n        dimension\n        value\n        regionCode\n        patentId\n        symbol\n        heldVia\n        heldSince\n      }\n      chain {\n        ...GraphNodeFields\n      }\n      evidence {\n        ...DrawnGraphFields\n      }\n    }\n  }\n": typeof types.TracerCoveringDocument,
    "\n  fragment RelatedPartyChainFields on RelatedPartyChain {\n    id\n    cursor\n    risk\n    rules\n    hits {\n      rule\n      numbers\n      transactions\n      reason\n      reasonZh\n    }\n    riskParts {\n      rule\n      weight\n      factor\n      score\n    }\n    patentIds\n    transactions {\n      id\n      kind\n      date\n      amount\n      fromId\n      toId\n      patentIds\n      platformId\n      relation\n    }\n    parties {\n      id\n      name\n      nameEn\n      kind\n      regions\n    }\n    relations {\n      kind\n      a\n      b\n      date\n      via\n      share\n      reason\n      reasonZh\n      ownership {\n        owner\n        company\n        share\n        since\n        until\n      }\n      offices {\n        person\n        org\n        role\n        since\n        until\n      }\n    }\n    from\n    to\n    reason\n    reasonZh\n    evidence {\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n      truncated\n      omitted {\n        nodes\n        edges\n        byKind {\n          name\n          count\n        }\n      }\n    }\n  }\n": typeof types.RelatedPartyChainFieldsFragmentDoc,
    "\n  query RelatedPartyChainPage($holderId: ID, $region: String, $since: Date, $until: Date, $minRisk: Float, $first: Int, $after: String, $rules: [String!], $minAmount: Float) {\n    relatedPartyChainPage(holderId: $holderId, region: $region, since: $since, until: $until, minRisk: $minRisk, first: $first, after: $after, rules: $rules, minAmount: $minAmount) {\n      totalCount\n      endCursor\n      hasNextPage\n      chains {\n        ...RelatedPartyChainFields\n      }\n    }\n  }\n": typeof types.RelatedPartyChainPageDocument,
    "\n  query RelatedPartyChain($id: ID!) {\n    relatedPartyChain(id: $id) {\n      ...RelatedPartyChainFields\n    }\n  }\n": typeof types.RelatedPartyChainDocument,
};
const documents: Documents = {
    "\n  query Session {\n    session {\n      user\n      role\n      local\n      grants\n      expires\n    }\n  }\n": types.SessionDocument,
    "\n  fragment GraphNodeFields on GraphNode {\n    id\n    kind\n    labels\n    name\n    nameEn\n    properties\n  }\n": types.GraphNodeFieldsFragmentDoc,
    "\n  fragment GraphEdgeFields on GraphEdge {\n    id\n    type\n    source\n    target\n    properties\n  }\n": types.GraphEdgeFieldsFragmentDoc,
    "\n  fragment HiddenFields on Hidden {\n    nodes\n    edges\n    properties\n    byKind {\n      name\n      count\n    }\n    visibleTo\n  }\n": types.HiddenFieldsFragmentDoc,
    "\n  fragment DrawnGraphFields on Subgraph {\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n  }\n": types.DrawnGraphFieldsFragmentDoc,
    "\n  fragment SubgraphFields on Subgraph {\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n    truncated\n    omitted {\n      nodes\n      edges\n      byKind {\n        name\n        count\n      }\n    }\n    hidden {\n      ...HiddenFields\n    }\n  }\n": types.SubgraphFieldsFragmentDoc,
    "\n  query Search($text: String!, $first: Int, $kinds: [String!]) {\n    search(text: $text, first: $first, kinds: $kinds) {\n      id\n      kind\n      name\n      nameEn\n      score\n      snippet\n    }\n    searchHidden(kinds: $kinds) {\n      kinds\n      visibleTo\n    }\n  }\n": types.SearchDocument,
    "\n  query Stats {\n    stats {\n      nodes\n      relationships\n      byLabel {\n        name\n        count\n      }\n      byType {\n        name\n        count\n      }\n      transactionDates {\n        first\n        last\n      }\n    }\n  }\n": types.StatsDocument,
    "\n  query NodePart($id: ID!) {\n    part: entity(id: $id) {\n      node {\n        ...GraphNodeFields\n      }\n    }\n  }\n": types.NodePartDocument,
    "\n  query ExpandPart($id: ID!, $types: [String!], $limit: Int, $asOf: Date) {\n    part: neighborhood(id: $id, depth: 1, relTypes: $types, asOf: $asOf, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n": types.ExpandPartDocument,
    "\n  query PathPart($from: ID!, $to: ID!, $maxHops: Int) {\n    part: paths(from: $from, to: $to, maxHops: $maxHops) {\n      paths {\n        nodeIds\n        edgeIds\n        length\n      }\n      graph {\n        ...SubgraphFields\n      }\n      truncated\n    }\n  }\n": types.PathPartDocument,
    "\n  fragment TransactionFields on TransactionSummary {\n    id\n    kind\n    date\n    amountCny\n    licenseType\n    registrationNo\n    from {\n      ...GraphNodeFields\n    }\n    to {\n      ...GraphNodeFields\n    }\n    patents {\n      ...GraphNodeFields\n    }\n    platform {\n      ...GraphNodeFields\n    }\n  }\n": types.TransactionFieldsFragmentDoc,
    "\n  fragment ShareholdingFields on Shareholding {\n    owner {\n      ...GraphNodeFields\n    }\n    company {\n      ...GraphNodeFields\n    }\n    share\n    since\n  }\n": types.ShareholdingFieldsFragmentDoc,
    "\n  fragment OfficerFields on Officer {\n    person {\n      ...GraphNodeFields\n    }\n    organization {\n      ...GraphNodeFields\n    }\n    role\n    since\n  }\n": types.OfficerFieldsFragmentDoc,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      node {\n        ...GraphNodeFields\n      }\n      relationshipCounts {\n        type\n        direction\n        count\n      }\n      hidden {\n        ...HiddenFields\n      }\n      patent {\n        ipc\n        applicants {\n          ...GraphNodeFields\n        }\n        inventors {\n          ...GraphNodeFields\n        }\n        holders {\n          holder {\n            ...GraphNodeFields\n          }\n          from\n          until\n          via\n        }\n        assignments {\n          ...TransactionFields\n        }\n        licenses {\n          ...TransactionFields\n        }\n        pledges {\n          ...TransactionFields\n        }\n        citationsOut {\n          ...GraphNodeFields\n        }\n        citationsIn {\n          ...GraphNodeFields\n        }\n        hidden {\n          ...HiddenFields\n        }\n      }\n      organization {\n        regions {\n          ...GraphNodeFields\n        }\n        patentCount\n        patents {\n          ...GraphNodeFields\n        }\n        transactions {\n          ...TransactionFields\n        }\n        transactionCount\n        owners {\n          ...ShareholdingFields\n        }\n        holdings {\n          ...ShareholdingFields\n        }\n        officers {\n          ...OfficerFields\n        }\n        hidden {\n          ...HiddenFields\n        }\n      }\n      person {\n        positions {\n          ...OfficerFields\n        }\n        holdings {\n          ...ShareholdingFields\n        }\n        inventedCount\n        appliedCount\n      }\n      policy {\n        issuer {\n          ...GraphNodeFields\n        }\n        provisions {\n          seq\n          title\n          text\n          category\n        }\n        scopes {\n          id\n          scope\n          regions {\n            ...GraphNodeFields\n          }\n          orgKinds\n          industries\n          ipcPrefixes\n          organizations {\n            ...GraphNodeFields\n          }\n        }\n      }\n    }\n  }\n": types.EntityDocument,
    "\n  query Counts($id: ID!) {\n    entity(id: $id) {\n      relationshipCounts {\n        type\n        direction\n        count\n      }\n    }\n  }\n": types.CountsDocument,
    "\n  fragment LicenseeCandidateFields on LicenseeCandidate {\n    rank\n    score\n    reasonZh\n    reasonEn\n    candidate {\n      id\n      name\n      nameEn\n      industry\n      regions\n      portfolio\n    }\n    parts {\n      part\n      value\n      weight\n      contribution\n      explanationZh\n      explanationEn\n      counts {\n        name\n        count\n      }\n    }\n    evidence {\n      ...SubgraphFields\n    }\n  }\n": types.LicenseeCandidateFieldsFragmentDoc,
    "\n  query Licensees($id: ID!, $first: Int, $filters: LicenseeFilters) {\n    licenseeCandidates(patentId: $id, first: $first, filters: $filters) {\n      ...LicenseeCandidateFields\n    }\n  }\n": types.LicenseesDocument,
    "\n  query PortfolioLicensees($holder: ID!, $ipc: String!, $first: Int, $filters: LicenseeFilters) {\n    portfolioLicenseeCandidates(holderId: $holder, ipcPrefix: $ipc, first: $first, filters: $filters) {\n      ...LicenseeCandidateFields\n    }\n  }\n": types.PortfolioLicenseesDocument,
    "\n  query TracerSearch($text: String!, $kinds: [String!], $first: Int) {\n    search(text: $text, kinds: $kinds, first: $first) {\n      id\n      kind\n      name\n      nameEn\n    }\n  }\n": types.TracerSearchDocument,
    "\n  query TracerChain($id: ID!) {\n    policyChain(policyId: $id) {\n      root {\n        ...GraphNodeFields\n      }\n      items {\n        policy {\n          ...GraphNodeFields\n        }\n        level\n        parentId\n        link\n        distance\n      }\n      graph {\n        ...DrawnGraphFields\n      }\n    }\n  }\n": types.TracerChainDocument,
    "\n  query TracerCovered($policyId: ID!, $asOf: Date, $first: Int, $after: String, $includeImplementing: Boolean, $kinds: [String!], $region: ID) {\n    actorsCoveredBy(policyId: $policyId, asOf: $asOf, first: $first, after: $after, includeImplementing: $includeImplementing, kinds: $kinds, region: $region) {\n      totalCount\n      byKind {\n        name\n        count\n      }\n      byRegion {\n        code\n        name\n        nameEn\n        count\n      }\n      edges {\n        node {\n          ...GraphNodeFields\n        }\n        via\n        cursor\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.TracerCoveredDocument,
    "\n  query TracerCovering($actorId: ID!, $asOf: Date) {\n    policiesCovering(actorId: $actorId, asOf: $asOf) {\n      policy {\n        id\n        title\n        titleEn\n        level\n        effective\n        expires\n      }\n      scope\n      scopes\n      reason\n      conditions {\n        dimension\n        value\n        regionCode\n        patentId\n        symbol\n        heldVia\n        heldSince\n      }\n      chain {\n        ...GraphNodeFields\n      }\n      evidence {\n        ...DrawnGraphFields\n      }\n    }\n  }\n": types.TracerCoveringDocument,
    "\n  fragment RelatedPartyChainFields on RelatedPartyChain {\n    id\n    cursor\n    risk\n    rules\n    hits {\n      rule\n      numbers\n      transactions\n      reason\n      reasonZh\n    }\n    riskParts {\n      rule\n      weight\n      factor\n      score\n    }\n    patentIds\n    transactions {\n      id\n      kind\n      date\n      amount\n      fromId\n      toId\n      patentIds\n      platformId\n      relation\n    }\n    parties {\n      id\n      name\n      nameEn\n      kind\n      regions\n    }\n    relations {\n      kind\n      a\n      b\n      date\n      via\n      share\n      reason\n      reasonZh\n      ownership {\n        owner\n        company\n        share\n        since\n        until\n      }\n      offices {\n        person\n        org\n        role\n        since\n        until\n      }\n    }\n    from\n    to\n    reason\n    reasonZh\n    evidence {\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n      truncated\n      omitted {\n        nodes\n        edges\n        byKind {\n          name\n          count\n        }\n      }\n    }\n  }\n": types.RelatedPartyChainFieldsFragmentDoc,
    "\n  query RelatedPartyChainPage($holderId: ID, $region: String, $since: Date, $until: Date, $minRisk: Float, $first: Int, $after: String, $rules: [String!], $minAmount: Float) {\n    relatedPartyChainPage(holderId: $holderId, region: $region, since: $since, until: $until, minRisk: $minRisk, first: $first, after: $after, rules: $rules, minAmount: $minAmount) {\n      totalCount\n      endCursor\n      hasNextPage\n      chains {\n        ...RelatedPartyChainFields\n      }\n    }\n  }\n": types.RelatedPartyChainPageDocument,
    "\n  query RelatedPartyChain($id: ID!) {\n    relatedPartyChain(id: $id) {\n      ...RelatedPartyChainFields\n    }\n  }\n": types.RelatedPartyChainDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    session {\n      user\n      role\n      local\n      grants\n      expires\n    }\n  }\n"): typeof import('./graphql').SessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphNodeFields on GraphNode {\n    id\n    kind\n    labels\n    name\n    nameEn\n    properties\n  }\n"): typeof import('./graphql').GraphNodeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphEdgeFields on GraphEdge {\n    id\n    type\n    source\n    target\n    properties\n  }\n"): typeof import('./graphql').GraphEdgeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HiddenFields on Hidden {\n    nodes\n    edges\n    properties\n    byKind {\n      name\n      count\n    }\n    visibleTo\n  }\n"): typeof import('./graphql').HiddenFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrawnGraphFields on Subgraph {\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n  }\n"): typeof import('./graphql').DrawnGraphFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubgraphFields on Subgraph {\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n    truncated\n    omitted {\n      nodes\n      edges\n      byKind {\n        name\n        count\n      }\n    }\n    hidden {\n      ...HiddenFields\n    }\n  }\n"): typeof import('./graphql').SubgraphFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $first: Int, $kinds: [String!]) {\n    search(text: $text, first: $first, kinds: $kinds) {\n      id\n      kind\n      name\n      nameEn\n      score\n      snippet\n    }\n    searchHidden(kinds: $kinds) {\n      kinds\n      visibleTo\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stats {\n    stats {\n      nodes\n      relationships\n      byLabel {\n        name\n        count\n      }\n      byType {\n        name\n        count\n      }\n      transactionDates {\n        first\n        last\n      }\n    }\n  }\n"): typeof import('./graphql').StatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodePart($id: ID!) {\n    part: entity(id: $id) {\n      node {\n        ...GraphNodeFields\n      }\n    }\n  }\n"): typeof import('./graphql').NodePartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpandPart($id: ID!, $types: [String!], $limit: Int, $asOf: Date) {\n    part: neighborhood(id: $id, depth: 1, relTypes: $types, asOf: $asOf, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n"): typeof import('./graphql').ExpandPartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathPart($from: ID!, $to: ID!, $maxHops: Int) {\n    part: paths(from: $from, to: $to, maxHops: $maxHops) {\n      paths {\n        nodeIds\n        edgeIds\n        length\n      }\n      graph {\n        ...SubgraphFields\n      }\n      truncated\n    }\n  }\n"): typeof import('./graphql').PathPartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransactionFields on TransactionSummary {\n    id\n    kind\n    date\n    amountCny\n    licenseType\n    registrationNo\n    from {\n      ...GraphNodeFields\n    }\n    to {\n      ...GraphNodeFields\n    }\n    patents {\n      ...GraphNodeFields\n    }\n    platform {\n      ...GraphNodeFields\n    }\n  }\n"): typeof import('./graphql').TransactionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShareholdingFields on Shareholding {\n    owner {\n      ...GraphNodeFields\n    }\n    company {\n      ...GraphNodeFields\n    }\n    share\n    since\n  }\n"): typeof import('./graphql').ShareholdingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficerFields on Officer {\n    person {\n      ...GraphNodeFields\n    }\n    organization {\n      ...GraphNodeFields\n    }\n    role\n    since\n  }\n"): typeof import('./graphql').OfficerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      node {\n        ...GraphNodeFields\n      }\n      relationshipCounts {\n        type\n        direction\n        count\n      }\n      hidden {\n        ...HiddenFields\n      }\n      patent {\n        ipc\n        applicants {\n          ...GraphNodeFields\n        }\n        inventors {\n          ...GraphNodeFields\n        }\n        holders {\n          holder {\n            ...GraphNodeFields\n          }\n          from\n          until\n          via\n        }\n        assignments {\n          ...TransactionFields\n        }\n        licenses {\n          ...TransactionFields\n        }\n        pledges {\n          ...TransactionFields\n        }\n        citationsOut {\n          ...GraphNodeFields\n        }\n        citationsIn {\n          ...GraphNodeFields\n        }\n        hidden {\n          ...HiddenFields\n        }\n      }\n      organization {\n        regions {\n          ...GraphNodeFields\n        }\n        patentCount\n        patents {\n          ...GraphNodeFields\n        }\n        transactions {\n          ...TransactionFields\n        }\n        transactionCount\n        owners {\n          ...ShareholdingFields\n        }\n        holdings {\n          ...ShareholdingFields\n        }\n        officers {\n          ...OfficerFields\n        }\n        hidden {\n          ...HiddenFields\n        }\n      }\n      person {\n        positions {\n          ...OfficerFields\n        }\n        holdings {\n          ...ShareholdingFields\n        }\n        inventedCount\n        appliedCount\n      }\n      policy {\n        issuer {\n          ...GraphNodeFields\n        }\n        provisions {\n          seq\n          title\n          text\n          category\n        }\n        scopes {\n          id\n          scope\n          regions {\n            ...GraphNodeFields\n          }\n          orgKinds\n          industries\n          ipcPrefixes\n          organizations {\n            ...GraphNodeFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Counts($id: ID!) {\n    entity(id: $id) {\n      relationshipCounts {\n        type\n        direction\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').CountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LicenseeCandidateFields on LicenseeCandidate {\n    rank\n    score\n    reasonZh\n    reasonEn\n    candidate {\n      id\n      name\n      nameEn\n      industry\n      regions\n      portfolio\n    }\n    parts {\n      part\n      value\n      weight\n      contribution\n      explanationZh\n      explanationEn\n      counts {\n        name\n        count\n      }\n    }\n    evidence {\n      ...SubgraphFields\n    }\n  }\n"): typeof import('./graphql').LicenseeCandidateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Licensees($id: ID!, $first: Int, $filters: LicenseeFilters) {\n    licenseeCandidates(patentId: $id, first: $first, filters: $filters) {\n      ...LicenseeCandidateFields\n    }\n  }\n"): typeof import('./graphql').LicenseesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortfolioLicensees($holder: ID!, $ipc: String!, $first: Int, $filters: LicenseeFilters) {\n    portfolioLicenseeCandidates(holderId: $holder, ipcPrefix: $ipc, first: $first, filters: $filters) {\n      ...LicenseeCandidateFields\n    }\n  }\n"): typeof import('./graphql').PortfolioLicenseesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TracerSearch($text: String!, $kinds: [String!], $first: Int) {\n    search(text: $text, kinds: $kinds, first: $first) {\n      id\n      kind\n      name\n      nameEn\n    }\n  }\n"): typeof import('./graphql').TracerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TracerChain($id: ID!) {\n    policyChain(policyId: $id) {\n      root {\n        ...GraphNodeFields\n      }\n      items {\n        policy {\n          ...GraphNodeFields\n        }\n        level\n        parentId\n        link\n        distance\n      }\n      graph {\n        ...DrawnGraphFields\n      }\n    }\n  }\n"): typeof import('./graphql').TracerChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TracerCovered($policyId: ID!, $asOf: Date, $first: Int, $after: String, $includeImplementing: Boolean, $kinds: [String!], $region: ID) {\n    actorsCoveredBy(policyId: $policyId, asOf: $asOf, first: $first, after: $after, includeImplementing: $includeImplementing, kinds: $kinds, region: $region) {\n      totalCount\n      byKind {\n        name\n        count\n      }\n      byRegion {\n        code\n        name\n        nameEn\n        count\n      }\n      edges {\n        node {\n          ...GraphNodeFields\n        }\n        via\n        cursor\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').TracerCoveredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TracerCovering($actorId: ID!, $asOf: Date) {\n    policiesCovering(actorId: $actorId, asOf: $asOf) {\n      policy {\n        id\n        title\n        titleEn\n        level\n        effective\n        expires\n      }\n      scope\n      scopes\n      reason\n      conditions {\n        dimension\n        value\n        regionCode\n        patentId\n        symbol\n        heldVia\n        heldSince\n      }\n      chain {\n        ...GraphNodeFields\n      }\n      evidence {\n        ...DrawnGraphFields\n      }\n    }\n  }\n"): typeof import('./graphql').TracerCoveringDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelatedPartyChainFields on RelatedPartyChain {\n    id\n    cursor\n    risk\n    rules\n    hits {\n      rule\n      numbers\n      transactions\n      reason\n      reasonZh\n    }\n    riskParts {\n      rule\n      weight\n      factor\n      score\n    }\n    patentIds\n    transactions {\n      id\n      kind\n      date\n      amount\n      fromId\n      toId\n      patentIds\n      platformId\n      relation\n    }\n    parties {\n      id\n      name\n      nameEn\n      kind\n      regions\n    }\n    relations {\n      kind\n      a\n      b\n      date\n      via\n      share\n      reason\n      reasonZh\n      ownership {\n        owner\n        company\n        share\n        since\n        until\n      }\n      offices {\n        person\n        org\n        role\n        since\n        until\n      }\n    }\n    from\n    to\n    reason\n    reasonZh\n    evidence {\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n      truncated\n      omitted {\n        nodes\n        edges\n        byKind {\n          name\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RelatedPartyChainFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelatedPartyChainPage($holderId: ID, $region: String, $since: Date, $until: Date, $minRisk: Float, $first: Int, $after: String, $rules: [String!], $minAmount: Float) {\n    relatedPartyChainPage(holderId: $holderId, region: $region, since: $since, until: $until, minRisk: $minRisk, first: $first, after: $after, rules: $rules, minAmount: $minAmount) {\n      totalCount\n      endCursor\n      hasNextPage\n      chains {\n        ...RelatedPartyChainFields\n      }\n    }\n  }\n"): typeof import('./graphql').RelatedPartyChainPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelatedPartyChain($id: ID!) {\n    relatedPartyChain(id: $id) {\n      ...RelatedPartyChainFields\n    }\n  }\n"): typeof import('./graphql').RelatedPartyChainDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
