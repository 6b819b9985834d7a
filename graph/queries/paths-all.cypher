// paths(mode: ALL): simple paths (no node twice) between the two nodes, shortest first, found by
// Neo4j's breadth-first SHORTEST k search, so the work stops once k are found. k is one more than
// the limit, so the caller knows when there were more. What keeps the search small is checked at
// each step, not on whole paths: it never goes back to the start, never leaves the end, and never
// passes through a hub (a node of more than $hubDegree relationships) nor through a node of
// {{SKIP_LABELS}} (regions, IPC classes, policies and their scopes: thousands of ties each, none of
// them a route between two parties), nor through a node the caller may not see. The relationship types (from the allow-list), the hop limit,
// k (checked integers) and the labels are spliced in; Cypher takes none of them as a parameter.
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = SHORTEST {{K}} (
  (a) ((u)-[:{{REL_TYPES}}]-(x) WHERE u <> b AND x <> a AND (x = b OR ({{NOT_SKIPPED}} AND COUNT { (x)--() } <= $hubDegree))){1,{{MAX_HOPS}}} (b)
  WHERE all(i IN range(0, size(x) - 1) WHERE NOT x[i] IN x[i + 1..])
)
RETURN p
