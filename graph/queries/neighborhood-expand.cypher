// neighborhood(), one tier of relationship types in a hop's read (spliced as {{EXPAND}} into
// neighborhood-hop.cypher, once per tier, joined by UNION ALL): at most $scan{{HOP}} eligible
// relationships of the frontier node f, tagged with the tier's rank.
MATCH (f)-[r:{{TYPES}}]-(m)
WHERE {{ELIGIBLE}}
WITH r, m LIMIT toInteger($scan{{HOP}})
RETURN r, m, {{TIER}} AS tier
