/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Direction =
  | 'IN'
  | 'OUT';

export type EvidenceScope =
  | 'DATABASE'
  | 'SUBJECT';

/** Filters applied to the ranked candidates before the cut to `first`. */
export type LicenseeFilters = {
  /**
   * The candidate's industry: as the data writes it, or a GB/T 4754-2017 major group's code or
   * English name (any case), which stand for its Chinese name (see `industries`).
   */
  industry?: string | null | undefined;
  /**
   * The organization kinds a candidate may be (university, enterprise, research_institute, agency,
   * platform, service_org, bank); default and when empty: enterprise.
   */
  kinds?: Array<string> | null | undefined;
  /** Most patents the candidate holds or held. */
  maxPortfolio?: number | null | undefined;
  /** Fewest patents the candidate holds or held (0 or more). */
  minPortfolio?: number | null | undefined;
  /** A region code: the candidate lies in this region or below it. */
  region?: string | number | null | undefined;
};

/**
 * What a caller may see. VIEWER: patents, organizations, policies and transactions without amounts.
 * ANALYST: also amounts and the licensee finder. SUPERVISOR: also persons, equity (OWNS), officers
 * (OFFICER_OF) and the related-party monitor. Whatever a role may not see is left out of every
 * answer and counted in a `hidden` field.
 */
export type Role =
  | 'ANALYST'
  | 'SUPERVISOR'
  | 'VIEWER';

/** Which date `SearchHit.date` is. */
export type SearchDateKind =
  | 'EFFECTIVE'
  | 'FILED'
  | 'GRANTED'
  | 'ISSUED';

/** Why `search` lists a hit. */
export type SearchMatch =
  /** A patent whose current holder's name matched the text (only when `kinds` includes `patent`). */
  | 'HOLDER'
  /** The text is its id or number (`exact`), or a part of its document number (22号, 〔2021〕22). */
  | 'NUMBER'
  /** The text matched its own name or title. */
  | 'TEXT';

export type SessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionQuery = { session: { user: string, role: Role, local: boolean, grants: Array<string>, expires: string | null } };

export type GraphNodeFieldsFragment = { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> };

export type HiddenFieldsFragment = { nodes: number, edges: number, properties: number, visibleTo: Role, byKind: Array<{ name: string, count: number }> };

export type DrawnGraphFieldsFragment = { nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> };

export type SubgraphCutFieldsFragment = { truncated: boolean, omitted: { nodes: number, edges: number, byKind: Array<{ name: string, count: number }> } | null, hidden: { nodes: number, edges: number, properties: number, visibleTo: Role, byKind: Array<{ name: string, count: number }> } | null };

export type SearchHitFieldsFragment = { id: string, kind: string, name: string, nameEn: string | null, matchedBy: SearchMatch, holder: string | null, holderEn: string | null, otherHolders: number, patentKind: string | null, date: string | null, dateKind: SearchDateKind | null, docNumber: string | null, level: string | null, region: string | null, regionEn: string | null, importance: number | null };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  kinds?: Array<string> | string | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, snippet: string | null, id: string, kind: string, name: string, nameEn: string | null, matchedBy: SearchMatch, holder: string | null, holderEn: string | null, otherHolders: number, patentKind: string | null, date: string | null, dateKind: SearchDateKind | null, docNumber: string | null, level: string | null, region: string | null, regionEn: string | null, importance: number | null }>, searchHidden: { kinds: Array<string>, visibleTo: Role } | null };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { nodes: number, relationships: number, byLabel: Array<{ name: string, count: number }>, byType: Array<{ name: string, count: number }>, transactionDates: { first: string | null, last: string | null } } };

export type NodePartQueryVariables = Exact<{
  id: string | number;
}>;


export type NodePartQuery = { part: { node: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } } | null };

