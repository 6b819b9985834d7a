// A policy is in force on asOf when asOf lies in [effective, expires) (effective defaults to the
// issue date) and no policy superseding it has taken effect by then. {{POL}} names the variable.
coalesce({{POL}}.effective, {{POL}}.issued) <= asOf
AND ({{POL}}.expires IS NULL OR asOf < {{POL}}.expires)
AND NOT EXISTS {
  MATCH (newer:Policy)-[:SUPERSEDES]->({{POL}})
  WHERE coalesce(newer.effective, newer.issued) <= asOf
}
