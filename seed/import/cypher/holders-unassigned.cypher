// A patent never assigned is held by its applicants from its filing date on: set-based, no
// round trip. Only timelines that differ are touched, so a re-import writes nothing.
UNWIND $ids AS pid
MATCH (p:Patent {id: pid})
WHERE NOT EXISTS { (p)<-[:OF_PATENT]-(:Transaction {kind: 'assignment'}) }
CALL (p) {
  MATCH (h:Party)-[x:HOLDS]->(p)
  WHERE x.via <> 'application' OR x.until IS NOT NULL OR NOT coalesce(x.from = p.filed, x.from IS NULL AND p.filed IS NULL)
     OR NOT EXISTS { (h)-[:APPLIED_FOR]->(p) }
  DELETE x
}
CALL (p) {
  MATCH (h:Party)-[:APPLIED_FOR]->(p)
  WHERE NOT EXISTS { (h)-[:HOLDS]->(p) }
  CREATE (h)-[:HOLDS {from: p.filed, via: 'application'}]->(p)
}
