// The details statements read in parts: each part sits in its own `OPTIONAL CALL` behind a filter
// on its switch, so a part nobody asked for costs nothing, and one text (one plan) serves every
// selection.

/** Every part switched on or off, as a statement's `$read` map: the same parameter shape whatever is asked. */
export function partSwitches<P extends string>(all: readonly P[], on: ReadonlySet<P>): Record<P, boolean> {
  return Object.fromEntries(all.map((p) => [p, on.has(p)])) as Record<P, boolean>;
}
