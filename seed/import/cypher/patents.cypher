// Properties only: the links to IPC classes are a second statement (patent-classes.cypher);
// one statement doing both makes Cypher buffer every row between its parts.
UNWIND $rows AS row
MERGE (p:Patent {id: row.id})
SET p.title = row.title, p.title_en = row.title_en, p.kind = row.kind, p.ipc = row.ipc,
    p.filed = date(row.filed), p.granted = date(row.granted), p.status = row.status, p.abstract = row.abstract
