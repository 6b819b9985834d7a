// policyChain(): every policy linked to the asked one through IMPLEMENTS, CITES_POLICY,
// SUPERSEDES or AMENDS in either direction, each by one shortest route (its last step gives the
// tree parent and the link), and every link among the policies found, for drawing.
MATCH (root:Policy {id: $policyId})
CALL (root) {
  MATCH route = ANY SHORTEST (root)-[:IMPLEMENTS|CITES_POLICY|SUPERSEDES|AMENDS]-{1,{{MAX_DEPTH}}}(x:Policy)
  WHERE x <> root
  WITH x, route ORDER BY length(route), x.id LIMIT toInteger($maxPolicies)
  RETURN collect({policy: x, distance: length(route), parent: nodes(route)[-2], link: last(relationships(route))}) AS items
}
WITH root, items, [root] + [i IN items | i.policy] AS policies
CALL (policies) {
  UNWIND policies AS a
  MATCH (a)-[r:IMPLEMENTS|CITES_POLICY|SUPERSEDES|AMENDS]->(b)
  WHERE b IN policies
  RETURN collect(r) AS links
}
RETURN root, items, links
