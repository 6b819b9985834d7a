import type { BundleWriters } from '../csv-writer.ts';
import { bundleRow } from './bundle-out.ts';

// US states and territories as PatentsView writes them (disambig_state), named in both languages.
const US_STATES: Record<string, [string, string]> = {
  AL: ['阿拉巴马州', 'Alabama'], AK: ['阿拉斯加州', 'Alaska'], AZ: ['亚利桑那州', 'Arizona'], AR: ['阿肯色州', 'Arkansas'],
  CA: ['加利福尼亚州', 'California'], CO: ['科罗拉多州', 'Colorado'], CT: ['康涅狄格州', 'Connecticut'], DE: ['特拉华州', 'Delaware'],
  DC: ['哥伦比亚特区', 'District of Columbia'], FL: ['佛罗里达州', 'Florida'], GA: ['佐治亚州', 'Georgia'], HI: ['夏威夷州', 'Hawaii'],
  ID: ['爱达荷州', 'Idaho'], IL: ['伊利诺伊州', 'Illinois'], IN: ['印第安纳州', 'Indiana'], IA: ['艾奥瓦州', 'Iowa'],
  KS: ['堪萨斯州', 'Kansas'], KY: ['肯塔基州', 'Kentucky'], LA: ['路易斯安那州', 'Louisiana'], ME: ['缅因州', 'Maine'],
  MD: ['马里兰州', 'Maryland'], MA: ['马萨诸塞州', 'Massachusetts'], MI: ['密歇根州', 'Michigan'], MN: ['明尼苏达州', 'Minnesota'],
  MS: ['密西西比州', 'Mississippi'], MO: ['密苏里州', 'Missouri'], MT: ['蒙大拿州', 'Montana'], NE: ['内布拉斯加州', 'Nebraska'],
  NV: ['内华达州', 'Nevada'], NH: ['新罕布什尔州', 'New Hampshire'], NJ: ['新泽西州', 'New Jersey'], NM: ['新墨西哥州', 'New Mexico'],
  NY: ['纽约州', 'New York'], NC: ['北卡罗来纳州', 'North Carolina'], ND: ['北达科他州', 'North Dakota'], OH: ['俄亥俄州', 'Ohio'],
  OK: ['俄克拉何马州', 'Oklahoma'], OR: ['俄勒冈州', 'Oregon'], PA: ['宾夕法尼亚州', 'Pennsylvania'], RI: ['罗得岛州', 'Rhode Island'],
  SC: ['南卡罗来纳州', 'South Carolina'], SD: ['南达科他州', 'South Dakota'], TN: ['田纳西州', 'Tennessee'], TX: ['得克萨斯州', 'Texas'],
  UT: ['犹他州', 'Utah'], VT: ['佛蒙特州', 'Vermont'], VA: ['弗吉尼亚州', 'Virginia'], WA: ['华盛顿州', 'Washington'],
  WV: ['西弗吉尼亚州', 'West Virginia'], WI: ['威斯康星州', 'Wisconsin'], WY: ['怀俄明州', 'Wyoming'], PR: ['波多黎各', 'Puerto Rico'],
  GU: ['关岛', 'Guam'], VI: ['美属维尔京群岛', 'U.S. Virgin Islands'], AS: ['美属萨摩亚', 'American Samoa'], MP: ['北马里亚纳群岛', 'Northern Mariana Islands'],
};

/** SAN JOSÉ → SAN-JOSE: upper case, no accents, words joined with `-`. */
export function placeSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const zhNames = new Intl.DisplayNames(['zh-CN'], { type: 'region' });
const enNames = new Intl.DisplayNames(['en'], { type: 'region' });

function countryNames(code: string): [string, string] {
  try {
    return [zhNames.of(code) ?? code, enNames.of(code) ?? code];
  } catch {
    return [code, code];
  }
}

