// A neighborhood() hop, step 2: every eligible relationship of each frontier node, read once and
// at most $scanCap per node, so a node with 100 000 patents costs a bounded scan:
//   links: those into the answer ($included: its ids), at most $maxLinks per node (the caller
//          skips those it has drawn already: cheaper than sending their ids),
//   cut:   those leading out of the answer, counted by the far node's labels (nodes counted once
//          over the whole hop),
//   dense: nodes whose scan stopped at $scanCap, with their degree for these types (read from
//          the degree store) so the caller can estimate what was not read.
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
UNWIND $frontier AS fid
MATCH (f) WHERE elementId(f) = fid
CALL (f, asOf) {
  MATCH (f)-[r:{{REL_TYPES}}]-(m)
  WHERE {{ELIGIBLE}}
  WITH r, m LIMIT toInteger($scanCap)
  RETURN r, m
}
WITH f, r, m, m.id IN $included AS inAnswer
WITH f, count(r) AS scanned,
     collect(CASE WHEN inAnswer THEN r END) AS links,
     collect(CASE WHEN NOT inAnswer THEN m END) AS outside
WITH f, scanned, links, outside,
     CASE WHEN scanned >= $scanCap THEN COUNT { (f)-[:{{REL_TYPES}}]-() } ELSE scanned END AS degree
WITH collect({links: links[..toInteger($maxLinks)], linkCount: size(links), outside: outside, scanned: scanned, degree: degree}) AS perNode
CALL (perNode) {
  UNWIND perNode AS x
  UNWIND x.outside AS m
  WITH labels(m) AS labels, count(*) AS rels, count(DISTINCT m) AS nodes
  RETURN collect({labels: labels, rels: rels, nodes: nodes}) AS cut
}
RETURN [x IN perNode | x.links] AS links,
       reduce(n = 0, x IN perNode | n + x.linkCount - size(x.links)) AS linksLeftOut,
       cut,
       [x IN perNode WHERE x.degree > x.scanned | {scanned: x.scanned, degree: x.degree}] AS dense
