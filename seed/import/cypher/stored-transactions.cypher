// Which of these transactions are stored, and the patents each stored assignment names now: an
// assignment a bundle rewrites may stop naming one. The hint keeps the plan an index seek when it
// was made while the database was still empty.
UNWIND $ids AS id
MATCH (t:Transaction {id: id})
USING INDEX t:Transaction(id)
RETURN id, CASE WHEN t.kind = 'assignment' THEN [(t)-[:OF_PATENT]->(p:Patent) | p.id] ELSE [] END AS patents