export type ExpandPartQueryVariables = Exact<{
  id: string | number;
  types?: Array<string> | string | null | undefined;
  limit?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ExpandPartQuery = { part: { truncated: boolean, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }>, omitted: { nodes: number, edges: number, byKind: Array<{ name: string, count: number }> } | null, hidden: { nodes: number, edges: number, properties: number, visibleTo: Role, byKind: Array<{ name: string, count: number }> } | null } };

export type PathPartQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type PathPartQuery = { part: { truncated: boolean, paths: Array<{ nodeIds: Array<string>, edgeIds: Array<string>, length: number }>, graph: { truncated: boolean, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }>, omitted: { nodes: number, edges: number, byKind: Array<{ name: string, count: number }> } | null, hidden: { nodes: number, edges: number, properties: number, visibleTo: Role, byKind: Array<{ name: string, count: number }> } | null } } };

export type LinksPartQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  among?: Array<string | number> | string | number | null | undefined;
}>;


export type LinksPartQuery = { part: { truncated: boolean, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> } };

export type PickerSearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<string> | string | null | undefined;
  first?: number | null | undefined;
}>;


export type PickerSearchQuery = { search: Array<{ id: string, kind: string, name: string, nameEn: string | null, matchedBy: SearchMatch, holder: string | null, holderEn: string | null, otherHolders: number, patentKind: string | null, date: string | null, dateKind: SearchDateKind | null, docNumber: string | null, level: string | null, region: string | null, regionEn: string | null, importance: number | null }> };

export type TransactionFieldsFragment = { id: string, kind: string, date: string, amountCny: number | null, licenseType: string | null, registrationNo: string | null, from: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null, to: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null, patents: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, platform: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null };

export type ShareholdingFieldsFragment = { share: number, since: string | null, owner: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }, company: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } };

export type OfficerFieldsFragment = { role: string, since: string | null, person: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }, organization: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } };

export type EntityQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityQuery = { entity: { node: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }, relationshipCounts: Array<{ type: string, direction: Direction, count: number }>, hidden: { nodes: number, edges: number, properties: number, visibleTo: Role, byKind: Array<{ name: string, count: number }> } | null, patent: { ipc: Array<string>, applicants: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, inventors: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, holders: Array<{ from: string | null, until: string | null, via: string, holder: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null }>, assignments: Array<{ id: string, kind: string, date: string, amountCny: number | null, licenseType: string | null, registrationNo: string | null, from: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null, to: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null, patents: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, platform: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null }>, licenses: Array<{ id: string, kind: string, date: string, amountCny: number | null, licenseType: string | null, registrationNo: string | null, from: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null, to: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null, patents: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, platform: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null }>, pledges: Array<{ id: string, kind: string, date: string, amountCny: number | null, licenseType: string | null, registrationNo: string | null, from: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null, to: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null, patents: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, platform: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null }>, citationsOut: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, citationsIn: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, hidden: { nodes: number, edges: number, properties: number, visibleTo: Role, byKind: Array<{ name: string, count: number }> } | null } | null, organization: { patentCount: number, transactionCount: number, regions: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, patents: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, transactions: Array<{ id: string, kind: string, date: string, amountCny: number | null, licenseType: string | null, registrationNo: string | null, from: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null, to: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null, patents: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, platform: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null }>, owners: Array<{ share: number, since: string | null, owner: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }, company: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } }>, holdings: Array<{ share: number, since: string | null, owner: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }, company: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } }>, officers: Array<{ role: string, since: string | null, person: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }, organization: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } }>, hidden: { nodes: number, edges: number, properties: number, visibleTo: Role, byKind: Array<{ name: string, count: number }> } | null } | null, transaction: { id: string, kind: string, date: string, amountCny: number | null, licenseType: string | null, registrationNo: string | null, from: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null, to: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null, patents: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, platform: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null } | null, person: { inventedCount: number, appliedCount: number, positions: Array<{ role: string, since: string | null, person: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }, organization: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } }>, holdings: Array<{ share: number, since: string | null, owner: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }, company: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } }> } | null, policy: { issuer: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } | null, provisions: Array<{ seq: number, title: string | null, text: string, category: string | null }>, scopes: Array<{ id: string, scope: string, orgKinds: Array<string>, industries: Array<string>, ipcPrefixes: Array<string>, regions: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, organizations: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }> }> } | null } | null };

