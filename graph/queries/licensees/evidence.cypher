// licenseeCandidates, step 4: for each ranked candidate, the paths that justify its parts (a few
// per part), so the page can draw why. $candidates: [{id, sharedRegion, policies, has}] where
// `has` tells which parts found evidence (a part with none is not searched), sharedRegion is the
// most specific region it shares with the licensor and policies the shared local policies.
// Every walk starts from the candidate (at most $portfolioCap of its patents, as in step 3) and binds the subject's nodes before the path is matched,
// so a class with thousands of patents is never expanded. Evidence is drawn as the graph stands today.
UNWIND $candidates AS c
MATCH (e:Organization {id: c.id})
// Its current holdings (at most $portfolioCap, as in step 3), walked once for both technology
// parts: a broker of thousands of patents holds few of them today, and is read to its end.
CALL (e, c) {
  WITH e, c WHERE c.has.heldMatches
  MATCH (e)-[x:HOLDS]->(q:Patent) WHERE x.until IS NULL
  WITH x, q LIMIT toInteger($portfolioCap)
  RETURN collect({x: x, q: q}) AS held
}
CALL (e, c, held) {
  // Technology: one of its patents in a subgroup of the subject, else in a main group. Every
  // relationship is bound from the candidate's side or from the subject patent's side first.
  WITH e, c, held WHERE c.has.heldMatches
  CALL (held) {
    UNWIND held AS h
    WITH h.x AS x, h.q AS q
    MATCH (q)-[qc:CLASSIFIED_AS]->(g:IpcClass)
    WHERE g.code IN $subgroups AND NOT q.id IN $patentIds
    RETURN x, q, qc, g LIMIT 2
  }
  CALL (g) {
    UNWIND $patentIds AS pid
    MATCH (p:Patent {id: pid})-[pc:CLASSIFIED_AS]->(pg:IpcClass)
    WHERE pg = g
    RETURN p, pc LIMIT 1
  }
  MATCH path = (p)-[pc]->(g)<-[qc]-(q)<-[x]-(e)
  RETURN 'technology' AS part, path
  UNION ALL
  WITH e, c, held WHERE c.has.heldMatches
  CALL (held) {
    UNWIND held AS h
    WITH h.x AS x, h.q AS q
    MATCH (q)-[qc:CLASSIFIED_AS]->(g:IpcClass)-[gm:PART_OF]->(m:IpcClass)
    WHERE m.code IN $mainGroups AND NOT g.code IN $subgroups
    RETURN x, q, qc, g, gm, m LIMIT 1
  }
  CALL (m) {
    UNWIND $patentIds AS pid
    MATCH (p:Patent {id: pid})-[pc:CLASSIFIED_AS]->(pg:IpcClass)-[pm:PART_OF]->(pm2:IpcClass)
    WHERE pm2 = m
    RETURN p, pc, pg, pm LIMIT 1
  }
  MATCH path = (p)-[pc]->(pg)-[pm]->(m)<-[gm]-(g)<-[qc]-(q)<-[x]-(e)
  RETURN 'technology' AS part, path
  UNION ALL
  WITH e, c WHERE c.has.licensedMatches
  CALL (e) {
    MATCH (e)<-[tp:TO_PARTY]-(t:Transaction {kind: 'license'})-[op:OF_PATENT]->(q:Patent)
    WITH tp, t, op, q LIMIT toInteger($portfolioCap)
    MATCH (q)-[qc:CLASSIFIED_AS]->(g:IpcClass)
    WHERE g.code IN $subgroups AND NOT q.id IN $patentIds
    RETURN tp, t, op, q, qc, g LIMIT 1
  }
  CALL (g) {
    UNWIND $patentIds AS pid
    MATCH (p:Patent {id: pid})-[pc:CLASSIFIED_AS]->(pg:IpcClass)
    WHERE pg = g
    RETURN p, pc LIMIT 1
  }
  MATCH path = (p)-[pc]->(g)<-[qc]-(q)<-[op]-(t)-[tp]->(e)
  RETURN 'technology' AS part, path
  UNION ALL
  // Citations: of the subject patents, else of the licensor's.
  WITH e, c WHERE c.has.citesPatent
  MATCH (p:Patent) WHERE p.id IN $patentIds
  MATCH path = (e)-[:APPLIED_FOR]->(:Patent)-[:CITES]->(p)
  RETURN 'citations' AS part, path LIMIT 2
  UNION ALL
  // The subject cites one of its patents.
  WITH e, c WHERE c.has.citedByPatent AND NOT c.has.citesPatent
  MATCH (p:Patent) WHERE p.id IN $patentIds
  MATCH path = (p)-[:CITES]->(:Patent)<-[:HOLDS]-(e)
  RETURN 'citations' AS part, path LIMIT 2
  UNION ALL
  // One step removed: its patent cites a patent citing the subject, or is cited by one the subject cites.
  WITH e, c WHERE c.has.secondGeneration AND NOT c.has.citesPatent AND NOT c.has.citedByPatent
  MATCH (p:Patent) WHERE p.id IN $patentIds
  CALL (p, e) {
    MATCH path = (p)<-[:CITES]-(:Patent)<-[:CITES]-(:Patent)<-[:HOLDS]-(e)
    RETURN path LIMIT 1
    UNION
    MATCH path = (p)-[:CITES]->(:Patent)-[:CITES]->(:Patent)<-[:HOLDS]-(e)
    RETURN path LIMIT 1
  }
  RETURN 'citations' AS part, path LIMIT 2
  UNION ALL
  WITH e, c WHERE c.has.citesLicensor
  MATCH (h:Party) WHERE h.id IN $holderIds
  CALL (e, h) {
    // From the licensor's latest $holderPatentCap patents, as step 2 found the part: walked from
    // the candidate, an enterprise of 20 000 applications read 600 000 relationships here.
    MATCH (h)-[a2:APPLIED_FOR]->(q2:Patent)
    WITH a2, q2 ORDER BY q2.filed DESC LIMIT toInteger($holderPatentCap)
    MATCH (q2)<-[ci:CITES]-(q:Patent)<-[a1:APPLIED_FOR]-(e2) WHERE e2 = e
    RETURN a1, q, ci, q2, a2 LIMIT 2
  }
  MATCH path = (e)-[a1]->(q)-[ci]->(q2)<-[a2]-(h)
  RETURN 'citations' AS part, path
  UNION ALL
  // Collaboration: joint applications, a shared inventor.
  WITH e, c WHERE c.has.coApplications
  MATCH (h:Party) WHERE h.id IN $holderIds
  MATCH path = (e)-[:APPLIED_FOR]->(:Patent)<-[:APPLIED_FOR]-(h)
  RETURN 'collaboration' AS part, path LIMIT 2
  UNION ALL
  WITH e, c WHERE c.has.sharedInventors
  MATCH (h:Party) WHERE h.id IN $holderIds
  CALL (e, h) {
    // From the candidate's side (at most $portfolioCap of its applications): a person's other
    // patents are few, the licensor's are many.
    MATCH (e)-[a1:APPLIED_FOR]->(q:Patent)
    WITH a1, q LIMIT toInteger($portfolioCap)
    MATCH (q)<-[i1:INVENTED]-(person:Person)-[i2:INVENTED]->(q2:Patent)
    WHERE q2 <> q
    MATCH (q2)<-[a2:APPLIED_FOR]-(h2:Party) WHERE h2 = h
    RETURN a1, q, i1, person, i2, q2, a2 LIMIT 1
  }
  MATCH path = (e)-[a1]->(q)<-[i1]-(person)-[i2]->(q2)<-[a2]-(h)
  RETURN 'collaboration' AS part, path
  UNION ALL
  // An inventor of the subject patent who invented for it too.
  WITH e, c WHERE c.has.patentInventors
  MATCH (p:Patent) WHERE p.id IN $patentIds
  CALL (p, e) {
    MATCH (p)<-[i1:INVENTED]-(person:Person)-[i2:INVENTED]->(q2:Patent)<-[a2:APPLIED_FOR]-(e2)
    WHERE e2 = e AND q2 <> p
    RETURN i1, person, i2, q2, a2 LIMIT 1
  }
  MATCH path = (p)<-[i1]-(person)-[i2]->(q2)<-[a2]-(e)
  RETURN 'collaboration' AS part, path LIMIT 2
  UNION ALL
  // Behaviour: its latest deals with the licensor, else with other universities.
  WITH e, c WHERE c.has.dealsWithLicensor
  MATCH (h:Party) WHERE h.id IN $holderIds
  MATCH path = (e)<-[:TO_PARTY]-(t:Transaction)-[:FROM_PARTY]->(h)
  WHERE t.kind IN ['license', 'assignment']
  RETURN 'behaviour' AS part, path LIMIT 2
  UNION ALL
  WITH e, c WHERE c.has.fromUniversities AND NOT c.has.dealsWithLicensor
  MATCH path = (e)<-[:TO_PARTY]-(t:Transaction)-[:FROM_PARTY]->(:University)
  WHERE t.kind IN ['license', 'assignment']
  RETURN 'behaviour' AS part, path LIMIT 2
}
RETURN c.id AS id, part, path
UNION ALL
UNWIND $candidates AS c
MATCH (e:Organization {id: c.id})
CALL (e, c) {
  // Place: both sides' way up to the region they share, and the shared local policies.
  MATCH path = (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: c.sharedRegion})
  RETURN 'place' AS part, path LIMIT 1
  UNION ALL
  MATCH (h:Organization) WHERE h.id IN $holderIds
  MATCH path = (h)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: c.sharedRegion})
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
MATCH (p:Patent) WHERE p.id IN $patentIds
MATCH path = (h:Party)-[x:HOLDS]->(p)
WHERE h.id IN $holderIds AND x.until IS NULL
RETURN c.id AS id, 'subject' AS part, path
