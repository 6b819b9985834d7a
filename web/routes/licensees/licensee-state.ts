import { graphql } from '../../lib/api/generated/index.ts';
import type { LicenseesQuery } from '../../lib/api/generated/graphql.ts';
import { requestGraphQL } from '../../lib/api/graphql-client.ts';
import { csvField } from '../../lib/canvas/export.ts';

// The licensee finder's state as plain data: what the URL stores, the query it sends, and the
// shortlist export. The page only wires these to the screen.

export const PARTS = ['technology', 'citations', 'collaboration', 'behaviour', 'place'] as const;
export type Part = (typeof PARTS)[number];

export interface FinderState {
  mode: 'patent' | 'portfolio';
  patent: string;
  holder: string;
  ipc: string;
  region: string;
  industry: string;
  minPortfolio: number | null;
  maxPortfolio: number | null;
  /** Organization kinds a candidate may be; empty: enterprises (the API's default). */
  kinds: string[];
  /** The selected candidate's id. */
  selected: string;
}

export const EMPTY_STATE: FinderState = { mode: 'patent', patent: '', holder: '', ipc: '', region: '', industry: '', minPortfolio: null, maxPortfolio: null, kinds: [], selected: '' };

/** The kinds a licensee may be, in the order the filter offers them; enterprise is the default. */
export const LICENSEE_KINDS = ['enterprise', 'university', 'research_institute', 'platform', 'service_org', 'bank', 'agency'] as const;

/** The kinds as the URL and the API take them: known ones, once each, in offer order; enterprise alone is the default, said by nothing. */
export function normalKinds(kinds: readonly string[]): string[] {
  const picked = LICENSEE_KINDS.filter((k) => kinds.includes(k));
  return picked.length === 1 && picked[0] === 'enterprise' ? [] : picked;
}

const count = (v: string | null): number | null => {
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : null;
};

export function decodeState(q: URLSearchParams): FinderState {
  return {
    mode: q.get('mode') === 'portfolio' ? 'portfolio' : 'patent',
    patent: q.get('patent') ?? '',
    holder: q.get('holder') ?? '',
    ipc: q.get('ipc') ?? '',
    region: q.get('region') ?? '',
    industry: q.get('industry') ?? '',
    minPortfolio: count(q.get('min')),
    maxPortfolio: count(q.get('max')),
    kinds: normalKinds((q.get('kinds') ?? '').split(',')),
    selected: q.get('sel') ?? '',
  };
}

/** What the page's load declares it depends on, so a retry re-runs the ranking alone. */
export const RANKING_DEPENDENCY = 'licensees:ranking';

/** The parameters the ranking depends on: all but the selection, so picking a candidate ranks nothing again. */
export const RANKING_PARAMS = ['mode', 'patent', 'holder', 'ipc', 'region', 'industry', 'min', 'max', 'kinds'] as const;

/** Only what differs from the empty state, in a fixed order, so equal states give equal URLs. */
export function encodeState(s: FinderState): URLSearchParams {
  const q = new URLSearchParams();
  if (s.mode === 'portfolio') q.set('mode', 'portfolio');
  if (s.mode === 'patent' && s.patent) q.set('patent', s.patent);
  if (s.mode === 'portfolio' && s.holder) q.set('holder', s.holder);
  if (s.mode === 'portfolio' && s.ipc) q.set('ipc', s.ipc);
  if (s.region) q.set('region', s.region);
  if (s.industry) q.set('industry', s.industry);
  if (s.minPortfolio !== null) q.set('min', String(s.minPortfolio));
  if (s.maxPortfolio !== null) q.set('max', String(s.maxPortfolio));
  const kinds = normalKinds(s.kinds);
  if (kinds.length > 0) q.set('kinds', kinds.join(','));
  if (s.selected) q.set('sel', s.selected);
  return q;
}

/** Whether the state names something to rank. */
export function isReady(s: FinderState): boolean {
  // A holder alone is asked for too: the API answers with the technology fields it holds patents in, to choose from.
  return s.mode === 'patent' ? s.patent !== '' : s.holder !== '';
}

graphql(`
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
`);

// What the ranking could weigh and what the data lacks, asked for in the same request.
const LicenseesDocument = graphql(`
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
`);

const PortfolioLicenseesDocument = graphql(`
  query PortfolioLicensees($holder: ID!, $ipc: String!, $first: Int, $filters: LicenseeFilters) {
    portfolioLicenseeCandidates(holderId: $holder, ipcPrefix: $ipc, first: $first, filters: $filters) {
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
`);

// The evidence is selected beside the fragment, not in it: the API's limits count each nested
// spread as a level, and a subgraph inside the candidate fragment went past its depth limit.
export type Candidate = LicenseesQuery['licenseeCandidates'][number];
export type EvidenceSource = LicenseesQuery['licenseeEvidence'][number];

export interface Ranking {
  candidates: Candidate[];
  /** Each kind of evidence and whether the data has it for this subject. */
  sources: EvidenceSource[];
}

export const SHORTLIST_SIZE = 20;

export async function fetchCandidates(s: FinderState, opts: { signal?: AbortSignal; fetch?: typeof fetch } = {}): Promise<Ranking> {
  const kinds = normalKinds(s.kinds);
  const filters = {
    region: s.region || null,
    industry: s.industry || null,
    minPortfolio: s.minPortfolio,
    maxPortfolio: s.maxPortfolio,
    kinds: kinds.length > 0 ? kinds : null,
  };
  if (s.mode === 'patent') {
    const { data } = await requestGraphQL({ document: LicenseesDocument, variables: { id: s.patent, first: SHORTLIST_SIZE, filters }, signal: opts.signal, fetch: opts.fetch });
    return { candidates: data.licenseeCandidates, sources: data.licenseeEvidence };
  }
  const { data } = await requestGraphQL({ document: PortfolioLicenseesDocument, variables: { holder: s.holder, ipc: s.ipc.trim(), first: SHORTLIST_SIZE, filters }, signal: opts.signal, fetch: opts.fetch });
  return { candidates: data.portfolioLicenseeCandidates, sources: data.licenseeEvidence };
}

export const CSV_COLUMNS = ['rank', 'id', 'kind', 'name', 'name_en', 'industry', 'portfolio', 'score', ...PARTS, 'reason_zh', 'reason_en'] as const;

/** The shortlist as CSV (BOM for spreadsheets, CRLF as RFC 4180 has it), reasons in both languages. */
export function shortlistCsv(candidates: readonly Candidate[]): string {
  const rows: unknown[][] = [[...CSV_COLUMNS]];
  for (const c of candidates) {
    const value = (p: Part) => c.parts.find((x) => x.part === p)?.value.toFixed(3) ?? '';
    rows.push([c.rank, c.candidate.id, c.candidate.kind, c.candidate.name, c.candidate.nameEn, c.candidate.industry, c.candidate.portfolio, c.score.toFixed(4), ...PARTS.map(value), c.reasonZh, c.reasonEn]);
  }
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
