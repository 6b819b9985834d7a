import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, loadNeo4jConfig, type Neo4jConfig } from '../graph/config.ts';
import { connectGraph, connectionOptions, type Graph } from '../graph/driver.ts';
import { startEmbedded, type RunningNeo4j } from '../graph/embedded-server.ts';
import { freePort } from '../graph/free-port.ts';
import { dumpDatabase, loadDump } from '../graph/admin-tool.ts';
import { csvLine } from '../seed/csv-writer.ts';
import { headerOf } from '../seed/bundle-format.ts';
import { generateBundle } from '../seed/generate/index.ts';
import { convertPatentsView } from '../seed/convert/patentsview.ts';
import { convertUsptoAssignments } from '../seed/convert/uspto-assignments.ts';
import { ConvertReport } from '../seed/convert/report.ts';
import { BundleInvalidError, importBundle } from '../seed/import/index.ts';
import { splitDelta } from '../seed/generate/delta.ts';
import { validateBundle } from '../seed/validate.ts';
import { BulkRefusedError, bulkLoad, nextFolder } from '../seed/bulk/index.ts';
import { graphSnapshot, type GraphSnapshot } from './helpers/graph-snapshot.ts';

// The offline importer's road and the online one build the same graph from the same bundle:
// every node's labels and properties (with their types), every relationship's type, ends and
// properties. Each side runs in a database of its own.

const temp = mkdtempSync(join(tmpdir(), 'ipatlas-bulk-test-'));
const generated = join(temp, 'generated');
const converted = join(temp, 'converted');
const dataDir = join(temp, 'bulk-neo4j');
const small = { heapMb: 1024, pagecacheMb: 256, txMemoryMb: 512 };
let config: Neo4jConfig;
let online: RunningNeo4j;
let onlineGraph: Graph;

const cell = (file: string, values: Record<string, string>) => csvLine(headerOf(file).map((h) => values[h] ?? ''));

/** Rows the generator never writes: repeated pairs (the last row's values win), no classes, spaces, a line break in a cell. */
function addAwkwardRows(dir: string): void {
  const firstRow = (file: string) => {
    const [header, row] = readFileSync(join(dir, file), 'utf8').split('\n');
    const names = header!.split(',');
    const cells = row!.split(',');
    return Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
  };
  const applicant = firstRow('applicants.csv');
  appendFileSync(join(dir, 'applicants.csv'), cell('applicants.csv', { ...applicant, seq: '7' }));
  const citation = firstRow('citations.csv');
  appendFileSync(join(dir, 'citations.csv'), cell('citations.csv', citation));
  const stake = firstRow('equity.csv');
  appendFileSync(join(dir, 'equity.csv'), cell('equity.csv', { ...stake, share: '0.125', until: '' }));
  const post = firstRow('positions.csv');
  appendFileSync(join(dir, 'positions.csv'), cell('positions.csv', { ...post, until: '2030-01-01' }));
  appendFileSync(
    join(dir, 'patents.csv'),
    cell('patents.csv', { id: 'BULK-TEST-1', title: '  padded title  ', kind: 'invention', ipc: ' ; ', filed: '2020-02-29', abstract: 'line one\nline two, "quoted"' }),
  );
  appendFileSync(join(dir, 'applicants.csv'), cell('applicants.csv', { patent_id: 'BULK-TEST-1', holder_id: applicant.holder_id!, seq: '' }));
}

async function snapshotOf(home: string): Promise<GraphSnapshot> {
  const server = await startEmbedded({ ...config.embedded, ...small, dataDir: home, boltPort: await freePort() }, () => {});
  const graph = connectGraph(connectionOptions(config, server.uri));
  try {
    return await graphSnapshot(graph);
  } finally {
    await graph.close();
    await server.stop();
  }
}

async function onlineSnapshot(dir: string): Promise<GraphSnapshot> {
  await onlineGraph.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  await importBundle({ graph: onlineGraph, dir });
  return graphSnapshot(onlineGraph);
}

