import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FILES, splitList, LIST_SEPARATOR } from '../../seed/bundle-format.ts';
import { readCsv } from '../../seed/read-csv.ts';
import { toCsv } from '../fixtures/small-bundle.ts';

/**
 * Copies a bundle, prefixing every id and every reference to one, so several tests can import
 * "the same" bundle into one shared database without touching each other's nodes.
 */
export async function namespaceBundle(src: string, dst: string, prefix: string): Promise<void> {
  mkdirSync(dst, { recursive: true });
  for (const spec of BUNDLE_FILES) {
    const path = join(src, spec.file);
    if (!existsSync(path)) continue;
    const idColumns = new Set(spec.columns.filter((c) => c.type.kind === 'id' || c.references).map((c) => c.name));
    let header: string[] = [];
    const lines: string[][] = [];
    for await (const row of readCsv(path, spec.file, (h) => (header = h.columns))) {
      const r = row.record;
      for (const col of idColumns) {
        const v = r[col];
        if (!v) continue;
        r[col] = spec.columns.find((c) => c.name === col)!.type.kind === 'list'
          ? splitList(v).map((x) => prefix + x).join(LIST_SEPARATOR)
          : prefix + v;
      }
      if (spec.file === 'coverage.csv' && (r.dimension === 'region' || r.dimension === 'org')) r.value = prefix + r.value;
      lines.push(header.map((h) => r[h] ?? ''));
    }
    writeFileSync(join(dst, spec.file), toCsv(header, lines));
  }
}
