// neighborhood(), last step: the relationships between the last hop's nodes and the rest of the
// answer ($included: element ids; the caller skips those it has drawn already); what lies beyond
// is out of depth, so nothing is counted. A dense node is not read whole: each answer node is
// checked against it, and Neo4j expands from the sparser end. The relationship types are spliced
// from the allow-list.
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
UNWIND $frontier AS fid
MATCH (f) WHERE elementId(f) = fid
WITH f, asOf, COUNT { (f)-[:{{REL_TYPES}}]-() } AS degree
CALL (f, asOf, degree) {
  WITH f, asOf WHERE degree <= $denseDegree
  MATCH (f)-[r:{{REL_TYPES}}]-(m)
  WHERE elementId(m) IN $included AND {{ELIGIBLE}}
  RETURN r
  UNION
  WITH f, asOf WHERE degree > $denseDegree
  UNWIND $included AS mid
  MATCH (m) WHERE elementId(m) = mid
  MATCH (f)-[r:{{REL_TYPES}}]-(m)
  WHERE {{ELIGIBLE}}
  RETURN r
}
WITH collect(DISTINCT r) AS links
RETURN links[..toInteger($maxLinks)] AS links, size(links) - size(links[..toInteger($maxLinks)]) AS linksLeftOut
