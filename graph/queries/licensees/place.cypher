// The licensor's regions (its own and those above it) and the local policies (not national:
// those reach everyone and tell nothing) in force on the reference date whose region scopes
// reach it; a candidate shares a policy when the same scope reaches its region too.
WITH CASE WHEN $asOf IS NULL THEN date($today) ELSE date($asOf) END AS ref
UNWIND $holderIds AS hid
MATCH (h:Organization {id: hid})
WITH h, ref, [(h)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r:Region) | {code: r.code, level: r.level}] AS regions
CALL (h, ref, regions) {
  UNWIND regions AS region
  MATCH (r:Region {code: region.code})<-[:SCOPE_REGION]-(s:CoverageScope)<-[:HAS_SCOPE]-(pol:Policy)
  WHERE pol.level <> 'national'
    AND (pol.effective IS NULL OR pol.effective <= ref) AND (pol.expires IS NULL OR ref < pol.expires)
    AND NOT EXISTS { (s)-[:SCOPE_ORG|SCOPE_IPC]->() }
    AND coalesce(size(s.ipc_prefixes), 0) = 0
  RETURN collect(DISTINCT {policy: pol.id, title: pol.title, titleEn: pol.title_en, region: r.code,
                           orgKinds: coalesce(s.org_kinds, []), industries: coalesce(s.industries, [])}) AS policies
}
RETURN h.id AS id, h.kind AS kind, regions, policies
