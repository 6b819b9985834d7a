// search(): the nodes whose id or number is what was typed (search-numbers.ts): ids and region
// codes exactly; patents whose id begins with a publication number typed without its kind code
// (a seek of the id constraint's index, at most 10 a prefix); policies whose document number,
// brackets and spaces aside, holds the parts typed (read only when some were typed). A hit is
// `exact` unless it is a document number of which only a part was typed; those come first.
CALL () {
  UNWIND $ids AS id
  CALL (id) {
    MATCH (n:Patent {id: id}) RETURN n
    UNION
    MATCH (n:Party {id: id}) RETURN n
    UNION
    MATCH (n:Policy {id: id}) RETURN n
    UNION
    MATCH (n:Region {code: id}) RETURN n
  }
  RETURN n, true AS exact
  UNION
  UNWIND $idPrefixes AS prefix
  CALL (prefix) {
    MATCH (n:Patent) WHERE n.id STARTS WITH prefix
    RETURN n ORDER BY n.id LIMIT 10
  }
  RETURN n, true AS exact
  UNION
  WITH $docPattern AS pattern WHERE pattern IS NOT NULL
  MATCH (n:Policy) WHERE n.doc_number IS NOT NULL
  WITH n, pattern, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(n.doc_number, ' ', ''), '[', '〔'), ']', '〕'), '【', '〔'), '】', '〕'), '(', '〔'), ')', '〕'), '（', '〔'), '）', '〕'), '［', '〔'), '］', '〕') AS key
  WHERE key =~ pattern
  RETURN n, coalesce(key = $docKey, false) AS exact
}
WITH n, exact WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
WITH n, any(e IN collect(exact) WHERE e) AS exact
WITH n AS node, exact, 0.0 AS score, null AS lang, null AS matched ORDER BY exact DESC, coalesce(node.id, node.code) LIMIT toInteger($first)
{{CONTEXT}}
RETURN {elementId: elementId(node), labels: labels(node), properties: node {{{NAMING}}}} AS node, node.doc_number AS docNumber, exact, context
