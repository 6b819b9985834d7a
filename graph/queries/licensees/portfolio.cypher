// The portfolio variant: a holder's patents under an IPC prefix (a subclass, a main group or a
// subgroup, as a code of the hierarchy), held on the reference date, most recently filed first.
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
MATCH (h:Party {id: $holderId})-[x:HOLDS]->(p:Patent)
WHERE ((asOf IS NULL AND x.until IS NULL)
    OR (asOf IS NOT NULL AND (x.from IS NULL OR x.from <= asOf) AND (x.until IS NULL OR asOf < x.until)))
  AND EXISTS { (p)-[:CLASSIFIED_AS]->(:IpcClass)-[:PART_OF*0..3]->(:IpcClass {code: $ipcPrefix}) }
WITH DISTINCT p
ORDER BY p.filed DESC, p.id
LIMIT toInteger($cap)
RETURN collect(p.id) AS patentIds
