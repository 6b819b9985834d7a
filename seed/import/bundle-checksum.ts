import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FILES } from '../bundle-format.ts';

/**
 * sha256 of a bundle as the importer reads it: for each file of the format that is present, in
 * the format's order, its name, its size and its bytes. Recorded on the ImportRun, so a re-run
 * of an interrupted import knows it is the same bundle.
 */
export async function bundleChecksum(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const { file } of BUNDLE_FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    hash.update(`${file}\0${statSync(path).size}\0`);
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}
