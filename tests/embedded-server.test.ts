import { describe, expect, inject, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNeo4jConfig } from '../graph/config.ts';
import { startEmbedded } from '../graph/embedded-server.ts';

const running = inject('embedded');
const small = { ...loadNeo4jConfig().embedded, heapMb: 256, pagecacheMb: 64, txMemoryMb: 64 };

describe.skipIf(running === null)('the embedded Neo4j launcher', () => {
  it('refuses a second launch on a busy port and says so', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ipatlas-busy-port-'));
    try {
      await expect(startEmbedded({ ...small, dataDir, boltPort: running!.boltPort }, () => {})).rejects.toThrow(
        `port ${running!.boltPort} on 127.0.0.1 is already in use`,
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a data folder that another running Neo4j has locked and says so', async () => {
    await expect(startEmbedded({ ...small, dataDir: running!.dataDir, boltPort: running!.boltPort + 1 }, () => {})).rejects.toThrow(
      'is locked by another running Neo4j',
    );
  });
});
