import { parseArgs } from 'node:util';
import { benchApi } from './api.ts';
import { benchConvert } from './convert.ts';
import { benchImport } from './import.ts';
import { benchLicensees } from './licensees.ts';
import { benchPolicies } from './policies.ts';
import { benchRelatedParty } from './related-party.ts';
import { benchWeb } from './web.ts';

// Figures and ratios only: a benchmark never passes or fails.
const PARTS: Record<string, (o: { scale: number; seed: number }) => Promise<void>> = {
  import: benchImport,
  api: benchApi,
  web: benchWeb,
  convert: benchConvert,
  'related-party': benchRelatedParty,
  licensees: benchLicensees,
  policies: benchPolicies,
};

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { scale: { type: 'string', default: '1' }, seed: { type: 'string', default: '1' } },
  });
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  if (!(scale > 0)) throw new Error(`--scale must be a positive number, got ${values.scale}`);
  const parts = positionals.length > 0 ? positionals : Object.keys(PARTS);
  for (const part of parts) {
    const run = PARTS[part];
    if (!run) throw new Error(`unknown part "${part}"; parts: ${Object.keys(PARTS).join(', ')}`);
    await run({ scale, seed });
  }
}

main().catch((err: Error) => {
  console.error(`bench: ${err.message}`);
  process.exit(1);
});
