// Organizations grouped by what scopes without IPC or named conditions look at: every member of
// a group is covered by such a scope or none is, so those scopes are counted per group.
MATCH (o:Organization)
RETURN coalesce(o.kind, '') AS kind, coalesce(o.region_code, '') AS region, coalesce(o.industry, '') AS industry, count(*) AS n
