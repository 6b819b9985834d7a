// The web server's one setting of its own: where the API is. It reads the same API_HOST and
// API_PORT the API listens on (same defaults), so one environment starts both.

type Env = Record<string, string | undefined>;

export const DEFAULT_API_HOST = '127.0.0.1';
export const DEFAULT_API_PORT = 4000;

/** The API's /graphql URL as the web server reaches it; a bad setting is named in the error. */
export function apiGraphQLUrl(env: Env = process.env): string {
  const host = reachableHost(apiHost(env));
  return `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${apiPort(env)}/graphql`;
}

function apiHost(env: Env): string {
  const raw = env.API_HOST;
  if (raw === undefined || raw === '') return DEFAULT_API_HOST;
  if (!/^[A-Za-z0-9.:\-[\]]+$/.test(raw)) throw new Error(`API_HOST must be a host name or IP address, got "${raw}"`);
  return raw;
}

function apiPort(env: Env): number {
  const raw = env.API_PORT;
  if (raw === undefined || raw === '') return DEFAULT_API_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`API_PORT must be a whole number from 1 to 65535, got "${raw}"`);
  return port;
}

/** An API listening on every interface is reached on loopback. */
function reachableHost(host: string): string {
  return host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
}
