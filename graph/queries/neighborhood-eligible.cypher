// neighborhood(): whether the relationship r to the far node m may be followed. Spliced as
// {{ELIGIBLE}} into the neighborhood queries, so the rule is written once. With asOf, only what
// existed on that date: transactions dated by then, patents filed, organizations founded,
// policies issued, holdings in force, shareholdings and positions held since.
($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
AND (asOf IS NULL OR (
  (NOT m:Transaction OR m.date <= asOf)
  AND (NOT m:Patent OR m.filed IS NULL OR m.filed <= asOf)
  AND (NOT m:Organization OR m.founded IS NULL OR m.founded <= asOf)
  AND (NOT m:Policy OR m.issued IS NULL OR m.issued <= asOf)
  AND (NOT r:HOLDS OR ((r.from IS NULL OR r.from <= asOf) AND (r.until IS NULL OR asOf < r.until)))
  AND (NOT (r:OWNS OR r:OFFICER_OF) OR r.since IS NULL OR r.since <= asOf)
))
