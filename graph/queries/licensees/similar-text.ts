import { escapeLucene, WORD } from '../search-text.ts';

// The full-text query that finds patents worded like the subject: its titles and abstract cut
// into words of letters and digits (no Lucene operator survives; lower case, so AND/OR/NOT are
// words), each an optional clause. Lucene's relevance then weighs each word by its rarity, so the
// boilerplate every abstract shares ("本发明涉及", "the invention relates to") counts for little.

/** Words of an abstract's first sentences carry its subject; the rest is its claims' detail. */
export const MAX_TEXT_WORDS = 80;
/** A Han run is indexed as bigrams: a long run is many clauses, so it is cut. */
const MAX_RUN = 24;

/** The query for the `patent_text` index; empty when the texts have no word. */
export function similarityQuery(texts: readonly (string | null | undefined)[]): string {
  const words = new Set<string>();
  for (const text of texts) {
    for (const m of (text ?? '').normalize('NFKC').matchAll(WORD)) {
      if (words.size >= MAX_TEXT_WORDS) break;
      const word = m[0].toLowerCase().slice(0, MAX_RUN);
      // One letter or digit says nothing of a technology.
      if ([...word].length > 1) words.add(word);
    }
  }
  return [...words].map(escapeLucene).join(' ');
}
