// Organizations reached by scopes that name organizations or ask for IPC prefixes (tested one by
// one), leaving out those the group-counted scopes already cover ($covered, keyed
// kind|region|industry) and those outside the request's kinds ($kinds) and regions ($inRegion,
// unless $anyRegion); $below[scope id] holds the regions inside all of a scope's regions. Each
// scope's organizations come from one condition (named, else kind, else its first region's
// subtree, else holders under its first IPC prefix, else industry); a branch seeks null unless it
// is the chosen one (a guard in WHERE would run after the seek).
MATCH (s:CoverageScope) WHERE s.id IN $scopeIds
WITH s, date($asOf) AS asOf,
     coalesce(s.org_ids, []) AS orgIds, coalesce(s.org_kinds, []) AS kinds, coalesce(s.region_codes, []) AS regions,
     coalesce(s.industries, []) AS industries,
     [pre IN coalesce(s.ipc_prefixes, []) | {prefix: pre, key: {{IPC_KEY pre}}}] AS ipc
CALL (s, orgIds, kinds, regions, ipc, industries, asOf) {
  MATCH (s)-[:SCOPE_ORG]->(o:Organization)
  RETURN o
  UNION
  MATCH (o:Organization {kind: CASE WHEN size(orgIds) = 0 THEN kinds[0] END})
  RETURN o
  UNION
  MATCH (:Region {code: CASE WHEN size(orgIds) + size(kinds) = 0 THEN regions[0] END})<-[:PART_OF*0..]-(:Region)<-[:LOCATED_IN]-(o:Organization)
  RETURN o
  UNION
  MATCH (:IpcClass {code: CASE WHEN size(orgIds) + size(kinds) + size(regions) = 0 THEN split(ipc[0].prefix, ' ')[0] END})
        <-[:PART_OF*0..]-(:IpcClass)<-[:CLASSIFIED_AS]-(p:Patent)<-[h:HOLDS]-(o:Organization)
  WHERE (h.from IS NULL OR h.from <= asOf) AND (h.until IS NULL OR asOf < h.until)
    AND any(sym IN p.ipc WHERE sym = ipc[0].prefix OR sym STARTS WITH ipc[0].key)
  RETURN DISTINCT o
  UNION
  MATCH (o:Organization {industry: CASE WHEN size(orgIds) + size(ipc) + size(kinds) + size(regions) = 0 THEN industries[0] END})
  RETURN o
}
WITH s, asOf, regions, ipc, o, coalesce(o.kind, '') + '|' + coalesce(o.region_code, '') + '|' + coalesce(o.industry, '') AS groupKey
WHERE NOT coalesce($covered[groupKey], false)
  AND (size($kinds) = 0 OR o.kind IN $kinds)
  AND ($anyRegion OR coalesce($inRegion[coalesce(o.region_code, '')], false))
  AND all(k IN coalesce(s.org_kinds, []) WHERE k = o.kind)
  AND all(i IN coalesce(s.industries, []) WHERE i = o.industry)
  AND all(x IN coalesce(s.org_ids, []) WHERE x = o.id)
  AND (size(regions) = 0 OR coalesce($below[s.id][coalesce(o.region_code, '')], false))
  AND all(q IN ipc WHERE EXISTS {
    MATCH (o)-[h:HOLDS]->(p:Patent)
    WHERE (h.from IS NULL OR h.from <= asOf) AND (h.until IS NULL OR asOf < h.until)
      AND any(sym IN p.ipc WHERE sym = q.prefix OR sym STARTS WITH q.key)
  })
RETURN o.id AS id, coalesce(o.kind, '') AS kind, coalesce(o.region_code, '') AS region, collect(s.id) AS scopes
