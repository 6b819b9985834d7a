import type { SubgraphView } from '../graph-elements.ts';
import type { ScoredChain } from './chains.ts';
import { chainReason, factsNames, relationPhrase, type Lang } from './reason.ts';
import type { PartyFacts, Relation } from './relatedness.ts';

// A flagged chain as the API and the evidence report show it.

export interface RelationView {
  kind: string;
  a: string;
  b: string;
  date: string;
  via: string | null;
  share: number | null;
  ownership: Relation['ownership'];
  offices: Relation['offices'];
  reason: string;
  reasonZh: string;
}

export interface ChainView {
  id: string;
  cursor: string;
  risk: number;
  rules: string[];
  hits: { rule: string; numbers: Record<string, unknown>; transactions: string[]; reason: string; reasonZh: string }[];
  riskParts: { rule: string; weight: number; factor: number; score: number }[];
  patentIds: string[];
  transactions: { id: string; kind: string; date: string; amount: number | null; fromId: string; toId: string; patentIds: string[]; platformId: string | null; relation: string | null }[];
  parties: { id: string; name: string; nameEn: string | null; kind: string; regions: string[]; place: string | null; placeEn: string | null }[];
  relations: RelationView[];
  from: string;
  to: string;
  reason: string;
  reasonZh: string;
  evidence: SubgraphView;
}

export function chainView(c: ScoredChain, { facts, evidence, cursor }: { facts: Map<string, PartyFacts>; evidence: SubgraphView; cursor: string }): ChainView {
  // Officers and controllers are no trading party: their names come from the evidence.
  const fromFacts = factsNames(facts);
  const nodes = new Map(evidence.nodes.map((n) => [n.id, n]));
  const names = (id: string, lang: Lang): string => {
    if (facts.has(id)) return fromFacts(id, lang);
    const n = nodes.get(id);
    return (lang === 'en' ? n?.nameEn : null) ?? n?.name ?? id;
  };
  const name = (id: string): string => names(id, 'zh');
  const tradeRelation = new Map<string, string>();
  for (const h of c.hits) {
    if (h.rule !== 'related_party_trade') continue;
    h.transactions.forEach((id, i) => tradeRelation.set(id, h.relations[i]!.kind));
  }
  const relation = (r: Relation): RelationView => ({
    kind: r.kind,
    a: r.a,
    b: r.b,
    date: r.date,
    via: r.via,
    share: r.share,
    ownership: r.ownership,
    offices: r.offices,
    reason: relationPhrase(r, 'en', (id) => names(id, 'en')),
    reasonZh: relationPhrase(r, 'zh', (id) => names(id, 'zh')),
  });
  const single = (h: ScoredChain['hits'][number], lang: Lang): string => chainReason({ ...c, hits: [h] }, names, lang);
  return {
    id: c.id,
    cursor,
    risk: c.risk,
    rules: c.rules,
    hits: c.hits.map((h) => ({ rule: h.rule, numbers: h.numbers, transactions: h.transactions, reason: single(h, 'en'), reasonZh: single(h, 'zh') })),
    riskParts: c.parts,
    patentIds: c.patents,
    transactions: c.trades.map((x) => ({
      id: x.id,
      kind: x.kind,
      date: x.date,
      amount: x.amount,
      fromId: x.from,
      toId: x.to,
      patentIds: x.patents,
      platformId: x.platform,
      relation: tradeRelation.get(x.id) ?? null,
    })),
    parties: c.parties.map((id) => {
      const f = facts.get(id);
      return { id, name: name(id), nameEn: f?.nameEn ?? null, kind: f?.kind ?? 'other', regions: f?.regions ?? [], place: f?.place?.zh ?? null, placeEn: f?.place?.en ?? null };
    }),
    relations: c.relations.map(relation),
    from: c.from,
    to: c.to,
    reason: chainReason(c, names, 'en'),
    reasonZh: chainReason(c, names, 'zh'),
    evidence,
  };
}
