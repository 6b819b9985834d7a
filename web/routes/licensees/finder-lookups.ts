import { graphql } from '../../lib/api/generated/index.ts';
import type { FinderIndustriesQuery, LicenseeSubjectQuery } from '../../lib/api/generated/graphql.ts';
import { requestGraphQL } from '../../lib/api/graphql-client.ts';
import type { ContextFields } from '../../lib/components/hit-context/hit-context.ts';

// What the finder looks up besides the ranking: the chosen patent or holder by the id in the URL
// (a reloaded or shared link knows nothing else of it), and the industries there are to filter by.

/** The chosen patent or holder by name, with what its search row said beside the name when the API has it. */
export interface Subject {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  context: ContextFields | null;
}

export type Industry = FinderIndustriesQuery['industries'][number];
/** An industry of any organization, with its English name: what names one in the page's language. */
export type IndustryName = FinderIndustriesQuery['named'][number];

export interface Industries {
  /** What the filter offers: the industries of enterprises, the candidates. */
  choices: Industry[];
  /** Every industry of the data, for naming one of any organization. */
  names: IndustryName[];
}

const LicenseeSubjectDocument = graphql(`
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
`);

const FinderIndustriesDocument = graphql(`
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
`);

type Fetch = typeof fetch;

/** The subject from the two answers: the exact search hit (its row's context), else the node by id. */
export function subjectOf(id: string, data: LicenseeSubjectQuery): Subject | null {
  const hit = data.search.find((h) => h.exact && h.id === id);
  if (hit) {
    const { id: _id, name, nameEn, exact: _exact, ...context } = hit;
    return { id, kind: hit.kind, name, nameEn, context };
  }
  const node = data.entity?.node;
  return node ? { id, kind: node.kind, name: node.name, nameEn: node.nameEn, context: null } : null;
}

// In the browser the answers are kept for the visit: changing a filter re-runs the page's load,
// which must not ask again for a name it has. The server keeps nothing across requests (users differ).
const browser = typeof window !== 'undefined';
const subjects = new Map<string, Promise<Subject | null>>();
let industries: Promise<Industries> | null = null;

/** The patent (kind `patent`) or holder (`organization`) of this id; null when none the caller may see has it. */
export function fetchSubject(opts: { id: string; kind: 'patent' | 'organization'; fetch?: Fetch }): Promise<Subject | null> {
  const key = `${opts.kind}:${opts.id}`;
  const cached = browser ? subjects.get(key) : undefined;
  if (cached) return cached;
  const asked = requestGraphQL({ document: LicenseeSubjectDocument, variables: { id: opts.id, text: opts.id, kinds: [opts.kind] }, fetch: opts.fetch }).then(({ data }) => subjectOf(opts.id, data));
  if (browser) {
    subjects.set(key, asked);
    asked.catch(() => subjects.delete(key));
  }
  return asked;
}

/** The industries candidates work in, most enterprises first, and the names of all there are. */
export function fetchIndustries(opts: { fetch?: Fetch } = {}): Promise<Industries> {
  if (browser && industries) return industries;
  const asked = requestGraphQL({ document: FinderIndustriesDocument, fetch: opts.fetch }).then(({ data }) => ({ choices: data.industries, names: data.named }));
  if (browser) {
    industries = asked;
    asked.catch(() => (industries = null));
  }
  return asked;
}
