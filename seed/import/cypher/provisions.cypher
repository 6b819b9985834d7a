UNWIND $rows AS row
MATCH (pol:Policy {id: row.policy_id})
MERGE (v:Provision {id: row.id})
SET v.policy_id = row.policy_id, v.seq = row.seq, v.title = row.title, v.text = row.text, v.category = row.category
MERGE (pol)-[:HAS_PROVISION]->(v)
