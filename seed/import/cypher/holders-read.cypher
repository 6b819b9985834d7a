// What an assigned patent's holder timeline is derived from, and the timeline stored now.
UNWIND $ids AS pid
MATCH (p:Patent {id: pid})
WHERE EXISTS { (p)<-[:OF_PATENT]-(:Transaction {kind: 'assignment'}) }
RETURN p.id AS id, p.filed AS filed,
  [(h:Party)-[r:APPLIED_FOR]->(p) | h.id] AS applicants,
  [(t:Transaction)-[:OF_PATENT]->(p) WHERE t.kind = 'assignment' | {id: t.id, date: t.date, to: t.to_id}] AS assignments,
  [(h:Party)-[x:HOLDS]->(p) | {holder: h.id, from: x.from, until: x.until, via: x.via}] AS stored
