import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Neo4jConfig } from '../../graph/config.ts';
import { connectGraph, connectionOptions, type Graph } from '../../graph/driver.ts';
import { backgroundStatus, startBackground, startEmbedded, stopBackground } from '../../graph/embedded-server.ts';
import { freePort } from '../../graph/free-port.ts';
import { applySchema } from '../../graph/schema.ts';
import { importFull, type ImportFullReport } from '../../graph/admin-tool.ts';
import { validateBundle, type ValidationReport } from '../validate.ts';
import { BundleInvalidError } from '../import/index.ts';
import { bundleChecksum } from '../import/bundle-checksum.ts';
import { writeCoverageScopes } from '../import/write-coverage.ts';
import { ImporterFileWriter } from './importer-files.ts';

// A bundle → a new embedded database built by Neo4j's offline importer, swapped in only once it
// is whole. Everything is built in a folder beside the data folder; the data folder itself is
// touched by two renames at the very end, so a failed or killed load leaves it as it was.

export class BulkRefusedError extends Error {}

export interface BulkOptions {
  config: Neo4jConfig;
  dir: string;
  /** Replace a database that holds data. */
  replace?: boolean;
  log?: (line: string) => void;
}

export interface BulkStage {
  name: string;
  seconds: number;
}

export interface BulkSummary {
  validation: ValidationReport;
  bundleRows: number;
  importerRows: number;
  importer: ImportFullReport;
  stages: BulkStage[];
  seconds: number;
  /** Bundle rows per second, end to end. */
  rowsPerSecond: number;
  dataDir: string;
  /** The background Neo4j was running on the old database and was restarted on the new one. */
  restarted: boolean;
}

/** Folders beside the data folder: the one being built, and the one swapped out. */
export const nextFolder = (dataDir: string) => `${dataDir}.next`;
export const previousFolder = (dataDir: string) => `${dataDir}.previous`;

/** A home folder that holds database "neo4j" (empty or not). */
export const storeExists = (home: string) => existsSync(join(home, 'data', 'databases', 'neo4j'));

/** A Neo4j on a home other than the data folder, on a free port. Populating the indexes of a national store takes longer than any query may. */
const buildSettings = async (config: Neo4jConfig, home: string) => ({
  ...config.embedded,
  dataDir: home,
  boltPort: await freePort(),
  txTimeoutSeconds: Math.max(config.embedded.txTimeoutSeconds, 3600),
});

async function withServer<T>(config: Neo4jConfig, home: string, log: (line: string) => void, work: (graph: Graph) => Promise<T>): Promise<T> {
  const server = await startEmbedded(await buildSettings(config, home), log);
  const graph = connectGraph(connectionOptions(config, server.uri));
  try {
    return await work(graph);
  } finally {
    await graph.close();
    await server.stop();
  }
}

// Both counts come from the count store: no scan, however large the graph.
const holdsData = async (graph: Graph) =>
  (await graph.read<{ n: number }>('CALL () { MATCH (n) RETURN count(n) AS all } CALL () { MATCH (r:ImportRun) RETURN count(r) AS runs } RETURN all - runs AS n')).at(0)?.n ?? 0;

/**
 * A swap killed between its two renames leaves the previous database beside an absent data
 * folder: put it back before anything looks at the data folder.
 */
export function recoverInterruptedSwap(dataDir: string): boolean {
  if (existsSync(dataDir) || !existsSync(previousFolder(dataDir))) return false;
  renameSync(previousFolder(dataDir), dataDir);
  return true;
}

