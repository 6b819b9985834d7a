// licenseeCandidates, step 4: for each ranked candidate, the paths that justify its parts (a few
// per part, the shortest kind first), so the page can draw why. $candidates:
// [{id, sharedRegion, policies}] with the most specific region it shares with the licensor and
// the shared local policies, both worked out from step 3. Evidence is drawn as the graph stands today.
UNWIND $candidates AS c
MATCH (e:Organization {id: c.id})
CALL (e) {
  // Technology: its patents in the subject's subgroups, else in its main groups.
  MATCH path = (p:Patent)-[:CLASSIFIED_AS]->(g:IpcClass)<-[:CLASSIFIED_AS]-(q:Patent)<-[x:HOLDS]-(e)
  WHERE p.id IN $patentIds AND g.code IN $subgroups AND q <> p AND x.until IS NULL
  RETURN 'technology' AS part, path LIMIT 2
  UNION ALL
  MATCH path = (p:Patent)-[:CLASSIFIED_AS]->(:IpcClass)-[:PART_OF]->(m:IpcClass)<-[:PART_OF]-(:IpcClass)<-[:CLASSIFIED_AS]-(q:Patent)<-[x:HOLDS]-(e)
  WHERE p.id IN $patentIds AND m.code IN $mainGroups AND q <> p AND x.until IS NULL
  RETURN 'technology' AS part, path LIMIT 1
  UNION ALL
  MATCH path = (p:Patent)-[:CLASSIFIED_AS]->(g:IpcClass)<-[:CLASSIFIED_AS]-(q:Patent)<-[:OF_PATENT]-(t:Transaction {kind: 'license'})-[:TO_PARTY]->(e)
  WHERE p.id IN $patentIds AND g.code IN $subgroups AND q <> p
  RETURN 'technology' AS part, path LIMIT 1
}
RETURN c.id AS id, part, path
UNION ALL
UNWIND $candidates AS c
MATCH (e:Organization {id: c.id})
CALL (e) {
  MATCH path = (e)-[:APPLIED_FOR]->(q:Patent)-[:CITES]->(p:Patent)
  WHERE p.id IN $patentIds
  RETURN 'citations' AS part, path LIMIT 2
  UNION ALL
  MATCH path = (e)-[:APPLIED_FOR]->(q:Patent)-[:CITES]->(:Patent)<-[:APPLIED_FOR]-(h:Party)
  WHERE h.id IN $holderIds
  RETURN 'citations' AS part, path LIMIT 2
  UNION ALL
  MATCH path = (e)-[:APPLIED_FOR]->(q:Patent)<-[:APPLIED_FOR]-(h:Party)
  WHERE h.id IN $holderIds
  RETURN 'collaboration' AS part, path LIMIT 2
  UNION ALL
  MATCH path = (e)-[:APPLIED_FOR]->(q:Patent)<-[:INVENTED]-(:Person)-[:INVENTED]->(q2:Patent)<-[:APPLIED_FOR]-(h:Party)
  WHERE h.id IN $holderIds AND q <> q2
  RETURN 'collaboration' AS part, path LIMIT 1
  UNION ALL
  MATCH path = (e)<-[:TO_PARTY]-(t:Transaction)-[:FROM_PARTY]->(h:Party)
  WHERE h.id IN $holderIds AND t.kind IN ['license', 'assignment']
  WITH path, t ORDER BY t.date DESC LIMIT 2
  RETURN 'behaviour' AS part, path
  UNION ALL
  MATCH path = (e)<-[:TO_PARTY]-(t:Transaction)-[:FROM_PARTY]->(:University)
  WHERE t.kind IN ['license', 'assignment']
  WITH path, t ORDER BY t.date DESC LIMIT 2
  RETURN 'behaviour' AS part, path
}
RETURN c.id AS id, part, path
UNION ALL
UNWIND $candidates AS c
MATCH (e:Organization {id: c.id})
CALL (e, c) {
  MATCH path = (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: c.sharedRegion})
  RETURN 'place' AS part, path LIMIT 1
  UNION ALL
  MATCH path = (h:Organization)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: c.sharedRegion})
  WHERE h.id IN $holderIds
  RETURN 'place' AS part, path LIMIT 1
  UNION ALL
  UNWIND c.policies[..2] AS shared
  MATCH path = (:Policy {id: shared.policy})-[:HAS_SCOPE]->(:CoverageScope)-[:SCOPE_REGION]->(:Region {code: shared.region})
  RETURN 'place' AS part, path
  UNION ALL
  // The candidate's way up to each shared policy's region, so the policy joins its paths.
  UNWIND c.policies[..2] AS shared
  CALL (e, shared) {
    MATCH path = (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: shared.region})
    RETURN path LIMIT 1
  }
  RETURN 'place' AS part, path
}
RETURN c.id AS id, part, path
UNION ALL
// The licensor's hold on the subject patents, which every candidate's paths start from.
UNWIND $candidates AS c
MATCH path = (h:Party)-[x:HOLDS]->(p:Patent)
WHERE h.id IN $holderIds AND p.id IN $patentIds AND x.until IS NULL
RETURN c.id AS id, 'subject' AS part, path
