import type { Subgraph } from '../../lib/api/types.ts';

// The related-party fields the page and the evidence report read (api/schema/related-party.graphql).

export const RULES = ['related_party_trade', 'round_trip', 'rapid_flip', 'price_escalation', 'escalation_pledge', 'same_platform'] as const;

export interface ChainTrade {
  id: string;
  kind: string;
  date: string;
  amount: number | null;
  fromId: string;
  toId: string;
  patentIds: string[];
  platformId: string | null;
  relation: string | null;
}

export interface ChainParty {
  id: string;
  name: string;
  nameEn: string | null;
  kind: string;
  regions: string[];
}

export interface ChainRelation {
  kind: string;
  a: string;
  b: string;
  date: string;
  via: string | null;
  share: number | null;
  ownership: { owner: string; company: string; share: number; since: string | null; until: string | null }[];
  offices: { person: string; org: string; role: string; since: string | null; until: string | null }[];
  reason: string;
  reasonZh: string;
}

export interface Chain {
  id: string;
  cursor: string;
  risk: number;
  rules: string[];
  hits: { rule: string; numbers: Record<string, unknown>; transactions: string[]; reason: string; reasonZh: string }[];
  riskParts: { rule: string; weight: number; factor: number; score: number }[];
  patentIds: string[];
  transactions: ChainTrade[];
  parties: ChainParty[];
  relations: ChainRelation[];
  from: string;
  to: string;
  reason: string;
  reasonZh: string;
  evidence: Subgraph;
}

const CHAIN_FIELDS = `
  id cursor risk rules
  hits { rule numbers transactions reason reasonZh }
  riskParts { rule weight factor score }
  patentIds
  transactions { id kind date amount fromId toId patentIds platformId relation }
  parties { id name nameEn kind regions }
  relations { kind a b date via share reason reasonZh
    ownership { owner company share since until }
    offices { person org role since until } }
  from to reason reasonZh
  evidence { nodes { id kind labels name nameEn properties } edges { id type source target properties } truncated omitted { nodes edges byKind { name count } } }`;

export const CHAIN_PAGE_QUERY = `query RelatedPartyChainPage($holderId: ID, $region: String, $since: Date, $until: Date, $minRisk: Float, $first: Int, $after: String, $rules: [String!], $minAmount: Float) {
  relatedPartyChainPage(holderId: $holderId, region: $region, since: $since, until: $until, minRisk: $minRisk, first: $first, after: $after, rules: $rules, minAmount: $minAmount) {
    totalCount endCursor hasNextPage chains { ${CHAIN_FIELDS} }
  }
}`;

export const CHAIN_QUERY = `query RelatedPartyChain($id: ID!) { relatedPartyChain(id: $id) { ${CHAIN_FIELDS} } }`;

export interface ChainPage {
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  chains: Chain[];
}

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
export function filterVariables(f: ChainFilters): Record<string, unknown> {
  const v: Record<string, unknown> = {};
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
