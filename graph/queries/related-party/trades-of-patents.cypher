// Every trade of the given patents (each patent's whole history, so its chains are complete).
UNWIND $patentIds AS pid
MATCH (:Patent {id: pid})<-[:OF_PATENT]-(t:Transaction)
WHERE t.kind IN $kinds
WITH DISTINCT t
RETURN t.id AS id, t.kind AS kind, toString(t.date) AS date, t.amount_cny AS amount,
       t.from_id AS from, t.to_id AS to, t.patent_ids AS patents, t.platform_id AS platform
