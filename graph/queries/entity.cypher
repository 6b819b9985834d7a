// Any node by its bundle id, with what the request asks of it, in one statement (one round trip):
// its relationship counts and, for an organization or a patent, its details, each block present
// only when asked for ({{COUNTS}}, {{ORGANIZATION}} and {{PATENT}}: entity.ts), each part of the
// details switched on by the one parameter $q. A node of a label the caller may not see
// ($q.hiddenLabels) gets none of them, so it costs what an id no node has costs, and the caller
// is answered as for one.
CALL () {
{{NODE_BY_ID}}
}
WITH n, labels(n) AS labels
WITH n, labels, none(l IN labels WHERE l IN $q.hiddenLabels) AS visible
{{COUNTS}}
{{ORGANIZATION}}
{{PATENT}}
RETURN n, relationshipCounts, organization, patent
