UNWIND $rows AS row
MATCH (a:Patent {id: row.citing_id})
MATCH (b:Patent {id: row.cited_id})
MERGE (a)-[:CITES]->(b)
