import type { Handle, RequestEvent } from '@sveltejs/kit';
import { API_URL, bearer, TOKEN_COOKIE } from './lib/access/api.server.ts';
import { LANG_COOKIE, htmlLang, pickLang } from './lib/i18n/index.ts';

// The browser talks to /graphql on this server; we pass it to the API, so the page is
// same-origin (no CORS) and the API's address stays a server setting. The signed-in user's
// token travels from its HttpOnly cookie to the API as a bearer header, never through scripts.
const PROXY_TIMEOUT_MS = 120_000;

function unavailable(reason: string): Response {
  const body = { errors: [{ message: `the API at ${API_URL} is not reachable (${reason})`, extensions: { code: 'API_UNAVAILABLE' } }] };
  return new Response(JSON.stringify(body), { status: 502, headers: { 'content-type': 'application/json' } });
}

async function proxyGraphQL(event: RequestEvent): Promise<Response> {
  const { request } = event;
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const token = event.cookies.get(TOKEN_COOKIE);
  const headers: Record<string, string> = { accept: request.headers.get('accept') ?? 'application/json', ...bearer(token) };
  // A script calling the proxy with its own token (no cookie) is passed through as it is.
  const own = request.headers.get('authorization');
  if (!token && own) headers.authorization = own;
  const type = request.headers.get('content-type');
  if (type) headers['content-type'] = type;
  try {
    const res = await fetch(API_URL + event.url.search, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      signal: AbortSignal.timeout(PROXY_TIMEOUT_MS),
    });
    const out: Record<string, string> = { 'content-type': res.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' };
    for (const name of ['retry-after', 'ratelimit', 'ratelimit-policy']) {
      const value = res.headers.get(name);
      if (value) out[name] = value;
    }
    return new Response(res.body, { status: res.status, headers: out });
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
