import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes on disk under a folder (the store and its transaction logs), in MB. */
export function storeSizeMb(dir: string): number {
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) bytes += statSync(p).size;
    }
  };
  walk(dir);
  return bytes / (1 << 20);
}
