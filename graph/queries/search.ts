import { loadCypher } from '../cypher-file.ts';
import type { Graph, PlainNode, QueryOptions } from '../driver.ts';
import { nodeView } from './graph-elements.ts';
import { labelsOfKinds } from '../vocabulary/index.ts';
import { NAMING_PROJECTION } from './naming.ts';
import { numberKeys } from './search-numbers.ts';
import { chineseQuery, englishQuery, searchWords, snippetOf, type SearchWords } from './search-text.ts';

const SEARCH = loadCypher(new URL('./search.cypher', import.meta.url)).replaceAll('{{NAMING}}', NAMING_PROJECTION);
const SEARCH_NUMBERS = loadCypher(new URL('./search-numbers.cypher', import.meta.url)).replaceAll('{{NAMING}}', NAMING_PROJECTION);

/** With a kind filter, how many of each index's best hits are looked through for that kind. */
export const FILTERED_SCAN = 2000;

export interface SearchHit {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  /** Lucene's relevance; 0 for a hit found by its number alone. */
  score: number;
  snippet: string | null;
  /** The text is this node's id or number (a patent's publication number, a policy's document number). */
  exact: boolean;
}

export interface SearchOptions {
  text: string;
  /** `GraphNode.kind` values, or `organization` for every organization kind; null: any. */
  kinds?: readonly string[] | null;
  first: number;
}

/** The Lucene queries for the Chinese and English indexes; null when `text` holds no word to look for. */
function fullTextQueries(text: string): { words: SearchWords; zh: string | null; en: string | null } | null {
  const words = searchWords(text);
  const zh = chineseQuery(words);
  const en = englishQuery(words);
  return zh === null && en === null ? null : { words, zh, en };
}

/**
 * What the text names: first the nodes whose id or number it is (search-numbers.ts), then full
 * text over names and titles, Chinese and English, best score first; at most `first` in all.
 */
export async function searchNodes(graph: Graph, { text, kinds, first }: SearchOptions, opts: QueryOptions = {}): Promise<SearchHit[]> {
  const labels = kinds && kinds.length > 0 ? labelsOfKinds(kinds) : null;
  const [exact, byText] = await Promise.all([byNumber(graph, text, labels, first, opts), byFullText(graph, text, labels, first, opts)]);
  const found = new Set(exact.map((h) => h.id));
  const merged = [...exact.map((h) => ({ ...h, score: byText.find((t) => t.id === h.id)?.score ?? 0 })), ...byText.filter((h) => !found.has(h.id))];
  return merged.slice(0, first);
}

async function byNumber(graph: Graph, text: string, labels: string[] | null, first: number, opts: QueryOptions): Promise<SearchHit[]> {
  const keys = numberKeys(text);
  if (!keys) return [];
  const rows = await graph.read<{ node: PlainNode; docNumber: string | null }>(SEARCH_NUMBERS, { ...keys, labels, first }, opts);
  return rows.map(({ node, docNumber }) => {
    const view = nodeView(node);
    return { id: view.id, kind: view.kind, name: view.name, nameEn: view.nameEn, score: 0, snippet: docNumber ?? view.id, exact: true };
  });
}

async function byFullText(graph: Graph, text: string, labels: string[] | null, first: number, opts: QueryOptions): Promise<SearchHit[]> {
  const queries = fullTextQueries(text);
  if (!queries) return [];
  const { words, zh, en } = queries;
  const rows = await graph.read<{ node: PlainNode; score: number; lang: 'zh' | 'en' }>(
    SEARCH,
    { zh, en, labels, persons: labels === null || labels.includes('Person'), first, scan: labels ? Math.max(first, FILTERED_SCAN) : first },
    opts,
  );
  return rows.map(({ node, score, lang }) => {
    const view = nodeView(node);
    const matched = lang === 'en' ? view.nameEn : view.name;
    return {
      id: view.id,
      kind: view.kind,
      name: view.name,
      nameEn: view.nameEn,
      score,
      snippet: matched ? snippetOf(matched, lang === 'en' ? words.latin : [...words.han, ...words.latin]) : null,
      exact: false,
    };
  });
}
