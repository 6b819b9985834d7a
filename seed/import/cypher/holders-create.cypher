// Timelines of patents this import created: nothing of them was stored before, so no check.
UNWIND $segments AS seg
MATCH (p:Patent {id: seg.patent})
MATCH (h:Party {id: seg.holder})
CREATE (h)-[:HOLDS {from: date(seg.from), until: date(seg.until), via: seg.via}]->(p)
