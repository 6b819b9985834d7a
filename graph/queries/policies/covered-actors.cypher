// The (actor, policy, scope) rows behind actorsCoveredBy(): every scope in force on asOf of the
// policy (and, with $viaImplementing, of the policies implementing it at any depth), each scope's
// organizations found from one condition (a named organization, else its kind, else its first
// region's subtree, else holders under its first IPC prefix, else its industry) and then tested
// against all its AND-ed conditions and the request's kind and region filters. Each branch seeks
// null unless it is the chosen one: a guard in WHERE would run after the seek, on every scope.
// Parameters keep one type each ('' and [] for "none"), so the plan is cached once.
MATCH (root:Policy {id: $policyId})
WITH root, date($asOf) AS asOf
MATCH (pol:Policy)-[:IMPLEMENTS*0..10]->(root)
WHERE pol = root OR $viaImplementing
WITH DISTINCT pol, asOf
WHERE {{IN_FORCE pol}}
MATCH (pol)-[:HAS_SCOPE]->(s:CoverageScope)
WITH pol, s, asOf,
     coalesce(s.org_ids, []) AS orgIds, coalesce(s.org_kinds, []) AS kinds, coalesce(s.region_codes, []) AS regions,
     coalesce(s.industries, []) AS industries,
     [pre IN coalesce(s.ipc_prefixes, []) | {prefix: pre, key: {{IPC_KEY pre}}}] AS ipc
CALL (s, orgIds, kinds, regions, ipc, industries, asOf) {
  MATCH (s)-[:SCOPE_ORG]->(o:Organization)
  RETURN o, 0 AS regionsFrom
  UNION
  MATCH (o:Organization {kind: CASE WHEN size(orgIds) = 0 THEN kinds[0] END})
  RETURN o, 0 AS regionsFrom
  UNION
  MATCH (:Region {code: CASE WHEN size(orgIds) + size(kinds) = 0 THEN regions[0] END})<-[:PART_OF*0..]-(:Region)<-[:LOCATED_IN]-(o:Organization)
  RETURN o, 1 AS regionsFrom
  UNION
  MATCH (:IpcClass {code: CASE WHEN size(orgIds) + size(kinds) + size(regions) = 0 THEN split(ipc[0].prefix, ' ')[0] END})
        <-[:PART_OF*0..]-(:IpcClass)<-[:CLASSIFIED_AS]-(p:Patent)<-[h:HOLDS]-(o:Organization)
  WHERE (h.from IS NULL OR h.from <= asOf) AND (h.until IS NULL OR asOf < h.until)
    AND any(sym IN p.ipc WHERE sym = ipc[0].prefix OR sym STARTS WITH ipc[0].key)
  RETURN DISTINCT o, 0 AS regionsFrom
  UNION
  MATCH (o:Organization {industry: CASE WHEN size(orgIds) + size(kinds) + size(regions) + size(ipc) = 0 THEN industries[0] END})
  RETURN o, 0 AS regionsFrom
}
WITH pol, s, asOf, regions, ipc, o, regionsFrom
WHERE o.id > $after
  AND (size($kinds) = 0 OR o.kind IN $kinds)
  AND all(k IN coalesce(s.org_kinds, []) WHERE k = o.kind)
  AND all(i IN coalesce(s.industries, []) WHERE i = o.industry)
  AND all(x IN coalesce(s.org_ids, []) WHERE x = o.id)
  AND all(c IN regions[regionsFrom..] WHERE EXISTS { (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {code: c}) })
  AND ($region = '' OR EXISTS { (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {code: $region}) })
  AND all(q IN ipc WHERE EXISTS {
    MATCH (o)-[h:HOLDS]->(p:Patent)
    WHERE (h.from IS NULL OR h.from <= asOf) AND (h.until IS NULL OR asOf < h.until)
      AND any(sym IN p.ipc WHERE sym = q.prefix OR sym STARTS WITH q.key)
  })
