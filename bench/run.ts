import { parseArgs } from 'node:util';
import { benchApi } from './api.ts';
import { benchConvert } from './convert.ts';
import { benchImport } from './import.ts';
import { benchLicensees } from './licensees.ts';
import { benchLoad, type LoadBenchOptions } from './load.ts';
import { benchPolicies } from './policies.ts';
import { benchRelatedParty } from './related-party.ts';
import { benchWeb } from './web.ts';

/** --scale and --seed for every part; --bulk is the import part's; the rest (--connections, --duration, --warmup, --fault, --tokens, --local) are the load part's. */
export type BenchOptions = LoadBenchOptions;

// Figures and ratios only: a benchmark never passes or fails.
const PARTS: Record<string, (o: BenchOptions) => Promise<void>> = {
  import: benchImport,
  api: benchApi,
  web: benchWeb,
  convert: benchConvert,
  'related-party': benchRelatedParty,
  licensees: benchLicensees,
  policies: benchPolicies,
  load: benchLoad,
};

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      connections: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      fault: { type: 'boolean' },
      tokens: { type: 'string' },
      local: { type: 'boolean' },
      bulk: { type: 'boolean' },
    },
  });
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  if (!(scale > 0)) throw new Error(`--scale must be a positive number, got ${values.scale}`);
  const options: BenchOptions = {
    scale,
    seed,
    connections: values.connections === undefined ? undefined : Number(values.connections),
    duration: values.duration === undefined ? undefined : Number(values.duration),
    warmup: values.warmup === undefined ? undefined : Number(values.warmup),
    fault: values.fault,
    tokens: values.tokens,
    local: values.local,
    bulk: values.bulk,
  };
  const parts = positionals.length > 0 ? positionals : Object.keys(PARTS);
  for (const part of parts) {
    const run = PARTS[part];
    if (!run) throw new Error(`unknown part "${part}"; parts: ${Object.keys(PARTS).join(', ')}`);
    await run(options);
  }
}

main().catch((err: Error) => {
  console.error(`bench: ${err.message}`);
  process.exit(1);
});
