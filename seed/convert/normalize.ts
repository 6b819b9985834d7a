import { isIsoDate, parseIpc } from '../../graph/vocabulary/index.ts';
import { guessOrgKind } from './org-kind.ts';

// Legal-form words that differ between two spellings of one company; stripped from the end.
const CORPORATE_SUFFIXES = new Set([
  'INC', 'INCORPORATED', 'CORP', 'CORPORATION', 'CO', 'COMPANY', 'LLC', 'LC', 'LTD', 'LIMITED', 'PLC', 'LP', 'LLP',
  'GMBH', 'AG', 'SA', 'SAS', 'SARL', 'SPA', 'SRL', 'NV', 'BV', 'AB', 'AS', 'OY', 'KK', 'KABUSHIKI', 'KAISHA', 'PTY',
  'PTE', 'CV', 'SE', 'HOLDINGS', 'THE',
]);

/**
 * The form two names of one organization share: upper case, `&` as AND, punctuation removed,
 * periods dropped (L.L.C. → LLC) and legal-form suffixes dropped (ACME ROBOTICS, INC. →
 * ACME ROBOTICS; SONY CORPORATION → SONY).
 */
export function normalizeOrgName(raw: string): string {
  let s = raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
  s = s.replace(/&/g, ' AND ');
  // Periods go first so L.L.C. and N.V. become words, then all other punctuation is a space.
  s = s.replace(/\./g, '').replace(/[^A-Z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
  const words = s.split(' ').filter((w) => w.length > 0);
  while (words.length > 1 && words[0] === 'THE') words.shift();
  while (words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** An id-safe form of a normalized name: words joined with `-`. */
export function nameSlug(normalized: string): string {
  return normalized.replace(/ /g, '-');
}

const ORG_WORD = /\b(INC|CORP|CORPORATION|COMPANY|CO|LLC|LTD|LIMITED|PLC|GMBH|AG|SA|NV|BV|LLP|LP|TRUST|FUND|PARTNERS|GROUP|HOLDINGS|TECHNOLOGIES|SYSTEMS|INDUSTRIES)\b/;

/**
 * Whether an Assignment Dataset party name is a person's: "DOE, JOHN A." (family name, comma,
 * given names) with no word that only organizations use.
 */
export function looksLikePerson(name: string): boolean {
  if (!name.includes(',')) return false;
  const s = ' ' + name.toUpperCase().replace(/[^A-Z0-9 ]+/g, ' ') + ' ';
  return !ORG_WORD.test(s) && guessOrgKind(name).basis === 'none';
}

/** "DOE, JOHN A." → "JOHN A. DOE"; other names as they are. */
export function personDisplayName(name: string): string {
  const i = name.indexOf(',');
  if (i < 0) return name.trim();
  const family = name.slice(0, i).trim();
  const given = name.slice(i + 1).trim();
  return given ? `${given} ${family}` : family;
}

const PATENT_NUMBER = /^(RE|PP|D|H|T|X|RX|AI)?0*([1-9]\d{0,7})$/;

/**
 * A US patent number in one spelling for both sources (PatentsView `patent_id`, Assignment
 * Dataset `grant_doc_num`): upper case, no spaces, commas or leading zeros (D0654321 → D654321).
 */
export function normalizePatentNumber(raw: string): string | undefined {
  const v = raw.toUpperCase().replace(/[\s,]/g, '');
  const m = PATENT_NUMBER.exec(v);
  if (!m) return undefined;
  return (m[1] ?? '') + m[2];
}

/** The bundle id of a US patent: `US` + its number, unique beside other offices' ids. */
export function usPatentId(number: string): string {
  return 'US' + number;
}

/**
 * A CPC symbol in the `G06N 3/08` form the bundle's ipc column uses (PatentsView writes
 * `G06N3/08`). CPC's Y section and anything else outside IPC's A–H sections gives undefined.
 */
export function cpcToIpc(raw: string): string | undefined {
  return parseIpc(raw)?.symbol;
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/**
 * An ISO date from the spellings the sources use: 2012-05-24 (optionally with a time),
 * 20120524, 05/24/2012, and Stata's 24may2012 in DTA-derived CSV. Undefined for anything else,
 * including placeholders such as 0000-00-00.
 */
export function parseSourceDate(raw: string): string | undefined {
  const v = raw.trim();
  if (v === '') return undefined;
  let iso: string | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$/.exec(v))) iso = `${m[1]}-${m[2]}-${m[3]}`;
  else if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(v))) iso = `${m[1]}-${m[2]}-${m[3]}`;
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v))) iso = `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  else if ((m = /^(\d{1,2})([a-z]{3})(\d{4})$/i.exec(v))) {
    const mo = MONTHS[m[2]!.toLowerCase()];
    if (mo) iso = `${m[3]}-${mo}-${m[1]!.padStart(2, '0')}`;
  }
  return iso && isIsoDate(iso) && iso >= '1790-01-01' ? iso : undefined;
}
