// A policy's issuer, provisions in order and coverage scopes with what each scope names.
MATCH (pol:Policy {id: $id})
RETURN
  COLLECT { MATCH (pol)-[:ISSUED_BY]->(a) RETURN a }[0] AS issuer,
  COLLECT {
    MATCH (pol)-[:HAS_PROVISION]->(v:Provision)
    RETURN {seq: v.seq, title: v.title, text: v.text, category: v.category} ORDER BY v.seq
  } AS provisions,
  COLLECT {
    MATCH (pol)-[:HAS_SCOPE]->(s:CoverageScope)
    RETURN {
      id: s.id, scope: s.scope,
      orgKinds: coalesce(s.org_kinds, []), industries: coalesce(s.industries, []), ipcPrefixes: coalesce(s.ipc_prefixes, []),
      regions: COLLECT { MATCH (s)-[:SCOPE_REGION]->(r) RETURN r ORDER BY r.code },
      organizations: COLLECT { MATCH (s)-[:SCOPE_ORG]->(o) RETURN o ORDER BY o.id }
    } ORDER BY s.scope
  } AS scopes
