import { loadStatement } from '../cypher-file.ts';
import { NAMING_PROJECTION } from './naming.ts';

// The details of an organization or a patent are read in parts, spliced into the entity's
// statement: each part sits in its own `OPTIONAL CALL` behind a filter on its switch, so a part
// nobody asked for costs nothing, and one text (one plan) serves every choice of parts. Their
// nodes travel whole only when the request selects `properties`; otherwise each carries what
// names and keys it, as a neighbourhood's do.

/** Every part switched on or off, with the properties' switch and the lists' caps: one parameter map, the same shape whatever is asked. */
export function partSwitches<P extends string, C extends Record<string, number>>(all: readonly P[], on: ReadonlySet<P>, properties: boolean, caps: C): Record<P | 'properties', boolean> & C {
  return { ...(Object.fromEntries(all.map((p) => [p, on.has(p)])) as Record<P, boolean>), properties, ...caps };
}

/** A node `v` in the shape the driver gives a node, whole when `$read.properties`, else with only what names and keys it. */
const node = (v: string) => `CASE WHEN $read.properties THEN ${v} ELSE {elementId: elementId(${v}), labels: labels(${v}), properties: ${v} {${NAMING_PROJECTION}}} END`;

/** A details fragment with its switches read from `$<parameter>` (e.g. `q.patent`), each `{{NODE:v}}` made the node `v` as they ask. */
export function loadDetailsFragment(url: URL, parameter: string): string {
  return loadStatement(url)
    .replace(/\{\{NODE:(\w+)\}\}/g, (_, v: string) => node(v))
    .replaceAll('$read.', `$${parameter}.`);
}
