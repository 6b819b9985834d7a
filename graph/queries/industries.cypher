// The industries organizations of one kind (or of any: $label null) work in, most organizations
// first: what a filter by industry can offer. The kind's label is a parameter (checked by the
// caller), so one plan serves all.
MATCH (o:Organization)
WHERE ($label IS NULL OR $label IN labels(o)) AND o.industry IS NOT NULL AND trim(o.industry) <> ''
RETURN o.industry AS name, count(o) AS organizations
ORDER BY organizations DESC, name
