// A second pass: a parent may stand on a later line than its child.
UNWIND $rows AS row
MATCH (r:Region {code: row.code})
CALL (r, row) {
  MATCH (r)-[old:PART_OF]->(p0:Region) WHERE p0.code <> coalesce(row.parent_code, '')
  DELETE old
}
WITH r, row WHERE row.parent_code IS NOT NULL
MATCH (p:Region {code: row.parent_code})
MERGE (r)-[:PART_OF]->(p)
