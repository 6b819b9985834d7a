import { loadNeo4jConfig } from '../config.ts';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backgroundLogPath, backgroundStatus, buildLauncher, startBackground, stopBackground } from '../embedded-server.ts';
import { dumpDatabase, loadDump } from '../admin-tool.ts';

const USAGE = 'usage: tsx graph/cli/db.ts start|stop|status|build|dump DIR|load DIR';

async function main(command: string | undefined, arg: string | undefined): Promise<number> {
  const config = loadNeo4jConfig();
  const cfg = config.embedded;
  if (config.uri && command !== 'build') {
    console.log(`NEO4J_URI is set (${config.uri}): the embedded Neo4j is not used.`);
    return command === 'status' ? 0 : 1;
  }
  switch (command) {
    case 'build':
      buildLauncher();
      console.log('embedded Neo4j launcher built');
      return 0;
    case 'start': {
      const s = await startBackground(cfg);
      console.log(`Neo4j running: bolt://127.0.0.1:${s.port} (pid ${s.pid}, data ${s.dataDir}, log ${backgroundLogPath(cfg)})`);
      return 0;
    }
    case 'stop': {
      const stopped = await stopBackground(cfg);
      console.log(stopped ? 'Neo4j stopped' : `Neo4j was not running (data ${cfg.dataDir})`);
      return 0;
    }
    case 'status': {
      const s = await backgroundStatus(cfg);
      if (s.running) console.log(`running: pid ${s.pid}, bolt://127.0.0.1:${s.port} ${s.boltAnswers ? 'answers' : 'does NOT answer'}, data ${s.dataDir}`);
      else console.log(`stopped (data ${s.dataDir}${s.boltAnswers ? `; note: something else answers on port ${s.port}` : ''})`);
      return s.running ? 0 : 3;
    }
    case 'dump': {
      if (!arg) {
        console.error('usage: npm run db:dump -- DIR   (writes DIR/neo4j.dump of the embedded database)');
        return 2;
      }
      if ((await backgroundStatus(cfg)).running) {
        console.error('db: the embedded Neo4j is running; a dump needs it stopped (npm run db:stop), then run this again');
        return 1;
      }
      const to = resolve(arg);
      const run = await dumpDatabase(cfg.dataDir, to, (l) => console.log(l));
      console.log(`dumped database "neo4j" of ${cfg.dataDir} to ${to}/neo4j.dump in ${run.seconds.toFixed(1)} s`);
      console.log('load it into a Neo4j 5.26 or newer server with: neo4j-admin database load neo4j --from-path=DIR --overwrite-destination');
      console.log('or upload it to Aura (console: Import database / `aura-cli`); see README, "Past one machine"');
      return 0;
    }
    case 'load': {
      if (!arg || !existsSync(join(resolve(arg), 'neo4j.dump'))) {
        console.error('usage: npm run db:load -- DIR   (DIR holds neo4j.dump, made by npm run db:dump or neo4j-admin database dump)');
        return 2;
      }
      if ((await backgroundStatus(cfg)).running) {
        console.error('db: the embedded Neo4j is running; loading a dump needs it stopped (npm run db:stop), then run this again');
        return 1;
      }
      const run = await loadDump(cfg.dataDir, resolve(arg), (l) => console.log(l));
      console.log(`loaded ${resolve(arg)}/neo4j.dump into ${cfg.dataDir} in ${run.seconds.toFixed(1)} s (it replaced the database there)`);
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`db: ${err.message}`);
    process.exit(1);
  },
);
