// The number of patents, for the rarity (IDF) of a class; answered from the count store.
MATCH (p:Patent) RETURN count(p) AS patents
