// Turns what a user typed into Lucene queries for the two full-text indexes. User text never
// reaches Lucene's parser as written: it is cut into words of letters and digits (so no operator,
// quote, bracket or backslash survives), each word is lower-cased (so AND/OR/NOT are words, not
// operators), and the query is built from those words only.

const HAN = /\p{Script=Han}/u;
// Runs of Han characters, or runs of other letters and digits.
export const WORD = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export const MAX_SEARCH_WORDS = 12;
export const MAX_WORD_LENGTH = 40;

export interface SearchWords {
  /** Han runs, as typed. */
  han: string[];
  /** Other words, lower-cased. */
  latin: string[];
}

export function searchWords(text: string): SearchWords {
  const han: string[] = [];
  const latin: string[] = [];
  for (const m of text.normalize('NFKC').matchAll(WORD)) {
    if (han.length + latin.length >= MAX_SEARCH_WORDS) break;
    const word = m[0].slice(0, MAX_WORD_LENGTH);
    if (HAN.test(word)) han.push(word);
    else latin.push(word.toLowerCase());
  }
  return { han, latin };
}

/** Backslash-escapes Lucene's syntax characters; words are letters and digits already, so this is a second fence. */
export function escapeLucene(word: string): string {
  return word.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** A word as typed, or as the start of a longer word. */
const wordOrPrefix = (w: string) => `${escapeLucene(w)} OR ${escapeLucene(w)}*`;

/**
 * The query for `search_zh` (CJK bigrams over name/title). A Han run of two or more characters is
 * analysed into bigrams (the whole run as a phrase scores highest, any of its bigrams still
 * matches); a single character is never a bigram of the index, so it is looked for at the start
 * or end of one (`电` finds 电池 and 充电).
 */
export function chineseQuery(words: SearchWords): string | null {
  const clauses: string[] = [];
  for (const w of words.han) {
    const e = escapeLucene(w);
    clauses.push(w.length === 1 ? `${e} OR ${e}* OR *${e}` : `"${e}"^2 OR ${e}`);
  }
  for (const w of words.latin) clauses.push(wordOrPrefix(w));
  return clauses.length > 0 ? clauses.map((c) => `(${c})`).join(' OR ') : null;
}

/** The query for `search_en` (stemmed English over name_en/title_en): each word, or a word it begins. */
export function englishQuery(words: SearchWords): string | null {
  return words.latin.length > 0 ? words.latin.map((w) => `(${wordOrPrefix(w)})`).join(' OR ') : null;
}

/** About `width` characters of `text` around the first word found in it, with … where it was cut. */
export function snippetOf(text: string, words: readonly string[], width = 60): string {
  if (text.length <= width) return text;
  const lower = text.toLowerCase();
  let at = -1;
  let len = 0;
  for (const w of words) {
    const i = lower.indexOf(w.toLowerCase());
    if (i >= 0 && (at < 0 || i < at)) {
      at = i;
      len = w.length;
    }
  }
  if (at < 0) return `${text.slice(0, width)}…`;
  const start = Math.max(0, Math.min(at - Math.floor((width - len) / 2), text.length - width));
  const end = Math.min(text.length, start + width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
