// Every trade that moves or encumbers a right, for a whole-graph sweep; the node keeps its parties
// and patents as properties, so no relationship is walked. Paged on the id range index.
MATCH (t:Transaction)
WHERE t.id > $after AND t.kind IN $kinds
WITH t ORDER BY t.id LIMIT toInteger($limit)
RETURN t.id AS id, t.kind AS kind, toString(t.date) AS date, t.amount_cny AS amount,
       t.from_id AS from, t.to_id AS to, t.patent_ids AS patents, t.platform_id AS platform
