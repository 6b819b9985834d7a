// paths(mode: SHORTEST): every path of the smallest length between the two nodes. The
// relationship types (from the allow-list) and the hop limit (a checked integer) are spliced in,
// since Cypher takes neither as a parameter. One more than $limit is asked for, so the caller
// knows when there were more.
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = ALL SHORTEST (a)-[:{{REL_TYPES}}]-{1,{{MAX_HOPS}}}(b)
RETURN p
LIMIT toInteger($limitPlusOne)
