// Any node by the bundle's id: one index seek per kind (ids are unique per kind, and regions and
// IPC classes are keyed by their code), never a scan. Ranks settle the unlikely clash of two kinds.
CALL () {
  MATCH (n:Party {id: $id}) RETURN n, 0 AS rank
  UNION ALL
  MATCH (n:Patent {id: $id}) RETURN n, 1 AS rank
  UNION ALL
  MATCH (n:Transaction {id: $id}) RETURN n, 2 AS rank
  UNION ALL
  MATCH (n:Policy {id: $id}) RETURN n, 3 AS rank
  UNION ALL
  MATCH (n:Region {code: $id}) RETURN n, 4 AS rank
  UNION ALL
  MATCH (n:IpcClass {code: $id}) RETURN n, 5 AS rank
  UNION ALL
  MATCH (n:Provision {id: $id}) RETURN n, 6 AS rank
  UNION ALL
  MATCH (n:CoverageScope {id: $id}) RETURN n, 7 AS rank
}
RETURN n ORDER BY rank LIMIT 1
