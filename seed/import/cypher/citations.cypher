// Rows are unique per pair within a batch. A popular patent is cited hundreds of times; the
// citing patent cites a handful: check from the citing side.
UNWIND $rows AS row
MATCH (a:Patent {id: row.citing_id})
MATCH (b:Patent {id: row.cited_id})
WITH a, b, row WHERE NOT row.cited_id IN [(a)-[:CITES]->(x) | x.id]
CREATE (a)-[:CITES]->(b)
