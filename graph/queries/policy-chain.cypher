// policyChain(): the asked policy's implementation tree (the policies it implements, up to the
// top, and those implementing it, down to the bottom, each by one shortest IMPLEMENTS route) and,
// apart from it, the policies a cites, supersedes or amends link joins to a policy of that tree,
// either way. Every link among the policies found comes too, for drawing.
MATCH (root:Policy {id: $policyId})
CALL (root) {
  CALL (root) {
    MATCH route = ANY SHORTEST (root)-[:IMPLEMENTS]->{1,{{MAX_DEPTH}}}(x:Policy)
    WHERE x <> root
    RETURN x, -length(route) AS position
    UNION
    MATCH route = ANY SHORTEST (root)<-[:IMPLEMENTS]-{1,{{MAX_DEPTH}}}(x:Policy)
    WHERE x <> root
    RETURN x, length(route) AS position
  }
  WITH x, position ORDER BY abs(position), x.id LIMIT toInteger($maxPolicies)
  RETURN collect({policy: x, position: position}) AS tree
}
WITH root, tree, [root] + [t IN tree | t.policy] AS inTree
CALL (inTree) {
  UNWIND inTree AS t
  MATCH (t)-[r:CITES_POLICY|SUPERSEDES|AMENDS]-(:Policy)
  WITH DISTINCT r
  WITH r, startNode(r) AS a, endNode(r) AS b
  ORDER BY a.id, b.id, type(r) LIMIT toInteger($maxPolicies)
  RETURN collect({link: r, from: a, to: b}) AS related
}
WITH root, tree, related, inTree + [x IN related | x.from] + [x IN related | x.to] AS policies
CALL (policies) {
  UNWIND policies AS a
  WITH DISTINCT a
  MATCH (a)-[r:IMPLEMENTS|CITES_POLICY|SUPERSEDES|AMENDS]->(b)
  WHERE b IN policies
  RETURN collect(r) AS links
}
RETURN root, tree, related, links
