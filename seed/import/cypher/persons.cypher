UNWIND $rows AS row
MERGE (p:Person:Party {id: row.id})
SET p.name = row.name, p.name_en = row.name_en
