// An organization's place, patents, trades, owners and officers. Dense organizations hold
// thousands of patents, so lists are capped and the totals counted separately.
MATCH (o:Organization {id: $id})
RETURN
  COLLECT {
    MATCH up = (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region)
    RETURN r ORDER BY length(up)
  } AS regions,
  COUNT { (o)-[x:HOLDS]->(:Patent) WHERE x.until IS NULL } AS patentCount,
  COLLECT {
    MATCH (o)-[x:HOLDS]->(p:Patent) WHERE x.until IS NULL
    RETURN p ORDER BY p.filed DESC, p.id LIMIT toInteger($maxPatents)
  } AS patents,
  COUNT { (o)<-[:FROM_PARTY|TO_PARTY]-(:Transaction) } AS transactionCount,
  COLLECT {
    MATCH (o)<-[:FROM_PARTY|TO_PARTY]-(t:Transaction)
    WITH DISTINCT t ORDER BY t.date DESC, t.id LIMIT toInteger($maxTransactions)
    RETURN {
      transaction: t,
      from: COLLECT { MATCH (t)-[:FROM_PARTY]->(x) RETURN x }[0],
      to: COLLECT { MATCH (t)-[:TO_PARTY]->(x) RETURN x }[0],
      patents: COLLECT { MATCH (t)-[:OF_PATENT]->(x) RETURN x ORDER BY x.id LIMIT toInteger($maxTransactionPatents) },
      platform: COLLECT { MATCH (t)-[:VIA_PLATFORM]->(x) RETURN x }[0]
    }
  } AS transactions,
  COLLECT { MATCH (x)-[s:OWNS]->(o) RETURN {owner: x, company: o, share: s.share, since: s.since} ORDER BY s.share DESC, x.id } AS owners,
  COLLECT { MATCH (o)-[s:OWNS]->(x) RETURN {owner: o, company: x, share: s.share, since: s.since} ORDER BY s.share DESC, x.id } AS holdings,
  COLLECT { MATCH (x)-[s:OFFICER_OF]->(o) RETURN {person: x, organization: o, role: s.role, since: s.since} ORDER BY s.role, x.id } AS officers
