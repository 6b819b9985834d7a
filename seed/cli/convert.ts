import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { convertPatentsView } from '../convert/patentsview.ts';
import { convertUsptoAssignments } from '../convert/uspto-assignments.ts';
import { ConvertError, ConvertReport } from '../convert/report.ts';

const USAGE = [
  'usage: npm run seed:convert -- patentsview DIR OUT',
  '       npm run seed:convert -- uspto-assignments DIR OUT [--patentsview BUNDLE]',
].join('\n');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { patentsview: { type: 'string' }, help: { type: 'boolean' } },
  });
  const [source, dirArg, outArg] = positionals;
  if (values.help || positionals.length !== 3 || !dirArg || !outArg) {
    console.error(USAGE);
    return 2;
  }
  const dir = resolve(dirArg);
  const out = resolve(outArg);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`seed:convert: ${dir} is not a folder\n${USAGE}`);
    return 2;
  }
  const report = new ConvertReport();
  const started = performance.now();
  if (source === 'patentsview') {
    if (values.patentsview) {
      console.error('seed:convert: --patentsview belongs to uspto-assignments');
      return 2;
    }
    await convertPatentsView({ dir, out, report });
  } else if (source === 'uspto-assignments') {
    await convertUsptoAssignments({ dir, out, report, patentsview: values.patentsview ? resolve(values.patentsview) : undefined });
  } else {
    console.error(`seed:convert: unknown source "${source}" (patentsview or uspto-assignments)\n${USAGE}`);
    return 2;
  }
  for (const line of report.summary()) console.log(line);
  const seconds = (performance.now() - started) / 1000;
  const rows = report.totalRead;
  console.log(
    `converted ${rows.toLocaleString('en-US')} source rows in ${seconds.toFixed(1)} s ` +
      `(${Math.round(rows / Math.max(seconds, 1e-3)).toLocaleString('en-US')} rows/s), ` +
      `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
  console.log(`bundle written to ${out} (report in convert-report.json); next: npm run seed:import -- ${outArg}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`seed:convert: ${err instanceof ConvertError ? '' : 'failed: '}${err.message}`);
    process.exit(1);
  },
);
