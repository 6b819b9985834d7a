// The vocabulary every room shares: node kinds and labels, relationship types, the bundle's
// enums, dates, IPC symbols, industries, and how nodes and relationships are keyed and named. `graph/`
// defines it; `seed/` and `api/` import it from here; the web app learns it from the schema.

export * from './kinds.ts';
export * from './model.ts';
export * from './ids.ts';
export * from './dates.ts';
export * from './ipc.ts';
export * from './industries.ts';
