import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// `npm run eval [-- JOB [options]]`: the quality of a job's ranking on held-out data. Each job is
// bench/eval/<job>.ts exporting `evaluate(args)`; with no job, every job runs with its defaults.
// Like the benchmarks, an evaluation prints figures and never passes or fails.

export type Evaluate = (args: string[]) => Promise<void>;

const HERE = fileURLToPath(new URL('.', import.meta.url));

function jobs(): string[] {
  return readdirSync(HERE)
    .filter((name) => name.endsWith('.ts') && name !== 'run.ts' && !name.endsWith('.spec.ts') && !name.startsWith('_'))
    .map((name) => name.slice(0, -3))
    .sort();
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // A first argument that is not an option names the job; its options follow it.
  const named = argv[0] !== undefined && !argv[0].startsWith('-');
  const names = named ? [argv[0]!] : jobs();
  const args = named ? argv.slice(1) : argv;
  for (const name of names) {
    if (!existsSync(`${HERE}${name}.ts`)) throw new Error(`unknown job "${name}"; jobs: ${jobs().join(', ') || 'none yet'}`);
    const { evaluate } = (await import(`./${name}.ts`)) as { evaluate: Evaluate };
    await evaluate(args);
  }
}

main().catch((err: Error) => {
  console.error(`eval: ${err.message}`);
  process.exit(1);
});