export type CountsQueryVariables = Exact<{
  id: string | number;
}>;


export type CountsQuery = { entity: { relationshipCounts: Array<{ type: string, direction: Direction, count: number }> } | null };

export type LicenseeSubjectQueryVariables = Exact<{
  id: string | number;
  text: string;
  kinds?: Array<string> | string | null | undefined;
}>;


export type LicenseeSubjectQuery = { search: Array<{ exact: boolean, id: string, kind: string, name: string, nameEn: string | null, matchedBy: SearchMatch, holder: string | null, holderEn: string | null, otherHolders: number, patentKind: string | null, date: string | null, dateKind: SearchDateKind | null, docNumber: string | null, level: string | null, region: string | null, regionEn: string | null, importance: number | null }>, entity: { node: { id: string, kind: string, name: string, nameEn: string | null } } | null };

export type FinderIndustriesQueryVariables = Exact<{ [key: string]: never; }>;


export type FinderIndustriesQuery = { industries: Array<{ name: string, nameEn: string | null, code: string | null, organizations: number }>, named: Array<{ name: string, nameEn: string | null }> };

export type LicenseeCandidateFieldsFragment = { rank: number, score: number, reasonZh: string, reasonEn: string, candidate: { id: string, kind: string, name: string, nameEn: string | null, industry: string | null, industryEn: string | null, regions: Array<string>, portfolio: number }, parts: Array<{ part: string, value: number, weight: number, contribution: number, explanationZh: string, explanationEn: string, counts: Array<{ name: string, count: number }> }> };

export type LicenseesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  filters?: LicenseeFilters | null | undefined;
}>;


export type LicenseesQuery = { licenseeCandidates: Array<{ rank: number, score: number, reasonZh: string, reasonEn: string, evidence: { truncated: boolean, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }>, omitted: { nodes: number, edges: number, byKind: Array<{ name: string, count: number }> } | null, hidden: { nodes: number, edges: number, properties: number, visibleTo: Role, byKind: Array<{ name: string, count: number }> } | null }, candidate: { id: string, kind: string, name: string, nameEn: string | null, industry: string | null, industryEn: string | null, regions: Array<string>, portfolio: number }, parts: Array<{ part: string, value: number, weight: number, contribution: number, explanationZh: string, explanationEn: string, counts: Array<{ name: string, count: number }> }> }>, licenseeEvidence: Array<{ evidence: string, part: string, available: boolean, missingIn: EvidenceScope | null }> };

export type PortfolioLicenseesQueryVariables = Exact<{
  holder: string | number;
  ipc: string;
  first?: number | null | undefined;
  filters?: LicenseeFilters | null | undefined;
}>;


export type PortfolioLicenseesQuery = { portfolioLicenseeCandidates: Array<{ rank: number, score: number, reasonZh: string, reasonEn: string, evidence: { truncated: boolean, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }>, omitted: { nodes: number, edges: number, byKind: Array<{ name: string, count: number }> } | null, hidden: { nodes: number, edges: number, properties: number, visibleTo: Role, byKind: Array<{ name: string, count: number }> } | null }, candidate: { id: string, kind: string, name: string, nameEn: string | null, industry: string | null, industryEn: string | null, regions: Array<string>, portfolio: number }, parts: Array<{ part: string, value: number, weight: number, contribution: number, explanationZh: string, explanationEn: string, counts: Array<{ name: string, count: number }> }> }>, licenseeEvidence: Array<{ evidence: string, part: string, available: boolean, missingIn: EvidenceScope | null }> };

export type TracerChainQueryVariables = Exact<{
  id: string | number;
}>;


export type TracerChainQuery = { policyChain: { root: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }, items: Array<{ level: string, parentId: string | null, link: string | null, distance: number, policy: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } }>, related: Array<{ level: string, link: string, relatedTo: string, policy: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } }>, scopes: Array<{ id: string, orgKinds: Array<string>, industries: Array<string>, ipcPrefixes: Array<string>, regions: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, organizations: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }> }>, graph: { nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> } } | null };

