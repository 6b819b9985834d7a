import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const API_DIR = fileURLToPath(new URL('..', import.meta.url));
const JOB_DIR = join(API_DIR, 'schema');

/**
 * The schema's files: the exploration fields in api/schema.graphql, then one file per job in
 * api/schema/ (sorted, so every server and codegen see the same order).
 */
export const SCHEMA_FILES: readonly string[] = [
  join(API_DIR, 'schema.graphql'),
  // Git keeps no empty folder: before the first job's file lands, api/schema/ may not exist.
  ...(existsSync(JOB_DIR) ? readdirSync(JOB_DIR) : [])
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => join(JOB_DIR, name)),
];
