UNWIND $rows AS row
MERGE (r:Region {code: row.code})
SET r.id = row.code, r.name = row.name, r.name_en = row.name_en, r.level = row.level, r.parent_code = row.parent_code
