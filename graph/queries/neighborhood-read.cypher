// neighborhood(), the reads of node f's relationships of the types {{TYPES}} (a tier's, or every
// type) that the request asked for (spliced into neighborhood-expand.cypher and
// neighborhood.cypher). A node of few relationships (`sparse`: at most $q.denseDegree) is read
// whole in one expansion and its relationships' types tested; a denser one type by type
// ({{BY_TYPE}}): a typed expansion reads only that type's relationships, where an untyped one
// would read all of a hub's. The tests of `sparse` and $q.types read no graph: Neo4j plans them on
// the argument row, before any expansion, so a branch switched off costs nothing, and a sparse
// node never enters the per-type reads.
MATCH (f)-[r{{TYPES}}]-(m) WHERE sparse AND ($q.everyType OR type(r) IN $q.types)
RETURN r, m
UNION ALL
WITH f, sparse WHERE NOT sparse
CALL (f) {
{{BY_TYPE}}
}
RETURN r, m
