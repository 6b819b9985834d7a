import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection } from 'node:net';
import { PROJECT_ROOT, javaCommand, type EmbeddedNeo4jConfig } from './config.ts';
import neo4j from 'neo4j-driver';
import { newestChange } from './newest-change.ts';

const LAUNCHER_DIR = join(PROJECT_ROOT, 'graph', 'embedded');
const LAUNCHER_JAR = join(LAUNCHER_DIR, 'target', 'ipatlas-embedded-neo4j-1.0.0.jar');
const LAUNCHER_LIB = join(LAUNCHER_DIR, 'target', 'lib');
const READY = 'IPATLAS_NEO4J_READY';
const START_TIMEOUT_MS = 180_000;

export class EmbeddedStartError extends Error {}

export function launcherIsBuilt(): boolean {
  if (!existsSync(LAUNCHER_JAR) || !existsSync(LAUNCHER_LIB)) return false;
  const sources = Math.max(newestChange(join(LAUNCHER_DIR, 'pom.xml')), newestChange(join(LAUNCHER_DIR, 'src')));
  return statSync(LAUNCHER_JAR).mtimeMs >= sources;
}

/** Builds the launcher with Maven: offline first (jars cached), online when something is missing. */
export function buildLauncher(log: (line: string) => void = console.log): void {
  if (launcherIsBuilt()) return;
  log('building the embedded Neo4j launcher (Maven)…');
  const run = (offline: boolean) =>
    spawnSync('mvn', ['-q', '-B', ...(offline ? ['-o'] : []), 'package'], {
      cwd: LAUNCHER_DIR,
      encoding: 'utf8',
      env: process.env,
    });
  let result = run(true);
  if (result.status !== 0) {
    log('Maven offline build lacked jars; fetching them from Maven Central…');
    result = run(false);
  }
  if (result.error) throw new EmbeddedStartError(`could not run Maven (mvn): ${result.error.message}; install Maven 3 and Java 17+`);
  if (result.status !== 0) {
    throw new EmbeddedStartError(`Maven build of graph/embedded failed:\n${(result.stdout + result.stderr).slice(-4000)}`);
  }
}

/** The launcher's classpath: its jar and every Neo4j jar beside it (admin tools included). */
export const LAUNCHER_CLASSPATH = `${LAUNCHER_JAR}:${LAUNCHER_LIB}/*`;

