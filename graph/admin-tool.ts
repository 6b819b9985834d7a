import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { javaCommand } from './config.ts';
import { LAUNCHER_CLASSPATH, buildLauncher } from './embedded-server.ts';

// Neo4j's own admin commands (neo4j-admin), run from the jars the embedded launcher is built
// from: the offline importer and the dump that ships a store to another server. Both work on a
// DBMS home folder that no running Neo4j holds.

export class AdminToolError extends Error {}

export interface AdminRun {
  seconds: number;
  output: string;
  /** Peak resident memory of the admin JVM, from the kernel's accounting of the child. */
  peakRssMb: number | null;
}

/** The importer's input: a node file with the labels of all its rows, or a relationship file with its type (or a :TYPE column). */
export interface NodeInput {
  labels?: readonly string[];
  file: string;
}
export interface RelationshipInput {
  type?: string;
  file: string;
}

export interface ImportFullOptions {
  home: string;
  nodes: readonly NodeInput[];
  relationships: readonly RelationshipInput[];
  /** Quoted cells may hold line breaks: slower parsing, so only when some cell does. */
  multilineFields: boolean;
  heapMb?: number;
  log?: (line: string) => void;
}

export interface ImportFullReport extends AdminRun {
  nodes: number;
  relationships: number;
  properties: number;
}

function prepareHome(home: string): void {
  // An empty neo4j.conf: the admin tool reads its settings from the home it is given, never from ~ or /etc.
  mkdirSync(join(home, 'conf'), { recursive: true });
  writeFileSync(join(home, 'conf', 'neo4j.conf'), '');
}

const STAGE_LINE = /^(\(\d\/\d\) |IMPORT DONE|Peak memory usage| {2}\d+ (nodes|relationships|properties)$)/;

function runAdmin(home: string, args: readonly string[], heapMb: number, log: (line: string) => void): Promise<AdminRun> {
  buildLauncher(log);
  prepareHome(home);
  const started = performance.now();
  return new Promise((resolveRun, reject) => {
    const child = spawn(javaCommand(), [`-Xmx${heapMb}m`, '-XX:+UseG1GC', '-Dfile.encoding=UTF-8', '-cp', LAUNCHER_CLASSPATH, 'org.neo4j.cli.AdminTool', ...args], {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let peakRssMb: number | null = null;
    // The kernel keeps the child's high-water mark only while it lives: sample it.
    const sampler = setInterval(() => {
      const now = rssHighWaterMb(child.pid);
      if (now !== null) peakRssMb = Math.max(peakRssMb ?? 0, now);
    }, 250);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      // The stage lines and the totals; the progress dots would flood a terminal.
      for (const line of text.split('\n')) if (STAGE_LINE.test(line)) log(line.trim());
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (err) => {
      clearInterval(sampler);
      reject(new AdminToolError(`could not start Java (${javaCommand()}): ${err.message}`));
    });
    child.once('exit', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolveRun({ seconds, output, peakRssMb });
      else reject(new AdminToolError(`neo4j-admin ${args.slice(0, 3).join(' ')} failed (exit ${code}): ${lastLines(output)}`));
    });
  });
}

/** A live process's peak resident memory (VmHWM), in MB; null when it cannot be read. */
export function rssHighWaterMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

function lastLines(output: string): string {
  const lines = output.split('\n').filter((l) => l.trim() !== '' && !/^[.\-\s]+\d+%/.test(l));
  const error = lines.find((l) => /Exception|Error|error:/.test(l));
  return (error ? [error, ...lines.slice(-6)] : lines.slice(-8)).join('\n');
}

const count = (output: string, what: string): number => {
  const m = new RegExp(`^\\s*(\\d+) ${what}$`, 'm').exec(output);
  return m ? Number(m[1]) : 0;
};

/**
 * Builds database "neo4j" in an empty home folder with `neo4j-admin database import full`.
 * Every reference must resolve and every id be unique: the bundle was validated before, so a
 * bad row here is a bug and fails the load instead of being skipped.
 */
export async function importFull(opts: ImportFullOptions): Promise<ImportFullReport> {
  const args = [
    'database',
    'import',
    'full',
    'neo4j',
    ...opts.nodes.map((n) => `--nodes=${n.labels?.length ? `${n.labels.join(':')}=` : ''}${n.file}`),
    ...opts.relationships.map((r) => `--relationships=${r.type ? `${r.type}=` : ''}${r.file}`),
    `--multiline-fields=${opts.multilineFields}`,
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    '--array-delimiter=;',
    '--id-type=string',
    `--report-file=${join(opts.home, 'import.report')}`,
  ];
  const run = await runAdmin(opts.home, args, opts.heapMb ?? 2048, opts.log ?? (() => {}));
  return { ...run, nodes: count(run.output, 'nodes'), relationships: count(run.output, 'relationships'), properties: count(run.output, 'properties') };
}

/** Writes database "neo4j" of a stopped home folder to DIR/neo4j.dump, for `neo4j-admin database load` or Aura's import. */
export async function dumpDatabase(home: string, toDir: string, log: (line: string) => void = () => {}): Promise<AdminRun> {
  mkdirSync(toDir, { recursive: true });
  return runAdmin(home, ['database', 'dump', 'neo4j', `--to-path=${toDir}`, '--overwrite-destination=true'], 1024, log);
}

/** Replaces database "neo4j" of a stopped home folder with DIR/neo4j.dump. */
export async function loadDump(home: string, fromDir: string, log: (line: string) => void = () => {}): Promise<AdminRun> {
  return runAdmin(home, ['database', 'load', 'neo4j', `--from-path=${fromDir}`, '--overwrite-destination=true'], 1024, log);
}
