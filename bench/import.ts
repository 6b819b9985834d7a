import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, loadNeo4jConfig } from '../graph/config.ts';
import { connectGraph, connectionOptions } from '../graph/driver.ts';
import { startEmbedded } from '../graph/embedded-server.ts';
import { generateBundle } from '../seed/generate/index.ts';
import { validateBundle } from '../seed/validate.ts';
import { importBundle } from '../seed/import/index.ts';
import { fmt, rate } from './format.ts';
import { freePort } from '../graph/free-port.ts';

export interface ImportBenchOptions {
  scale: number;
  seed: number;
}

function peakRssMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Generator, validator and importer throughput on a fresh embedded Neo4j with the default heap. */
export async function benchImport({ scale, seed }: ImportBenchOptions): Promise<void> {
  const out = join(PROJECT_ROOT, '.generated', 'bench', `scale-${scale}-seed-${seed}`);
  console.log(`\n== import (scale ${scale}, seed ${seed})`);

  const gen = await generateBundle({ scale, seed, outDir: out });
  const genRows = Object.values(gen.files).reduce((a, b) => a + b, 0);
  console.log(`generator   ${fmt(genRows).padStart(11)} rows ${gen.seconds.toFixed(1).padStart(7)} s ${rate(genRows, gen.seconds)} rows/s  (target ≥ 200 000)`);

  const v = await validateBundle(out);
  if (!v.ok) throw new Error(`generated bundle is invalid: ${v.problemCount} problems, first: ${JSON.stringify(v.problems[0])}`);
  const vRows = v.files.reduce((a, f) => a + f.rows, 0);
  console.log(`validator   ${fmt(vRows).padStart(11)} rows ${v.seconds.toFixed(1).padStart(7)} s ${rate(vRows, v.seconds)} rows/s`);

  const cfg = loadNeo4jConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'ipatlas-bench-neo4j-'));
  const server = await startEmbedded({ ...cfg.embedded, dataDir, boltPort: await freePort() }, () => {});
  const graph = connectGraph(connectionOptions(cfg, server.uri));
  try {
    const s = await importBundle({ graph, dir: out, validated: v });
    const c = s.counters;
    console.log(`importer    ${fmt(s.rows).padStart(11)} rows ${s.seconds.toFixed(1).padStart(7)} s ${rate(s.rows, s.seconds)} rows/s  (target ≥ 30 000)`);
    console.log(`  nodes created         ${fmt(c.nodesCreated).padStart(11)}  ${rate(c.nodesCreated, s.seconds)} /s`);
    console.log(`  relationships created ${fmt(c.relationshipsCreated).padStart(11)}  ${rate(c.relationshipsCreated, s.seconds)} /s`);
    for (const f of s.files) console.log(`  ${f.file.padEnd(20)} ${fmt(f.rows).padStart(11)} rows ${f.seconds.toFixed(1).padStart(7)} s ${rate(f.rows, f.seconds)} rows/s`);
    const again = await importBundle({ graph, dir: out, validated: v });
    console.log(
      `re-import   ${fmt(again.rows).padStart(11)} rows ${again.seconds.toFixed(1).padStart(7)} s ${rate(again.rows, again.seconds)} rows/s  ` +
        `(created ${again.counters.nodesCreated} nodes, ${again.counters.relationshipsCreated} relationships)`,
    );
    const rss = peakRssMb(server.pid);
    console.log(`Neo4j peak memory ${rss === null ? 'n/a' : `${fmt(rss)} MB`} with heap ${fmt(cfg.embedded.heapMb)} MB, page cache ${fmt(cfg.embedded.pagecacheMb)} MB`);
  } finally {
    await graph.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
