// IPC classes are dense (thousands of patents each): look at the patent's few links, not the
// class's many, and create only what is missing; MERGE would expand from the class side.
UNWIND $rows AS row
MATCH (p:Patent {id: row.id})
CALL (p, row) {
  MATCH (p)-[old:CLASSIFIED_AS]->(c0:IpcClass) WHERE NOT c0.code IN row.ipc
  DELETE old
}
WITH p, row, [(p)-[:CLASSIFIED_AS]->(c) | c.code] AS have
UNWIND range(0, size(row.ipc) - 1) AS i
WITH p, row, i WHERE NOT row.ipc[i] IN have
MATCH (c:IpcClass {code: row.ipc[i]})
CREATE (p)-[:CLASSIFIED_AS {main: i = 0}]->(c)
