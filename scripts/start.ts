import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../graph/config.ts';
import { loadLauncherConfig, type LauncherConfig } from './launcher-config.ts';
import { openDatabase, type OpenDatabase } from '../graph/database.ts';
import { applySchema } from '../graph/schema.ts';
import { graphStats, type GraphStats } from '../graph/queries/stats.ts';
import { generateBundle } from '../seed/generate/index.ts';
import { importBundle } from '../seed/import/index.ts';
import { bulkLoad, storeExists } from '../seed/bulk/index.ts';
import { createLogger } from '../api/http/logging.ts';
import { serveApi } from '../api/http/serve-api.ts';
import { ensureWebBuild, startWebServer } from './web-app.ts';

const DEMO_DIR = join(PROJECT_ROOT, '.generated', 'demo-scale-1');
const DEMO = { scale: 1, seed: 1 };

/** The demo bundle, generated the first time it is needed. */
async function demoBundle(): Promise<string> {
  if (!existsSync(join(DEMO_DIR, 'patents.csv'))) {
    const g = await generateBundle({ ...DEMO, outDir: DEMO_DIR });
    console.log(`generated ${Object.values(g.files as Record<string, number>).reduce((a, b) => a + b, 0).toLocaleString('en-US')} rows in ${g.seconds.toFixed(1)} s → ${DEMO_DIR}`);
  }
  return DEMO_DIR;
}

/** An empty embedded database gets the demo data from Neo4j's offline importer; a server named by NEO4J_URI gets it online. */
async function loadDemo(config: LauncherConfig, db: OpenDatabase | undefined): Promise<void> {
  console.log('the database is empty: loading the scale-1 demo data');
  const dir = await demoBundle();
  if (config.neo4j.uri && db) {
    const s = await importBundle({ graph: db.graph, dir, log: (l) => console.log(`  ${l}`) });
    console.log(`imported ${s.rows.toLocaleString('en-US')} rows in ${s.seconds.toFixed(1)} s (${Math.round(s.rowsPerSecond).toLocaleString('en-US')} rows/s)`);
    return;
  }
  await db?.close();
  // Only just found empty: nothing to refuse.
  const s = await bulkLoad({ config: config.neo4j, dir, replace: true, log: (l) => console.log(`  ${l}`) });
  console.log(`loaded ${s.bundleRows.toLocaleString('en-US')} rows with Neo4j's importer in ${s.seconds.toFixed(1)} s (${Math.round(s.rowsPerSecond).toLocaleString('en-US')} rows/s)`);
}

const isEmpty = (stats: GraphStats) => stats.nodes - (stats.byLabel.ImportRun ?? 0) === 0;

async function main(): Promise<void> {
  const config = loadLauncherConfig();
  const neo4jLog = (l: string) => console.log(`[neo4j] ${l}`);
  // No store at all: build it before anything starts on the folder.
  if (!config.neo4j.uri && !storeExists(config.neo4j.embedded.dataDir)) await loadDemo(config, undefined);
  let db = await openDatabase(config.neo4j, neo4jLog);
  await applySchema(db.graph);
  let stats = await graphStats(db.graph);
  if (isEmpty(stats)) {
    await loadDemo(config, db);
    if (!config.neo4j.uri) db = await openDatabase(config.neo4j, neo4jLog);
    stats = await graphStats(db.graph);
  }
  const opened = db;
  // What runs on top of the database, stopped in reverse order before it.
  const servers: { close(): Promise<void> }[] = [];
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    for (const s of servers.reverse()) await s.close().catch((err: Error) => console.error(`stop: ${err.message}`));
    await opened.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  console.log(`\nIP Atlas graph: ${stats.nodes.toLocaleString('en-US')} nodes, ${stats.relationships.toLocaleString('en-US')} relationships`);
  for (const [label, n] of Object.entries(stats.byLabel).sort()) console.log(`  :${label.padEnd(18)} ${n.toLocaleString('en-US')}`);
  console.log(`\nNeo4j (${db.mode}): ${db.uri}  database "${db.graph.database}"`);

  // The GraphQL API, on its own driver; one JSON log line per request.
  const api = await serveApi({ neo4j: config.neo4j, config: config.api, uri: db.uri, log: createLogger(config.api.logLevel) });
  servers.push(api);
  console.log(`GraphQL API: ${api.url}  (health: ${api.url.replace(/\/graphql$/, '/health')})`);
  console.log(
    config.api.authFile
      ? `access control: users from AUTH_FILE ${config.api.authFile}; sign in on the web app with your token`
      : 'access control: none (no AUTH_FILE): you are the local user with every role, supervisor data included',
  );

  // The web app, built first when build/ is missing or older than web/; it proxies /graphql to the API.
  if ((await ensureWebBuild((l) => console.log(l))) === 'built') console.log('web app built');
  const web = await startWebServer({ port: config.webPort, apiPort: config.api.port, log: (l) => console.log(`[web] ${l}`) });
  servers.push(web);
  console.log(`\nIP Atlas: ${web.url}\n`);

  console.log(db.mode === 'embedded' ? 'Ctrl-C stops everything.' : 'Ctrl-C stops the servers (Neo4j keeps running).');
}

main().catch((err: Error) => {
  console.error(`start: ${err.message}`);
  process.exit(1);
});
