// Each party's ownership closure (chains of holdings ending at it, bounded by {{DEPTH}}), its
// officers, the offices it holds (persons) and its regions (codes to filter by; names, the
// region first and the province last, to show). Direct holdings are kept from the
// cross-holding share up; longer chains only where every link gives control, which keeps the
// expansion small.
UNWIND $ids AS id
MATCH (c:Party {id: id})
RETURN c.id AS id, coalesce(c.name, c.id) AS name, c.name_en AS nameEn, labels(c) AS labels,
  [(c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region) | r.code] AS regions,
  [(c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region) WHERE coalesce(r.level, '') <> 'country' | [r.name, r.name_en]] AS places,
  COLLECT {
    MATCH (o:Party)-[r:OWNS]->(c) WHERE r.share >= $directShare
    RETURN [[o.id, c.id, r.share, toString(r.since), toString(r.until)]] AS chain
    UNION ALL
    MATCH path = (:Party)-[:OWNS*2..{{DEPTH}}]->(c)
    WHERE all(r IN relationships(path) WHERE r.share >= $controlShare)
    RETURN [r IN relationships(path) | [startNode(r).id, endNode(r).id, r.share, toString(r.since), toString(r.until)]] AS chain
  } AS ownerChains,
  [(p:Person)-[r:OFFICER_OF]->(c) WHERE r.role IN $roles | [p.id, c.id, r.role, toString(r.since), toString(r.until)]] AS officers,
  [(c)-[r:OFFICER_OF]->(o:Organization) WHERE r.role IN $roles | [c.id, o.id, r.role, toString(r.since), toString(r.until)]] AS posts
