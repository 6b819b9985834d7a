UNWIND $rows AS row
MERGE (p:Patent {id: row.id})
SET p.title = row.title, p.title_en = row.title_en, p.kind = row.kind, p.ipc = row.ipc,
    p.filed = date(row.filed), p.granted = date(row.granted), p.status = row.status, p.abstract = row.abstract
WITH p, row
CALL (p, row) {
  MATCH (p)-[old:CLASSIFIED_AS]->(c0:IpcClass) WHERE NOT c0.code IN row.ipc
  DELETE old
}
// IPC classes are dense (thousands of patents each): look at the patent's few links, not the
// class's many, and create only what is missing; MERGE would expand from the class side.
WITH p, row, [(p)-[r:CLASSIFIED_AS]->(c) | c.code] AS have
CALL (p, row, have) {
  UNWIND range(0, size(row.ipc) - 1) AS i
  WITH i WHERE NOT row.ipc[i] IN have
  MATCH (c:IpcClass {code: row.ipc[i]})
  CREATE (p)-[:CLASSIFIED_AS {main: i = 0}]->(c)
}
