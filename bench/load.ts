import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Hex } from '../api/access/auth-file.ts';
import autocannon from 'autocannon';
import { loadNeo4jConfig } from '../graph/config.ts';
import { loadApiConfig } from '../api/http/config.ts';
import { connectApiGraph } from '../api/database/api-driver.ts';
import { startApiProcess } from './api-process.ts';
import { benchDatabase, type BenchDatabase } from './bench-database.ts';
import { fmt } from './format.ts';
import { codeList, countCodes, reportFault, type Outcome } from './fault-report.ts';
import { latency, ms } from './latency.ts';
import { loadMix, requestPicker, sampleLoadInputs, type FieldLoad } from './load-mix.ts';

// `npm run bench -- load [--scale S] [--connections N] [--duration SECONDS] [--warmup SECONDS] [--tokens FILE | --local] [--fault]`:
// autocannon drives a weighted mix of the API's root fields over loopback, N connections for a
// fixed time, and reports req/s, latency percentiles and every failed answer by its code (a non-200
// status, or a 200 whose JSON has `errors`). As in production, access control is on: an AUTH_FILE
// of N supervisors (the mix includes the related-party monitor), one per connection, so tokens are
// checked, per-user rate limits apply and the audit log is written; --local runs the API as the
// single local user instead, and --tokens FILE sends the given tokens to an API with the AUTH_FILE
// of the environment. With --fault the bench owns its Neo4j, stops it a
// third of the way in and starts it again DOWN_SECONDS later, and reports the errors before,
// during and after the outage. Before the measured run, --warmup seconds (20 by default) of the
// same load are run and reported on one line of their own.

export interface LoadBenchOptions {
  scale: number;
  seed: number;
  connections?: number;
  duration?: number;
  /** Seconds of the same load before the measured run, reported apart (a fresh Neo4j's JVM is still compiling). */
  warmup?: number;
  fault?: boolean;
  /** A file of bearer tokens, one a line: connection i sends tokens[i mod n]. */
  tokens?: string;
  /** No AUTH_FILE: the API's single local user. */
  local?: boolean;
  /** The import part: Neo4j's offline importer instead of the online import. */
  bulk?: boolean;
}

/** An AUTH_FILE of `n` supervisors in a temporary folder, their tokens, and where the audit log goes. */
function benchUsers(n: number): { tokens: string[]; env: Record<string, string>; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ipatlas-load-users-'));
  const tokens = Array.from({ length: n }, () => randomBytes(24).toString('base64url'));
  const authFile = join(dir, 'users.json');
  writeFileSync(authFile, JSON.stringify(tokens.map((t, i) => ({ name: `load-${i + 1}`, role: 'supervisor', tokenSha256: sha256Hex(t) }))));
  return { tokens, env: { AUTH_FILE: authFile, AUDIT_LOG: join(dir, 'audit.log') }, dir };
}

const DOWN_SECONDS = 10;
/** Long enough after ready to see whether throughput is back within its target, and then some. */
const AFTER_READY_MS = 40_000;
/** A fresh Neo4j answers the mix at about half speed for its first 15 s or so, while its JVM compiles. */
const DEFAULT_WARMUP_S = 20;
/** Longer than the API's own query limit, so a slow answer shows as the API's TIMEOUT, not a dropped socket. */
const CLIENT_TIMEOUT_S = 30;

/**
 * The headers each connection sends. The hook for access control: with an AUTH_FILE of users,
 * each connection carries its own user's token, so per-client limits see 50 clients, not one.
 */
export function connectionHeaders(tokens: readonly string[]): (connection: number) => Record<string, string> {
  return (connection) => ({
    'content-type': 'application/json',
    ...(tokens.length > 0 ? { authorization: `Bearer ${tokens[connection % tokens.length]}` } : {}),
  });
}

function readTokens(file: string | undefined): string[] {
  if (!file) return [];
  const tokens = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  if (tokens.length === 0) throw new Error(`--tokens ${file} holds no token (one a line)`);
  return tokens;
}

/** The code an answer is counted under: the first error's code, or 'ok'. */
export function answerCode(status: number, body: string): string {
  if (status !== 200) {
    try {
      const code = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
      return code ? `HTTP ${status} ${code}` : `HTTP ${status}`;
    } catch {
      return `HTTP ${status}`;
    }
  }
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
    if (parsed.errors && parsed.errors.length > 0) return parsed.errors[0]!.extensions?.code ?? 'UNCODED_ERROR';
    return 'ok';
  } catch {
    return 'UNREADABLE_JSON';
  }
}

