// licenseeCandidates, step 2: organizations of the asked kinds ($kinds: labels such as
// Enterprise) reached from the subject by bounded walks, with what each walk counted. Walks from
// the subject patents themselves (their citations two generations each way, their inventors'
// other applicants, their classes, their text) make the ranking the patent's own; walks from the
// licensor (its co-applicants, its inventors, citations of its patents, its earlier deals) are
// what the patents share with their holder. Every walk is capped: the licensor's most recent
// $holderPatentCap patents, $inventorPatentCap patents per inventor, $classSample patents per
// class, $citationCap patents per citation generation, $perSource organizations per walk, so a
// class of thousands of patents or a licensor of thousands costs the same as a small one.
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
CALL (own, asOf) {
  // Collaboration: it applied together with the licensor.
  UNWIND own AS q
  MATCH (q)<-[:APPLIED_FOR]-(e:Organization)
  WHERE any(l IN labels(e) WHERE l IN $kinds)
  WITH e, count(DISTINCT q) AS n ORDER BY n DESC, e.id LIMIT toInteger($perSource)
  RETURN e.id AS id, 'coApplications' AS source, n
  UNION ALL
  // Collaboration: a person invented for the licensor and for it.
  UNWIND own AS q
  MATCH (q)<-[:INVENTED]-(person:Person)
  WITH DISTINCT person LIMIT toInteger($holderPatentCap)
  // A prolific inventor (thousands of patents) is read as far as $inventorPatentCap of them.
  CALL (person, asOf) {
    MATCH (person)-[:INVENTED]->(q2:Patent)
    WHERE asOf IS NULL OR q2.filed < asOf
    RETURN q2 LIMIT toInteger($inventorPatentCap)
  }
  MATCH (q2)<-[:APPLIED_FOR]-(e:Organization)
  WHERE any(l IN labels(e) WHERE l IN $kinds)
  WITH e, count(DISTINCT person) AS n ORDER BY n DESC, e.id LIMIT toInteger($perSource)
  RETURN e.id AS id, 'sharedInventors' AS source, n
  UNION ALL
  // Citations: its patents cite the licensor's.
  UNWIND own AS q
  MATCH (q)<-[:CITES]-(c:Patent)<-[:APPLIED_FOR]-(e:Organization)
  WHERE any(l IN labels(e) WHERE l IN $kinds)
  WITH e, count(DISTINCT c) AS n ORDER BY n DESC, e.id LIMIT toInteger($perSource)
  RETURN e.id AS id, 'citesLicensor' AS source, n
}
RETURN id, source, n
UNION ALL
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
// Collaboration: earlier licences and sales from the licensor to it.
UNWIND $holderIds AS hid
MATCH (:Party {id: hid})<-[:FROM_PARTY]-(t:Transaction)-[:TO_PARTY]->(e:Organization)
WHERE t.kind IN ['license', 'assignment'] AND (asOf IS NULL OR t.date < asOf) AND any(l IN labels(e) WHERE l IN $kinds)
WITH e, count(DISTINCT t) AS n ORDER BY n DESC, e.id LIMIT toInteger($perSource)
RETURN e.id AS id, 'dealsWithLicensor' AS source, n
UNION ALL
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
// Behaviour: it licensed a subject patent before (renewed, widened or made exclusive next).
UNWIND $patentIds AS pid
MATCH (:Patent {id: pid})<-[:OF_PATENT]-(t:Transaction {kind: 'license'})-[:TO_PARTY]->(e:Organization)
WHERE (asOf IS NULL OR t.date < asOf) AND any(l IN labels(e) WHERE l IN $kinds)
WITH e, count(DISTINCT pid) AS n
RETURN e.id AS id, 'licensedSubject' AS source, n
UNION ALL
WITH CASE WHEN $asOf IS NULL THEN date('9999-12-31') ELSE date($asOf) END AS before
// Behaviour: the $dealTakers organizations that took most of the latest $dealSample licences and
// sales from universities (read down the transaction_date index, newest first, so the cost does
// not grow with the years of history). Only ids: the shortlist decides who is read in full.
MATCH (t:Transaction) WHERE t.date < before
WITH t ORDER BY t.date DESC
WHERE t.kind IN ['license', 'assignment'] AND EXISTS { (t)-[:FROM_PARTY]->(:University) }
WITH t LIMIT toInteger($dealSample)
MATCH (t)-[:TO_PARTY]->(e:Organization)
WHERE any(l IN labels(e) WHERE l IN $kinds)
WITH e, count(t) AS n ORDER BY n DESC, e.id LIMIT toInteger($dealTakers)
RETURN e.id AS id, 'recentUniversityDeals' AS source, n
UNION ALL
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
// Citations of the subject patents, two generations each way: patents that cite them
// (citesPatent) and those citing these (citesPatent2); patents they cite (citedByPatent) and
// those these cite (citedByPatent2). Each generation reads at most $citationCap patents.
UNWIND $patentIds AS pid
MATCH (p:Patent {id: pid})
CALL (p) {
  MATCH (p)<-[:CITES]-(c:Patent)
  RETURN c, 'citesPatent' AS source LIMIT toInteger($citationCap)
  UNION
  MATCH (p)<-[:CITES]-(:Patent)<-[:CITES]-(c:Patent) WHERE c <> p
  RETURN c, 'citesPatent2' AS source LIMIT toInteger($citationCap)
  UNION
  MATCH (p)-[:CITES]->(c:Patent)
  RETURN c, 'citedByPatent' AS source LIMIT toInteger($citationCap)
  UNION
  MATCH (p)-[:CITES]->(:Patent)-[:CITES]->(c:Patent) WHERE c <> p
  RETURN c, 'citedByPatent2' AS source LIMIT toInteger($citationCap)
}
MATCH (c)<-[x:HOLDS]-(e:Organization)
WHERE ((asOf IS NULL AND x.until IS NULL)
   OR (asOf IS NOT NULL AND (x.from IS NULL OR x.from <= asOf) AND (x.until IS NULL OR asOf < x.until)))
  AND any(l IN labels(e) WHERE l IN $kinds)
