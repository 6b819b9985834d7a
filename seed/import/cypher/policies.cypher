UNWIND $rows AS row
MERGE (p:Policy {id: row.id})
SET p.title = row.title, p.doc_number = row.doc_number, p.title_en = row.title_en,
    p.issuer_id = row.issuer_id, p.issued = date(row.issued), p.effective = date(row.effective),
    p.expires = date(row.expires), p.level = row.level, p.summary = row.summary
WITH p, row
CALL (p, row) {
  MATCH (p)-[old:ISSUED_BY]->(a) WHERE a.id <> row.issuer_id
  DELETE old
}
MATCH (a:Organization {id: row.issuer_id})
MERGE (p)-[:ISSUED_BY]->(a)
