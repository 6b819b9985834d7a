// The scopes in force on asOf of a policy and, with $viaImplementing, of every policy that
// implements it at any depth.
MATCH (root:Policy {id: $policyId})
WITH root, date($asOf) AS asOf
MATCH (pol:Policy)-[:IMPLEMENTS*0..10]->(root)
WHERE pol = root OR $viaImplementing
WITH DISTINCT pol, asOf
WHERE {{IN_FORCE pol}}
MATCH (pol)-[:HAS_SCOPE]->(s:CoverageScope)
RETURN pol.id AS policy, s.id AS id, coalesce(s.region_codes, []) AS regions, coalesce(s.org_kinds, []) AS kinds,
       coalesce(s.industries, []) AS industries, coalesce(s.ipc_prefixes, []) AS ipc, coalesce(s.org_ids, []) AS orgs