/** SANTA CLARA → Santa Clara; names already in mixed case stay as written. */
function displayCity(city: string): string {
  const t = city.trim();
  if (t !== t.toUpperCase()) return t;
  return t.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const simple = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z ]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Country codes by English name, as the Assignment Dataset writes countries (JAPAN, KOREA, REPUBLIC OF). */
const COUNTRY_BY_NAME: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      const name = enNames.of(code);
      if (name && name !== code) m.set(simple(name), code);
    }
  }
  const extra: Record<string, string> = {
    USA: 'US', 'UNITED STATES OF AMERICA': 'US', 'KOREA REPUBLIC OF': 'KR', 'REPUBLIC OF KOREA': 'KR', KOREA: 'KR',
    'PEOPLES REPUBLIC OF CHINA': 'CN', 'CHINA PEOPLES REPUBLIC OF': 'CN', ENGLAND: 'GB', 'GREAT BRITAIN': 'GB', SCOTLAND: 'GB', WALES: 'GB',
    'FEDERAL REPUBLIC OF GERMANY': 'DE', 'REPUBLIC OF CHINA': 'TW', 'RUSSIAN FEDERATION': 'RU', 'THE NETHERLANDS': 'NL',
  };
  for (const [name, code] of Object.entries(extra)) m.set(name, code);
  return m;
})();

const US_STATE_BY_NAME = new Map(Object.entries(US_STATES).map(([code, [, en]]) => [simple(en), code]));

/**
 * A postal address of the Assignment Dataset (ee_city, ee_state, ee_country) as country, state and
 * city codes: the country is a name there (blank for most US addresses), the US state a name or a
 * code. Undefined when the country cannot be told.
 */
export function placeOfAddress(city: string, state: string, country: string): { country: string; state: string; city: string } | undefined {
  const c = simple(country);
  const st = simple(state);
  const usState = US_STATES[st] ? st : US_STATE_BY_NAME.get(st);
  const cc = c === '' ? (usState ? 'US' : undefined) : (COUNTRY_BY_NAME.get(c) ?? (/^[A-Z]{2}$/.test(c) ? c : undefined));
  if (!cc) return undefined;
  return { country: cc, state: cc === 'US' ? (usState ?? '') : '', city };
}

/**
 * Region codes from a location (country / state / city), written to regions.csv once each:
 * `US`, `US-CA`, `US-CA-SAN-JOSE`; a city without a state hangs under its country (`DE-MUNICH`).
 * Returns the finest code, or undefined without a usable country.
 */
export class RegionTree {
  private readonly written = new Set<string>();

  constructor(private readonly writers: BundleWriters) {}

  /** A code the bundle already has (copied from another bundle), so it is not written again. */
  markExisting(code: string): void {
    this.written.add(code);
  }

  regionOf(country: string, state: string, city: string): string | undefined {
    const cc = country.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(cc)) return undefined;
    if (!this.written.has(cc)) {
      const [zh, en] = countryNames(cc);
      this.write(cc, zh, en, 'country', '');
    }
    let code = cc;
    const st = state.trim().toUpperCase();
    if (/^[A-Z0-9]{1,3}$/.test(st)) {
      const stateCode = `${cc}-${st}`;
      if (!this.written.has(stateCode)) {
        const names = cc === 'US' ? US_STATES[st] : undefined;
        this.write(stateCode, names?.[0] ?? st, names?.[1] ?? st, 'province', cc);
      }
      code = stateCode;
    }
    const citySlug = placeSlug(city);
    if (citySlug) {
      const cityCode = `${code}-${citySlug}`;
      if (!this.written.has(cityCode)) {
        const name = displayCity(city);
        this.write(cityCode, name, name, 'city', code);
      }
      code = cityCode;
    }
    return code;
  }

  private write(code: string, name: string, nameEn: string, level: string, parent: string): void {
    this.written.add(code);
    this.writers.open('regions.csv').row(bundleRow('regions.csv', { code, name, name_en: nameEn, level, parent_code: parent }));
  }
}
