// Changes whenever an import runs: cached organization groups and regions are read again.
MATCH (r:ImportRun)
RETURN count(r) AS runs, max(toString(coalesce(r.finished, r.started))) AS last, COUNT { (:Organization) } AS organizations
