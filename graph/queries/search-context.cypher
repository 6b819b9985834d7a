// What a search row says beside a hit's name, so a user can tell alike names apart: spliced into
// both search statements after their LIMIT, so it is read for the returned hits only. Expects
// `node` and `matched` (the organization a patent was found through, or null); keeps the rest.
// A patent's current holders (open HOLDS segments) without the labels the caller may not see:
// a hidden person is neither named nor counted. The holder it was found through comes first,
// then the latest to acquire it, then applicants in their order.
// An organization's region is the one it is located in (one hop, a handful of rels at most).
WITH *,
  CASE WHEN node:Patent THEN COLLECT {
    MATCH (h:Party)-[x:HOLDS]->(node)
    WHERE x.until IS NULL AND none(l IN labels(h) WHERE l IN $hiddenLabels)
    OPTIONAL MATCH (h)-[a:APPLIED_FOR]->(node)
    WITH h, x, min(a.seq) AS seq
    RETURN h {.name, .name_en} AS holder
    ORDER BY coalesce(h = matched, false) DESC, x.from DESC, seq, h.id
  } END AS holders,
  CASE WHEN node:Organization THEN COLLECT {
    MATCH (node)-[:LOCATED_IN]->(r:Region) RETURN r {.name, .name_en} AS r ORDER BY r.code LIMIT 1
  }[0] END AS region
WITH *, {
  holder: holders[0].name,
  holderEn: holders[0].name_en,
  otherHolders: CASE WHEN size(holders) > 1 THEN size(holders) - 1 ELSE 0 END,
  patentKind: CASE WHEN node:Patent THEN node.kind END,
  filed: CASE WHEN node:Patent THEN node.filed END,
  granted: CASE WHEN node:Patent THEN node.granted END,
  docNumber: CASE WHEN node:Policy THEN node.doc_number END,
  issued: CASE WHEN node:Policy THEN node.issued END,
  effective: CASE WHEN node:Policy THEN node.effective END,
  level: CASE WHEN node:Policy THEN node.level END,
  region: region.name,
  regionEn: region.name_en
} AS context
