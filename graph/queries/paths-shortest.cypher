// paths(mode: SHORTEST): every path of the smallest length between the two nodes. This uses
// allShortestPaths(), whose bidirectional breadth-first search grows the smaller frontier first:
// on this data it is two orders of magnitude faster than ALL SHORTEST when an end holds thousands
// of patents. The relationship types (from the allow-list) and the hop limit (a checked integer)
// are spliced in, since Cypher takes neither as a parameter. One more than $limit is asked for,
// so the caller knows when there were more. The WHERE keeps the paths whose every node the caller
// may see (checked during the search, not after it).
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = allShortestPaths((a)-[:{{REL_TYPES}}*..{{MAX_HOPS}}]-(b))
WHERE {{VISIBLE}}
RETURN p
LIMIT toInteger($limitPlusOne)
