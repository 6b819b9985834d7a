import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadNeo4jConfig } from '../../graph/config.ts';
import { openDatabase } from '../../graph/database.ts';
import { validateBundle, formatProblem } from '../validate.ts';
import { importBundle } from '../import/index.ts';

const USAGE = 'usage: npm run seed:import -- DIR [--validate-only] [--batch-size N]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'validate-only': { type: 'boolean' }, 'batch-size': { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const dir = resolve(positionals[0]!);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`seed:import: ${dir} is not a folder (${USAGE})`);
    return 2;
  }
  console.log(`validating ${dir}…`);
  const report = await validateBundle(dir);
  for (const f of report.files.filter((f) => f.present)) console.log(`  ${f.file.padEnd(18)} ${String(f.rows).padStart(9)} rows`);
  if (!report.ok) {
    for (const p of report.problems) console.error(formatProblem(p));
    const hidden = report.problemCount - report.problems.length;
    if (hidden > 0) console.error(`… and ${hidden} more problem(s)`);
    console.error(`seed:import: ${report.problemCount} problem(s) in ${dir}; nothing was imported`);
    return 1;
  }
  console.log(`valid (${report.seconds.toFixed(1)} s)`);
  if (values['validate-only']) return 0;

  const batchSize = values['batch-size'] ? Number(values['batch-size']) : undefined;
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
    console.error('seed:import: --batch-size must be a whole number ≥ 1');
    return 2;
  }
  const db = await openDatabase(loadNeo4jConfig());
  try {
    console.log(`importing into ${db.uri} (database "${db.graph.database}")…`);
    const s = await importBundle({ graph: db.graph, dir, validated: report, batchSize, log: (l) => console.log('  ' + l) });
    const c = s.counters;
    console.log(
      `imported ${s.rows.toLocaleString('en-US')} rows in ${s.seconds.toFixed(1)} s (${Math.round(s.rowsPerSecond).toLocaleString('en-US')} rows/s): ` +
        `${c.nodesCreated.toLocaleString('en-US')} nodes and ${c.relationshipsCreated.toLocaleString('en-US')} relationships created, ` +
        `${c.relationshipsDeleted.toLocaleString('en-US')} relationships replaced`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`seed:import: ${err.message}`);
    process.exit(1);
  },
);
