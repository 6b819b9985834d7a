import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, loadNeo4jConfig, type EmbeddedNeo4jConfig } from '../../graph/config.ts';
import { connectGraph, connectionOptions, type Graph } from '../../graph/driver.ts';
import { startEmbedded, type RunningNeo4j } from '../../graph/embedded-server.ts';
import { freePort } from '../../graph/free-port.ts';
import { generateBundle } from '../../seed/generate/index.ts';
import { importBundle } from '../../seed/import/index.ts';
import { bundleChecksum } from '../../seed/import/bundle-checksum.ts';
import { bundleRowChecksums, graphRowChecksums } from './bundle-fingerprint.ts';

// The real import CLI killed with SIGKILL halfway through a generated bundle, then run again.
// This file owns its embedded Neo4j: it wipes it to compare with an uninterrupted import.

let temp: string;
let neo4j: RunningNeo4j;
let graph: Graph;
let bundle: string;

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'ipatlas-faults-import-'));
  const cfg: EmbeddedNeo4jConfig = { ...loadNeo4jConfig({}).embedded, dataDir: join(temp, 'neo4j'), boltPort: await freePort(), heapMb: 1024, pagecacheMb: 256, txMemoryMb: 512 };
  neo4j = await startEmbedded(cfg, () => {});
  graph = connectGraph(connectionOptions(loadNeo4jConfig({}), neo4j.uri));
  bundle = join(temp, 'bundle');
  await generateBundle({ scale: 0.05, seed: 7, outDir: bundle });
});
/** Process groups of CLI runs not yet ended (a timed-out test must not leave them running). */
const groups = new Set<number>();

afterAll(async () => {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await graph?.close();
  await neo4j?.stop();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

interface CliRun {
  stdout: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** `npm run seed:import -- DIR` as a child; `killWhen` sees the output so far and may ask for SIGKILL. */
function importCli(killWhen?: (stdout: string) => boolean): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['seed/cli/import.ts', bundle, '--batch-size', '40'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', NEO4J_DATABASE: 'neo4j' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: tsx runs the CLI in a child process, and the kill must reach both.
      detached: true,
    });
    groups.add(child.pid!);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
      if (killWhen && child.exitCode === null && killWhen(stdout)) process.kill(-child.pid!, 'SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.once('error', reject);
    // 'close': every process of the group has let go of the output pipes, so none writes on.
    child.once('close', (code, signal) => {
      groups.delete(child.pid!);
      resolve({ stdout: stdout + stderr, code, signal });
    });
  });
}

const LABELS = ['Region', 'Organization', 'Person', 'Patent', 'IpcClass', 'Transaction', 'Policy', 'Provision', 'CoverageScope'];

/** Nodes by label, relationships by type, and the ids that more than one node of a label carries. */
async function shape(): Promise<{ labels: Record<string, number>; types: Record<string, number>; duplicateIds: string[] }> {
  const labels: Record<string, number> = {};
  const duplicateIds: string[] = [];
  for (const label of LABELS) {
    const key = label === 'Region' || label === 'IpcClass' ? 'code' : 'id';
    const [row] = await graph.read<{ n: number; keys: number; dups: string[] }>(
      `MATCH (x:${label}) WITH x[$key] AS k, count(*) AS c
       RETURN sum(c) AS n, count(k) AS keys, [k IN collect(CASE WHEN c > 1 THEN k END) WHERE k IS NOT NULL][..5] AS dups`,
      { key },
    );
    labels[label] = row!.n;
    duplicateIds.push(...row!.dups.map((d) => `${label}:${d}`));
  }
  const types: Record<string, number> = {};
  for (const r of await graph.read<{ type: string; n: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n')) types[r.type] = r.n;
  return { labels, types, duplicateIds };
}

/** Every HOLDS segment (derived after the rows), as sorted lines. */
async function holdings(): Promise<string[]> {
  const rows = await graph.read<{ l: string }>(
    "MATCH (h)-[x:HOLDS]->(p:Patent) RETURN h.id + '|' + p.id + '|' + coalesce(toString(x.from), '') + '|' + coalesce(toString(x.until), '') + '|' + x.via AS l",
  );
  return rows.map((r) => r.l).sort();
}

// Three imports through a CLI and the checks take minutes when the machine is busy.
describe('an import killed halfway', () => {
  it('completes on a re-run with nothing lost and nothing twice, as an uninterrupted import would', async () => {
    const expected = await bundleRowChecksums(bundle);
    const files = Object.keys(expected);

    // Killed while it writes the rows after the patents (applicants, inventors, trades, …).
    const killed = await importCli((out) => /^\s+patents\.csv\s+\d+ rows .*rows\/s$/m.test(out.split('importing into')[1] ?? ''));
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stdout).not.toMatch(/^imported /m);
    const partial = await shape();
    expect(partial.labels.Patent).toBe(expected['patents.csv']!.lines);
    // It really stopped halfway: the trades were not all written.
    expect(partial.labels.Transaction).toBeLessThan(expected['transactions.csv']!.lines);
    const [interrupted] = await graph.read<{ status: string; id: string }>('MATCH (r:ImportRun) RETURN r.status AS status, r.id AS id');
    expect(interrupted!.status).toBe('running');

    const rerun = await importCli();
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/^imported /m);

    // Nothing twice: one node per id, and per file the graph's lines are the bundle's lines.
    const after = await shape();
    expect(after.duplicateIds).toEqual([]);
    expect(await graphRowChecksums(graph, files)).toEqual(expected);
    // Counts the rows imply.
    expect(after.labels).toMatchObject({
      Region: expected['regions.csv']!.lines,
      Organization: expected['organizations.csv']!.lines,
      Person: expected['persons.csv']!.lines,
      Patent: expected['patents.csv']!.lines,
      Transaction: expected['transactions.csv']!.lines,
      Policy: expected['policies.csv']!.lines,
      Provision: expected['provisions.csv']!.lines,
    });
    expect(after.types).toMatchObject({
      APPLIED_FOR: expected['applicants.csv']!.lines,
      INVENTED: expected['inventors.csv']!.lines,
      CITES: expected['citations.csv']!.lines,
      OWNS: expected['equity.csv']!.lines,
      OFFICER_OF: expected['positions.csv']!.lines,
      HAS_PROVISION: expected['provisions.csv']!.lines,
      FROM_PARTY: expected['transactions.csv']!.lines,
      TO_PARTY: expected['transactions.csv']!.lines,
    });

    // The runs: the recorded checksum is the bundle's, and the interrupted run is marked resumed by the new one.
    const runs = await graph.read<{ id: string; status: string; sha: string; resumedBy: string | null }>(
      'MATCH (r:ImportRun) RETURN r.id AS id, r.status AS status, r.bundle_sha256 AS sha, r.resumed_by AS resumedBy ORDER BY r.started',
    );
    const onDisk = await bundleChecksum(bundle);
    expect(runs.map((r) => r.sha)).toEqual([onDisk, onDisk]);
    expect(runs.map((r) => r.status)).toEqual(['resumed', 'complete']);
    expect(runs[0]!.resumedBy).toBe(runs[1]!.id);

    // The same graph as an import that was never interrupted, derived holdings included.
    const resumedHoldings = await holdings();
    await graph.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
    await importBundle({ graph, dir: bundle });
    const clean = await shape();
    expect({ labels: after.labels, types: after.types }).toEqual({ labels: clean.labels, types: clean.types });
    expect(resumedHoldings).toEqual(await holdings());
  }, 600_000);
});
