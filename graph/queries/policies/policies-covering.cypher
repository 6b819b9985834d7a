// policiesCovering(): every scope of a policy in force on asOf whose AND-ed conditions the actor
// meets, with what proves each condition: the region path, the held patent under each IPC prefix,
// the named-organization link, and the chain of policies the policy implements.
MATCH (a:Organization {id: $actorId})
WITH a, date($asOf) AS asOf
WITH a, asOf, [(a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region) | r.code] AS regionCodes
MATCH (pol:Policy)-[:HAS_SCOPE]->(s:CoverageScope)
WHERE {{IN_FORCE pol}}
  AND all(c IN coalesce(s.region_codes, []) WHERE c IN regionCodes)
  AND all(k IN coalesce(s.org_kinds, []) WHERE k = a.kind)
  AND all(i IN coalesce(s.industries, []) WHERE i = a.industry)
  AND all(x IN coalesce(s.org_ids, []) WHERE x = a.id)
CALL (a, s, asOf) {
  UNWIND coalesce(s.ipc_prefixes, []) AS prefix
  WITH prefix, {{IPC_KEY prefix}} AS key
  CALL (a, prefix, key, asOf) {
    MATCH (a)-[h:HOLDS]->(p:Patent)
    WHERE (h.from IS NULL OR h.from <= asOf) AND (h.until IS NULL OR asOf < h.until)
      AND any(sym IN p.ipc WHERE sym = prefix OR sym STARTS WITH key)
    RETURN h, p, [sym IN p.ipc WHERE sym = prefix OR sym STARTS WITH key][0] AS symbol
    LIMIT 1
  }
  RETURN collect({prefix: prefix, holds: h, patent: p, symbol: symbol}) AS witnesses
}
WITH a, pol, s, witnesses WHERE size(witnesses) = size(coalesce(s.ipc_prefixes, []))
CALL (a, s) {
  OPTIONAL MATCH route = (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region)<-[:SCOPE_REGION]-(s)
  RETURN collect(route) AS regionRoutes
}
CALL (a, s) {
  OPTIONAL MATCH named = (s)-[:SCOPE_ORG]->(a)
  RETURN collect(named) AS orgRoutes
}
CALL (s, witnesses) {
  UNWIND witnesses AS w
  WITH w.patent AS p, w.symbol AS symbol
  MATCH cls = (p)-[:CLASSIFIED_AS]->(c:IpcClass {code: symbol})
  // The scope's IPC node, when it lies above the patent's class in the hierarchy.
  OPTIONAL MATCH up = (c)-[:PART_OF*0..]->(:IpcClass)<-[:SCOPE_IPC]-(s)
  RETURN collect(cls) AS classRoutes, collect(up) AS ipcRoutes
}
CALL (pol) {
  OPTIONAL MATCH chain = (pol)-[:IMPLEMENTS*1..10]->(:Policy)
  RETURN collect(chain) AS chains
}
MATCH hasScope = (pol)-[:HAS_SCOPE]->(s)
// What the scope names, so it reads by what it covers (its regions and organizations by name).
WITH *, COLLECT { MATCH (s)-[:SCOPE_REGION]->(r:Region) RETURN r ORDER BY r.code } AS scopeRegions,
  COLLECT { MATCH (s)-[:SCOPE_ORG]->(o:Organization) RETURN o ORDER BY o.id } AS scopeOrgs
RETURN a AS actor, pol AS policy, s AS scope, hasScope, witnesses, regionRoutes, orgRoutes, classRoutes, ipcRoutes, chains, scopeRegions, scopeOrgs
ORDER BY pol.id, s.scope
