// npm run seed:generate -- --scale S --out DIR [--seed N]
import { parseArgs } from 'node:util';
import { generateBundle, type GenerateProgress } from '../generate/index.js';

const USAGE = 'usage: npm run seed:generate -- --scale S --out DIR [--seed N]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        scale: { type: 'string', default: '1' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    fail((err as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  if (!(scale > 0) || !Number.isFinite(scale)) fail(`--scale must be a positive number, got ${values.scale}`);
  if (!Number.isInteger(seed)) fail(`--seed must be an integer, got ${values.seed}`);
  if (!values.out) fail('--out DIR is required');

  const started = performance.now();
  let lastPrint = 0;
  const onProgress = (p: GenerateProgress): void => {
    const now = performance.now();
    const finished = p.done === p.total;
    if (!finished && now - lastPrint < 1000) return;
    lastPrint = now;
    if (p.stage === 'done') return;
    const pct = p.total > 0 ? Math.floor((100 * p.done) / p.total) : 100;
    const detail = p.total > 1 ? ` ${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')} (${pct}%)` : finished ? ' done' : '';
    process.stderr.write(`[${((now - started) / 1000).toFixed(1)}s] ${p.stage}${detail}\n`);
  };

  process.stderr.write(`generating scale ${scale}, seed ${seed} into ${values.out}\n`);
  let finished = false;
  // A write stream that never drains would leave nothing to wait on and end the process quietly.
  process.on('exit', (code) => {
    if (!finished && code === 0) {
      process.stderr.write('seed:generate stopped before the bundle was complete\n');
      process.exitCode = 1;
    }
  });
  const { files, seconds } = await generateBundle({ scale, seed, outDir: values.out, onProgress });
  finished = true;
  const total = Object.values(files).reduce((a, b) => a + b, 0);
  const width = Math.max(...Object.keys(files).map((f) => f.length));
  for (const [file, rows] of Object.entries(files)) process.stdout.write(`${file.padEnd(width)}  ${rows.toLocaleString('en-US').padStart(12)}\n`);
  process.stdout.write(`${'total'.padEnd(width)}  ${total.toLocaleString('en-US').padStart(12)} rows in ${seconds.toFixed(2)} s (${Math.round(total / seconds).toLocaleString('en-US')} rows/s)\n`);
  process.stdout.write(`ground truth: ${values.out}/ground-truth/planted-chains.json, look-alikes.json\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`seed:generate failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
