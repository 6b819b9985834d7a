// search(): both full-text indexes, each asked for its best $scan hits; a node found by both
// keeps its better score. $scan is more than a page, so hits are ranked again below with their
// importance before the page is cut.
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
WITH node, score, lang ORDER BY score DESC
WITH node, collect(lang)[0] AS lang, max(score) AS score
WITH collect({node: node, score: score, lang: lang}) AS found
// Relevance weighed with importance, so the holder people mean comes before its namesakes: the
// counts of search-importance.ts (only what every role that sees the node sees, each from the
// degree store), damped by their logarithm; `score` stays Lucene's. Only the best $ranked of a
// kind by score are weighed: a patent's degree is read from its relationships, and 2 000 of them
// would cost more than the search.
// People look for a patent by who holds it: with $holders > 0 (patents asked for), the best
// $holders organizations among the hits also bring the patents they hold now, ranked as their
// name did, so a title that matches as well still comes first. An organization that ranked far
// below the best one (大学 alone, when a whole university's name was typed) brings none. A
// holder's open segments are read at most $holderScan (a holder of thousands costs no more) and
// its newest $first kept.
CALL (found) {
  UNWIND found AS f
  WITH f WHERE $labels IS NULL OR any(l IN labels(f.node) WHERE l IN $labels)
  WITH f ORDER BY f.score DESC LIMIT toInteger($ranked)
  WITH f.node AS node, f.score AS score, f.lang AS lang
  WITH node, score, lang, {{IMPORTANCE}} AS importance
  RETURN node, score, lang, importance, score * (1 + $importanceWeight * log10(1 + importance)) AS rank, null AS matched
  UNION ALL
  UNWIND found AS f
  WITH f WHERE $holders > 0 AND f.node:Organization
  WITH f ORDER BY f.score DESC LIMIT toInteger($ranked)
  WITH f.node AS node, f.score AS score, f.lang AS lang
  WITH node, score, lang, {{IMPORTANCE}} AS importance
  WITH node AS o, score, lang, importance, score * (1 + $importanceWeight * log10(1 + importance)) AS rank
  WITH o, score, lang, importance, rank ORDER BY rank DESC, o.id LIMIT toInteger($holders)
  WITH collect({o: o, score: score, lang: lang, importance: importance, rank: rank}) AS orgs
  UNWIND [h IN orgs WHERE h.rank >= orgs[0].rank * $holderRatio] AS h
  WITH h.o AS o, h.score AS score, h.lang AS lang, h.importance AS importance, h.rank AS rank
  CALL (o) {
    CALL (o) {
      MATCH (o)-[x:HOLDS]->(p:Patent) WHERE x.until IS NULL
      RETURN p LIMIT toInteger($holderScan)
    }
    RETURN p ORDER BY p.filed DESC, p.id LIMIT toInteger($first)
  }
  RETURN p AS node, score, lang, importance, rank, o AS matched
}
// A patent found by its title and by its holder is shown once, as its title matched (when that
// ranked as well); ties put title hits first, then a holder's patents newest first. A patent
// brought by its holder ranks as the holder does, with the holder's importance.
WITH node, score, lang, importance, rank, matched ORDER BY rank DESC, matched IS NOT NULL
WITH node, collect({score: score, lang: lang, importance: importance, rank: rank, matched: matched})[0] AS best
WITH node, best.score AS score, best.lang AS lang, best.importance AS importance, best.rank AS rank, best.matched AS matched
ORDER BY rank DESC, matched IS NOT NULL, CASE WHEN matched IS NOT NULL THEN node.filed END DESC, coalesce(node.id, node.code)
LIMIT toInteger($first)
{{CONTEXT}}
// A hit shows a name, not the record: only what names and keys a node (NAMING_PROJECTION of naming.ts)
// and its context above; abstracts and other long texts stay in the database.
RETURN {elementId: elementId(node), labels: labels(node), properties: node {{{NAMING}}}} AS node, score, lang, importance,
  matched {.name, .name_en} AS matched, context
