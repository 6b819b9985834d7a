// links(): the relationships from each node of $q.ids to any node of $q.ids or $q.among. Both lists
// are found by id (node-by-id.cypher once per id); nodes of hidden labels are dropped before any
// read, so a hidden node's id costs what an unknown id costs. A node of few relationships (at most
// $q.denseDegree) is read whole and each far end tested against the ids (a parameter list, which
// Cypher checks as a set); a denser one is never read whole: each pair with it is looked up from
// the sparser end (an expand-into), so a hub on the canvas costs its pairs, not its degree.
CALL () {
  UNWIND $q.ids AS id
  CALL (id) {
{{NODE_BY_ID}}
  }
  WITH n WHERE NOT any(l IN labels(n) WHERE l IN $q.hiddenLabels)
  RETURN collect(DISTINCT n) AS ofs
}
CALL () {
  UNWIND $q.all AS id
  CALL (id) {
{{NODE_BY_ID}}
  }
  WITH n WHERE NOT any(l IN labels(n) WHERE l IN $q.hiddenLabels)
  RETURN collect(DISTINCT n) AS ends
}
UNWIND ofs AS a
CALL (a, ends) {
  MATCH (a)-[r]-(m)
  WHERE COUNT { (a)--() } <= $q.denseDegree AND m.id IN $q.all AND type(r) IN $q.types
    AND NOT any(l IN labels(m) WHERE l IN $q.hiddenLabels)
  RETURN r
  UNION ALL
  WITH a, ends WHERE COUNT { (a)--() } > $q.denseDegree
  UNWIND ends AS b
  MATCH (a)-[r]-(b) WHERE b <> a AND type(r) IN $q.types
  RETURN r
}
WITH DISTINCT r LIMIT toInteger($q.maxLinksPlusOne)
WITH collect(r) AS found
RETURN [r IN found | [type(r), startNode(r).id, endNode(r).id, properties(r)]] AS edges,
       [n IN reduce(acc = [], r IN found | acc + [startNode(r), endNode(r)]) | [n.id, labels(n), {{PROPERTIES}}]] AS nodes
