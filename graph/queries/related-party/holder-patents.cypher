// The patents a party traded (as seller, buyer, licensor, licensee, pledgor or pledgee).
MATCH (h:Party {id: $holderId})
RETURN h.id AS holder,
       COLLECT { MATCH (h)<-[:FROM_PARTY|TO_PARTY]-(t:Transaction)-[:OF_PATENT]->(p:Patent) WHERE t.kind IN $kinds RETURN DISTINCT p.id } AS patents
