// The kinds the data speaks of, shared by every room: the bundle's enums (shared/DESIGN.md's CSV
// columns), which the importer, the API's arguments and the generator all check against.

export const ORG_KINDS = [
  'university',
  'enterprise',
  'research_institute',
  'agency',
  'platform',
  'service_org',
  'bank',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** The Neo4j label each organization kind carries besides `Organization`. */
export const ORG_KIND_LABEL: Record<OrgKind, string> = {
  university: 'University',
  enterprise: 'Enterprise',
  research_institute: 'ResearchInstitute',
  agency: 'Agency',
  platform: 'Platform',
  service_org: 'ServiceOrg',
  bank: 'Bank',
};

export const REGION_LEVELS = ['country', 'province', 'city', 'district'] as const;
export const PATENT_KINDS = ['invention', 'utility_model', 'design'] as const;
export const PATENT_STATUSES = ['active', 'lapsed', 'expired', 'revoked'] as const;
export const TRANSACTION_KINDS = ['assignment', 'license', 'pledge', 'pledge_release'] as const;
export const LICENSE_TYPES = ['exclusive', 'sole', 'ordinary'] as const;
export const POSITION_ROLES = ['legal_representative', 'director', 'supervisor', 'executive'] as const;
export const POLICY_LEVELS = ['national', 'provincial', 'municipal'] as const;
export const POLICY_LINK_KINDS = ['implements', 'cites', 'supersedes', 'amends'] as const;
export const COVERAGE_DIMENSIONS = ['region', 'org_kind', 'industry', 'ipc', 'org'] as const;

export type TransactionKind = (typeof TRANSACTION_KINDS)[number];
export type PolicyLinkKind = (typeof POLICY_LINK_KINDS)[number];

/** Relationship type of each policy link kind: the only strings the importers splice into Cypher. */
export const POLICY_LINK_TYPE: Record<PolicyLinkKind, string> = {
  implements: 'IMPLEMENTS',
  cites: 'CITES_POLICY',
  supersedes: 'SUPERSEDES',
  amends: 'AMENDS',
};
export type CoverageDimension = (typeof COVERAGE_DIMENSIONS)[number];
