// A person's positions and shareholdings, and how many patents they invented or applied for.
MATCH (p:Person {id: $id})
RETURN
  COLLECT { MATCH (p)-[s:OFFICER_OF]->(o) RETURN {person: p, organization: o, role: s.role, since: s.since} ORDER BY o.id, s.role } AS positions,
  COLLECT { MATCH (p)-[s:OWNS]->(o) RETURN {owner: p, company: o, share: s.share, since: s.since} ORDER BY s.share DESC, o.id } AS holdings,
  COUNT { (p)-[:INVENTED]->() } AS inventedCount,
  COUNT { (p)-[:APPLIED_FOR]->() } AS appliedCount
