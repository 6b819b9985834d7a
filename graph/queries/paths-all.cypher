// paths(mode: ALL): simple paths (no node twice) between the two nodes, shortest first, found by
// Neo4j's breadth-first SHORTEST k search, so the work stops once k are found. k is one more than
// the limit, so the caller knows when there were more. The relationship types (from the
// allow-list), the hop limit and k (checked integers) are spliced in; Cypher takes none of them
// as a parameter.
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = SHORTEST {{K}} (
  (a) (()-[:{{REL_TYPES}}]-(x)){1,{{MAX_HOPS}}} (b)
  WHERE all(i IN range(0, size(x) - 1) WHERE x[i] <> a AND NOT x[i] IN x[i + 1..])
)
RETURN p