function expectSameGraph(bulk: GraphSnapshot, onl: GraphSnapshot): void {
  // Differences first, so a failure names the few lines that differ rather than printing both graphs.
  const onlyIn = (a: string[], b: string[]) => {
    const other = new Set(b);
    return a.filter((x) => !other.has(x)).slice(0, 20);
  };
  expect(onlyIn(bulk.nodes, onl.nodes), 'nodes only the bulk load made').toEqual([]);
  expect(onlyIn(onl.nodes, bulk.nodes), 'nodes only the online import made').toEqual([]);
  expect(onlyIn(bulk.relationships, onl.relationships), 'relationships only the bulk load made').toEqual([]);
  expect(onlyIn(onl.relationships, bulk.relationships), 'relationships only the online import made').toEqual([]);
  expect(bulk.relationships.length).toBe(onl.relationships.length);
}

beforeAll(async () => {
  const base = loadNeo4jConfig();
  config = { ...base, uri: undefined, embedded: { ...base.embedded, ...small, dataDir, boltPort: await freePort() } };
  await generateBundle({ scale: 0.05, seed: 11, outDir: generated });
  addAwkwardRows(generated);
  const pv = join(temp, 'pv');
  const quiet = () => new ConvertReport(() => {});
  await convertPatentsView({ dir: join(PROJECT_ROOT, 'tests/fixtures/patentsview'), out: pv, report: quiet() });
  await convertUsptoAssignments({ dir: join(PROJECT_ROOT, 'tests/fixtures/uspto-assignments'), out: converted, patentsview: pv, report: quiet() });
  online = await startEmbedded({ ...config.embedded, dataDir: join(temp, 'online-neo4j'), boltPort: await freePort() }, () => {});
  onlineGraph = connectGraph(connectionOptions(config, online.uri));
});

afterAll(async () => {
  await onlineGraph?.close();
  await online?.stop();
  rmSync(temp, { recursive: true, force: true });
});

