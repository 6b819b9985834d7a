UNWIND $rows AS row
MATCH (p:Patent {id: row.patent_id})
MATCH (h:Party {id: row.holder_id})
MERGE (h)-[r:APPLIED_FOR]->(p)
SET r.seq = row.seq
