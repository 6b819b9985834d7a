import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '../../../graph/driver.ts';
import { importBundle } from '../../../seed/import/index.ts';
import { SMALL_BUNDLE, writeBundle, type BundleRow, type BundleRows } from '../../fixtures/small-bundle.ts';
import { uniquePrefix } from '../../helpers/graph.ts';
import { namespaceBundle } from '../../helpers/namespace-bundle.ts';

/** Imports the small bundle under a fresh id prefix (plus `extra` rows, ids unprefixed) and returns the prefix. */
export async function importSmallBundle(graph: Graph, name: string, extra: BundleRows = {}): Promise<string> {
  const rows: Record<string, readonly BundleRow[]> = { ...SMALL_BUNDLE };
  for (const [file, more] of Object.entries(extra)) rows[file] = [...(rows[file] ?? []), ...more];
  return importRows(graph, name, rows);
}

/** Imports `rows` as a bundle of their own under a fresh prefix and returns the prefix. */
export async function importRows(graph: Graph, name: string, rows: BundleRows): Promise<string> {
  const p = uniquePrefix(name);
  const temp = mkdtempSync(join(tmpdir(), `ipatlas-api-${name}-`));
  await writeBundle(join(temp, 'raw'), rows);
  try {
    await namespaceBundle(join(temp, 'raw'), join(temp, 'bundle'), p);
    await importBundle({ graph, dir: join(temp, 'bundle') });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return p;
}
