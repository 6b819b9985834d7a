import type { Handle, RequestEvent } from '@sveltejs/kit';
import { loadConfig } from '../graph/config.ts';
import { LANG_COOKIE, htmlLang, pickLang } from './lib/i18n/index.ts';

// The browser talks to /graphql on this server; we pass it to the API, so the page is
// same-origin (no CORS) and the API's address stays a server setting.
const API_URL = apiUrl();
const PROXY_TIMEOUT_MS = 120_000;

function apiUrl(): string {
  const { api } = loadConfig();
  // An API listening on every interface is reached on loopback.
  const host = !api.host || api.host === '0.0.0.0' || api.host === '::' ? '127.0.0.1' : api.host;
  return `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${api.port}/graphql`;
}

function unavailable(reason: string): Response {
  const body = { errors: [{ message: `the API at ${API_URL} is not reachable (${reason})`, extensions: { code: 'API_UNAVAILABLE' } }] };
  return new Response(JSON.stringify(body), { status: 502, headers: { 'content-type': 'application/json' } });
}

async function proxyGraphQL(event: RequestEvent): Promise<Response> {
  const { request } = event;
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const headers: Record<string, string> = { accept: request.headers.get('accept') ?? 'application/json' };
  const type = request.headers.get('content-type');
  if (type) headers['content-type'] = type;
  try {
    const res = await fetch(API_URL + event.url.search, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      signal: AbortSignal.timeout(PROXY_TIMEOUT_MS),
    });
    return new Response(res.body, {
      status: res.status,
      headers: { 'content-type': res.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' },
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
    return unavailable(String(cause));
  }
}

export const handle: Handle = async ({ event, resolve }) => {
  if (event.url.pathname === '/graphql') return proxyGraphQL(event);
  const lang = pickLang({ cookie: event.cookies.get(LANG_COOKIE), acceptLanguage: event.request.headers.get('accept-language') });
  event.locals.lang = lang;
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%ipatlas.lang%', htmlLang(lang)) });
};
