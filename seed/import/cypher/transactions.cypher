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
// Parties and platforms take part in thousands of transactions, a transaction has a few links:
// look at the transaction's own links and create only what is missing.
WITH t, row, [(t)-[r]->(x) | type(r) + '|' + x.id] AS have
CALL (t, row, have) {
  WITH t, row, have WHERE NOT 'FROM_PARTY|' + row.from_id IN have
  MATCH (f:Party {id: row.from_id})
  CREATE (t)-[:FROM_PARTY]->(f)
}
CALL (t, row, have) {
  WITH t, row, have WHERE NOT 'TO_PARTY|' + row.to_id IN have
  MATCH (to:Party {id: row.to_id})
  CREATE (t)-[:TO_PARTY]->(to)
}
CALL (t, row, have) {
  UNWIND row.patent_ids AS pid
  WITH t, pid, have WHERE NOT 'OF_PATENT|' + pid IN have
  MATCH (p:Patent {id: pid})
  CREATE (t)-[:OF_PATENT]->(p)
}
CALL (t, row, have) {
  WITH t, row, have WHERE row.platform_id IS NOT NULL AND NOT 'VIA_PLATFORM|' + row.platform_id IN have
  MATCH (pl:Platform {id: row.platform_id})
  CREATE (t)-[:VIA_PLATFORM]->(pl)
}
