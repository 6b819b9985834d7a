import { formatAmount } from './format.ts';

// The figures behind a rule hit, as a sentence of the page's language (an ICU message per rule):
// parties by name, amounts grouped, counts with their plural. The API's `numbers` keep the raw
// values (ids, keys) for the JSON; nothing of them shows as such.

type Translate = (id: string, options?: { values?: Record<string, string | number | boolean | Date | null | undefined> }) => string;

export interface HitFigures {
  rule: string;
  numbers: unknown;
}

/** Numbers that name a party: shown by its name. */
const PARTY_KEYS = new Set(['returnedTo', 'pledgee', 'platform']);

export function hitFacts(h: HitFigures, t: Translate, name: (id: string) => string, lang: string): string {
  const n = (h.numbers ?? {}) as Record<string, unknown>;
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(n)) {
    if (PARTY_KEYS.has(k)) values[k] = name(String(v));
    else if (/amount/i.test(k) && typeof v === 'number') values[k] = formatAmount(v, lang);
    else if (typeof v === 'number' || typeof v === 'string') values[k] = v;
  }
  if (h.rule === 'escalation_pledge') values.hasAmount = n.pledgeAmount == null ? 'no' : 'yes';
  if (h.rule === 'related_party_trade') values.relations = relationWords(String(n.relations ?? ''), t, lang);
  return t(`relatedParty.facts.${h.rule}`, { values });
}

function relationWords(kinds: string, t: Translate, lang: string): string {
  return kinds
    .split(', ')
    .filter((k) => k !== '')
    .map((k) => t(`relatedParty.relation.${k}`).toLowerCase())
    .join(lang === 'zh' ? '、' : ', ');
}
