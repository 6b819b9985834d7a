// paths(mode: ALL): simple paths (no node twice) between the two nodes, shortest first, found by
// Neo4j's breadth-first SHORTEST k search, so the work stops once k are found. k must be written
// in the statement: it is the smallest of a few fixed sizes that holds one more than the limit
// (the caller keeps the shortest and knows when there were more). What keeps the search small is
// checked at each step, not on whole paths: only relationships of the asked types ($q.types), it
// never goes back to the start, never leaves the end, and never passes through a hub (a node of
// more than $q.hubDegree relationships) nor through a node of a label in $q.avoid (regions, IPC
// classes, policies and their scopes unless the asked types reach them: thousands of ties each,
// none of them a route between two parties; and the labels the caller may not see). The hop
// limit is spliced in too; everything else comes in $q.
MATCH (a) WHERE elementId(a) = $q.from
MATCH (b) WHERE elementId(b) = $q.to
MATCH p = SHORTEST {{K}} (
  (a) ((u)-[r]-(x) WHERE type(r) IN $q.types AND u <> b AND x <> a AND (x = b OR (NOT any(l IN labels(x) WHERE l IN $q.avoid) AND COUNT { (x)--() } <= $q.hubDegree))){1,{{MAX_HOPS}}} (b)
  WHERE all(i IN range(0, size(x) - 1) WHERE NOT x[i] IN x[i + 1..])
)
RETURN p
