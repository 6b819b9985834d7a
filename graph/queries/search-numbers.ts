// What people type for a thing they know by its number: a patent's publication number (CN or US
// form, with or without its kind code, any case, with spaces or commas: "cn 118918747 a",
// "US 4,322,455"), a policy's document number in any bracket style (国知发运字〔2021〕22号,
// [2021], 【2021】, (2021), ［2021］) whole or in part (22号, 〔2021〕22, 国知发运字22号,
// [2021] No. 22), or an id as shown in small print. Turned into keys looked up exactly, and a
// pattern for document numbers.

/** Brackets people type around a document number's year, and the one the data uses. */
const OPEN = /[[【(（［〔]/g;
const CLOSE = /[\]】)）］〕]/g;
const YEAR_IN_BRACKETS = /[[【(（［〔]\s*(?:19|20)\d{2}\s*[\]】)）］〕]/;
const PUBLICATION = /^([A-Z]{2})?(\d{5,})([A-Z]\d?)?$/;
/** Ids and codes as the data writes them: ASCII, with a digit or a hyphen (ENT-332395, CN-GD, 440305). */
const ID_LIKE = /^(?=.*[\d-])[A-Za-z0-9][A-Za-z0-9_.:-]{1,79}$/;
/** Countries whose numbers the data holds, tried in turn for a number typed without one. */
const COUNTRIES = ['CN', 'US'];
/**
 * A document number or a part of one, in documentKey form: the issuer's code (国知发运字), the
 * year in brackets (or "2021年"), the serial number with 号 (第 before it allowed). English
 * renderings write the serial "No. 22".
 */
const DOCUMENT_PARTS = /^(\p{Script=Han}*?)(?:〔((?:19|20)\d{2})〕|((?:19|20)\d{2})年)?第?(?:0*(\d{1,6})(号)?)?$/u;
const ENGLISH_SERIAL = /\bNo\.?\s*(\d{1,6})\b/gi;

export interface NumberKeys {
  /** Ids (and region codes) to look up as they are. */
  ids: string[];
  /** Patent ids that begin so: a publication number typed without its kind code. */
  idPrefixes: string[];
  /** A whole policy document number with its brackets made the data's 〔〕 and no spaces. */
  docKey: string | null;
  /**
   * A regular expression (the common subset of Java's and JavaScript's) that a stored document
   * number in documentKey form matches in full when it holds every part typed, in order.
   */
  docPattern: string | null;
}

/** A document number in one bracket style and without spaces, to compare typed and stored forms. */
export function documentKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(OPEN, '〔').replace(CLOSE, '〕');
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern for the parts of a document number in `typed`; null when it holds none. A number
 * alone must say 号 (22号) or follow a year in brackets (〔2021〕22): a bare 22 is any number.
 */
export function documentPattern(typed: string): string | null {
  const key = documentKey(typed.normalize('NFKC').replace(ENGLISH_SERIAL, '$1号'));
  const m = DOCUMENT_PARTS.exec(key);
  if (!m) return null;
  const [, issuer = '', bracketYear, plainYear, serial, hao] = m;
  const year = bracketYear ?? plainYear;
  const numbered = serial !== undefined && (hao !== undefined || bracketYear !== undefined);
  if (!(bracketYear !== undefined || numbered)) return null;
  if (serial !== undefined && !numbered) return null;
  let pattern = `.*${escapeRegex(issuer)}`;
  if (year) pattern += `(?:〔${year}〕|${year}年)`;
  // The issuer's code and the number without the year between them: the stored year still is.
  else if (issuer && serial !== undefined) pattern += '(?:〔\\d{4}〕|\\d{4}年)?';
  if (serial !== undefined) {
    // Whole numbers only: 22号 is not the end of 122号.
    pattern += `第?(?<![0-9])0*${serial}`;
    pattern += hao ? '号' : '(?![0-9])';
  }
  return `${pattern}.*`;
}

/** The exact keys `text` may stand for; null when it looks like no number or id. */
export function numberKeys(text: string): NumberKeys | null {
  const typed = text.normalize('NFKC').trim();
  if (typed.length === 0 || typed.length > 80) return null;
  const docKey = YEAR_IN_BRACKETS.test(typed) ? documentKey(typed) : null;
  const docPattern = documentPattern(typed);
  const ids = new Set<string>();
  const idPrefixes = new Set<string>();
  if (ID_LIKE.test(typed)) {
    ids.add(typed);
    ids.add(typed.toUpperCase());
  }
  const compact = typed.toUpperCase().replace(/[\s,.\-/]/g, '');
  const publication = PUBLICATION.exec(compact);
  if (publication) {
    const [, country, digits, kindCode] = publication;
    for (const c of country ? [country] : COUNTRIES) {
      if (kindCode) ids.add(`${c}${digits}${kindCode}`);
      else idPrefixes.add(`${c}${digits}`);
    }
  }
  if (ids.size === 0 && idPrefixes.size === 0 && docKey === null && docPattern === null) return null;
  return { ids: [...ids], idPrefixes: [...idPrefixes], docKey, docPattern };
}
