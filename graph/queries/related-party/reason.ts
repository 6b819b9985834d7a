import { countEn } from '../english-count.ts';
import type { RuleHit, ScoredChain } from './chains.ts';
import type { PartyFacts, Relation, RelationKind } from './relatedness.ts';

// One-line reasons for a chain, in English and Chinese, from its rule hits and their numbers.

export type Lang = 'en' | 'zh';

const RELATION: Record<RelationKind, Record<Lang, string>> = {
  control: { en: 'control', zh: '控制关系' },
  common_controller: { en: 'a common controller', zh: '同一实际控制人' },
  cross_holding: { en: 'a cross-holding', zh: '交叉持股' },
  shared_officer: { en: 'a shared officer', zh: '共同高管' },
  officer: { en: 'an officer', zh: '任职关系' },
};

export function relationPhrase(r: Relation, lang: Lang, name: (id: string) => string): string {
  const via = r.via ? ` (${name(r.via)})` : '';
  const share = r.share !== null ? ` ${Math.round(r.share * 100)}%` : '';
  return lang === 'en'
    ? `${name(r.a)} – ${name(r.b)}: ${RELATION[r.kind].en}${via}${share} on ${r.date}`
    : `${name(r.a)} 与 ${name(r.b)}：${RELATION[r.kind].zh}${via}${share}（${r.date}）`;
}

const amount = (v: unknown, lang: Lang): string => new Intl.NumberFormat(lang === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 0 }).format(Number(v));
const count = countEn;

/** A pattern whose parties are not related on its dates weighs little; the reason says why. */
function strangers(h: RuleHit, lang: Lang): string {
  if (h.relations.length > 0) return '';
  return lang === 'en' ? ' between unrelated parties' : '（非关联方之间）';
}

function hitPhrase(h: RuleHit, lang: Lang, name: (id: string) => string): string {
  const n = h.numbers;
  const en = lang === 'en';
  switch (h.rule) {
    case 'related_party_trade': {
      const kinds = String(n.relations)
        .split(', ')
        .map((k) => RELATION[k as RelationKind]?.[lang] ?? k)
        .join(en ? ', ' : '、');
      return en ? `${count(n.trades, 'trade', 'trades')} between related parties (${kinds})` : `${n.trades} 笔关联方交易（${kinds}）`;
    }
    case 'round_trip':
      return en
        ? `round trip: back to ${name(String(n.returnedTo))} after ${count(n.transfers, 'transfer', 'transfers')} in ${count(n.days, 'day', 'days')}`
        : `回流：${n.transfers} 次转让、${n.days} 天后回到 ${name(String(n.returnedTo))}`;
    case 'rapid_flip':
      return (en ? `rapid flips: ${count(n.transfers, 'transfer', 'transfers')} in ${count(n.days, 'day', 'days')}` : `快速倒手：${n.days} 天内 ${n.transfers} 次转让`) + strangers(h, lang);
    case 'price_escalation': {
      const days = n.days === undefined ? '' : en ? ` in ${count(n.days, 'day', 'days')}` : `（${n.days} 天内）`;
      return (en ? `price ×${n.ratio}${days} (${amount(n.firstAmount, 'en')} → ${amount(n.lastAmount, 'en')} CNY)` : `价格上涨 ${n.ratio} 倍${days}（${amount(n.firstAmount, 'zh')} → ${amount(n.lastAmount, 'zh')} 元）`) + strangers(h, lang);
    }
    case 'escalation_pledge':
      return (en ? `pledged ${count(n.days, 'day', 'days')} after the inflated transfer` : `高价转让后 ${n.days} 天即质押`) + strangers(h, lang);
    case 'same_platform':
      return en ? `${count(n.trades, 'related trade', 'related trades')} via platform ${name(String(n.platform))}` : `${n.trades} 笔关联交易经同一平台 ${name(String(n.platform))}`;
  }
}

/** A party's name in a language: the English name when there is one, else the Chinese, else the id. */
export type NameOf = (id: string, lang: Lang) => string;

export function factsNames(facts: Map<string, PartyFacts>): NameOf {
  return (id, lang) => {
    const f = facts.get(id);
    return (lang === 'en' ? f?.nameEn : null) ?? f?.name ?? id;
  };
}

export function chainReason(c: ScoredChain, names: NameOf, lang: Lang): string {
  const name = (id: string): string => names(id, lang);
  const patents = c.patents.length > 1 ? (lang === 'en' ? `${c.patents[0]} and ${c.patents.length - 1} more` : `${c.patents[0]} 等 ${c.patents.length} 件`) : c.patents[0]!;
  // A sentence may end in a name that ends in a full stop ("… Co., Ltd."): one stop, not two.
  const hits = c.hits.map((h) => hitPhrase(h, lang, name)).join(lang === 'en' ? '; ' : '；').replace(/[.。]$/, '');
  return lang === 'en' ? `${patents}: ${hits}.` : `${patents}：${hits}。`;
}