function javaArgs(cfg: EmbeddedNeo4jConfig, exitWithStdin: boolean): string[] {
  return [
    `-Xms${Math.min(cfg.heapMb, 1024)}m`,
    `-Xmx${cfg.heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '-cp',
    LAUNCHER_CLASSPATH,
    'ipatlas.embedded.EmbeddedNeo4j',
    '--data',
    cfg.dataDir,
    '--port',
    String(cfg.boltPort),
    '--tx-timeout',
    String(cfg.txTimeoutSeconds),
    '--pagecache',
    String(cfg.pagecacheMb),
    '--tx-memory',
    String(cfg.txMemoryMb),
    ...(exitWithStdin ? ['--exit-with-stdin'] : []),
  ];
}

export interface RunningNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts Neo4j as a child of this process and resolves once it accepts Bolt. The child exits
 * with this process (its stdin is our pipe), so a crashed test run leaves nothing behind.
 */
export async function startEmbedded(
  cfg: EmbeddedNeo4jConfig,
  log: (line: string) => void = console.log,
): Promise<RunningNeo4j> {
  buildLauncher(log);
  mkdirSync(cfg.dataDir, { recursive: true });
  const child = spawn(javaCommand(), javaArgs(cfg, true), { stdio: ['pipe', 'pipe', 'pipe'] });
  const uri = `bolt://127.0.0.1:${cfg.boltPort}`;
  await waitForReady(child, cfg);
  await waitForBolt(cfg.boltPort);
  await warmCypher(uri);
  return {
    uri,
    pid: child.pid!,
    stop: () => stopChild(child),
  };
}

function waitForReady(child: ChildProcess, cfg: EmbeddedNeo4jConfig): Promise<void> {
  return new Promise((resolveReady, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new EmbeddedStartError(`Neo4j did not start within ${START_TIMEOUT_MS / 1000}s:\n${output.slice(-2000)}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes(READY)) {
        clearTimeout(timer);
        resolveReady();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const firstLine = output.split('\n').find((l) => l.startsWith('embedded-neo4j:')) ?? output.slice(-2000);
      reject(new EmbeddedStartError(`Neo4j exited with code ${code} before it was ready (data ${cfg.dataDir}, port ${cfg.boltPort}): ${firstLine}`));
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new EmbeddedStartError(`could not start Java (${javaCommand()}): ${err.message}; install Java 17+ or set JAVA_HOME`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timeout = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await exited;
  clearTimeout(timeout);
}

/** True once something accepts TCP connections on the port (the READY line means Bolt itself). */
export function portAnswers(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolveAnswer) => {
    const socket = createConnection({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolveAnswer(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * A fresh JVM loads and compiles Cypher's planner on its first queries, which on a busy machine
 * takes longer than a request's time limit: ready means a lookup has run once.
 */
async function warmCypher(uri: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { connectionTimeout: 30_000 });
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.executeRead((tx) => tx.run('MATCH (n) WHERE n.id = $id RETURN n.id LIMIT 1', { id: 'warm-up' }), { timeout: 120_000 });
    await session.executeRead((tx) => tx.run('MATCH (n {id: $id})-[r]-(m) RETURN type(r), m.id LIMIT 10', { id: 'warm-up' }), { timeout: 120_000 });
  } finally {
    await session.close();
    await driver.close();
  }
}

async function waitForBolt(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await portAnswers(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new EmbeddedStartError(`Neo4j said it was ready but port ${port} does not answer`);
}

// ----- background mode for npm run db:start / db:stop / db:status -----

interface PidFile {
  pid: number;
  port: number;
  started: string;
}

const pidPath = (cfg: EmbeddedNeo4jConfig) => join(cfg.dataDir, 'ipatlas-neo4j.pid.json');
export const backgroundLogPath = (cfg: EmbeddedNeo4jConfig) => join(cfg.dataDir, 'launcher.log');

function readPidFile(cfg: EmbeddedNeo4jConfig): PidFile | undefined {
  try {
    return JSON.parse(readFileSync(pidPath(cfg), 'utf8')) as PidFile;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface BackgroundStatus {
  running: boolean;
  pid?: number;
  port?: number;
  boltAnswers: boolean;
  dataDir: string;
}

export async function backgroundStatus(cfg: EmbeddedNeo4jConfig): Promise<BackgroundStatus> {
  const pid = readPidFile(cfg);
  const running = pid !== undefined && isAlive(pid.pid);
  const port = pid?.port ?? cfg.boltPort;
  return { running, pid: running ? pid!.pid : undefined, port, boltAnswers: await portAnswers(port), dataDir: cfg.dataDir };
}

/** Starts Neo4j detached from this process; it keeps running until db:stop. */
export async function startBackground(cfg: EmbeddedNeo4jConfig, log: (line: string) => void = console.log): Promise<BackgroundStatus> {
  const status = await backgroundStatus(cfg);
  if (status.running) {
    log(`Neo4j is already running (pid ${status.pid}, bolt://127.0.0.1:${status.port}, data ${cfg.dataDir})`);
    return status;
  }
  buildLauncher(log);
  mkdirSync(cfg.dataDir, { recursive: true });
  const logFile = backgroundLogPath(cfg);
  const fd = openSync(logFile, 'w');
  const child = spawn(javaCommand(), javaArgs(cfg, false), { detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  child.unref();
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const text = readFileSync(logFile, 'utf8');
    if (text.includes(READY)) {
      writeFileSync(pidPath(cfg), JSON.stringify({ pid: child.pid, port: cfg.boltPort, started: new Date().toISOString() }));
      await waitForBolt(cfg.boltPort);
      return backgroundStatus(cfg);
    }
    if (child.exitCode !== null || !isAlive(child.pid!)) {
      const reason = text.split('\n').find((l) => l.startsWith('embedded-neo4j:')) ?? text.slice(-2000);
      throw new EmbeddedStartError(`Neo4j failed to start: ${reason}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new EmbeddedStartError(`Neo4j did not start within ${START_TIMEOUT_MS / 1000}s; see ${logFile}`);
}

export async function stopBackground(cfg: EmbeddedNeo4jConfig): Promise<boolean> {
  const pid = readPidFile(cfg);
  if (!pid || !isAlive(pid.pid)) {
    rmSync(pidPath(cfg), { force: true });
    return false;
  }
  process.kill(pid.pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isAlive(pid.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isAlive(pid.pid)) process.kill(pid.pid, 'SIGKILL');
  rmSync(pidPath(cfg), { force: true });
  return true;
}
