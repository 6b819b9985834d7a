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
WITH node, score, lang ORDER BY score DESC
WITH node, collect(lang)[0] AS lang, max(score) AS score
WITH collect({node: node, score: score, lang: lang}) AS found
// People look for a patent by who holds it: with $holders > 0 (patents asked for), the best
// $holders organizations among the hits also bring the patents they hold now, scored as their
// name matched, so a title that matches as well still comes first. An organization that matched
// far worse than the best one (大学 alone, when a whole university's name was typed) brings none. A holder's open segments are
// read at most $holderScan (a holder of thousands costs no more) and its newest $first kept.
CALL (found) {
  UNWIND found AS f
  WITH f.node AS node, f.score AS score, f.lang AS lang
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  RETURN node, score, lang, null AS matched
  UNION ALL
  UNWIND found AS f
  WITH f.node AS o, f.score AS score, f.lang AS lang
  WHERE $holders > 0 AND o:Organization
  WITH o, score, lang ORDER BY score DESC, o.id LIMIT toInteger($holders)
  WITH collect({o: o, score: score, lang: lang}) AS orgs
  UNWIND [h IN orgs WHERE h.score >= orgs[0].score * $holderRatio] AS h
  WITH h.o AS o, h.score AS score, h.lang AS lang
  CALL (o) {
    CALL (o) {
      MATCH (o)-[x:HOLDS]->(p:Patent) WHERE x.until IS NULL
      RETURN p LIMIT toInteger($holderScan)
    }
    RETURN p ORDER BY p.filed DESC, p.id LIMIT toInteger($first)
  }
  RETURN p AS node, score, lang, o AS matched
}
// A patent found by its title and by its holder is shown once, as its title matched (when that
// scored as well); ties put title hits first, then a holder's patents newest first.
WITH node, score, lang, matched ORDER BY score DESC, matched IS NOT NULL
WITH node, collect({score: score, lang: lang, matched: matched})[0] AS best
WITH node, best.score AS score, best.lang AS lang, best.matched AS matched
ORDER BY score DESC, matched IS NOT NULL, CASE WHEN matched IS NOT NULL THEN node.filed END DESC, coalesce(node.id, node.code)
LIMIT toInteger($first)
{{CONTEXT}}
// A hit shows a name, not the record: only what names and keys a node (NAMING_PROJECTION of naming.ts)
// and its context above; abstracts and other long texts stay in the database.
RETURN {elementId: elementId(node), labels: labels(node), properties: node {{{NAMING}}}} AS node, score, lang,
  matched {.name, .name_en} AS matched, context
