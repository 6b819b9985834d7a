// Every region with its parent, to group covered actors by the region below the one asked about.
MATCH (r:Region)
OPTIONAL MATCH (r)-[:PART_OF]->(parent:Region)
RETURN r.code AS code, r.name AS name, r.name_en AS nameEn, r.level AS level, parent.code AS parent
