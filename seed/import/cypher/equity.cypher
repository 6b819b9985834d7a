UNWIND $rows AS row
MATCH (owner:Party {id: row.owner_id})
MATCH (c:Organization {id: row.company_id})
MERGE (owner)-[r:OWNS]->(c)
SET r.share = row.share, r.since = date(row.since), r.until = date(row.until)
