// search(): both full-text indexes, each asked for its best $scan hits; a node found by both
// keeps its better score. Without a kind filter $scan is the page size, so Lucene does the cut.
// Persons' own indexes are read only when $persons (a role that sees them, asking for them).
CALL () {
  WITH $zh AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_zh', q, {limit: toInteger($scan)}) YIELD node, score
  RETURN node, score, 'zh' AS lang
  UNION ALL
  WITH $en AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_en', q, {limit: toInteger($scan)}) YIELD node, score
  RETURN node, score, 'en' AS lang
  UNION ALL
  WITH $zh AS q WHERE q IS NOT NULL AND $persons
  CALL db.index.fulltext.queryNodes('search_person_zh', q, {limit: toInteger($scan)}) YIELD node, score
  RETURN node, score, 'zh' AS lang
  UNION ALL
  WITH $en AS q WHERE q IS NOT NULL AND $persons
  CALL db.index.fulltext.queryNodes('search_person_en', q, {limit: toInteger($scan)}) YIELD node, score
  RETURN node, score, 'en' AS lang
}
WITH node, score, lang
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
WITH node, score, lang ORDER BY score DESC
WITH node, collect(lang)[0] AS lang, max(score) AS score
WITH node, score, lang
ORDER BY score DESC, coalesce(node.id, node.code)
LIMIT toInteger($first)
// A hit shows a name, not the record: only what names and keys a node (NAMING_PROJECTION of naming.ts);
// abstracts and other long texts stay in the database.
RETURN {elementId: elementId(node), labels: labels(node), properties: node {{{NAMING}}}} AS node, score, lang
