// The string a patent's normalised IPC symbol must start with to fall under prefix {{PREFIX}}: a
// main group ("H01M 10" or "H01M 10/00") takes every subgroup "H01M 10/…"; a section, class,
// subclass or subgroup is a plain prefix ("H01M" takes "H01M 10/052", "H01M 10/05" takes "H01M 10/052").
CASE
  WHEN {{PREFIX}} =~ '[A-H][0-9]{2}[A-Z] [0-9]+/0+' THEN split({{PREFIX}}, '/')[0] + '/'
  WHEN {{PREFIX}} =~ '[A-H][0-9]{2}[A-Z] [0-9]+' THEN {{PREFIX}} + '/'
  ELSE {{PREFIX}}
END
