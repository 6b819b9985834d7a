// licenseeCandidates, step 1: the patents to place (their words too, for text similarity), who holds them on the reference date, who
// licensed them before it (both are excluded from the ranking), their IPC symbols with the main
// group and subclass above each, and how many patents each of those classes has (from degrees,
// so a class with thousands of patents costs nothing to size).
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
UNWIND $patentIds AS pid
MATCH (p:Patent {id: pid})
CALL (p, asOf) {
  OPTIONAL MATCH (h:Party)-[x:HOLDS]->(p)
  WHERE (asOf IS NULL AND x.until IS NULL)
     OR (asOf IS NOT NULL AND (x.from IS NULL OR x.from <= asOf) AND (x.until IS NULL OR asOf < x.until))
  RETURN collect(DISTINCT h.id) AS holders
}
CALL (p, asOf) {
  OPTIONAL MATCH (p)<-[:OF_PATENT]-(t:Transaction {kind: 'license'})-[:TO_PARTY]->(l:Party)
  WHERE asOf IS NULL OR t.date < asOf
  RETURN collect(DISTINCT l.id) AS licensees
}
CALL (p) {
  OPTIONAL MATCH (p)-[:CLASSIFIED_AS]->(g:IpcClass)-[:PART_OF]->(m:IpcClass)-[:PART_OF]->(s:IpcClass)
  RETURN collect({
    subgroup: g.code, mainGroup: m.code, subclass: s.code,
    subgroupSize: COUNT { (g)<-[:CLASSIFIED_AS]-() },
    mainGroupSize: reduce(n = 0, k IN [(m)<-[:PART_OF]-(k:IpcClass) | COUNT { (k)<-[:CLASSIFIED_AS]-() }] | n + k),
    subclassSize: reduce(n = 0, k IN [(s)<-[:PART_OF]-(:IpcClass)<-[:PART_OF]-(k:IpcClass) | COUNT { (k)<-[:CLASSIFIED_AS]-() }] | n + k)
  }) AS classes
}
RETURN p.id AS id, p.title AS title, p.title_en AS titleEn, p.abstract AS abstract, holders, licensees, [c IN classes WHERE c.subgroup IS NOT NULL] AS classes
