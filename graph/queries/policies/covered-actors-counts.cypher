{{COVERED}}
WITH DISTINCT o
RETURN o.kind AS kind, o.region_code AS region, count(*) AS n
