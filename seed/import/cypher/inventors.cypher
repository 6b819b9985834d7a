// Rows are unique per (patent, person) within a batch; checked from the patent's side (see applicants).
UNWIND $rows AS row
MATCH (p:Patent {id: row.patent_id})
MATCH (i:Person {id: row.person_id})
WITH p, i, row, [(p)<-[r:INVENTED]-(x) WHERE x.id = row.person_id | r] AS existing
FOREACH (r IN existing | SET r.seq = row.seq)
FOREACH (_ IN CASE WHEN size(existing) = 0 THEN [1] ELSE [] END | CREATE (i)-[:INVENTED {seq: row.seq}]->(p))
