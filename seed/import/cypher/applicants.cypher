// Rows are unique per (patent, holder) within a batch. A holder may have thousands of patents,
// a patent a few applicants: check from the patent's side, create only what is missing.
UNWIND $rows AS row
MATCH (p:Patent {id: row.patent_id})
MATCH (h:Party {id: row.holder_id})
WITH p, h, row, [(p)<-[r:APPLIED_FOR]-(x) WHERE x.id = row.holder_id | r] AS existing
FOREACH (r IN existing | SET r.seq = row.seq)
FOREACH (_ IN CASE WHEN size(existing) = 0 THEN [1] ELSE [] END | CREATE (h)-[:APPLIED_FOR {seq: row.seq}]->(p))
