UNWIND $rows AS row
MERGE (t:Transaction {id: row.id})
SET t.kind = row.kind, t.date = date(row.date), t.amount_cny = row.amount_cny,
    t.license_type = row.license_type, t.registration_no = row.registration_no,
    t.patent_ids = row.patent_ids, t.from_id = row.from_id, t.to_id = row.to_id, t.platform_id = row.platform_id
WITH t, row
CALL (t, row) {
  MATCH (t)-[old:FROM_PARTY|TO_PARTY|OF_PATENT|VIA_PLATFORM]->(x)
  WHERE NOT ((type(old) = 'FROM_PARTY' AND x.id = row.from_id)
          OR (type(old) = 'TO_PARTY' AND x.id = row.to_id)
          OR (type(old) = 'OF_PATENT' AND x.id IN row.patent_ids)
          OR (type(old) = 'VIA_PLATFORM' AND x.id = row.platform_id))
  DELETE old
}
CALL (t, row) {
  MATCH (f:Party {id: row.from_id})
  MERGE (t)-[:FROM_PARTY]->(f)
}
CALL (t, row) {
  MATCH (to:Party {id: row.to_id})
  MERGE (t)-[:TO_PARTY]->(to)
}
CALL (t, row) {
  UNWIND row.patent_ids AS pid
  MATCH (p:Patent {id: pid})
  MERGE (t)-[:OF_PATENT]->(p)
}
CALL (t, row) {
  WITH t, row WHERE row.platform_id IS NOT NULL
  MATCH (pl:Platform {id: row.platform_id})
  MERGE (t)-[:VIA_PLATFORM]->(pl)
}
