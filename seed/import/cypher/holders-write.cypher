UNWIND $patents AS patent
MATCH (p:Patent {id: patent.id})
CALL (p) {
  MATCH (p)<-[old:HOLDS]-()
  DELETE old
}
WITH p, patent
UNWIND patent.segments AS seg
MATCH (h:Party {id: seg.holder})
CREATE (h)-[:HOLDS {from: date(seg.from), until: date(seg.until), via: seg.via}]->(p)
