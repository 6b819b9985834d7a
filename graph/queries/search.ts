import { loadCypher } from '../cypher-file.ts';
import type { Graph, PlainNode, QueryOptions } from '../driver.ts';
import { nodeView } from './graph-elements.ts';
import { kindOf, labelsOfKinds, NAMING_PROJECTION } from './graph-model.ts';
import { chineseQuery, englishQuery, searchWords, snippetOf, type SearchWords } from './search-text.ts';

const SEARCH = loadCypher(new URL('./search.cypher', import.meta.url)).replaceAll('{{NAMING}}', NAMING_PROJECTION);
const SEARCH_COUNT = loadCypher(new URL('./search-count.cypher', import.meta.url));

/** Labels with full-text indexes of their own (graph/schema.cypher), so their matches can be counted. */
export const COUNT_INDEXES: Readonly<Record<string, { zh: string; en: string }>> = {
  Person: { zh: 'search_person_zh', en: 'search_person_en' },
};

/** Matches counted per label, at most. */
export const MATCH_COUNT_CAP = 1000;

/** With a kind filter, how many of each index's best hits are looked through for that kind. */
export const FILTERED_SCAN = 2000;

export interface SearchHit {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  score: number;
  snippet: string | null;
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

/** Full text over names and titles, Chinese and English, best score first. */
export async function searchNodes(graph: Graph, { text, kinds, first }: SearchOptions, opts: QueryOptions = {}): Promise<SearchHit[]> {
  const queries = fullTextQueries(text);
  if (!queries) return [];
  const { words, zh, en } = queries;
  const labels = kinds && kinds.length > 0 ? labelsOfKinds(kinds) : null;
  const rows = await graph.read<{ node: PlainNode; score: number; lang: 'zh' | 'en' }>(
    SEARCH,
    { zh, en, labels, first, scan: labels ? Math.max(first, FILTERED_SCAN) : first },
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
    };
  });
}

export interface MatchCounts {
  /** By kind (`person`), only those with matches. */
  byKind: { name: string; count: number }[];
  /** A count reached MATCH_COUNT_CAP: there are at least that many. */
  atLeast: boolean;
}

/** How many nodes of each of `labels` search would find for `text` (each label needs COUNT_INDEXES). */
export async function countMatches(graph: Graph, { text, labels }: { text: string; labels: readonly string[] }, opts: QueryOptions = {}): Promise<MatchCounts> {
  const counted: MatchCounts = { byKind: [], atLeast: false };
  const queries = fullTextQueries(text);
  if (!queries) return counted;
  const { zh, en } = queries;
  for (const label of labels) {
    const indexes = COUNT_INDEXES[label];
    if (!indexes) throw new Error(`no full-text indexes of their own count ${label} matches`);
    const [row] = await graph.read<{ matches: number }>(SEARCH_COUNT, { zh, en, zhIndex: indexes.zh, enIndex: indexes.en, cap: MATCH_COUNT_CAP }, opts);
    const matches = row?.matches ?? 0;
    if (matches >= MATCH_COUNT_CAP) counted.atLeast = true;
    if (matches > 0) counted.byKind.push({ name: kindOf([label]), count: Math.min(matches, MATCH_COUNT_CAP) });
  }
  return counted;
}
