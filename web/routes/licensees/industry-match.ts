import type { Lang } from '../../lib/i18n/index.ts';

// The industry filter's choices: the industries the data has, named in the page's language and
// found by a part of either name (or the standard's code) as the user types it.

export interface IndustryChoice {
  /** As the data writes it (Chinese): what the URL and the API's filter carry. */
  name: string;
  nameEn: string | null;
  code: string | null;
  organizations: number;
}

/** Case, width and spacing do not matter (ＡＩ, Software  and, 软件 和). */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** What an industry is called on a page in this language (the data's name when it has no English one). */
export function industryLabel(industry: Pick<IndustryChoice, 'name' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' && industry.nameEn ? industry.nameEn : industry.name;
}

/** The data's value named in the page's language, looked up among the choices. */
export function industryNameOf(value: string | null | undefined, choices: readonly Pick<IndustryChoice, 'name' | 'nameEn'>[], lang: Lang): string {
  if (!value) return '';
  const known = choices.find((c) => c.name === value);
  return known ? industryLabel(known, lang) : value;
}

/**
 * The choices that match typed text, best first: a name or code that starts with it before one
 * that contains it, then the one with more enterprises. Empty text lists them all.
 */
export function matchIndustries(choices: readonly IndustryChoice[], text: string): IndustryChoice[] {
  const q = fold(text);
  if (q === '') return [...choices];
  const scored: { c: IndustryChoice; rank: number }[] = [];
  for (const c of choices) {
    const names = [c.name, c.nameEn ?? '', c.code ?? ''].map(fold).filter((n) => n !== '');
    const rank = names.some((n) => n.startsWith(q)) ? 0 : names.some((n) => n.includes(q)) ? 1 : -1;
    if (rank >= 0) scored.push({ c, rank });
  }
  return scored.sort((a, b) => a.rank - b.rank || b.c.organizations - a.c.organizations).map((s) => s.c);
}

/**
 * The industry typed text stands for when it was not picked from the list: the one whose name
 * (either language) or code it is, else the only one it matches; null when none or several do.
 */
export function resolveIndustry(choices: readonly IndustryChoice[], text: string): IndustryChoice | null {
  const q = fold(text);
  if (q === '') return null;
  const exact = choices.find((c) => [c.name, c.nameEn ?? '', c.code ?? ''].some((n) => fold(n) === q));
  if (exact) return exact;
  const matches = matchIndustries(choices, text);
  return matches.length === 1 ? matches[0]! : null;
}
