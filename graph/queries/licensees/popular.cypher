// The popularity baseline of the evaluation: enterprises by how many licences they took, most first.
MATCH (t:Transaction {kind: 'license'})-[:TO_PARTY]->(e:Enterprise)
WHERE $asOf IS NULL OR t.date < date($asOf)
WITH e, count(t) AS licences
RETURN e.id AS id, licences ORDER BY licences DESC, id LIMIT toInteger($limit)
