UNWIND $rows AS row
MERGE (p:Patent {id: row.id})
SET p.title = row.title, p.title_en = row.title_en, p.kind = row.kind, p.ipc = row.ipc,
    p.filed = date(row.filed), p.granted = date(row.granted), p.status = row.status, p.abstract = row.abstract
WITH p, row
CALL (p, row) {
  MATCH (p)-[old:CLASSIFIED_AS]->(c0:IpcClass) WHERE NOT c0.code IN row.ipc
  DELETE old
}
CALL (p, row) {
  UNWIND range(0, size(row.ipc) - 1) AS i
  MATCH (c:IpcClass {code: row.ipc[i]})
  MERGE (p)-[r:CLASSIFIED_AS]->(c)
  SET r.main = (i = 0)
}
