import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, loadNeo4jConfig } from '../graph/config.ts';
import { connectGraph, connectionOptions } from '../graph/driver.ts';
import { startEmbedded } from '../graph/embedded-server.ts';
import { generateBundle } from '../seed/generate/index.ts';
import { validateBundle } from '../seed/validate.ts';
import { importBundle } from '../seed/import/index.ts';
import { bulkLoad } from '../seed/bulk/index.ts';
import { splitDelta } from '../seed/generate/delta.ts';
import { rssHighWaterMb } from '../graph/admin-tool.ts';
import { storeSizeMb } from './store-size.ts';
import { fmt, rate } from './format.ts';
import { freePort } from '../graph/free-port.ts';

export interface ImportBenchOptions {
  scale: number;
  seed: number;
  bulk?: boolean;
}

/** PatentsView as our bundle: about 9 M patents and 250 M rows. */
const PATENTSVIEW_ROWS = 250_000_000;

/** Generator, validator and importer throughput on a fresh embedded Neo4j with the default heap. */
export async function benchImport({ scale, seed, bulk }: ImportBenchOptions): Promise<void> {
  const out = join(PROJECT_ROOT, '.generated', 'bench', `scale-${scale}-seed-${seed}`);
  console.log(`\n== import (scale ${scale}, seed ${seed}${bulk ? ', bulk' : ''})`);

  const gen = await generateBundle({ scale, seed, outDir: out });
  const genRows = Object.values(gen.files).reduce((a, b) => a + b, 0);
  console.log(`generator   ${fmt(genRows).padStart(11)} rows ${gen.seconds.toFixed(1).padStart(7)} s ${rate(genRows, gen.seconds)} rows/s  (target ≥ 200 000)`);

  if (bulk) await benchBulk(out);
  // The online import of a national bundle takes hours: above scale 5 only the bulk road is timed.
  if (bulk && scale > 5) return;

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
    console.log(`  holder timelines      ${s.timelineSeconds.toFixed(1).padStart(7)} s`);
    const rss = rssHighWaterMb(server.pid);
    console.log(`Neo4j peak memory ${rss === null ? 'n/a' : `${fmt(rss)} MB`} with heap ${fmt(cfg.embedded.heapMb)} MB, page cache ${fmt(cfg.embedded.pagecacheMb)} MB`);
  } finally {
    await graph.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  await benchDelta(out);
}

/** The share of patents a delta brings: about a week of a year's filings. */
const DELTA_SHARE = 0.02;

/** A week of news into a database that holds the rest: new rows and rows that change stored ones. */
async function benchDelta(bundle: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'ipatlas-bench-delta-'));
  const base = loadNeo4jConfig();
  const config = { ...base, uri: undefined, embedded: { ...base.embedded, dataDir: join(work, 'neo4j'), boltPort: await freePort() } };
  try {
    const split = await splitDelta({ from: bundle, outDir: join(work, 'this-week'), share: DELTA_SHARE });
    // A live server has taken last week's delta too (its statements are planned): the base split again.
    const before = await splitDelta({ from: split.base, outDir: join(work, 'last-week'), share: DELTA_SHARE });
    await bulkLoad({ config, dir: before.base });
    const server = await startEmbedded(config.embedded, () => {});
    const graph = connectGraph(connectionOptions(config, server.uri));
    try {
      const last = await importBundle({ graph, dir: before.delta });
      console.log(`last week   ${fmt(last.rows).padStart(11)} rows ${last.seconds.toFixed(1).padStart(7)} s ${rate(last.rows, last.seconds)} rows/s  (the first import since Neo4j started: it plans every statement)`);
      const s = await importBundle({ graph, dir: split.delta });
      console.log(
        `this week   ${fmt(s.rows).padStart(11)} rows ${s.seconds.toFixed(1).padStart(7)} s ${rate(s.rows, s.seconds)} rows/s  (target ≥ 30 000; ${fmt(split.rows.updates)} of them change stored rows; ` +
          `into ${fmt(split.rows.base)} bulk-loaded rows; validation against the database ${s.validation.seconds.toFixed(1)} s, holder timelines ${s.timelineSeconds.toFixed(1)} s)`,
      );
      for (const f of s.files) console.log(`  ${f.file.padEnd(20)} ${fmt(f.rows).padStart(11)} rows ${f.seconds.toFixed(1).padStart(7)} s ${rate(f.rows, f.seconds)} rows/s`);
    } finally {
      await graph.close();
      await server.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The offline road, end to end: validation, the importer's files, Neo4j's importer, indexes and coverage scopes, the swap. */
async function benchBulk(bundle: string): Promise<void> {
  const base = loadNeo4jConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'ipatlas-bench-bulk-'));
  const config = { ...base, uri: undefined, embedded: { ...base.embedded, dataDir, boltPort: await freePort() } };
  try {
    const s = await bulkLoad({ config, dir: bundle });
    const seconds = s.seconds;
    const stage = (name: string) => s.stages.find((x) => x.name === name)?.seconds ?? 0;
    console.log(`bulk load   ${fmt(s.bundleRows).padStart(11)} rows ${seconds.toFixed(1).padStart(7)} s ${rate(s.bundleRows, seconds)} rows/s end to end  (target ≥ 60 000 at scale 20)`);
    const read = stage('validate and write importer files');
    console.log(`  validate, write files ${read.toFixed(1).padStart(7)} s ${rate(s.bundleRows, read)} rows/s  (one read of the bundle; ${fmt(s.importerRows)} importer rows written, derived ones included)`);
    console.log(
      `  Neo4j importer        ${stage('importer').toFixed(1).padStart(7)} s ${rate(s.bundleRows, stage('importer'))} rows/s  (target ≥ 150 000 at scale 20; ${rate(s.importerRows, stage('importer')).trim()} importer rows/s; ` +
        `peak ${s.importer.peakRssMb === null ? 'n/a' : `${fmt(s.importer.peakRssMb)} MB`})`,
    );
    for (const name of ['start Neo4j on the new store', 'constraints and indexes', 'coverage scopes', 'stop Neo4j', 'swap']) {
      console.log(`  ${name.padEnd(29)} ${stage(name).toFixed(1).padStart(7)} s`);
    }
    console.log(`  ${fmt(s.importer.nodes)} nodes, ${fmt(s.importer.relationships)} relationships, ${fmt(s.importer.properties)} properties; store ${fmt(storeSizeMb(dataDir))} MB; this process peak ${fmt(rssHighWaterMb(process.pid) ?? 0)} MB`);
    const hours = PATENTSVIEW_ROWS / (s.bundleRows / seconds) / 3600;
    console.log(`  a PatentsView-sized bundle (${fmt(PATENTSVIEW_ROWS)} rows) at this rate: ${hours.toFixed(1)} h end to end (the importer stage alone: ${(PATENTSVIEW_ROWS / (s.bundleRows / stage('importer')) / 3600).toFixed(1)} h)`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
