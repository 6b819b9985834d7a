// A page of covered organizations when they are few: only the regions of covered groups are
// walked, then the organizations reached one by one are added by id.
CALL () {
  UNWIND $regions AS code
  MATCH (:Region {code: code})<-[:LOCATED_IN]-(o:Organization)
  WHERE o.id > $after
    AND coalesce($covered[coalesce(o.kind, '') + '|' + coalesce(o.region_code, '') + '|' + coalesce(o.industry, '')], false)
  RETURN o
  UNION
  UNWIND $extraIds AS id
  MATCH (o:Organization {id: id})
  WHERE id > $after
  RETURN o
}
RETURN o AS actor
ORDER BY o.id
LIMIT toInteger($limit)
