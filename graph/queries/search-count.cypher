// How many nodes of one label search would find: that label's own full-text indexes ($zhIndex,
// $enIndex, analyzed as search_zh and search_en), each asked for at most $cap matches.
CALL () {
  WITH $zh AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes($zhIndex, q, {limit: toInteger($cap)}) YIELD node
  RETURN node
  UNION
  WITH $en AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes($enIndex, q, {limit: toInteger($cap)}) YIELD node
  RETURN node
}
RETURN count(node) AS matches
