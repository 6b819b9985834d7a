// neighborhood-read.cypher's read of one type {{TYPE}} of a dense node (spliced as {{BY_TYPE}},
// once per type, joined by UNION ALL); a type the request did not ask for is never expanded.
MATCH (f)-[r:{{TYPE}}]-(m) WHERE '{{TYPE}}' IN $q.types
RETURN r, m
