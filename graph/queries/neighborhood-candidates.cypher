// A neighborhood() hop, step 1: for each frontier node, its first $perNode eligible neighbours
// that are not in the answer yet ($included holds the answer's ids: short, so cheap to send on
// every hop). The relationship types are spliced in from the allow-list.
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
UNWIND $frontier AS fid
MATCH (f) WHERE elementId(f) = fid
CALL (f, asOf) {
  MATCH (f)-[r:{{REL_TYPES}}]-(m)
  WHERE NOT m.id IN $included AND {{ELIGIBLE}}
  WITH DISTINCT m LIMIT toInteger($perNode)
  // Long texts stay out of a subgraph (entity(id) has them): they would triple what travels.
  RETURN collect({elementId: elementId(m), labels: labels(m), properties: m {.*, abstract: null, summary: null, text: null}}) AS candidates
}
RETURN fid, candidates
