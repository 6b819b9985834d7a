import type { RequestEvent } from '@sveltejs/kit';
import { API_URL, bearer, TOKEN_COOKIE } from './api.server.ts';

// The browser talks to /graphql on this server; we pass it to the API, so the page is
// same-origin (no CORS) and the API's address stays a server setting. The signed-in user's token
// travels from its HttpOnly cookie to the API as a bearer header, never through scripts.
//
// Only what the web app's own client sends is passed on: a POST of a JSON body, to the API's
// /graphql without a query string, with a fixed Accept header and the caller's token. Nothing
// else of the browser's request (its query string, its Accept header, other headers) reaches the
// API, so no difference between the proxy's and the API's reading of a request can matter.

const PROXY_TIMEOUT_MS = 120_000;
/** The API's own body limit (api/server.ts BODY_LIMIT); larger bodies are refused here, unread. */
export const PROXY_BODY_LIMIT = 64 * 1024;

function refusal(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
  });
}

/** The request's body, or null when it is larger than `limit` bytes (read no further than that). */
async function boundedBody(request: Request, limit: number): Promise<ArrayBuffer | null> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit) return null;
  if (!request.body) return new ArrayBuffer(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body.buffer;
}

/** Passes one GraphQL request to the API as the signed-in user (the cookie's token), or with the caller's own bearer token. */
export async function proxyGraphQL(event: RequestEvent): Promise<Response> {
  const { request } = event;
  if (request.method !== 'POST') {
    return refusal(405, 'BAD_REQUEST', `/graphql takes POST requests with a JSON body here, not ${request.method}.`, { allow: 'POST' });
  }
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    return refusal(415, 'BAD_REQUEST', 'The body of a /graphql request must be JSON (content-type: application/json).');
  }
  const body = await boundedBody(request, PROXY_BODY_LIMIT);
  if (body === null) return refusal(413, 'BAD_REQUEST', `The request body is larger than ${PROXY_BODY_LIMIT / 1024} kB.`);
  const token = event.cookies.get(TOKEN_COOKIE);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...bearer(token) };
  // A script calling the proxy with its own token (no cookie) is passed through as it is.
  const own = request.headers.get('authorization');
  if (!token && own) headers.authorization = own;
  try {
    const res = await fetch(API_URL, { method: 'POST', headers, body, signal: AbortSignal.timeout(PROXY_TIMEOUT_MS) });
    const out: Record<string, string> = { 'content-type': res.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' };
    for (const name of ['retry-after', 'ratelimit', 'ratelimit-policy', 'www-authenticate']) {
      const value = res.headers.get(name);
      if (value) out[name] = value;
    }
    return new Response(res.body, { status: res.status, headers: out });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
    return refusal(502, 'API_UNAVAILABLE', `the API at ${API_URL} is not reachable (${String(cause)})`);
  }
}