export type TracerCoveredQueryVariables = Exact<{
  policyId: string | number;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeImplementing?: boolean | null | undefined;
  kinds?: Array<string> | string | null | undefined;
  region?: string | number | null | undefined;
}>;


export type TracerCoveredQuery = { actorsCoveredBy: { totalCount: number, region: { code: string, name: string, nameEn: string | null, level: string | null } | null, implementing: { inForce: number, added: number, through: number }, byKind: Array<{ name: string, count: number }>, byRegion: Array<{ code: string, name: string, nameEn: string | null, level: string | null, count: number }>, edges: Array<{ via: Array<string>, cursor: string, node: { id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type TracerCoveringQueryVariables = Exact<{
  actorId: string | number;
  asOf?: string | null | undefined;
}>;


export type TracerCoveringQuery = { policiesCovering: Array<{ scope: string, scopes: Array<string>, reason: string, policy: { id: string, title: string, titleEn: string | null, docNumber: string | null, level: string | null, effective: string | null, expires: string | null }, matchedScopes: Array<{ id: string, orgKinds: Array<string>, industries: Array<string>, ipcPrefixes: Array<string>, regions: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, organizations: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }> }>, conditions: Array<{ dimension: string, value: string, regionCode: string | null, patentId: string | null, symbol: string | null, heldVia: string | null, heldSince: string | null }>, chain: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, evidence: { nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> } }> };

export type RelatedPartyChainFieldsFragment = { id: string, cursor: string, risk: number, rules: Array<string>, patentIds: Array<string>, from: string, to: string, reason: string, reasonZh: string, hits: Array<{ rule: string, numbers: Record<string, unknown>, transactions: Array<string>, reason: string, reasonZh: string }>, riskParts: Array<{ rule: string, weight: number, factor: number, score: number }>, transactions: Array<{ id: string, kind: string, date: string, amount: number | null, fromId: string, toId: string, patentIds: Array<string>, platformId: string | null, relation: string | null }>, parties: Array<{ id: string, name: string, nameEn: string | null, kind: string, regions: Array<string>, place: string | null, placeEn: string | null }>, relations: Array<{ kind: string, a: string, b: string, date: string, via: string | null, share: number | null, reason: string, reasonZh: string, ownership: Array<{ owner: string, company: string, share: number, since: string | null, until: string | null }>, offices: Array<{ person: string, org: string, role: string, since: string | null, until: string | null }> }>, evidence: { truncated: boolean, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }>, omitted: { nodes: number, edges: number, byKind: Array<{ name: string, count: number }> } | null } };

export type RelatedPartyChainPageQueryVariables = Exact<{
  holderId?: string | number | null | undefined;
  region?: string | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
  minRisk?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  rules?: Array<string> | string | null | undefined;
  minAmount?: number | null | undefined;
}>;


export type RelatedPartyChainPageQuery = { relatedPartyChainPage: { totalCount: number, endCursor: string | null, hasNextPage: boolean, chains: Array<{ id: string, cursor: string, risk: number, rules: Array<string>, patentIds: Array<string>, from: string, to: string, reason: string, reasonZh: string, hits: Array<{ rule: string, numbers: Record<string, unknown>, transactions: Array<string>, reason: string, reasonZh: string }>, riskParts: Array<{ rule: string, weight: number, factor: number, score: number }>, transactions: Array<{ id: string, kind: string, date: string, amount: number | null, fromId: string, toId: string, patentIds: Array<string>, platformId: string | null, relation: string | null }>, parties: Array<{ id: string, name: string, nameEn: string | null, kind: string, regions: Array<string>, place: string | null, placeEn: string | null }>, relations: Array<{ kind: string, a: string, b: string, date: string, via: string | null, share: number | null, reason: string, reasonZh: string, ownership: Array<{ owner: string, company: string, share: number, since: string | null, until: string | null }>, offices: Array<{ person: string, org: string, role: string, since: string | null, until: string | null }> }>, evidence: { truncated: boolean, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }>, omitted: { nodes: number, edges: number, byKind: Array<{ name: string, count: number }> } | null } }> } };

export type RelatedPartyChainQueryVariables = Exact<{
  id: string | number;
}>;


export type RelatedPartyChainQuery = { relatedPartyChain: { id: string, cursor: string, risk: number, rules: Array<string>, patentIds: Array<string>, from: string, to: string, reason: string, reasonZh: string, hits: Array<{ rule: string, numbers: Record<string, unknown>, transactions: Array<string>, reason: string, reasonZh: string }>, riskParts: Array<{ rule: string, weight: number, factor: number, score: number }>, transactions: Array<{ id: string, kind: string, date: string, amount: number | null, fromId: string, toId: string, patentIds: Array<string>, platformId: string | null, relation: string | null }>, parties: Array<{ id: string, name: string, nameEn: string | null, kind: string, regions: Array<string>, place: string | null, placeEn: string | null }>, relations: Array<{ kind: string, a: string, b: string, date: string, via: string | null, share: number | null, reason: string, reasonZh: string, ownership: Array<{ owner: string, company: string, share: number, since: string | null, until: string | null }>, offices: Array<{ person: string, org: string, role: string, since: string | null, until: string | null }> }>, evidence: { truncated: boolean, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, nameEn: string | null, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }>, omitted: { nodes: number, edges: number, byKind: Array<{ name: string, count: number }> } | null } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const GraphNodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment GraphNodeFields on GraphNode {
  id
  kind
  labels
  name
  nameEn
  properties
}
    `, {"fragmentName":"GraphNodeFields"}) as unknown as TypedDocumentString<GraphNodeFieldsFragment, unknown>;
export const HiddenFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"HiddenFields"}) as unknown as TypedDocumentString<HiddenFieldsFragment, unknown>;
export const DrawnGraphFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"DrawnGraphFields"}) as unknown as TypedDocumentString<DrawnGraphFieldsFragment, unknown>;
export const SubgraphCutFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"SubgraphCutFields"}) as unknown as TypedDocumentString<SubgraphCutFieldsFragment, unknown>;
export const SearchHitFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"SearchHitFields"}) as unknown as TypedDocumentString<SearchHitFieldsFragment, unknown>;
export const TransactionFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"TransactionFields"}) as unknown as TypedDocumentString<TransactionFieldsFragment, unknown>;
export const ShareholdingFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ShareholdingFields"}) as unknown as TypedDocumentString<ShareholdingFieldsFragment, unknown>;
export const OfficerFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"OfficerFields"}) as unknown as TypedDocumentString<OfficerFieldsFragment, unknown>;
export const LicenseeCandidateFieldsFragmentDoc = new TypedDocumentString(`
    fragment LicenseeCandidateFields on LicenseeCandidate {
  rank
  score
  reasonZh
  reasonEn
  candidate {
    id
    kind
    name
    nameEn
    industry
    industryEn
    regions
    portfolio
  }
  parts {
    part
    value
    weight
    contribution
    explanationZh
    explanationEn
    counts {
      name
      count
    }
  }
}
    `, {"fragmentName":"LicenseeCandidateFields"}) as unknown as TypedDocumentString<LicenseeCandidateFieldsFragment, unknown>;
export const RelatedPartyChainFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"RelatedPartyChainFields"}) as unknown as TypedDocumentString<RelatedPartyChainFieldsFragment, unknown>;
export const SessionDocument = new TypedDocumentString(`
    query Session {
  session {
    user
    role
    local
    grants
    expires
  }
}
    `) as unknown as TypedDocumentString<SessionQuery, SessionQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int, $kinds: [String!]) {
  search(text: $text, first: $first, kinds: $kinds) {
    ...SearchHitFields
    score
    snippet
  }
  searchHidden(kinds: $kinds) {
    kinds
    visibleTo
  }
}
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
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const StatsDocument = new TypedDocumentString(`
    query Stats {
  stats {
    nodes
    relationships
    byLabel {
      name
      count
    }
    byType {
      name
      count
    }
    transactionDates {
      first
      last
    }
  }
}
    `) as unknown as TypedDocumentString<StatsQuery, StatsQueryVariables>;
export const NodePartDocument = new TypedDocumentString(`
    query NodePart($id: ID!) {
  part: entity(id: $id) {
    node {
      ...GraphNodeFields
    }
  }
}
    fragment GraphNodeFields on GraphNode {
  id
  kind
  labels
  name
  nameEn
  properties
}`) as unknown as TypedDocumentString<NodePartQuery, NodePartQueryVariables>;
export const ExpandPartDocument = new TypedDocumentString(`
    query ExpandPart($id: ID!, $types: [String!], $limit: Int, $asOf: Date) {
  part: neighborhood(
    id: $id
    depth: 1
    relTypes: $types
    asOf: $asOf
    limit: $limit
  ) {
    ...DrawnGraphFields
    ...SubgraphCutFields
  }
}
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
}`) as unknown as TypedDocumentString<ExpandPartQuery, ExpandPartQueryVariables>;
export const PathPartDocument = new TypedDocumentString(`
    query PathPart($from: ID!, $to: ID!, $maxHops: Int, $limit: Int) {
  part: paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit) {
    paths {
      nodeIds
      edgeIds
      length
    }
    graph {
      ...DrawnGraphFields
      ...SubgraphCutFields
    }
    truncated
  }
}
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
}`) as unknown as TypedDocumentString<PathPartQuery, PathPartQueryVariables>;
export const LinksPartDocument = new TypedDocumentString(`
    query LinksPart($ids: [ID!]!, $among: [ID!]) {
  part: links(ids: $ids, among: $among) {
    ...DrawnGraphFields
    truncated
  }
}
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
}`) as unknown as TypedDocumentString<LinksPartQuery, LinksPartQueryVariables>;
export const PickerSearchDocument = new TypedDocumentString(`
    query PickerSearch($text: String!, $kinds: [String!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    ...SearchHitFields
  }
}
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
}`) as unknown as TypedDocumentString<PickerSearchQuery, PickerSearchQueryVariables>;
export const EntityDocument = new TypedDocumentString(`
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
    fragment GraphNodeFields on GraphNode {
  id
  kind
  labels
  name
  nameEn
  properties
}
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
}`) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;
export const CountsDocument = new TypedDocumentString(`
    query Counts($id: ID!) {
  entity(id: $id) {
    relationshipCounts {
      type
      direction
      count
    }
  }
}
    `) as unknown as TypedDocumentString<CountsQuery, CountsQueryVariables>;
export const LicenseeSubjectDocument = new TypedDocumentString(`
    query LicenseeSubject($id: ID!, $text: String!, $kinds: [String!]) {
  search(text: $text, kinds: $kinds, first: 5) {
    ...SearchHitFields
    exact
  }
  entity(id: $id) {
    node {
      id
      kind
      name
      nameEn
    }
  }
}
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
}`) as unknown as TypedDocumentString<LicenseeSubjectQuery, LicenseeSubjectQueryVariables>;
export const FinderIndustriesDocument = new TypedDocumentString(`
    query FinderIndustries {
  industries(kind: "enterprise") {
    name
    nameEn
    code
    organizations
  }
  named: industries(kind: null) {
    name
    nameEn
  }
}
    `) as unknown as TypedDocumentString<FinderIndustriesQuery, FinderIndustriesQueryVariables>;
export const LicenseesDocument = new TypedDocumentString(`
    query Licensees($id: ID!, $first: Int, $filters: LicenseeFilters) {
  licenseeCandidates(patentId: $id, first: $first, filters: $filters) {
    ...LicenseeCandidateFields
    evidence {
      ...DrawnGraphFields
      ...SubgraphCutFields
    }
  }
  licenseeEvidence(patentId: $id) {
    evidence
    part
    available
    missingIn
  }
}
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
fragment LicenseeCandidateFields on LicenseeCandidate {
  rank
  score
  reasonZh
  reasonEn
  candidate {
    id
    kind
    name
    nameEn
    industry
    industryEn
    regions
    portfolio
  }
  parts {
    part
    value
    weight
    contribution
    explanationZh
    explanationEn
    counts {
      name
      count
    }
  }
}`) as unknown as TypedDocumentString<LicenseesQuery, LicenseesQueryVariables>;
export const PortfolioLicenseesDocument = new TypedDocumentString(`
    query PortfolioLicensees($holder: ID!, $ipc: String!, $first: Int, $filters: LicenseeFilters) {
  portfolioLicenseeCandidates(
    holderId: $holder
    ipcPrefix: $ipc
    first: $first
    filters: $filters
  ) {
    ...LicenseeCandidateFields
    evidence {
      ...DrawnGraphFields
      ...SubgraphCutFields
    }
  }
  licenseeEvidence(holderId: $holder, ipcPrefix: $ipc) {
    evidence
    part
    available
    missingIn
  }
}
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
fragment LicenseeCandidateFields on LicenseeCandidate {
  rank
  score
  reasonZh
  reasonEn
  candidate {
    id
    kind
    name
    nameEn
    industry
    industryEn
    regions
    portfolio
  }
  parts {
    part
    value
    weight
    contribution
    explanationZh
    explanationEn
    counts {
      name
      count
    }
  }
}`) as unknown as TypedDocumentString<PortfolioLicenseesQuery, PortfolioLicenseesQueryVariables>;
export const TracerChainDocument = new TypedDocumentString(`
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
    fragment GraphNodeFields on GraphNode {
  id
  kind
  labels
  name
  nameEn
  properties
}
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
}`) as unknown as TypedDocumentString<TracerChainQuery, TracerChainQueryVariables>;
export const TracerCoveredDocument = new TypedDocumentString(`
    query TracerCovered($policyId: ID!, $asOf: Date, $first: Int, $after: String, $includeImplementing: Boolean, $kinds: [String!], $region: ID) {
  actorsCoveredBy(
    policyId: $policyId
    asOf: $asOf
    first: $first
    after: $after
    includeImplementing: $includeImplementing
    kinds: $kinds
    region: $region
  ) {
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
    fragment GraphNodeFields on GraphNode {
  id
  kind
  labels
  name
  nameEn
  properties
}`) as unknown as TypedDocumentString<TracerCoveredQuery, TracerCoveredQueryVariables>;
export const TracerCoveringDocument = new TypedDocumentString(`
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
    fragment GraphNodeFields on GraphNode {
  id
  kind
  labels
  name
  nameEn
  properties
}
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
}`) as unknown as TypedDocumentString<TracerCoveringQuery, TracerCoveringQueryVariables>;
export const RelatedPartyChainPageDocument = new TypedDocumentString(`
    query RelatedPartyChainPage($holderId: ID, $region: String, $since: Date, $until: Date, $minRisk: Float, $first: Int, $after: String, $rules: [String!], $minAmount: Float) {
  relatedPartyChainPage(
    holderId: $holderId
    region: $region
    since: $since
    until: $until
    minRisk: $minRisk
    first: $first
    after: $after
    rules: $rules
    minAmount: $minAmount
  ) {
    totalCount
    endCursor
    hasNextPage
    chains {
      ...RelatedPartyChainFields
    }
  }
}
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
}`) as unknown as TypedDocumentString<RelatedPartyChainPageQuery, RelatedPartyChainPageQueryVariables>;
export const RelatedPartyChainDocument = new TypedDocumentString(`
    query RelatedPartyChain($id: ID!) {
  relatedPartyChain(id: $id) {
    ...RelatedPartyChainFields
  }
}
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
}`) as unknown as TypedDocumentString<RelatedPartyChainQuery, RelatedPartyChainQueryVariables>;