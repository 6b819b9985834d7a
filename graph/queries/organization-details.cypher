// An organization `o`'s place, patents, trades, owners and officers (spliced into entity.cypher).
// Each part is read only when its switch in $read is on: its filter drops the row before anything
// is expanded (PROFILE shows no row past it; see detail-parts.ts), and its field is null.
// {{NODE:x}} is the node x, whole or only what names it ($read.properties). Dense organizations
// hold thousands of patents, so lists are capped and the totals counted separately.
OPTIONAL CALL (o) {
  WITH o WHERE $read.regions
  RETURN COLLECT {
    MATCH up = (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region)
    WITH r ORDER BY length(up)
    RETURN {{NODE:r}}
  } AS regions
}
OPTIONAL CALL (o) {
  WITH o WHERE $read.patentCount
  RETURN COUNT { (o)-[x:HOLDS]->(:Patent) WHERE x.until IS NULL } AS patentCount
}
// Its newest patents: filed descending, the undated last, then by id. A large holder holds enough
// of all patents that the newest of everyone's, walked down the filing-date index, soon include
// its first $read.maxPatents: about (patents ÷ its holdings) × maxPatents index entries, where
// reading its holdings reads all of them (224 941 for the largest at scale 200). The walk stops
// after $read.newestScan entries; a holder it did not fill up is read the other way.
OPTIONAL CALL (o) {
  WITH o WHERE $read.patents
  CALL (o) {
    WITH o WHERE COUNT { (o)-[:HOLDS]->() } * $read.newestScan >= 4 * $read.maxPatents * COUNT { (:Patent) }
    // A subquery of its own, so the planner cannot walk the index before the filter above.
    CALL (o) {
      MATCH (p:Patent) USING INDEX p:Patent(filed) WHERE p.filed IS NOT NULL
      WITH p ORDER BY p.filed DESC LIMIT toInteger($read.newestScan)
      MATCH (o)-[x:HOLDS]->(p) WHERE x.until IS NULL
      WITH p LIMIT toInteger($read.maxPatents)
      WITH min(p.filed) AS since, count(p) AS found
      RETURN CASE WHEN found = $read.maxPatents THEN since END AS since
    }
    RETURN since
  }
  // Every patent it holds filed on or after the oldest of those, so ties on that day sort by id.
  WITH o, since WHERE since IS NOT NULL
  RETURN COLLECT {
    MATCH (p:Patent) USING INDEX p:Patent(filed) WHERE p.filed >= since
    MATCH (o)-[x:HOLDS]->(p) WHERE x.until IS NULL
    WITH p ORDER BY p.filed DESC, p.id LIMIT toInteger($read.maxPatents)
    RETURN {{NODE:p}}
  } AS newest
}
OPTIONAL CALL (o, newest) {
  WITH o WHERE $read.patents AND newest IS NULL
  RETURN COLLECT {
    MATCH (o)-[x:HOLDS]->(p:Patent) WHERE x.until IS NULL
    WITH p ORDER BY p.filed IS NULL, p.filed DESC, p.id LIMIT toInteger($read.maxPatents)
    RETURN {{NODE:p}}
  } AS held
}
OPTIONAL CALL (o) {
  WITH o WHERE $read.transactionCount
  RETURN COUNT { (o)<-[:FROM_PARTY|TO_PARTY]-(:Transaction) } AS transactionCount
}
OPTIONAL CALL (o) {
  WITH o WHERE $read.transactions
  RETURN COLLECT {
    MATCH (o)<-[:FROM_PARTY|TO_PARTY]-(t:Transaction)
    WITH DISTINCT t ORDER BY t.date DESC, t.id LIMIT toInteger($read.maxTransactions)
    RETURN {
      transaction: t,
      from: COLLECT { MATCH (t)-[:FROM_PARTY]->(x) RETURN {{NODE:x}} }[0],
      to: COLLECT { MATCH (t)-[:TO_PARTY]->(x) RETURN {{NODE:x}} }[0],
      patents: COLLECT { MATCH (t)-[:OF_PATENT]->(x) WITH x ORDER BY x.id LIMIT toInteger($read.maxTransactionPatents) RETURN {{NODE:x}} },
      platform: COLLECT { MATCH (t)-[:VIA_PLATFORM]->(x) RETURN {{NODE:x}} }[0]
    }
  } AS transactions
}
OPTIONAL CALL (o) {
  WITH o WHERE $read.owners
  RETURN COLLECT { MATCH (x)-[s:OWNS]->(o) RETURN {owner: {{NODE:x}}, company: {{NODE:o}}, share: s.share, since: s.since} ORDER BY s.share DESC, x.id } AS owners
}
OPTIONAL CALL (o) {
  WITH o WHERE $read.holdings
  RETURN COLLECT { MATCH (o)-[s:OWNS]->(x) RETURN {owner: {{NODE:o}}, company: {{NODE:x}}, share: s.share, since: s.since} ORDER BY s.share DESC, x.id } AS holdings
}
OPTIONAL CALL (o) {
  WITH o WHERE $read.officers
  RETURN COLLECT { MATCH (x)-[s:OFFICER_OF]->(o) RETURN {person: {{NODE:x}}, organization: {{NODE:o}}, role: s.role, since: s.since} ORDER BY s.role, x.id } AS officers
}
RETURN {
  regions: regions, patentCount: patentCount, patents: coalesce(newest, held), transactionCount: transactionCount,
  transactions: transactions, owners: owners, holdings: holdings, officers: officers
} AS organization
