import type { SearchHitRow } from '../../api/fragments.ts';
import type { Lang } from '../../i18n/index.ts';

// The second line of a search row: what tells alike names apart. A patent: holder · date · kind;
// a policy: document number · date · level; an organization: kind · region · patents and trades; anything else: its
// kind. Words come from the messages (`t`), names in the reader's language; no id or code here.

/** A piece of the line; `matched` when the text was found there (a patent found by its holder). */
export interface ContextPart {
  text: string;
  matched?: boolean;
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type ContextFields = Omit<SearchHitRow, 'id' | 'name' | 'nameEn'>;

const ORGANIZATION_KINDS = new Set(['university', 'enterprise', 'research_institute', 'agency', 'platform', 'service_org', 'bank']);

const inLang = (zh: string | null, en: string | null, lang: Lang) => (lang === 'en' && en ? en : zh);

function holderPart(hit: ContextFields, lang: Lang, t: Translate): ContextPart[] {
  const name = inLang(hit.holder, hit.holderEn, lang);
  if (!name) return [];
  const text = hit.otherHolders > 0 ? t('searchRow.coHolders', { name, count: hit.otherHolders }) : name;
  return [{ text, matched: hit.matchedBy === 'HOLDER' }];
}

function datePart(hit: ContextFields, t: Translate): ContextPart[] {
  return hit.date && hit.dateKind ? [{ text: t(`searchRow.date.${hit.dateKind}`, { date: hit.date }) }] : [];
}

/** A word for a value of the data (a patent's kind, a policy's level): its message, never the value itself. */
function wordFor(group: string, value: string | null, t: Translate): ContextPart[] {
  if (!value) return [];
  const key = `searchRow.${group}.${value}`;
  const text = t(key);
  return text === key ? [] : [{ text }];
}

export function contextParts(hit: ContextFields, lang: Lang, t: Translate): ContextPart[] {
  if (hit.kind === 'patent') return [...holderPart(hit, lang, t), ...datePart(hit, t), ...wordFor('patentKind', hit.patentKind, t)];
  if (hit.kind === 'policy') return [...(hit.docNumber ? [{ text: hit.docNumber }] : []), ...datePart(hit, t), ...wordFor('level', hit.level, t)];
  const kind = { text: t(`kind.${hit.kind}`) };
  if (ORGANIZATION_KINDS.has(hit.kind)) {
    const region = inLang(hit.region, hit.regionEn, lang);
    // How active it is, so the holder people mean stands out from its namesakes (what search ranked by).
    const activity = hit.importance ? [{ text: t('searchRow.activity', { count: hit.importance }) }] : [];
    return [kind, ...(region ? [{ text: region }] : []), ...activity];
  }
  return [kind];
}
