import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../graph/config.ts';
import { newestChange } from '../graph/newest-change.ts';

// The built web app (SvelteKit + adapter-node): building it when its sources changed and
// running it as a child process. Used by `npm start`, the browser tests and the benchmark.

export const BUILD_DIR = join(PROJECT_ROOT, 'build');
const BUILD_ENTRY = join(BUILD_DIR, 'index.js');
/** What the build is made from. */
const SOURCES = ['web', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

/** Whether `build/` is missing or older than any of its sources. */
export function webBuildIsStale(): boolean {
  if (!existsSync(BUILD_ENTRY)) return true;
  const built = statSync(BUILD_ENTRY).mtimeMs;
  return SOURCES.some((s) => newestChange(join(PROJECT_ROOT, s)) > built);
}

/** Runs `vite build`; the error names the last lines of its output. */
export function buildWeb(log: (line: string) => void = () => {}): Promise<void> {
  const vite = join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolveBuild, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) output.push(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolveBuild();
      else reject(new Error(`vite build failed (exit ${code}):\n${output.slice(-20).join('\n')}`));
    });
    log('building the web app (vite build)…');
  });
}

/** Builds the web app when `build/` is missing or older than its sources. */
export async function ensureWebBuild(log: (line: string) => void = () => {}): Promise<'fresh' | 'built'> {
  if (!webBuildIsStale()) return 'fresh';
  await buildWeb(log);
  return 'built';
}

export interface RunningWeb {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * adapter-node takes a request's origin to be https unless told otherwise, and SvelteKit then
 * refuses the sign-in form posted from http://… as cross-site: the app's own address is its
 * origin, unless ORIGIN (or a proxy's PROTOCOL_HEADER/HOST_HEADER) says where it is published.
 */
function originEnv(url: string): Record<string, string> {
  return process.env.ORIGIN || process.env.PROTOCOL_HEADER || process.env.HOST_HEADER ? {} : { ORIGIN: url };
}

/** Starts the built app (node build) on host:port, proxying /graphql to the API on apiPort. */
export function startWebServer(opts: { port: number; apiPort: number; host?: string; log?: (line: string) => void }): Promise<RunningWeb> {
  const host = opts.host ?? '127.0.0.1';
  const url = `http://${host}:${opts.port}`;
  if (!existsSync(BUILD_ENTRY)) return Promise.reject(new Error(`${BUILD_ENTRY} is missing: run npm run web:build`));
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, [BUILD_ENTRY], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PORT: String(opts.port), HOST: host, API_PORT: String(opts.apiPort), ...originEnv(url) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let started = false;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        if (!started && line.includes('Listening on')) {
          started = true;
          resolveStart({
            url,
            port: opts.port,
            close: async () => {
              if (child.exitCode === null) child.kill('SIGTERM');
              await exited;
            },
          });
        } else opts.log?.(line);
      }
    };
    child.stdout.on('data', onLine);
    child.stderr.on('data', onLine);
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!started) reject(new Error(`the web server stopped before listening on ${url} (exit ${code}); is port ${opts.port} in use? Set PORT.`));
    });
  });
}
