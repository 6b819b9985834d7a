// What the nodes of an answer link to that the caller may not see (see visibility.ts): their
// relationships of the hidden types {{HIDDEN_TYPES}}, and the ways the model links a visible node
// to one of the hidden labels {{HIDDEN_LABELS}} (a person applies for, holds or invents a patent,
// is a party to a transaction, owns or serves a company). Each read stops at $cap per node. The
// labels and types come from the model's allow-lists. Only parties, patents and transactions can
// have such links, so only they are looked up (one index seek each per id).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Party {id: id}) RETURN n
  UNION
  MATCH (n:Patent {id: id}) RETURN n
  UNION
  MATCH (n:Transaction {id: id}) RETURN n
}
CALL (n) {
  MATCH (n)-[r:{{HIDDEN_TYPES}}]-(m)
  RETURN r, m LIMIT toInteger($cap)
  UNION
  MATCH (n)<-[r:APPLIED_FOR|HOLDS]-(m:{{HIDDEN_LABELS}})
  RETURN r, m LIMIT toInteger($cap)
  UNION
  MATCH (n)-[r:FROM_PARTY|TO_PARTY]->(m:{{HIDDEN_LABELS}})
  RETURN r, m LIMIT toInteger($cap)
}
WITH DISTINCT r, m
RETURN elementId(r) AS rel, type(r) AS type, elementId(m) AS far, labels(m) AS farLabels
