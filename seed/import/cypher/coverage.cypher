// One row per (policy, scope): its conditions are AND-ed; a policy's scopes are OR-ed.
UNWIND $rows AS row
MATCH (pol:Policy {id: row.policy_id})
MERGE (s:CoverageScope {id: row.id})
SET s.policy_id = row.policy_id, s.scope = row.scope, s.region_codes = row.regions,
    s.org_kinds = row.org_kinds, s.industries = row.industries, s.ipc_prefixes = row.ipc_prefixes,
    s.org_ids = row.orgs
MERGE (pol)-[:HAS_SCOPE]->(s)
WITH s, row
CALL (s, row) {
  MATCH (s)-[old:SCOPE_REGION|SCOPE_IPC|SCOPE_ORG]->(x)
  WHERE NOT ((type(old) = 'SCOPE_REGION' AND x.code IN row.regions)
          OR (type(old) = 'SCOPE_IPC' AND x.code IN row.ipc_nodes)
          OR (type(old) = 'SCOPE_ORG' AND x.id IN row.orgs))
  DELETE old
}
CALL (s, row) {
  UNWIND row.regions AS code
  MATCH (r:Region {code: code})
  MERGE (s)-[:SCOPE_REGION]->(r)
}
CALL (s, row) {
  UNWIND row.orgs AS oid
  MATCH (o:Organization {id: oid})
  MERGE (s)-[:SCOPE_ORG]->(o)
}
CALL (s, row) {
  UNWIND row.ipc_nodes AS code
  MATCH (c:IpcClass {code: code})
  MERGE (s)-[:SCOPE_IPC]->(c)
}
