// Every organization that holds, at some time, a patent under IPC prefix $prefix, with the
// [from, until) spans of those holdings. Walked from the class side once per prefix and import
// (the classes under the prefix by code, then their patents and holders); the spans then answer
// "holds such a patent on asOf" for any date without visiting the organizations' holdings again.
WITH $prefix AS prefix
WITH prefix, {{IPC_KEY prefix}} AS key
MATCH (c:IpcClass)
WHERE c.code = prefix OR c.code STARTS WITH key
MATCH (c)<-[:CLASSIFIED_AS]-(p:Patent)<-[h:HOLDS]-(o:Organization)
WHERE any(sym IN p.ipc WHERE sym = prefix OR sym STARTS WITH key)
RETURN o.id AS id, o.kind AS kind, coalesce(o.region_code, '') AS region, o.industry AS industry,
       collect([toString(h.from), toString(h.until)]) AS spans
