// neighborhood(), one hop (spliced as {{HOPS}} into neighborhood.cypher, once per hop).
// Read: each frontier node's eligible relationships, tier by tier in the order of {{EXPAND}}
// (owners, officers, trades and hierarchy first, citations last, so a heavily cited patent still
// shows its holders), at most $q.scan{{HOP}} per tier, so a node with 100 000 patents costs a
// bounded read. A `sparse` node is read whole per tier, a denser one type by type
// (neighborhood-read.cypher).
CALL (frontier, asOf) {
  UNWIND range(0, size(frontier) - 1) AS fi
  WITH fi, frontier[fi] AS f, asOf
  WITH fi, f, asOf, COUNT { (f)--() } <= $q.denseDegree AS sparse
  CALL (f, asOf, sparse) {
{{EXPAND}}
  }
  WITH fi, f, tier, collect({r: r, m: m}) AS part
  ORDER BY fi, tier
  WITH fi, f, collect(part) AS parts, max(size(part)) AS widest
  ORDER BY fi
  RETURN collect({f: f, read: reduce(acc = [], p IN parts | acc + p), capped: widest >= $q.scan{{HOP}}}) AS perNode
}
// Pick: each frontier node offers its first new neighbours (at most twice its share of the node
// budget), and the budget goes round-robin: every node's first offer before anyone's second, so
// one dense node cannot take it all and nodes with few neighbours leave theirs to the others.
WITH *, toInteger($q.limit) - size(answer) AS remaining
CALL (perNode, answer, remaining) {
  UNWIND range(0, size(perNode) - 1) AS fi
  WITH fi, perNode[fi].read AS read, answer,
       CASE WHEN remaining <= 0 THEN 0
            WHEN 2 * toInteger(ceil(toFloat(remaining) / size(perNode))) < $q.minPerNode THEN toInteger($q.minPerNode)
            ELSE 2 * toInteger(ceil(toFloat(remaining) / size(perNode))) END AS offer
  CALL (read, answer) {
    UNWIND range(0, size(read) - 1) AS i
    WITH read[i].m AS m, i WHERE NOT m IN answer
    WITH m, min(i) AS first
    ORDER BY first
    RETURN collect(m) AS offered
  }
  UNWIND range(0, size(offered[..offer]) - 1) AS rank
  WITH offered[rank] AS m, min(rank * size(perNode) + fi) AS turn
  ORDER BY turn
  RETURN collect(m) AS queue
}
WITH *, queue[..CASE WHEN remaining > 0 THEN remaining ELSE 0 END] AS chosen
// Count: what each frontier node read is drawn when both ends are in the answer (at most
// $q.maxLinks per node) and counted as left out otherwise, by the far node's labels (nodes counted
// once over the hop); a node whose read stopped at the cap reports its degree for the asked types
// (from the degree store), so the caller can estimate what was not read.
CALL (perNode, answer, chosen) {
  WITH perNode, answer + chosen AS kept
  UNWIND perNode AS x
  WITH x, x.f AS f, [y IN x.read | {r: y.r, m: y.m, in: y.m IN kept}] AS seen
  WITH x, f, [y IN seen WHERE y.in | y.r] AS inside, [y IN seen WHERE NOT y.in | y.m] AS outside
  WITH collect({
         links: inside[..toInteger($q.maxLinks)],
         overflow: inside[toInteger($q.maxLinks)..],
         outside: outside,
         dense: CASE WHEN x.capped THEN {scanned: size(x.read), degree: {{DEGREE_F}}} END
       }) AS counted
  CALL (counted) {
    UNWIND counted AS c
    UNWIND c.outside AS m
    WITH labels(m) AS labels, count(*) AS rels, count(DISTINCT m) AS nodes
    RETURN collect({labels: labels, rels: rels, nodes: nodes}) AS cut
  }
  RETURN [c IN counted | c.links] AS hopLinks,
         reduce(acc = [], c IN counted | acc + c.overflow) AS hopOverflow,
         {cut: cut,
          dense: [c IN counted WHERE c.dense IS NOT NULL | c.dense]} AS hop
}
WITH root, asOf, answer + chosen AS answer, chosen AS frontier, links + hopLinks AS links, overflow + hopOverflow AS overflow, hops + [hop] AS hops
