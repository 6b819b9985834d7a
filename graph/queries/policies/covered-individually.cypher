// Organizations reached by scopes that name organizations, tested one by one from the named
// ones, leaving out those the group-counted scopes already cover ($covered, keyed
// kind|region|industry) and those outside the request's kinds ($kinds) and regions ($inRegion,
// unless $anyRegion); $below[scope id] holds the regions inside all of a scope's regions. A named
// scope may also ask for IPC prefixes: the named organization's holdings on asOf are checked.
MATCH (s:CoverageScope) WHERE s.id IN $scopeIds
WITH s, date($asOf) AS asOf, coalesce(s.region_codes, []) AS regions,
     [pre IN coalesce(s.ipc_prefixes, []) | {prefix: pre, key: {{IPC_KEY pre}}}] AS ipc
MATCH (s)-[:SCOPE_ORG]->(o:Organization)
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
RETURN o.id AS id, coalesce(o.kind, '') AS kind, coalesce(o.region_code, '') AS region, coalesce(o.industry, '') AS industry, collect(s.id) AS scopes