export async function benchLoad(opts: LoadBenchOptions): Promise<void> {
  const connections = opts.connections ?? 50;
  const duration = opts.duration ?? 60;
  const warmup = opts.warmup ?? DEFAULT_WARMUP_S;
  if (!(warmup >= 0)) throw new Error(`--warmup must be 0 or more seconds, got ${opts.warmup}`);
  if (!Number.isInteger(connections) || connections < 1) throw new Error(`--connections must be a whole number ≥ 1, got ${opts.connections}`);
  if (!(duration >= 3)) throw new Error(`--duration must be at least 3 seconds, got ${opts.duration}`);
  const neo4j = loadNeo4jConfig();
  if (opts.fault && neo4j.uri) {
    throw new Error('--fault stops and restarts Neo4j, so it runs only on a Neo4j it starts itself: unset NEO4J_URI');
  }
  if (opts.fault && duration < 3 * DOWN_SECONDS) throw new Error(`--fault needs --duration of at least ${3 * DOWN_SECONDS} s, got ${duration}`);
  const users = opts.tokens || opts.local ? null : benchUsers(connections);
  const tokens = users ? users.tokens : readTokens(opts.tokens);
  const access = users ? `access control on: ${connections} supervisors, one per connection` : opts.local ? 'local user, no AUTH_FILE' : `${tokens.length} tokens from ${opts.tokens}`;
  console.log(`\n== load${opts.fault ? ' --fault' : ''} (scale ${opts.scale}, seed ${opts.seed}, ${connections} connections, ${duration} s, ${access})`);

  const db = await benchDatabase({ neo4j, scale: opts.scale, seed: opts.seed, memory: { heapMb: 2048, pagecacheMb: 1024, txMemoryMb: 1024 } });
  const graph = connectApiGraph({ neo4j, api: loadApiConfig(), uri: db.uri });
  let api: Awaited<ReturnType<typeof startApiProcess>> | null = null;
  try {
    const inputs = await sampleLoadInputs(graph, opts.seed);
    await graph.close();
    const mix = loadMix(inputs);
    printMix(mix);
    // The API's own account of any internal error: the bench shows the first few with the figures.
    const apiErrors: string[] = [];
    api = await startApiProcess(db.uri, { env: users?.env ?? {}, onLog: (line) => /"level":(50|60)/.test(line) && apiErrors.push(line) });
    await warm(api.url, mix, connectionHeaders(tokens)(0));
    if (warmup > 0) {
      const w = await drive({ url: api.url, mix, seed: opts.seed + 1, connections, duration: warmup, headers: connectionHeaders(tokens) });
      const l = answeredLatency(w.outcomes);
      console.log(
        `warm-up, not counted below: ${fmt(w.outcomes.length)} answers in ${warmup} s at ${connections} connections: ${fmt(w.outcomes.length / w.seconds)} req/s, ` +
          `p50 ${l.median.toFixed(0)} ms, p99 ${l.p99.toFixed(0)} ms, errors ${fmt(w.outcomes.filter((x) => x.code !== 'ok').length)} (${codeList(countCodes(w.outcomes))})`,
      );
    }
    const run = await drive({ url: api.url, mix, seed: opts.seed, connections, duration, headers: connectionHeaders(tokens), db: opts.fault ? db : undefined });
    report(run.outcomes, run.requestsPerSecond, run.seconds);
    if (run.fault) reportFault(run.outcomes, run.fault);
    const apiExit = api.exited();
    console.log(apiExit ? `!! the API process ${api.pid} ended during the run (${apiExit})` : `API process ${api.pid} served the whole run without a restart`);
    if (users) console.log(`audit log: ${auditLines(users.env.AUDIT_LOG!)} lines written`);
    console.log(`API error log lines: ${apiErrors.length}`);
    for (const line of apiErrors.slice(0, 5)) console.log(`  ${line.slice(0, 600)}`);
  } finally {
    await api?.stop();
    await graph.close();
    await db.close();
    if (users) rmSync(users.dir, { recursive: true, force: true });
  }
}

function printMix(mix: readonly FieldLoad[]): void {
  const total = mix.reduce((s, f) => s + f.weight, 0);
  console.log(`mix: ${mix.map((f) => `${f.name} ${Math.round((100 * f.weight) / total)} %`).join(', ')}`);
  console.log(`inputs: ${mix.map((f) => `${f.name} ${f.inputs.length}`).join(', ')}`);
}

/** Each field once with a few inputs, so plans are cached before the clock runs; a malformed query stops the bench. */
async function warm(url: string, mix: readonly FieldLoad[], headers: Record<string, string>): Promise<void> {
  for (const f of mix) {
    for (const variables of f.inputs.slice(0, 3)) {
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: f.query, variables }) });
      const code = answerCode(res.status, await res.text());
      if (code === 'GRAPHQL_VALIDATION_FAILED' || code.startsWith('HTTP 400')) throw new Error(`the ${f.name} request is not valid GraphQL for this API (${code})`);
    }
  }
}

export interface DriveResult {
  outcomes: Outcome[];
  requestsPerSecond: number;
  seconds: number;
  fault?: { stopAt: number; readyAt: number };
}

