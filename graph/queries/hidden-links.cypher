// What each node of an answer (by its bundle id) links to that the caller may not see (see
// visibility.ts), counted per node and never across nodes: a person linked to two answer nodes,
// or one stake between two of them, is counted by each, so no total tells whether two visible
// nodes share a hidden link. A hidden node counts at each link to it, not once: counted once, a
// person who owns a node and is also its officer would tell that its owner and officer are one. Read: their relationships of the hidden types {{HIDDEN_TYPES}}, and
// the ways the model links a visible node to one of the hidden labels {{HIDDEN_LABELS}} (a
// person applies for or holds a patent, is a party to a transaction); persons' shares, offices
// and inventions are hidden types. Only links of the asked $q.types count. A hidden-type link
// counts whatever its far node's kind and dates: counts that changed with the asked labels or
// date would tell what kind of party holds a stake and when it began, enough to match the two
// ends of one stake. A link to a hidden node counts only when its labels were asked (they are the
// role's, so that tells nothing). Each read stops at $q.cap per node. The spliced labels and types
// are a role's (api/access/roles.ts), never a request's; everything a request varies travels in
// the one map $q, so one plan serves them all.
// Only parties, patents and transactions can have such links, so only they are looked up.
UNWIND $q.ids AS id
CALL (id) {
  MATCH (n:Party {id: id}) RETURN n
  UNION
  MATCH (n:Patent {id: id}) RETURN n
  UNION
  MATCH (n:Transaction {id: id}) RETURN n
}
CALL (n) {
  MATCH (n)-[r:{{HIDDEN_TYPES}}]-(m) WHERE type(r) IN $q.types
  RETURN r, m LIMIT toInteger($q.cap)
  UNION
  MATCH (n)<-[r:APPLIED_FOR|HOLDS]-(m:{{HIDDEN_LABELS}}) WHERE type(r) IN $q.types AND ($q.labels IS NULL OR any(l IN labels(m) WHERE l IN $q.labels))
  RETURN r, m LIMIT toInteger($q.cap)
  UNION
  MATCH (n)-[r:FROM_PARTY|TO_PARTY]->(m:{{HIDDEN_LABELS}}) WHERE type(r) IN $q.types AND ($q.labels IS NULL OR any(l IN labels(m) WHERE l IN $q.labels))
  RETURN r, m LIMIT toInteger($q.cap)
}
WITH n, type(r) AS type, count(r) AS rels, collect(CASE WHEN m:{{HIDDEN_LABELS}} THEN labels(m) END) AS hiddenEnds
RETURN n.id AS node, type, rels, hiddenEnds
