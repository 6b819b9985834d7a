// licenseeCandidates, step 2: enterprises reached from the subject by bounded walks, with what
// each walk counted. Every walk is capped: the licensor's most recent $holderPatentCap patents,
// $inventorPatentCap patents per inventor, $classSample patents per IPC subgroup, $perSource enterprises per walk, so a class of thousands
// of patents or a licensor of thousands costs the same as a small one.
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
CALL (asOf) {
  UNWIND $holderIds AS hid
  MATCH (h:Party {id: hid})
  CALL (h, asOf) {
    MATCH (h)-[:APPLIED_FOR]->(q:Patent)
    WHERE asOf IS NULL OR q.filed < asOf
    RETURN q ORDER BY q.filed DESC LIMIT toInteger($holderPatentCap)
  }
  RETURN collect(DISTINCT q) AS own
}
CALL (own) {
  // Collaboration: the enterprise applied together with the licensor.
  UNWIND own AS q
  MATCH (q)<-[:APPLIED_FOR]-(e:Enterprise)
  WITH e, count(DISTINCT q) AS n ORDER BY n DESC, e.id LIMIT toInteger($perSource)
  RETURN e.id AS id, 'coApplications' AS source, n
  UNION ALL
  // Collaboration: a person invented for the licensor and for the enterprise.
  UNWIND own AS q
  MATCH (q)<-[:INVENTED]-(person:Person)
  WITH DISTINCT person LIMIT toInteger($holderPatentCap)
  // A prolific inventor (thousands of patents) is read as far as $inventorPatentCap of them.
  CALL (person) {
    MATCH (person)-[:INVENTED]->(q2:Patent)
    RETURN q2 LIMIT toInteger($inventorPatentCap)
  }
  MATCH (q2)<-[:APPLIED_FOR]-(e:Enterprise)
  WITH e, count(DISTINCT person) AS n ORDER BY n DESC, e.id LIMIT toInteger($perSource)
  RETURN e.id AS id, 'sharedInventors' AS source, n
  UNION ALL
  // Citations: the enterprise's patents cite the licensor's.
  UNWIND own AS q
  MATCH (q)<-[:CITES]-(c:Patent)<-[:APPLIED_FOR]-(e:Enterprise)
  WITH e, count(DISTINCT c) AS n ORDER BY n DESC, e.id LIMIT toInteger($perSource)
  RETURN e.id AS id, 'citesLicensor' AS source, n
}
RETURN id, source, n
UNION ALL
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
// Collaboration: earlier licences and sales from the licensor to the enterprise.
UNWIND $holderIds AS hid
MATCH (:Party {id: hid})<-[:FROM_PARTY]-(t:Transaction)-[:TO_PARTY]->(e:Enterprise)
WHERE t.kind IN ['license', 'assignment'] AND (asOf IS NULL OR t.date < asOf)
WITH e, count(DISTINCT t) AS n ORDER BY n DESC, e.id LIMIT toInteger($perSource)
RETURN e.id AS id, 'dealsWithLicensor' AS source, n
UNION ALL
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
// Citations of the subject patents themselves.
UNWIND $patentIds AS pid
MATCH (:Patent {id: pid})<-[:CITES]-(c:Patent)<-[x:HOLDS]-(e:Enterprise)
WHERE (asOf IS NULL AND x.until IS NULL)
   OR (asOf IS NOT NULL AND (x.from IS NULL OR x.from <= asOf) AND (x.until IS NULL OR asOf < x.until))
WITH e, count(DISTINCT c) AS n ORDER BY n DESC, e.id LIMIT toInteger($perSource)
RETURN e.id AS id, 'citesPatent' AS source, n
UNION ALL
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
// Technology: a fixed-size sample of each subgroup's patents (storage order, so the same
// database gives the same sample), then who holds or licensed them.
UNWIND $subgroups AS code
MATCH (g:IpcClass {code: code})
CALL (g) {
  MATCH (g)<-[:CLASSIFIED_AS]-(q:Patent)
  RETURN q LIMIT toInteger($classSample)
}
CALL (q, asOf) {
  MATCH (q)<-[x:HOLDS]-(e:Enterprise)
  WHERE (asOf IS NULL AND x.until IS NULL)
     OR (asOf IS NOT NULL AND (x.from IS NULL OR x.from <= asOf) AND (x.until IS NULL OR asOf < x.until))
  RETURN e
  UNION
  MATCH (q)<-[:OF_PATENT]-(t:Transaction {kind: 'license'})-[:TO_PARTY]->(e:Enterprise)
  WHERE asOf IS NULL OR t.date < asOf
  RETURN e
}
WITH e, count(DISTINCT q) AS n ORDER BY n DESC, e.id LIMIT toInteger($perSource)
RETURN e.id AS id, 'classPeers' AS source, n
