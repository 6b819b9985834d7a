UNWIND $rows AS row
MATCH (p:Patent {id: row.patent_id})
MATCH (i:Person {id: row.person_id})
MERGE (i)-[r:INVENTED]->(p)
SET r.seq = row.seq
