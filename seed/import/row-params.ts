import { splitList } from '../bundle-format.ts';
import { normaliseIpc, normaliseIpcPrefix, ipcAncestry } from '../../graph/vocabulary/index.ts';

// CSV cells (validated strings) → Cypher parameters: empty cells become null so SET removes a
// property that a newer bundle no longer has, numbers become numbers, lists become lists.

type Rec = Record<string, string>;

const text = (v: string | undefined): string | null => {
  const t = (v ?? '').trim();
  return t === '' ? null : t;
};
const num = (v: string | undefined): number | null => {
  const t = text(v);
  return t === null ? null : Number(t);
};

export const rowParams = {
  'regions.csv': (r: Rec) => ({ code: text(r.code), name: text(r.name), name_en: text(r.name_en), level: text(r.level), parent_code: text(r.parent_code) }),
  'organizations.csv': (r: Rec) => ({
    id: text(r.id),
    kind: text(r.kind),
    name: text(r.name),
    name_en: text(r.name_en),
    region_code: text(r.region_code),
    industry: text(r.industry),
    founded: text(r.founded),
    credit_code: text(r.credit_code),
  }),
  'persons.csv': (r: Rec) => ({ id: text(r.id), name: text(r.name), name_en: text(r.name_en) }),
  'patents.csv': (r: Rec) => ({
    id: text(r.id),
    title: text(r.title),
    title_en: text(r.title_en),
    kind: text(r.kind),
    ipc: [...new Set(splitList(r.ipc ?? '').map(normaliseIpc).filter((s): s is string => s !== null))],
    filed: text(r.filed),
    granted: text(r.granted),
    status: text(r.status),
    abstract: text(r.abstract),
  }),
  'applicants.csv': (r: Rec) => ({ patent_id: text(r.patent_id), holder_id: text(r.holder_id), seq: num(r.seq) }),
  'inventors.csv': (r: Rec) => ({ patent_id: text(r.patent_id), person_id: text(r.person_id), seq: num(r.seq) }),
  'citations.csv': (r: Rec) => ({ citing_id: text(r.citing_id), cited_id: text(r.cited_id) }),
  'transactions.csv': (r: Rec) => ({
    id: text(r.id),
    kind: text(r.kind),
    patent_ids: [...new Set(splitList(r.patent_ids ?? ''))],
    from_id: text(r.from_id),
    to_id: text(r.to_id),
    date: text(r.date),
    amount_cny: num(r.amount_cny),
    license_type: text(r.license_type),
    platform_id: text(r.platform_id),
    registration_no: text(r.registration_no),
  }),
  'equity.csv': (r: Rec) => ({ owner_id: text(r.owner_id), company_id: text(r.company_id), share: num(r.share), since: text(r.since), until: text(r.until) }),
  'positions.csv': (r: Rec) => ({ person_id: text(r.person_id), org_id: text(r.org_id), role: text(r.role), since: text(r.since), until: text(r.until) }),
  'policies.csv': (r: Rec) => ({
    id: text(r.id),
    title: text(r.title),
    doc_number: text(r.doc_number),
    title_en: text(r.title_en),
    issuer_id: text(r.issuer_id),
    issued: text(r.issued),
    effective: text(r.effective),
    expires: text(r.expires),
    level: text(r.level),
    summary: text(r.summary),
  }),
  'provisions.csv': (r: Rec) => ({
    id: `${text(r.policy_id)}#${num(r.seq)}`,
    policy_id: text(r.policy_id),
    seq: num(r.seq),
    title: text(r.title),
    text: text(r.text),
    category: text(r.category),
  }),
  'policy_links.csv': (r: Rec) => ({ from_id: text(r.from_id), to_id: text(r.to_id), kind: text(r.kind) }),
} as const;

export interface CoverageScopeRow {
  id: string;
  policy_id: string;
  scope: string;
  regions: string[];
  org_kinds: string[];
  industries: string[];
  ipc_prefixes: string[];
  /** Prefixes that name a node of the IPC hierarchy, linked with SCOPE_IPC. */
  ipc_nodes: string[];
  orgs: string[];
}

/** Folds coverage rows into one row per (policy, scope): the scope's AND-ed conditions. */
export class CoverageScopes {
  private readonly scopes = new Map<string, CoverageScopeRow>();

  add(r: Rec): void {
    const policy = text(r.policy_id)!;
    const scope = text(r.scope)!;
    const id = `${policy}#${scope}`;
    let s = this.scopes.get(id);
    if (!s) {
      s = { id, policy_id: policy, scope, regions: [], org_kinds: [], industries: [], ipc_prefixes: [], ipc_nodes: [], orgs: [] };
      this.scopes.set(id, s);
    }
    const value = text(r.value)!;
    const push = (list: string[], v: string) => {
      if (!list.includes(v)) list.push(v);
    };
    switch (r.dimension) {
      case 'region':
        push(s.regions, value);
        break;
      case 'org_kind':
        push(s.org_kinds, value);
        break;
      case 'industry':
        push(s.industries, value);
        break;
      case 'org':
        push(s.orgs, value);
        break;
      case 'ipc': {
        push(s.ipc_prefixes, normaliseIpcPrefix(value));
        const node = ipcAncestry(value).at(-1);
        if (node) push(s.ipc_nodes, node.code);
        break;
      }
    }
  }

  rows(): CoverageScopeRow[] {
    return [...this.scopes.values()];
  }
}
