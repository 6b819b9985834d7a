// The patents stored assignments name now: an assignment a bundle rewrites may stop naming one.
// The hint keeps the plan an index seek when it was made while the database was still empty.
UNWIND $ids AS id
MATCH (t:Transaction {id: id})-[:OF_PATENT]->(p:Patent)
USING INDEX t:Transaction(id)
WHERE t.kind = 'assignment'
RETURN DISTINCT p.id AS id
