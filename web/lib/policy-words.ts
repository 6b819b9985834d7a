import { MESSAGES } from './i18n/messages.ts';
import { joinList, type Lang } from './i18n/index.ts';

// Policies and their coverage in the page's words: a scope read by what it covers (广东省高校,
// "Universities in Guangdong Province"), never by its key in the data (s1, gd-ai); an industry in
// the page's language; a policy's title short enough for a canvas label.

type Translate = (id: string, options?: { values?: Record<string, string | number | boolean | Date | null | undefined>; default?: string }) => string;

interface Named {
  name: string;
  nameEn?: string | null;
  properties?: Record<string, unknown> | null;
}

/** What a coverage scope names; its conditions are AND-ed. */
export interface ScopeParts {
  regions: readonly Named[];
  orgKinds: readonly string[];
  industries: readonly string[];
  ipcPrefixes: readonly string[];
  organizations: readonly Named[];
}

const nameIn = (n: Named, lang: Lang) => (lang === 'en' && n.nameEn ? n.nameEn : n.name);

/** The country itself: a scope there reaches everyone, and reads "nationwide" (全国), not as a place. */
export function isCountry(region: Pick<Named, 'properties'>): boolean {
  return region.properties?.level === 'country';
}

const INDUSTRY = {
  zh: MESSAGES.zh.industry as Record<string, string>,
  en: MESSAGES.en.industry as Record<string, string>,
} satisfies Record<Lang, Record<string, string>>;

/** An industry (GB/T 4754 major group, as the data writes it in Chinese) in the page's language; as written when unknown. */
export function industryName(value: string, lang: Lang): string {
  return INDUSTRY[lang][value.trim()] ?? value;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A scope as words: who (its kinds), where (its regions, or nationwide), in which industry, holding
 * patents under which IPC prefixes, or the organizations it names: 广东省高校, 全国所有单位,
 * 苏州市持有 IPC H01M 专利的企业, "Enterprises in Suzhou holding patents under IPC H01M".
 */
export function scopeWords(scope: ScopeParts, lang: Lang, t: Translate): string {
  const list = (parts: readonly string[]) => joinList(parts, lang);
  const countryWide = scope.regions.some(isCountry);
  const places = scope.regions.filter((r) => !isCountry(r)).map((r) => nameIn(r, lang));
  const where = places.length > 0 ? t('coverage.in', { values: { place: list(places) } }) : countryWide ? t('coverage.nationwide') : '';
  const industry = scope.industries.length > 0 ? t('coverage.industry', { values: { industry: list(scope.industries.map((i) => industryName(i, lang))) } }) : '';
  const ipc = scope.ipcPrefixes.length > 0 ? t('coverage.ipc', { values: { ipc: list(scope.ipcPrefixes) } }) : '';
  const kinds = scope.orgKinds.map((k) => t(`coverage.kind.${k}`, { default: k }));
  let who: string;
  if (kinds.length > 0) who = list(kinds);
  else who = where && !industry && !ipc ? t('coverage.everyone') : t('coverage.anyone');
  // Kinds alone: all of them, wherever they are.
  if (!where && !industry && !ipc) who = kinds.length > 0 ? t('coverage.allOf', { values: { who } }) : t('coverage.everyone');
  const qualified = lang === 'en' ? [who, where, industry, ipc].filter(Boolean).join(' ') : `${where}${industry}${ipc}${who}`;
  const named = scope.organizations.length > 0 ? t('coverage.named', { values: { names: list(scope.organizations.map((o) => nameIn(o, lang))) } }) : '';
  // A named organization is the scope; other conditions, if any, narrow it further.
  const rest = scope.regions.length + scope.orgKinds.length + scope.industries.length + scope.ipcPrefixes.length > 0 ? qualified : '';
  const text = named ? [named, rest].filter(Boolean).join(lang === 'en' ? '; ' : '；') : qualified;
  return lang === 'en' ? capitalized(text) : text;
}

// A short title: the place and the kind of document (广东省实施意见, "Suzhou Measures"), else the
// title when short, else its document number (国知发运字〔2021〕22号), else its start.
const ZH_PLACE = /^(?!关于)(\p{Script=Han}{1,8}?(?:省|自治区|特别行政区|自治州|市|县|区))/u;
const ZH_ISSUER = /^(?:知识产权局|市场监督管理局|人民政府办公厅|人民政府|办公厅|科学技术厅|科技厅|财政厅)/u;
const ZH_TYPE = /(实施意见|实施方案|实施细则|实施办法|管理办法|促进办法|若干措施|若干规定|行动方案|行动计划|工作方案|指导意见|通知|意见|办法|决定|规定|条例|方案|细则|规划|计划|措施|指引)(（[^）]*）)?$/u;
const EN_TYPE = /\b(Implementing Opinions|Implementation Plan|Implementing Rules|Implementing Measures|Action Plan|Work Plan|Guiding Opinions|Opinions|Measures|Rules|Notice|Decision|Plan|Provisions|Regulations|Guidelines)\b/;
const ZH_MAX = 14;
const EN_MAX = 34;

interface PolicyNamed {
  name: string;
  nameEn?: string | null;
  properties?: Record<string, unknown> | null;
}

export function shortPolicyTitle(policy: PolicyNamed, lang: Lang): string {
  const docNumber = typeof policy.properties?.doc_number === 'string' && policy.properties.doc_number.trim() ? policy.properties.doc_number.trim() : null;
  if (lang === 'en' && policy.nameEn) {
    // In English, the number (Chinese) is no help: the place and kind, or the title's start.
    const title = policy.nameEn.trim();
    const type = EN_TYPE.exec(title);
    // "Guangdong Province" is Guangdong: the kind of region adds nothing to a label.
    const place = type && type.index > 0 ? title.slice(0, type.index).replace(/\s+(?:Province|Municipality|Autonomous Region)\s*$/, '').trim() : '';
    if (type && place && place.length <= 24 && !/\b(?:on|for|of|the)\b/i.test(place)) {
      const years = /\(([^)]*\d{4}[^)]*)\)\s*$/.exec(title);
      return `${place} ${type[1]}${years ? ` (${years[1]})` : ''}`;
    }
    if (title.length <= EN_MAX) return title;
    // Whole words: a word that ends at the limit stays.
    const cut = title.slice(0, EN_MAX + 1);
    return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 12)).replace(/[\s,;:]+$/, '')}…`;
  }
  const title = policy.name.trim();
  if (title.length <= ZH_MAX) return title;
  const place = ZH_PLACE.exec(title)?.[1];
  const type = ZH_TYPE.exec(title);
  if (place && type && title.slice(place.length).replace(ZH_ISSUER, '').length > type[0].length) return `${place}${type[0]}`;
  if (docNumber) return docNumber;
  return `${title.replace(/^关于/u, '').slice(0, ZH_MAX - 1)}…`;
}
