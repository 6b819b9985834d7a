// One transaction with its parties, patents and platform.
MATCH (t:Transaction {id: $id})
RETURN {
  transaction: t,
  from: COLLECT { MATCH (t)-[:FROM_PARTY]->(x) RETURN x }[0],
  to: COLLECT { MATCH (t)-[:TO_PARTY]->(x) RETURN x }[0],
  patents: COLLECT { MATCH (t)-[:OF_PATENT]->(x) RETURN x ORDER BY x.id LIMIT toInteger($maxTransactionPatents) },
  platform: COLLECT { MATCH (t)-[:VIA_PLATFORM]->(x) RETURN x }[0]
} AS summary
