import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../graph/config.ts';
import { freePort } from '../graph/free-port.ts';

/** As `npm run api` runs it (package.json): a young generation large enough that a request's garbage dies young. */
export const API_NODE_FLAGS = ['--max-semi-space-size=64'];

export interface ApiProcess {
  url: string;
  pid: number;
  /** The exit code or signal once the process has ended, else null. */
  exited(): string | null;
  stop(): Promise<void>;
}

export interface ApiProcessOptions {
  /** Added to this process's environment (e.g. an AUTH_FILE). */
  env?: Record<string, string>;
  /** Receives the API's JSON log lines; without it (and `untilWarm`) they go nowhere, still written as in production. */
  onLog?: (line: string) => void;
  /**
   * Return only once the API's start-up warm-up has ended (its log line), so no figure is taken
   * while it runs the job queries beside the requests being timed.
   */
  untilWarm?: boolean;
}

/** The warm-up's last log line, whether it finished or gave up (api/database/warm-up.ts). */
const WARM_UP_ENDED = /"msg":"warm-up(:| did not finish)/;

/**
 * `npm run api` in a child process on a free port, so a bench's clients do not share its event
 * loop.
 */
export async function startApiProcess(uri: string, { env = {}, onLog, untilWarm = false }: ApiProcessOptions = {}): Promise<ApiProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), [...API_NODE_FLAGS, 'api/http/process-entry.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, NEO4J_URI: uri, API_PORT: String(port), API_HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', onLog || untilWarm ? 'pipe' : 'ignore', 'pipe'],
  });
  let warm = !untilWarm;
  if (onLog || untilWarm) {
    let partial = '';
    child.stdout!.on('data', (d: Buffer) => {
      if (!onLog && warm) return;
      const lines = (partial + d.toString('utf8')).split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        if (!line.trim()) continue;
        if (!warm && WARM_UP_ENDED.test(line)) warm = true;
        onLog?.(line);
      }
    });
  }
  let errors = '';
  child.stderr!.on('data', (d: Buffer) => (errors += d.toString()));
  const exited = () => (child.exitCode !== null ? `code ${child.exitCode}` : child.signalCode !== null ? `signal ${child.signalCode}` : null);
  const origin = `http://127.0.0.1:${port}`;
  for (let waited = 0, up = false; ; waited += 200) {
    if (exited()) throw new Error(`the API exited (${exited()}): ${errors.slice(-2000)}`);
    if (waited > 120_000) throw new Error(up ? 'the API did not log the end of its warm-up within 2 minutes' : `the API did not answer on ${origin}/health within 2 minutes`);
    up ||= await fetch(`${origin}/health`).then((r) => r.ok, () => false);
    if (up && warm) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url: `${origin}/graphql`,
    pid: child.pid!,
    exited,
    stop: async () => {
      if (exited()) return;
      const done = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      await done;
    },
  };
}
