// {{LINK_TYPE}} is replaced from the allow-list POLICY_LINK_TYPE; rows come grouped by kind.
UNWIND $rows AS row
MATCH (a:Policy {id: row.from_id})
MATCH (b:Policy {id: row.to_id})
MERGE (a)-[:{{LINK_TYPE}}]->(b)
