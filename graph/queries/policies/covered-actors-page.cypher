{{COVERED}}
WITH o, collect(DISTINCT pol.id) AS via, collect(DISTINCT s.id) AS scopes
ORDER BY o.id
LIMIT toInteger($limit)
RETURN o AS actor, via, scopes
