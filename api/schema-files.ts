import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const API_DIR = fileURLToPath(new URL('.', import.meta.url));

/**
 * The schema's files: the exploration fields in api/schema.graphql, then one file per job in
 * api/schema/ (sorted, so every server and codegen see the same order).
 */
export const SCHEMA_FILES: readonly string[] = [
  join(API_DIR, 'schema.graphql'),
  ...readdirSync(join(API_DIR, 'schema'))
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => join(API_DIR, 'schema', name)),
];
