// licenseeCandidates, step 3: what each candidate enterprise brings, read from its side.
// Technology: each of its patents (held on the reference date, at most $portfolioCap) and each
// patent it licensed scores its best class match ($classWeights: the subject's subgroups, main
// groups and subclasses, each weighted by specificity × rarity). Behaviour: its licences and
// purchases from universities before the reference date, each decaying with age
// ($halfLifeYears; at most $dealCap read). Place: its region and the regions above.
// A patent's classes are read from its `ipc` list (the symbols its CLASSIFIED_AS links name, one
// property read instead of three hops per class): the main group of `G06N 3/08` is `G06N 3/00`,
// the subclass its first four characters, as graph/vocabulary/ipc.ts writes them.
WITH CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf
UNWIND $candidates AS cid
MATCH (e:Organization {id: cid})
CALL (e, asOf) {
  MATCH (e)-[x:HOLDS]->(q:Patent)
  WHERE (asOf IS NULL AND x.until IS NULL)
     OR (asOf IS NOT NULL AND (x.from IS NULL OR x.from <= asOf) AND (x.until IS NULL OR asOf < x.until))
  WITH q LIMIT toInteger($portfolioCap)
  WITH q, [code IN coalesce(q.ipc, []) |
             coalesce($classWeights[code], $classWeights[CASE WHEN code CONTAINS '/' THEN split(code, '/')[0] + '/00' ELSE code END],
                      $classWeights[left(code, 4)], 0.0)] AS matches
  WITH q, reduce(best = 0.0, w IN matches | CASE WHEN w > best THEN w ELSE best END) AS best
  RETURN count(q) AS portfolio, sum(best) AS heldTech, count(CASE WHEN best > 0 THEN 1 END) AS heldMatches
}
CALL (e, asOf) {
  OPTIONAL MATCH (e)<-[:TO_PARTY]-(t:Transaction {kind: 'license'})-[:OF_PATENT]->(q:Patent)
  WHERE asOf IS NULL OR t.date < asOf
  WITH DISTINCT q LIMIT toInteger($portfolioCap)
  WITH q, [code IN coalesce(q.ipc, []) |
             coalesce($classWeights[code], $classWeights[CASE WHEN code CONTAINS '/' THEN split(code, '/')[0] + '/00' ELSE code END],
                      $classWeights[left(code, 4)], 0.0)] AS matches
  WITH q, reduce(best = 0.0, w IN matches | CASE WHEN w > best THEN w ELSE best END) AS best
  RETURN sum(best) AS licensedTech, count(CASE WHEN best > 0 THEN 1 END) AS licensedMatches
}
CALL (e, asOf) {
  OPTIONAL MATCH (e)<-[:TO_PARTY]-(t:Transaction)-[:FROM_PARTY]->(:University)
  WHERE t.kind IN ['license', 'assignment'] AND (asOf IS NULL OR t.date < asOf)
  WITH t LIMIT toInteger($dealCap)
  WITH t, coalesce(asOf, date($today)) AS ref
  RETURN count(t) AS fromUniversities,
         sum(CASE WHEN t IS NULL THEN 0.0 WHEN t.date >= ref THEN 1.0
                  ELSE 0.5 ^ (duration.inDays(t.date, ref).days / 365.25 / $halfLifeYears) END) AS behaviour
}
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.name_en AS nameEn, e.industry AS industry,
       [(e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r:Region) | r.code] AS regions,
       COUNT { (e)-[:HOLDS]->() } AS holdings, portfolio,
       heldTech + licensedTech AS tech, heldMatches, licensedMatches, fromUniversities, behaviour
