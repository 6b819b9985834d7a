// Transactions the database does not hold yet (looked up just before): created with their links,
// with nothing stored to compare against; stored ones go through transactions.cypher.
UNWIND $rows AS row
CREATE (t:Transaction {id: row.id})
SET t.kind = row.kind, t.date = date(row.date), t.amount_cny = row.amount_cny,
    t.license_type = row.license_type, t.registration_no = row.registration_no,
    t.patent_ids = row.patent_ids, t.from_id = row.from_id, t.to_id = row.to_id, t.platform_id = row.platform_id
WITH t, row
CALL (t, row) {
  MATCH (f:Party {id: row.from_id})
  CREATE (t)-[:FROM_PARTY]->(f)
}
CALL (t, row) {
  MATCH (to:Party {id: row.to_id})
  CREATE (t)-[:TO_PARTY]->(to)
}
CALL (t, row) {
  UNWIND row.patent_ids AS pid
  MATCH (p:Patent {id: pid})
  CREATE (t)-[:OF_PATENT]->(p)
}
CALL (t, row) {
  WITH t, row WHERE row.platform_id IS NOT NULL
  MATCH (pl:Platform {id: row.platform_id})
  CREATE (t)-[:VIA_PLATFORM]->(pl)
}