WITH source, e, count(DISTINCT c) AS n ORDER BY n DESC, e.id
WITH source, collect({id: e.id, n: n})[..toInteger($perSource)] AS top
UNWIND top AS t
RETURN t.id AS id, source, t.n AS n
UNION ALL
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
// Collaboration on this patent: its own inventors' other applicants (the licensor's inventors
// above are its whole staff; these are the people behind this patent).
UNWIND $patentIds AS pid
MATCH (:Patent {id: pid})<-[:INVENTED]-(person:Person)
WITH DISTINCT person, asOf
CALL (person, asOf) {
  MATCH (person)-[:INVENTED]->(q2:Patent)
  WHERE (asOf IS NULL OR q2.filed < asOf) AND NOT q2.id IN $patentIds
  RETURN q2 LIMIT toInteger($inventorPatentCap)
}
MATCH (q2)<-[:APPLIED_FOR]-(e:Organization)
WHERE any(l IN labels(e) WHERE l IN $kinds)
WITH e, count(DISTINCT person) AS n ORDER BY n DESC, e.id LIMIT toInteger($perSource)
RETURN e.id AS id, 'patentInventors' AS source, n
UNION ALL
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
// Technology: a fixed-size sample of each class's patents (storage order, so the same database
// gives the same sample), then who holds or licensed them: the subject's subgroups
// (classPeers), the other subgroups of its main groups (mainGroupPeers) and the other main
// groups of its subclasses ($subclassSample from each of at most $subclassMainGroups: a subclass
// spans many main groups, and a storage-order sample of it would be its first one) (subclassPeers).
CALL () {
  UNWIND $subgroups AS code
  MATCH (g:IpcClass {code: code})
  CALL (g) {
    MATCH (g)<-[:CLASSIFIED_AS]-(q:Patent)
    RETURN q LIMIT toInteger($classSample)
  }
  RETURN q, 'classPeers' AS source
  UNION
  UNWIND $mainGroups AS code
  MATCH (m:IpcClass {code: code})
  CALL (m) {
    MATCH (m)<-[:PART_OF]-(g:IpcClass)<-[:CLASSIFIED_AS]-(q:Patent)
    WHERE NOT g.code IN $subgroups
    RETURN q LIMIT toInteger($classSample)
  }
  RETURN q, 'mainGroupPeers' AS source
  UNION
  UNWIND $subclasses AS code
  CALL (code) {
    MATCH (:IpcClass {code: code})<-[:PART_OF]-(m:IpcClass)
    WHERE NOT m.code IN $mainGroups
    RETURN m LIMIT toInteger($subclassMainGroups)
  }
  CALL (m) {
    MATCH (m)<-[:PART_OF]-(:IpcClass)<-[:CLASSIFIED_AS]-(q:Patent)
    RETURN q LIMIT toInteger($subclassSample)
  }
  RETURN q, 'subclassPeers' AS source
}
CALL (q, asOf) {
  MATCH (q)<-[x:HOLDS]-(e:Organization)
  WHERE ((asOf IS NULL AND x.until IS NULL)
     OR (asOf IS NOT NULL AND (x.from IS NULL OR x.from <= asOf) AND (x.until IS NULL OR asOf < x.until)))
    AND any(l IN labels(e) WHERE l IN $kinds)
  RETURN e
  UNION
  MATCH (q)<-[:OF_PATENT]-(t:Transaction {kind: 'license'})-[:TO_PARTY]->(e:Organization)
  WHERE (asOf IS NULL OR t.date < asOf) AND any(l IN labels(e) WHERE l IN $kinds)
  RETURN e
}
WITH source, e, count(DISTINCT q) AS n ORDER BY n DESC, e.id
WITH source, collect({id: e.id, n: n})[..toInteger($perSource)] AS top
UNWIND top AS t
RETURN t.id AS id, source, t.n AS n
UNION ALL
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
// Technology where the subject has no classes: patents whose titles and abstracts read like the
// subject's ($text, empty when it has classes), by the full-text index's relevance.
CALL () {
  WITH $text AS text WHERE text <> ''
  CALL db.index.fulltext.queryNodes('patent_text', text, {limit: toInteger($textSample)}) YIELD node, score
  RETURN node AS q
}
WITH q, asOf WHERE NOT q.id IN $patentIds AND (asOf IS NULL OR q.filed < asOf)
CALL (q, asOf) {
  MATCH (q)<-[x:HOLDS]-(e:Organization)
  WHERE ((asOf IS NULL AND x.until IS NULL)
     OR (asOf IS NOT NULL AND (x.from IS NULL OR x.from <= asOf) AND (x.until IS NULL OR asOf < x.until)))
    AND any(l IN labels(e) WHERE l IN $kinds)
  RETURN e
  UNION
  MATCH (q)<-[:OF_PATENT]-(t:Transaction {kind: 'license'})-[:TO_PARTY]->(e:Organization)
  WHERE (asOf IS NULL OR t.date < asOf) AND any(l IN labels(e) WHERE l IN $kinds)
  RETURN e
}
WITH e, count(DISTINCT q) AS n ORDER BY n DESC, e.id LIMIT toInteger($perSource)
RETURN e.id AS id, 'similarText' AS source, n
