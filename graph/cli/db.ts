import { loadNeo4jConfig } from '../config.ts';
import { backgroundLogPath, backgroundStatus, buildLauncher, startBackground, stopBackground } from '../embedded-server.ts';

const USAGE = 'usage: tsx graph/cli/db.ts start|stop|status|build';

async function main(command: string | undefined): Promise<number> {
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
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`db: ${err.message}`);
    process.exit(1);
  },
);
