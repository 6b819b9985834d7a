// What the nodes of an answer link to that the caller may not see (see visibility.ts): their
// relationships of the hidden types {{HIDDEN_TYPES}}, and the ways the model links a visible node
// to one of the hidden labels {{HIDDEN_LABELS}} (a person applies for or holds a patent
// {{PATENT_TYPES}}, is a party to a transaction {{PARTY_TYPES}}); persons' shares, offices and
// inventions are hidden types. Only links the traversal was asked to follow count: of its types,
// and meeting its rule for labels and asOf (neighborhood-eligible.cypher, spliced in where each
// link is matched; `true` when neither is asked). Each read stops at $cap per node. The
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
WITH n, CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
CALL (n, asOf) {
  MATCH (n)-[r:{{HIDDEN_TYPES}}]-(m) WHERE {{ELIGIBLE}}
  RETURN r, m LIMIT toInteger($cap)
  UNION
  MATCH (n)<-[r:{{PATENT_TYPES}}]-(m:{{HIDDEN_LABELS}}) WHERE {{ELIGIBLE}}
  RETURN r, m LIMIT toInteger($cap)
  UNION
  MATCH (n)-[r:{{PARTY_TYPES}}]->(m:{{HIDDEN_LABELS}}) WHERE {{ELIGIBLE}}
  RETURN r, m LIMIT toInteger($cap)
}
WITH DISTINCT r, m
RETURN elementId(r) AS rel, type(r) AS type, elementId(m) AS far, labels(m) AS farLabels
