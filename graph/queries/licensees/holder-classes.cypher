// The IPC subclasses a holder's current patents are classified under, most patents first: what a
// portfolio's prefix may be, offered when the one typed matches none of them.
MATCH (:Party {id: $holderId})-[x:HOLDS]->(p:Patent)-[:CLASSIFIED_AS]->(:IpcClass)-[:PART_OF*0..3]->(s:IpcClass)
WHERE x.until IS NULL AND s.level = 'subclass'
RETURN s.code AS code, count(DISTINCT p) AS patents
ORDER BY patents DESC, code
LIMIT 12
