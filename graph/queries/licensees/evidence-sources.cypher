// What the licensee finder can draw on for these patents: each kind of evidence counted for the
// subject (its patents, its holders) and for the whole database. Whole-database counts come from
// Neo4j's count store (a relationship type, or a label and a type), so they cost nothing.
CALL () { MATCH ()-[r:CLASSIFIED_AS]->() RETURN count(r) AS classified }
CALL () { MATCH ()-[r:CITES]->() RETURN count(r) AS cites }
CALL () { MATCH ()-[r:INVENTED]->() RETURN count(r) AS invented }
CALL () { MATCH (:Transaction)-[r:TO_PARTY]->() RETURN count(r) AS deals }
CALL () { MATCH ()-[r:LOCATED_IN]->() RETURN count(r) AS located }
CALL () { MATCH ()-[r:SCOPE_REGION]->() RETURN count(r) AS regionScopes }
CALL () {
  UNWIND $patentIds AS pid
  MATCH (p:Patent {id: pid})
  RETURN sum(COUNT { (p)-[:CLASSIFIED_AS]->() }) AS patentClasses,
         sum(COUNT { (p)-[:CITES]-() }) AS patentCitations,
         sum(COUNT { (p)<-[:INVENTED]-() }) AS patentInventors,
         sum(CASE WHEN trim(coalesce(p.title, '') + coalesce(p.title_en, '') + coalesce(p.abstract, '')) <> '' THEN 1 ELSE 0 END) AS patentTexts,
         count(p) AS found, collect(p) AS patents
}
CALL (patents) {
  UNWIND patents AS p
  OPTIONAL MATCH (h:Party)-[x:HOLDS]->(p) WHERE x.until IS NULL
  WITH DISTINCT h WHERE h IS NOT NULL
  RETURN sum(COUNT { (h)-[:LOCATED_IN]->() }) AS holderRegions
}
RETURN found, classified, cites, invented, deals, located, regionScopes,
       patentClasses, patentCitations, patentInventors, patentTexts, holderRegions
