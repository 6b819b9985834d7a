// A patent's people and history: applicants and inventors in their order, the holder timeline
// (HOLDS segments, oldest first), its transactions by kind, and citations both ways (capped; the
// totals are in the relationship counts). Each part is read only when its switch in $read is on
// (see detail-parts.ts); a part switched off is null.
MATCH (p:Patent {id: $id})
OPTIONAL CALL (p) {
  WITH p WHERE $read.applicants
  RETURN COLLECT { MATCH (a)-[r:APPLIED_FOR]->(p) RETURN a ORDER BY r.seq, a.id } AS applicants
}
OPTIONAL CALL (p) {
  WITH p WHERE $read.inventors
  RETURN COLLECT { MATCH (i)-[r:INVENTED]->(p) RETURN i ORDER BY r.seq, i.id } AS inventors
}
OPTIONAL CALL (p) {
  WITH p WHERE $read.holders
  RETURN COLLECT {
    MATCH (h)-[x:HOLDS]->(p)
    RETURN {holder: h, from: x.from, until: x.until, via: x.via}
    ORDER BY x.from IS NOT NULL, x.from, h.id
  } AS holders
}
OPTIONAL CALL (p) {
  WITH p WHERE $read.transactions
  RETURN COLLECT {
    MATCH (t:Transaction)-[:OF_PATENT]->(p)
    WITH t ORDER BY t.date DESC, t.id LIMIT toInteger($maxTransactions)
    RETURN {
      transaction: t,
      from: COLLECT { MATCH (t)-[:FROM_PARTY]->(x) RETURN x }[0],
      to: COLLECT { MATCH (t)-[:TO_PARTY]->(x) RETURN x }[0],
      patents: COLLECT { MATCH (t)-[:OF_PATENT]->(x) RETURN x ORDER BY x.id LIMIT toInteger($maxTransactionPatents) },
      platform: COLLECT { MATCH (t)-[:VIA_PLATFORM]->(x) RETURN x }[0]
    }
  } AS transactions
}
OPTIONAL CALL (p) {
  WITH p WHERE $read.citationsOut
  RETURN COLLECT { MATCH (p)-[:CITES]->(c:Patent) RETURN c ORDER BY c.filed DESC, c.id LIMIT toInteger($maxCitations) } AS citationsOut
}
OPTIONAL CALL (p) {
  WITH p WHERE $read.citationsIn
  RETURN COLLECT { MATCH (c:Patent)-[:CITES]->(p) RETURN c ORDER BY c.filed DESC, c.id LIMIT toInteger($maxCitations) } AS citationsIn
}
RETURN p.ipc AS ipc, applicants, inventors, holders, transactions, citationsOut, citationsIn
