// A page of covered organizations when they are many: walk organizations in id order (the index
// gives the order) and keep those in a covered group or reached one by one, until the page is full.
MATCH (o:Organization)
WHERE o.id > $after
  AND (coalesce($covered[coalesce(o.kind, '') + '|' + coalesce(o.region_code, '') + '|' + coalesce(o.industry, '')], false)
       OR coalesce($extra[o.id], false))
RETURN o AS actor
ORDER BY o.id
LIMIT toInteger($limit)
