// Properties only: the links to IPC classes are a second statement (patent-classes.cypher);
// one statement doing both makes Cypher buffer every row between its parts.
UNWIND $rows AS row
MERGE (p:Patent {id: row.id})
SET p.title = row.title, p.title_en = row.title_en, p.kind = row.kind,
    // No classes: no property, as an empty cell is everywhere else (and all the offline importer can write).
    p.ipc = CASE WHEN size(row.ipc) = 0 THEN null ELSE row.ipc END,
    p.filed = date(row.filed), p.granted = date(row.granted), p.status = row.status, p.abstract = row.abstract
