// What people type for a thing they know by its number: a patent's publication number (CN or US
// form, with or without its kind code, any case, with spaces or commas: "cn 118918747 a",
// "US 4,322,455"), a policy's document number in any bracket style (国知发运字〔2021〕22号,
// [2021], 【2021】, (2021)), or an id as shown in small print. Turned into keys looked up exactly.

/** Brackets people type around a document number's year, and the one the data uses. */
const OPEN = /[[【(（［〔]/g;
const CLOSE = /[\]】)）］〕]/g;
const YEAR_IN_BRACKETS = /[[【(（［〔]\s*(?:19|20)\d{2}\s*[\]】)）］〕]/;
const PUBLICATION = /^([A-Z]{2})?(\d{5,})([A-Z]\d?)?$/;
/** Ids and codes as the data writes them: ASCII, with a digit or a hyphen (ENT-332395, CN-GD, 440305). */
const ID_LIKE = /^(?=.*[\d-])[A-Za-z0-9][A-Za-z0-9_.:-]{1,79}$/;
/** Countries whose numbers the data holds, tried in turn for a number typed without one. */
const COUNTRIES = ['CN', 'US'];

export interface NumberKeys {
  /** Ids (and region codes) to look up as they are. */
  ids: string[];
  /** Patent ids that begin so: a publication number typed without its kind code. */
  idPrefixes: string[];
  /** A policy document number with its brackets made the data's 〔〕 and no spaces. */
  docKey: string | null;
}

/** A document number in one bracket style and without spaces, to compare typed and stored forms. */
export function documentKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(OPEN, '〔').replace(CLOSE, '〕');
}

/** The exact keys `text` may stand for; null when it looks like no number or id. */
export function numberKeys(text: string): NumberKeys | null {
  const typed = text.normalize('NFKC').trim();
  if (typed.length === 0 || typed.length > 80) return null;
  const docKey = YEAR_IN_BRACKETS.test(typed) ? documentKey(typed) : null;
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
  if (ids.size === 0 && idPrefixes.size === 0 && docKey === null) return null;
  return { ids: [...ids], idPrefixes: [...idPrefixes], docKey };
}
