import { NAMING_PROPERTY_KEYS } from '../vocabulary/index.ts';

// Cypher fragments that read only what names and keys a node or a relationship (graph/vocabulary/ids.ts).

/** A Cypher map projection body of NAMING_PROPERTY_KEYS, as in `n {<this>}`. */
export const NAMING_PROJECTION = NAMING_PROPERTY_KEYS.map((k) => `.${k}`).join(', ');

/**
 * The same properties of a node `n` as a Cypher list of values, in the order of
 * NAMING_PROPERTY_KEYS, so no key travels with each node; dates as `YYYY-MM-DD`, as the driver
 * module turns them. The map projection reads the node's properties in one pass (a lookup per key
 * would read them once per key). `namingProperties` makes the map again.
 */
export const NAMING_VALUES = `[p IN [n {${NAMING_PROJECTION}}] | [${NAMING_PROPERTY_KEYS.map((k) => (k === 'date' ? 'toString(p.date)' : `p.${k}`)).join(', ')}]][0]`;

export function namingProperties(values: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  NAMING_PROPERTY_KEYS.forEach((k, i) => {
    if (values[i] !== null && values[i] !== undefined) out[k] = values[i];
  });
  return out;
}

/**
 * A Cypher expression over a relationship `r`: only the properties edgeIdOf reads (dates as
 * `YYYY-MM-DD`, as the driver module turns them), for answers that do not carry every property.
 */
export const EDGE_KEY_PROPERTIES = "CASE type(r) WHEN 'OFFICER_OF' THEN {role: r.role} WHEN 'HOLDS' THEN {from: toString(r.from)} END";
