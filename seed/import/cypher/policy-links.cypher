// row.type comes from the allow-list POLICY_LINK_TYPE (a dynamic type: one statement for every kind).
UNWIND $rows AS row
MATCH (a:Policy {id: row.from_id})
MATCH (b:Policy {id: row.to_id})
MERGE (a)-[:$(row.type)]->(b)
