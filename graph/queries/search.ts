import { loadCypher } from '../cypher-file.ts';
import type { Graph, PlainNode, QueryOptions } from '../driver.ts';
import { nodeView } from './graph-elements.ts';
import { labelsOfKinds } from '../vocabulary/index.ts';
import { NAMING_PROJECTION } from './naming.ts';
import { hitContext, SEARCH_CONTEXT, type ContextRow, type HitContext } from './search-context.ts';
import { IMPORTANCE_WEIGHT, importanceExpression } from './search-importance.ts';
import { numberKeys } from './search-numbers.ts';
import { chineseQuery, englishQuery, searchWords, snippetOf, type SearchWords } from './search-text.ts';

const load = (file: string) =>
  loadCypher(new URL(file, import.meta.url)).replaceAll('{{NAMING}}', NAMING_PROJECTION).replace('{{CONTEXT}}', SEARCH_CONTEXT).replaceAll('{{IMPORTANCE}}', importanceExpression('node'));
const SEARCH = load('./search.cypher');
const SEARCH_NUMBERS = load('./search-numbers.cypher');

/** With a kind filter, how many of each index's best hits are looked through for that kind. */
export const FILTERED_SCAN = 2000;
/**
 * How many of the best hits by score (of the kinds asked, and of organizations bringing patents)
 * are ranked again with their importance (search-importance.ts): the holder people mean may match
 * a little worse than a page of namesakes. Without a kind filter, also each index's scan.
 */
const RANKED_SCAN = 100;
/** How many of the best-matching organizations bring their patents to a patent search. */
const HOLDERS = 3;
/** Open holdings read per such organization: a holder of thousands of patents costs no more. */
const HOLDER_SCAN = 1000;
/** Of the best organization's score, what another needs to bring its patents too. */
const HOLDER_RATIO = 0.5;

/** Why a hit is in the list. */
export type MatchedBy = 'NUMBER' | 'TEXT' | 'HOLDER';

/** A hit with its context (search-context.ts) beside its name. */
export interface SearchHit extends HitContext {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  /** Lucene's relevance; 0 for a hit found by its number alone. */
  score: number;
  /** What its relevance was weighed with (search-importance.ts); null for a hit found by its number alone. */
  importance: number | null;
  snippet: string | null;
  /** The text is this node's id or number (a patent's publication number, a policy's whole document number). */
  exact: boolean;
  matchedBy: MatchedBy;
}

export interface SearchOptions {
  text: string;
  /** `GraphNode.kind` values, or `organization` for every organization kind; null: any. */
  kinds?: readonly string[] | null;
  first: number;
  /** Labels the caller may not see: such a holder is neither named nor counted in a hit's context. */
  hiddenLabels: readonly string[];
  /** Also the patents of the organizations whose names match (a search that names patents among its kinds). */
  byHolder?: boolean;
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
 * text over names and titles, Chinese and English, with (`byHolder`) the patents of the
 * organizations it names, best score first; at most `first` in all, each with its context.
 */
export async function searchNodes(graph: Graph, { text, kinds, first, hiddenLabels, byHolder = false }: SearchOptions, opts: QueryOptions = {}): Promise<SearchHit[]> {
  const labels = kinds && kinds.length > 0 ? labelsOfKinds(kinds) : null;
  const ask: Ask = { text, labels, first, hiddenLabels, holders: byHolder && labels !== null && labels.includes('Patent') ? HOLDERS : 0 };
  const [exact, byText] = await Promise.all([byNumber(graph, ask, opts), byFullText(graph, ask, opts)]);
  const found = new Set(exact.map((h) => h.id));
  const merged = [
    ...exact.map((h) => {
      const asText = byText.find((t) => t.id === h.id);
      return { ...h, score: asText?.score ?? 0, importance: asText?.importance ?? null };
    }),
    ...byText.filter((h) => !found.has(h.id)),
  ];
  return merged.slice(0, first);
}

interface Ask {
  text: string;
  labels: string[] | null;
  first: number;
  hiddenLabels: readonly string[];
  /** How many matching organizations bring their patents; 0: none. */
  holders: number;
}

async function byNumber(graph: Graph, { text, labels, first, hiddenLabels }: Ask, opts: QueryOptions): Promise<SearchHit[]> {
  const keys = numberKeys(text);
  if (!keys) return [];
  const rows = await graph.read<{ node: PlainNode; docNumber: string | null; exact: boolean; context: ContextRow }>(SEARCH_NUMBERS, { ...keys, labels, first, hiddenLabels }, opts);
  return rows.map(({ node, docNumber, exact, context }) => {
    const view = nodeView(node);
    return { id: view.id, kind: view.kind, name: view.name, nameEn: view.nameEn, score: 0, importance: null, snippet: docNumber ?? view.id, exact, matchedBy: 'NUMBER', ...hitContext(context) };
  });
}

interface TextRow {
  node: PlainNode;
  score: number;
  importance: number;
  lang: 'zh' | 'en';
  /** The organization whose name matched, for a patent found through its holder. */
  matched: { name: string | null; name_en: string | null } | null;
  context: ContextRow;
}

async function byFullText(graph: Graph, { text, labels, first, hiddenLabels, holders }: Ask, opts: QueryOptions): Promise<SearchHit[]> {
  const queries = fullTextQueries(text);
  if (!queries) return [];
  const { words, zh, en } = queries;
  const rows = await graph.read<TextRow>(
    SEARCH,
    {
      zh,
      en,
      labels,
      persons: labels === null || labels.includes('Person'),
      first,
      scan: Math.max(first, labels ? FILTERED_SCAN : RANKED_SCAN),
      ranked: RANKED_SCAN,
      importanceWeight: IMPORTANCE_WEIGHT,
      holders,
      holderScan: HOLDER_SCAN,
      holderRatio: HOLDER_RATIO,
      hiddenLabels,
    },
    opts,
  );
  return rows.map(({ node, score, importance, lang, matched, context }) => {
    const view = nodeView(node);
    const matchedText = matched ? (lang === 'en' ? matched.name_en : matched.name) : lang === 'en' ? view.nameEn : view.name;
    return {
      id: view.id,
      kind: view.kind,
      name: view.name,
      nameEn: view.nameEn,
      score,
      importance,
      snippet: matchedText ? snippetOf(matchedText, lang === 'en' ? words.latin : [...words.han, ...words.latin]) : null,
      exact: false,
      matchedBy: matched ? 'HOLDER' : 'TEXT',
      ...hitContext(context),
    };
  });
}