// Each step starts a Neo4j or two (the load's own, then one to read the result): minutes on a busy machine.
describe('a bulk load', { timeout: 400_000 }, () => {
  let first: GraphSnapshot;

  it('builds the same graph as an online import of a generated bundle', async () => {
    const s = await bulkLoad({ config, dir: generated });
    expect(s.importer.nodes).toBeGreaterThan(1000);
    first = await snapshotOf(dataDir);
    expectSameGraph(first, await onlineSnapshot(generated));
    // The awkward rows made it through as the online import reads them.
    expect(first.nodes.find((n) => n.includes('BULK-TEST-1'))).toContain('title:STRING="padded title"');
    expect(first.nodes.find((n) => n.includes('BULK-TEST-1'))).not.toContain('ipc:');
  });

  it('refuses to replace a database that holds data, and changes nothing', async () => {
    const refused = await bulkLoad({ config, dir: converted }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(refused).toBeInstanceOf(BulkRefusedError);
    expect((refused as Error).message).toMatch(/holds [\d,]+ nodes; nothing was changed\. Add --replace/);
    expect(existsSync(nextFolder(dataDir))).toBe(false);
  });

  it('refuses an invalid bundle, even with --replace, and changes nothing', async () => {
    const broken = join(temp, 'broken');
    cpSync(converted, broken, { recursive: true });
    appendFileSync(join(broken, 'citations.csv'), cell('citations.csv', { citing_id: 'NO-SUCH-PATENT', cited_id: 'ALSO-MISSING' }));
    const refused = await bulkLoad({ config, dir: broken, replace: true }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(refused).toBeInstanceOf(BundleInvalidError);
    expect((refused as BundleInvalidError).report.problems.map((p) => `${p.file} ${p.value}`)).toContain('citations.csv NO-SUCH-PATENT');
    expect(existsSync(nextFolder(dataDir))).toBe(false);
  });

  it('leaves the previous database whole when it is killed mid-load', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'seed/cli/import.ts'), converted, '--bulk', '--replace'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_DATA: dataDir, NEO4J_BOLT_PORT: String(config.embedded.boltPort), NEO4J_URI: '' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    await new Promise<void>((resolveKill, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        // Killed while Neo4j's importer writes the new store: the process and its JVM, at once.
        if (output.includes('Node import')) {
          process.kill(-child.pid!, 'SIGKILL');
          resolveKill();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', () => reject(new Error(`the load ended before it could be killed:\n${output}`)));
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(existsSync(nextFolder(dataDir))).toBe(true);
    const after = await snapshotOf(dataDir);
    expect(after.nodes.length).toBe(first.nodes.length);
    expect(after).toEqual(first);
  });

  it('replaces it when told to, with the same graph as an online import of the converters’ fixtures', async () => {
    const s = await bulkLoad({ config, dir: converted, replace: true });
    expect(existsSync(nextFolder(dataDir))).toBe(false);
    expect(s.stages.map((x) => x.name)).toContain('importer');
    const bulk = await snapshotOf(dataDir);
    expectSameGraph(bulk, await onlineSnapshot(converted));

    // Shipped as a dump and loaded elsewhere, it is still the same graph.
    await dumpDatabase(dataDir, join(temp, 'dump'));
    await loadDump(join(temp, 'elsewhere'), join(temp, 'dump'));
    expect(await snapshotOf(join(temp, 'elsewhere'))).toEqual(bulk);
  });
});

describe('a delta after a bulk load', { timeout: 400_000 }, () => {
  it('gives the graph an online import of bundle and delta together gives', async () => {
    const split = await splitDelta({ from: generated, outDir: join(temp, 'split'), share: 0.1, updateEvery: 20 });
    expect(split.rows.delta).toBeGreaterThan(100);
    expect(split.rows.updates).toBeGreaterThan(10);
    // On its own the delta names patents, parties and trades it does not define.
    const alone = await validateBundle(split.delta);
    expect(alone.ok).toBe(false);
    expect(alone.problems.map((p) => p.reason).join('\n')).toMatch(/unknown organization or person/);

    await bulkLoad({ config, dir: split.base, replace: true });
    const server = await startEmbedded({ ...config.embedded, ...small, dataDir, boltPort: await freePort() }, () => {});
    const graph = connectGraph(connectionOptions(config, server.uri));
    try {
      const s = await importBundle({ graph, dir: split.delta });
      expect(s.counters.nodesCreated).toBeGreaterThan(0);
      expectSameGraph(await graphSnapshot(graph), await onlineSnapshot(split.merged));

      // What the delta names must be in the delta or the database, and be what it is named as.
      const org = (await graph.read<{ id: string }>('MATCH (o:Organization) WHERE NOT o:Platform RETURN o.id AS id ORDER BY o.id LIMIT 1'))[0]!.id;
      const bad = join(temp, 'bad-delta');
      cpSync(split.delta, bad, { recursive: true });
      appendFileSync(join(bad, 'citations.csv'), cell('citations.csv', { citing_id: 'NO-SUCH-PATENT', cited_id: 'BULK-TEST-1' }));
      appendFileSync(join(bad, 'persons.csv'), cell('persons.csv', { id: org, name: '同名者' }));
      const tx = readFileSync(join(bad, 'transactions.csv'), 'utf8').split('\n')[1]!.split(',');
      const header = headerOf('transactions.csv');
      const trade = Object.fromEntries(header.map((h, i) => [h, tx[i] ?? '']));
      appendFileSync(join(bad, 'transactions.csv'), cell('transactions.csv', { ...trade, id: 'DELTA-BAD-1', platform_id: org }));
      const before = await graphSnapshot(graph);
      const refused = await importBundle({ graph, dir: bad }).then(
        () => null,
        (err: unknown) => err,
      );
      expect(refused).toBeInstanceOf(BundleInvalidError);
      const reasons = (refused as BundleInvalidError).report.problems.map((p) => `${p.file} ${p.reason}`);
      expect(reasons).toContain('citations.csv unknown patent "NO-SUCH-PATENT" (not defined in patents.csv, nor in the database)');
      expect(reasons).toContain(`persons.csv id ${JSON.stringify(org)} is an organization in the database; references to it would be ambiguous`);
      expect(reasons.some((r) => r.startsWith(`transactions.csv organization ${JSON.stringify(org)} is of kind`))).toBe(true);
      expect(await graphSnapshot(graph)).toEqual(before);
    } finally {
      await graph.close();
      await server.stop();
    }
  });
});