export async function bulkLoad(opts: BulkOptions): Promise<BulkSummary> {
  const started = performance.now();
  const { config } = opts;
  const log = opts.log ?? (() => {});
  const dir = resolve(opts.dir);
  const dataDir = config.embedded.dataDir;
  if (config.uri) {
    throw new BulkRefusedError(
      `NEO4J_URI is set (${config.uri}): a bulk load builds an embedded database. Build it here without NEO4J_URI, then ship it with npm run db:dump and neo4j-admin database load (README, "Past one machine").`,
    );
  }
  const stages: BulkStage[] = [];
  const stage = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await work();
    stages.push({ name, seconds: (performance.now() - t0) / 1000 });
    return out;
  };

  if (recoverInterruptedSwap(dataDir)) log(`restored ${dataDir} from an interrupted swap`);
  const background = await backgroundStatus(config.embedded);
  // Told to replace: what is there does not matter, and counting it may cost a Neo4j start.
  if (!opts.replace) {
    const existing = await stage('check the current database', async () => {
      if (background.running && background.boltAnswers) {
        const graph = connectGraph(connectionOptions(config, `bolt://127.0.0.1:${background.port}`));
        try {
          return await holdsData(graph);
        } finally {
          await graph.close();
        }
      }
      return storeExists(dataDir) ? withServer(config, dataDir, () => {}, holdsData) : 0;
    });
    if (existing > 0) {
      throw new BulkRefusedError(`the database in ${dataDir} holds ${existing.toLocaleString('en-US')} nodes; nothing was changed. Add --replace to replace it with this bundle.`);
    }
  }

  const next = nextFolder(dataDir);
  rmSync(next, { recursive: true, force: true });
  const csvDir = join(next, 'import-csv');
  // One read of the bundle: each row is checked, then handed to the importer files.
  const writer = new ImporterFileWriter(csvDir);
  const validation = await stage('validate and write importer files', () =>
    validateBundle(dir, { sink: writer, onProgress: (file, rows) => log(`${file.padEnd(18)} ${rows.toLocaleString('en-US').padStart(11)} rows`) }),
  );
  if (!validation.ok) {
    await writer.discard();
    rmSync(next, { recursive: true, force: true });
    throw new BundleInvalidError(validation);
  }
  const files = await writer.close();
  const bundleRows = validation.files.reduce((a, f) => a + f.rows, 0);
  log(`importer files: ${files.importerRows.toLocaleString('en-US')} rows from ${bundleRows.toLocaleString('en-US')} bundle rows`);
  // Hashed while Neo4j's importer (another process) runs.
  const checksum = bundleChecksum(dir);
  const importer = await stage('importer', () =>
    importFull({ home: next, nodes: files.nodes, relationships: files.relationships, multilineFields: files.multilineFields, log }),
  );
  rmSync(csvDir, { recursive: true, force: true });

  const server = await stage('start Neo4j on the new store', async () => startEmbedded(await buildSettings(config, next), log));
  const graph = connectGraph(connectionOptions(config, server.uri));
  try {
    // Constraints and indexes are built over the loaded store: awaiting their population is most of it.
    await stage('constraints and indexes', () => applySchema(graph, { awaitSeconds: 3600 }));
    await stage('coverage scopes', async () => {
      await writeCoverageScopes(graph, files.coverage);
      await graph.run('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
      await graph.write(
        `CREATE (r:ImportRun {id: $id, mode: 'bulk', bundle: $dir, bundle_sha256: $checksum, status: 'complete', rows: $rows,
                              started: datetime() - duration({milliseconds: $ms}), finished: datetime()})`,
        { id: randomUUID(), dir, checksum: await checksum, rows: bundleRows, ms: Math.round(performance.now() - started) },
      );
    });
  } finally {
    await graph.close();
    await stage('stop Neo4j', () => server.stop());
  }

  await stage('swap', async () => {
    if (background.running) await stopBackground(config.embedded);
    rmSync(previousFolder(dataDir), { recursive: true, force: true });
    if (existsSync(dataDir)) renameSync(dataDir, previousFolder(dataDir));
    renameSync(next, dataDir);
    rmSync(previousFolder(dataDir), { recursive: true, force: true });
    if (background.running) await startBackground(config.embedded, log);
  });

  const seconds = (performance.now() - started) / 1000;
  return {
    validation,
    bundleRows,
    importerRows: files.importerRows,
    importer,
    stages,
    seconds,
    rowsPerSecond: bundleRows / Math.max(seconds, 1e-3),
    dataDir,
    restarted: background.running,
  };
}
