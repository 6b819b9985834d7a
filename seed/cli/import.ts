import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadNeo4jConfig } from '../../graph/config.ts';
import { openDatabase } from '../../graph/database.ts';
import { validateBundle, formatProblem } from '../validate.ts';
import { BundleInvalidError, importBundle } from '../import/index.ts';
import { knownIdsIn } from '../import/known-ids.ts';
import { applySchema } from '../../graph/schema.ts';
import { BulkRefusedError, bulkLoad } from '../bulk/index.ts';
import type { ValidationReport } from '../validate.ts';

const USAGE = 'usage: npm run seed:import -- DIR [--validate-only] [--batch-size N] [--bulk [--replace]]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'validate-only': { type: 'boolean' },
      'batch-size': { type: 'string' },
      bulk: { type: 'boolean' },
      replace: { type: 'boolean' },
      help: { type: 'boolean' },
    },
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
  if (values.replace && !values.bulk) {
    console.error('seed:import: --replace goes with --bulk (an online import adds to the database and never replaces it)');
    return 2;
  }
  // The bulk load validates as it reads the bundle once.
  if (values.bulk && !values['validate-only']) return bulk(dir, values.replace ?? false);
  if (values['validate-only']) {
    // Without a database, references the bundle does not define are problems: checked as a whole bundle.
    console.log(`validating ${dir} on its own…`);
    const report = await validateBundle(dir);
    return report.ok ? valid(report) : invalid(dir, report);
  }
  const batchSize = values['batch-size'] ? Number(values['batch-size']) : undefined;
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
    console.error('seed:import: --batch-size must be a whole number ≥ 1');
    return 2;
  }
  const db = await openDatabase(loadNeo4jConfig());
  try {
    // A delta may refer to what the database holds already: what the bundle does not define is looked up there.
    console.log(`validating ${dir} against ${db.uri}…`);
    await applySchema(db.graph);
    const report = await validateBundle(dir, { known: knownIdsIn(db.graph) });
    if (!report.ok) return invalid(dir, report);
    valid(report);
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

function valid(report: ValidationReport): number {
  for (const f of report.files.filter((f) => f.present)) console.log(`  ${f.file.padEnd(18)} ${String(f.rows).padStart(9)} rows`);
  console.log(`valid (${report.seconds.toFixed(1)} s)`);
  return 0;
}

function invalid(dir: string, report: ValidationReport): number {
  for (const p of report.problems) console.error(formatProblem(p));
  const hidden = report.problemCount - report.problems.length;
  if (hidden > 0) console.error(`… and ${hidden} more problem(s)`);
  console.error(`seed:import: ${report.problemCount} problem(s) in ${dir}; nothing was imported`);
  return 1;
}

async function bulk(dir: string, replace: boolean): Promise<number> {
  const config = loadNeo4jConfig();
  try {
    console.log(`validating ${dir} and building a new database for ${config.embedded.dataDir} with Neo4j's importer…`);
    const s = await bulkLoad({ config, dir, replace, log: (l) => console.log('  ' + l) });
    for (const st of s.stages) console.log(`  ${st.name.padEnd(28)} ${st.seconds.toFixed(1).padStart(7)} s`);
    console.log(
      `loaded ${s.bundleRows.toLocaleString('en-US')} rows in ${s.seconds.toFixed(1)} s (${Math.round(s.rowsPerSecond).toLocaleString('en-US')} rows/s): ` +
        `${s.importer.nodes.toLocaleString('en-US')} nodes, ${s.importer.relationships.toLocaleString('en-US')} relationships; swapped into ${s.dataDir}` +
        (s.restarted ? ' and the background Neo4j restarted on it' : ''),
    );
    return 0;
  } catch (err) {
    if (err instanceof BundleInvalidError) return invalid(dir, err.report);
    if (err instanceof BulkRefusedError) {
      console.error(`seed:import: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`seed:import: ${err.message}`);
    process.exit(1);
  },
);
