// neighborhood(), one tier of relationship types in a hop's read (spliced as {{EXPAND}} into
// neighborhood-hop.cypher, once per tier, joined by UNION ALL): at most $q.scan{{HOP}} eligible
// relationships of the frontier node f, tagged with the tier's rank. {{READS}}:
// neighborhood-read.cypher for the tier's types.
CALL (f, sparse) {
{{READS}}
}
WITH r, m, asOf WHERE {{ELIGIBLE}}
WITH r, m LIMIT toInteger($q.scan{{HOP}})
RETURN r, m, {{TIER}} AS tier
