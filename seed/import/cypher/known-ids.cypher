// {{LABEL}} and {{KEY}} are replaced from the allow-list in known-ids.ts: one index seek per id.
UNWIND $ids AS id
MATCH (n:{{LABEL}} {{{KEY}}: id})
USING INDEX n:{{LABEL}}({{KEY}})
RETURN id, n.kind AS kind
