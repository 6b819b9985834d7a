// row.label comes from the allow-list ORG_KIND_LABEL (a dynamic label: one statement for every kind).
UNWIND $rows AS row
MERGE (o:Organization:Party {id: row.id})
FOREACH (_ IN CASE WHEN o.kind IS NOT NULL AND o.kind <> row.kind THEN [1] ELSE [] END |
  REMOVE o:University:Enterprise:ResearchInstitute:Agency:Platform:ServiceOrg:Bank)
SET o:$(row.label), o.kind = row.kind, o.name = row.name, o.name_en = row.name_en,
    o.industry = row.industry, o.founded = date(row.founded), o.credit_code = row.credit_code,
    o.region_code = row.region_code
WITH o, row
CALL (o, row) {
  MATCH (o)-[old:LOCATED_IN]->(r0:Region) WHERE r0.code <> coalesce(row.region_code, '')
  DELETE old
}
// A region holds thousands of organizations: check from the organization's side.
WITH o, row WHERE row.region_code IS NOT NULL AND NOT row.region_code IN [(o)-[:LOCATED_IN]->(x) | x.code]
MATCH (r:Region {code: row.region_code})
CREATE (o)-[:LOCATED_IN]->(r)
