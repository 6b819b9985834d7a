// Patents the database does not hold yet (looked up just before): created with their class links
// in one statement, with nothing stored to compare against; stored ones go through patents.cypher.
UNWIND $rows AS row
CREATE (p:Patent {id: row.id})
SET p.title = row.title, p.title_en = row.title_en, p.kind = row.kind,
    p.ipc = CASE WHEN size(row.ipc) = 0 THEN null ELSE row.ipc END,
    p.filed = date(row.filed), p.granted = date(row.granted), p.status = row.status, p.abstract = row.abstract
WITH p, row
CALL (p, row) {
  UNWIND range(0, size(row.ipc) - 1) AS i
  MATCH (c:IpcClass {code: row.ipc[i]})
  CREATE (p)-[:CLASSIFIED_AS {main: i = 0}]->(c)
}
