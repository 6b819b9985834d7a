// A patent `p`'s people and history (spliced into entity.cypher): applicants and inventors in
// their order, the holder timeline (HOLDS segments, oldest first), its transactions by kind, and
// citations both ways (capped; the totals are in the relationship counts). Each part is read only
// when its switch in $read is on (see detail-parts.ts); a part switched off is null. {{NODE:x}} is
// the node x, whole or only what names it ($read.properties).
OPTIONAL CALL (p) {
  WITH p WHERE $read.applicants
  RETURN COLLECT { MATCH (a)-[r:APPLIED_FOR]->(p) WITH a ORDER BY r.seq, a.id RETURN {{NODE:a}} } AS applicants
}
OPTIONAL CALL (p) {
  WITH p WHERE $read.inventors
  RETURN COLLECT { MATCH (i)-[r:INVENTED]->(p) WITH i ORDER BY r.seq, i.id RETURN {{NODE:i}} } AS inventors
}
OPTIONAL CALL (p) {
  WITH p WHERE $read.holders
  RETURN COLLECT {
    MATCH (h)-[x:HOLDS]->(p)
    RETURN {holder: {{NODE:h}}, from: x.from, until: x.until, via: x.via}
    ORDER BY x.from IS NOT NULL, x.from, h.id
  } AS holders
}
OPTIONAL CALL (p) {
  WITH p WHERE $read.transactions
  RETURN COLLECT {
    MATCH (t:Transaction)-[:OF_PATENT]->(p)
    WITH t ORDER BY t.date DESC, t.id LIMIT toInteger($read.maxTransactions)
    RETURN {
      transaction: t,
      from: COLLECT { MATCH (t)-[:FROM_PARTY]->(x) RETURN {{NODE:x}} }[0],
      to: COLLECT { MATCH (t)-[:TO_PARTY]->(x) RETURN {{NODE:x}} }[0],
      patents: COLLECT { MATCH (t)-[:OF_PATENT]->(x) WITH x ORDER BY x.id LIMIT toInteger($read.maxTransactionPatents) RETURN {{NODE:x}} },
      platform: COLLECT { MATCH (t)-[:VIA_PLATFORM]->(x) RETURN {{NODE:x}} }[0]
    }
  } AS transactions
}
OPTIONAL CALL (p) {
  WITH p WHERE $read.citationsOut
  RETURN COLLECT { MATCH (p)-[:CITES]->(c:Patent) WITH c ORDER BY c.filed DESC, c.id LIMIT toInteger($read.maxCitations) RETURN {{NODE:c}} } AS citationsOut
}
OPTIONAL CALL (p) {
  WITH p WHERE $read.citationsIn
  RETURN COLLECT { MATCH (c:Patent)-[:CITES]->(p) WITH c ORDER BY c.filed DESC, c.id LIMIT toInteger($read.maxCitations) RETURN {{NODE:c}} } AS citationsIn
}
RETURN {
  applicants: applicants, inventors: inventors, holders: holders, transactions: transactions,
  citationsOut: citationsOut, citationsIn: citationsIn
} AS patent
