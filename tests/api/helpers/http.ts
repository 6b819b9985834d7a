// Raw HTTP to the API, for tests that send what a well-behaved client never would. Every request
// goes out with requestHeaders(), the one place where credentials (a bearer token) are added.

/** Headers every test request carries; credentials go here. */
export function requestHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { ...extra };
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

async function raw(res: Response): Promise<RawResponse> {
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** POSTs `body` as it is (a string is sent unchanged, anything else as JSON). */
export async function post(url: string, body: unknown, { contentType = 'application/json', headers = {} }: { contentType?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: requestHeaders({ 'content-type': contentType, ...headers }),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return raw(res);
}

/** Sends one request with any method; `query` entries become the URL's search parameters. */
export async function send(url: string, { method = 'GET', query = {}, headers = {}, body }: { method?: string; query?: Record<string, string>; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  const u = new URL(url);
  for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
  const res = await fetch(u, { method, headers: requestHeaders(headers), ...(body === undefined ? {} : { body }) });
  return raw(res);
}

/** A GraphQL operation with variables, as JSON. */
export function postGraphql(url: string, query: string, variables?: Record<string, unknown>, operationName?: string): Promise<RawResponse> {
  return post(url, { query, ...(variables ? { variables } : {}), ...(operationName ? { operationName } : {}) });
}
