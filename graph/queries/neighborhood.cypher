// neighborhood(): the whole subgraph in one statement, so a request is one round trip. The start
// node by its id (as node-by-id.cypher finds it), then {{HOPS}}: one neighborhood-hop.cypher block
// per hop, each picking new nodes from a bounded read of its frontier's relationships before the
// next hop expands anything. Last, the relationships of the last hop's nodes among the answer
// (what lies beyond them is out of depth, so nothing is counted). A dense node (over
// $q.denseDegree relationships) is never read whole: its relationships to sparse answer nodes are
// found from their side; between two dense nodes none is looked for (`unchecked` says so). A
// relationship may be drawn from both its ends: `collect(DISTINCT r)` keeps it once.
CALL () {
{{NODE_BY_ID}}
}
WITH n AS root, CASE WHEN $q.asOf IS NULL THEN null ELSE date($q.asOf) END AS asOf
WITH root, asOf, [root] AS answer, [root] AS frontier, [] AS links, [] AS overflow, [] AS hops
{{HOPS}}
WITH *, [n IN answer WHERE COUNT { (n)--() } > $q.denseDegree AND {{DEGREE_N}} > $q.denseDegree] AS dense
WITH *, [n IN frontier WHERE n IN dense] AS far
CALL (answer, frontier, asOf, dense, far) {
  // Each node to read with the nodes its relationships are drawn to: the last hop's nodes to the
  // whole answer and, when some of them are dense, the others to those.
  UNWIND [f IN frontier WHERE NOT f IN dense | {f: f, to: answer}]
         + [f IN CASE WHEN size(far) > 0 THEN answer ELSE [] END WHERE NOT f IN dense AND NOT f IN frontier | {f: f, to: far}] AS reach
  WITH reach.f AS f, reach.to AS to, asOf
  WITH f, to, asOf, $q.everyType OR COUNT { (f)--() } <= $q.denseDegree AS sparse
  CALL (f, sparse) {
{{READS}}
  }
  WITH r, m, asOf, to WHERE m IN to AND {{ELIGIBLE}}
  WITH collect(DISTINCT r) AS drawn
  RETURN drawn[..toInteger($q.maxLastLinks)] AS lastLinks, drawn[toInteger($q.maxLastLinks)..] AS lastOverflow
}
// Plain lists, not nodes and relationships: a node travels as its id, labels and {{PROPERTIES}}
// (every property but the long texts, which entity(id) has: they would triple what travels; or,
// when the request asked for no properties, only those that name and key a node); a relationship,
// once however many hops drew it, as its type, its ends' ids and {{EDGE_PROPERTIES}} (all of them,
// or only those its API id reads).
// A relationship left out at one end (past a node's share of links) is often drawn from its
// other end: only those drawn from neither count as left out.
CALL (links, lastLinks, overflow, lastOverflow) {
  UNWIND [d IN links + [lastLinks] | [r IN d | [r, 1]]] + [[r IN overflow + lastOverflow | [r, 0]]] AS group
  UNWIND group AS pair
  WITH pair[0] AS r, max(pair[1]) AS drawn
  RETURN collect(CASE WHEN drawn = 1 THEN [type(r), startNode(r).id, endNode(r).id, {{EDGE_PROPERTIES}}] END) AS edges,
         sum(1 - drawn) AS linksLeftOut
}
RETURN [n IN answer | [n.id, labels(n), {{PROPERTIES}}]] AS nodes,
       edges,
       hops,
       linksLeftOut,
       size(dense) > 1 AND size(far) > 0 AS unchecked
