// Rows come parents first, so every parent exists when its child links to it.
UNWIND $rows AS row
MERGE (c:IpcClass {code: row.code})
SET c.id = row.code, c.level = row.level
WITH c, row WHERE row.parent IS NOT NULL
MATCH (parent:IpcClass {code: row.parent})
MERGE (c)-[:PART_OF]->(parent)
