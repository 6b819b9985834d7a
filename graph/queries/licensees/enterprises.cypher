// Every enterprise id, in id order: the random baseline of the evaluation draws from these.
MATCH (e:Enterprise) RETURN e.id AS id ORDER BY id
