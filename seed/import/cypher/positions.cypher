UNWIND $rows AS row
MATCH (p:Person {id: row.person_id})
MATCH (o:Organization {id: row.org_id})
MERGE (p)-[r:OFFICER_OF {role: row.role}]->(o)
SET r.since = date(row.since), r.until = date(row.until)