/** autocannon over `mix` for `duration` seconds (with `db`: the fault run); every answer's field, times and code. */
export async function drive(o: {
  url: string;
  mix: readonly FieldLoad[];
  seed: number;
  connections: number;
  duration: number;
  headers: (connection: number) => Record<string, string>;
  db?: BenchDatabase;
}): Promise<DriveResult> {
  const outcomes: Outcome[] = [];
  const pick = requestPicker(o.mix, o.seed);
  let t0 = performance.now();
  const now = () => performance.now() - t0;
  let nextConnection = 0;
  interface Sent {
    field?: string;
    sentAt?: number;
  }
  let finished!: (r: autocannon.Result) => void;
  let failed!: (e: Error) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  const instance = autocannon({
    url: o.url,
    connections: o.connections,
    // A fault run ends itself: Neo4j's stop and start take their own time under load.
    duration: o.db ? o.duration * 20 : o.duration,
    timeout: CLIENT_TIMEOUT_S,
    method: 'POST',
    // Each connection gets its own headers once; every request then carries them.
    setupClient: (client) => client.setHeaders(o.headers(nextConnection++)),
    requests: [
      {
        method: 'POST',
        // The context lives from building a request to its answer (one request in flight per connection).
        setupRequest: (req, context: Sent) => {
          const { field, variables } = pick();
          context.field = field.name;
          context.sentAt = now();
          return { ...req, body: JSON.stringify({ query: field.query, variables }) };
        },
        onResponse: (status, body, context: Sent) => {
          outcomes.push({ field: context.field ?? '?', sentAt: context.sentAt ?? 0, at: now(), code: answerCode(status, body) });
        },
      },
    ],
  }, (err, result) => (err ? failed(err as Error) : finished(result)));
  instance.on('reqError', (err: Error & { code?: string }) => {
    // autocannon gives up on a request CLIENT_TIMEOUT_S after sending it (one in flight per connection).
    const sentAt = err.message === 'request timed out' ? now() - CLIENT_TIMEOUT_S * 1000 : now();
    outcomes.push({ field: '?', sentAt, at: now(), code: `SOCKET ${err.code ?? err.message}` });
  });
  instance.on('start', () => {
    t0 = performance.now();
  });

  let fault: DriveResult['fault'];
  let faultDone: Promise<void> = Promise.resolve();
  if (o.db) {
    const embedded = o.db.embedded!;
    faultDone = (async () => {
      await sleep((o.duration * 1000) / 3);
      const stopAt = now();
      console.log(`  ${(stopAt / 1000).toFixed(1)} s: stopping Neo4j`);
      await embedded.stop();
      console.log(`  ${(now() / 1000).toFixed(1)} s: Neo4j stopped; starting it again in ${DOWN_SECONDS} s`);
      await sleep(DOWN_SECONDS * 1000);
      await embedded.start();
      const readyAt = now();
      console.log(`  ${(readyAt / 1000).toFixed(1)} s: Neo4j ready again`);
      fault = { stopAt, readyAt };
      // As long again after the restart as before the stop, long enough to see the recovery's
      // targets, and at least the asked duration in all.
      await sleep(Math.max(o.duration * 1000 - now(), stopAt, AFTER_READY_MS));
      instance.stop();
    })();
  }
  const result = await done;
  await faultDone;
  const seconds = now() / 1000;
  outcomes.sort((a, b) => a.at - b.at);
  return { outcomes, requestsPerSecond: result.requests.average, seconds, fault };
}

const sleep = (msec: number) => new Promise((r) => setTimeout(r, msec));

function report(outcomes: readonly Outcome[], autocannonRps: number, seconds: number): void {
  const all = answeredLatency(outcomes);
  const failed = outcomes.filter((x) => x.code !== 'ok').length;
  console.log(
    `${fmt(outcomes.length)} answers in ${seconds.toFixed(0)} s: ${fmt(outcomes.length / seconds)} req/s (autocannon's mean ${fmt(autocannonRps)}); ` +
      `latency p50 ${all.median.toFixed(1)} ms, p95 ${all.p95.toFixed(1)} ms, p99 ${all.p99.toFixed(1)} ms   (target at scale 1: 0 errors, p99 ≤ 500 ms)`,
  );
  console.log(`errors: ${fmt(failed)} (${codeList(countCodes(outcomes))})`);
  console.log(`${'field'.padEnd(22)}${'answers'.padStart(8)}${'errors'.padStart(8)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}`);
  const byField = new Map<string, Outcome[]>();
  for (const x of outcomes) (byField.get(x.field) ?? byField.set(x.field, []).get(x.field)!).push(x);
  for (const [field, xs] of [...byField].sort((a, b) => b[1].length - a[1].length)) {
    const l = latency(xs.map((x) => x.at - x.sentAt));
    console.log(`${field.padEnd(22)}${fmt(xs.length).padStart(8)}${fmt(xs.filter((x) => x.code !== 'ok').length).padStart(8)}${ms(l.median).padStart(8)}${ms(l.p95).padStart(8)}${ms(l.p99).padStart(8)}`);
  }
}

/** The latency of every request that got an answer (a dropped socket got none). */
export function answeredLatency(outcomes: readonly Outcome[]): ReturnType<typeof latency> {
  return latency(outcomes.filter((x) => !x.code.startsWith('SOCKET')).map((x) => x.at - x.sentAt));
}

function auditLines(file: string): number {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).length : 0;
}
