import { intSetting, loadNeo4jConfig, type Env, type Neo4jConfig } from '../graph/config.ts';
import { loadApiConfig, type ApiConfig } from '../api/http/config.ts';

/** What `npm start` runs: Neo4j, the API on API_PORT, and the web app on PORT. */
export interface LauncherConfig {
  neo4j: Neo4jConfig;
  api: ApiConfig;
  webPort: number;
}

export function loadLauncherConfig(env: Env = process.env): LauncherConfig {
  return {
    neo4j: loadNeo4jConfig(env),
    api: loadApiConfig(env),
    webPort: intSetting(env, 'PORT', { fallback: 3000, min: 1, max: 65535 }),
  };
}
