import type { Graph, QueryOptions } from '../driver.ts';

// What people type for a place: its code as the data writes it (440000), its ISO 3166-2 code in
// either form the standard has used (CN-GD, CN-44), or its name in Chinese or English, with or
// without the administrative suffix (广东, 广东省, Guangdong, guangdong province).

/** ISO 3166-2:CN letter codes of the provinces and their GB/T 2260 two-digit prefixes. */
const ISO_LETTERS: Record<string, string> = {
  BJ: '11', TJ: '12', HE: '13', SX: '14', NM: '15', LN: '21', JL: '22', HL: '23', SH: '31', JS: '32', ZJ: '33', AH: '34',
  FJ: '35', JX: '36', SD: '37', HA: '41', HB: '42', HN: '43', GD: '44', GX: '45', HI: '46', CQ: '50', SC: '51', GZ: '52',
  YN: '53', XZ: '54', SN: '61', GS: '62', QH: '63', NX: '64', XJ: '65', TW: '71', HK: '91', MO: '92',
};

const SUFFIXES_ZH = /(省|市|自治区|特别行政区|壮族自治区|回族自治区|维吾尔自治区|区|县|自治州|地区)$/;
const SUFFIXES_EN = /\s+(province|municipality|city|district|county|autonomous region|special administrative region|sar)$/i;

/** The codes `text` may stand for as the data writes them (an ISO code as the province it names), in order of preference. */
export function regionCodeCandidates(text: string): string[] {
  const typed = text.normalize('NFKC').trim();
  const upper = typed.toUpperCase();
  const out = [typed, upper];
  const iso = /^CN-?([A-Z]{2}|\d{2})$/.exec(upper);
  if (iso) {
    const prefix = /^\d{2}$/.test(iso[1]!) ? iso[1]! : ISO_LETTERS[iso[1]!];
    if (prefix) out.push(`${prefix}0000`);
  }
  return [...new Set(out)];
}

/** The name without its administrative suffix, in both languages, lower-cased: what a typed name is compared by. */
export function regionNameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(SUFFIXES_ZH, '').replace(SUFFIXES_EN, '').toLowerCase();
}

export interface FoundRegion {
  code: string;
  name: string;
  nameEn: string | null;
  level: string;
}

export type RegionLookup = { found: FoundRegion } | { found: null; candidates: FoundRegion[] };

const LEVEL_ORDER = ['country', 'province', 'city', 'prefecture', 'district', 'county'];

/**
 * The region `text` names: by code first, then by name (as typed, then without its suffix, then
 * a name it begins; a province before a city of the same name). None or several equally good:
 * `found` null, with the candidates to offer.
 */
export async function lookUpRegion(graph: Graph, text: string, opts: QueryOptions = {}): Promise<RegionLookup> {
  const rows = await graph.read<FoundRegion & { byCode: boolean }>(
    `CALL () {
       UNWIND $codes AS code
       MATCH (r:Region {code: code})
       RETURN r, true AS byCode
       UNION
       MATCH (r:Region) WHERE $key <> '' AND (toLower(r.name) = $key OR toLower(r.name_en) = $key OR r.name STARTS WITH $key OR toLower(r.name_en) STARTS WITH $key + ' ')
       RETURN r, false AS byCode
     }
     RETURN r.code AS code, r.name AS name, r.name_en AS nameEn, r.level AS level, byCode
     LIMIT 20`,
    { codes: regionCodeCandidates(text), key: regionNameKey(text) },
    opts,
  );
  const byCode = rows.filter((r) => r.byCode);
  if (byCode.length > 0) return { found: strip(byCode[0]!) };
  // The name as typed beats the name without its suffix, which beats a name that only begins so;
  // within the best of these, a province beats a city of the same name.
  const typed = text.normalize('NFKC').trim().toLowerCase();
  const key = regionNameKey(text);
  const tierOf = (r: FoundRegion) => (r.name.toLowerCase() === typed || r.nameEn?.toLowerCase() === typed ? 0 : regionNameKey(r.name) === key || (r.nameEn !== null && regionNameKey(r.nameEn) === key) ? 1 : 2);
  const rankOf = (r: FoundRegion) => tierOf(r) * 100 + (LEVEL_ORDER.indexOf(r.level) + 1 || LEVEL_ORDER.length + 1);
  const pool = rows.map(strip).sort((a, b) => rankOf(a) - rankOf(b));
  const best = pool.filter((r) => rankOf(r) === rankOf(pool[0]!));
  return best.length === 1 ? { found: best[0]! } : { found: null, candidates: best };
}

const strip = ({ code, name, nameEn, level }: FoundRegion): FoundRegion => ({ code, name, nameEn, level });
