import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { ROLE_TOKENS as TOKENS, writeAuthFile } from '../helpers/auth-file.ts';
import { testGraph } from '../helpers/graph.ts';
import { startTestApi, testApiGraph, type TestApi } from './helpers/api-server.ts';
import { importSmallBundle } from './helpers/fixtures.ts';
import { rootOperations, type RootOperation } from './helpers/schema-arguments.ts';
import { validValues } from './helpers/valid-arguments.ts';

// A standing attacker who has read our code. With an AUTH_FILE of a viewer, an analyst and a
// supervisor, every way around the roles we know of is tried with no token, a bad one, an expired
// one and each role's own, in development and in production mode: nothing beyond the caller's role
// may come back, and whatever a supervisor's token reads is in the audit log. Persons, equity,
// officers and related-party answers are the protected facts; each response's data is searched
// for any of them.

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
let dev: TestApi;
let prod: TestApi;
let p = '';
const dir = mkdtempSync(join(tmpdir(), 'ipatlas-attacks-'));
const devAudit = join(dir, 'dev-audit.log');
const prodAudit = join(dir, 'prod-audit.log');

beforeAll(async () => {
  p = await importSmallBundle(writer, 'attack');
  const authFile = writeAuthFile(dir);
  dev = await startTestApi(graph, { authFile, auditLog: devAudit });
  prod = await startTestApi(graph, { authFile, auditLog: prodAudit, production: true });
});
afterAll(async () => {
  await dev?.close();
  await prod?.close();
  await graph.close();
  await writer.close();
  rmSync(dir, { recursive: true, force: true });
});

type Caller = 'none' | 'garbage' | 'expired' | 'viewer' | 'analyst' | 'supervisor';
const WITHOUT_ACCESS: Caller[] = ['none', 'garbage', 'expired'];

function authorization(caller: Caller): Record<string, string> {
  if (caller === 'none') return {};
  if (caller === 'garbage') return { authorization: 'Bearer not-a-token-at-all' };
  return { authorization: `Bearer ${TOKENS[caller]}` };
}

/** What the small bundle's supervisor-level facts look like in an answer. */
function protectedFacts(): RegExp[] {
  const persons = ['张明', '李华', '王芳', '陈刚', 'Zhang Ming', 'Li Hua', 'Wang Fang', 'Chen Gang'];
  return [
    ...['PER-1', 'PER-2', 'PER-3', 'PER-4'].map((id) => new RegExp(`"${p}${id}"`)),
    ...persons.map((name) => new RegExp(name)),
    // Counts of hidden kinds (`{"name":"OWNS","count":2}`) may stay; the relationships themselves may not.
    /"type":\s*"(OWNS|OFFICER_OF|INVENTED)"/,
    /"(relatedPartyChains|relatedPartyChainPage|relatedPartyChain|relatedPartySettings)":\s*[[{]/,
    /"(owners|holdings|officers)":\s*\[\s*\{/,
  ];
}

interface Answer {
  status: number;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
}

/** The protected facts in an answer's data (an error may echo the id the caller sent; its data may not hold one). */
function leaked(a: Answer): string[] {
  const data = a.json && 'data' in a.json ? JSON.stringify(a.json.data) : a.text.trim().startsWith('<') ? '' : a.text;
  return protectedFacts()
    .filter((re) => re.test(data))
    .map((re) => re.source);
}

/** Raw HTTP, so that nothing (not fetch, not a URL class) normalises what an attacker sends. */
function rawRequest(url: string, { method = 'GET', path, headers = {}, body }: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: u.hostname, port: u.port, method, path: path ?? u.pathname, headers: { ...headers, ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: Answer['json'];
        try {
          json = JSON.parse(text) as Answer['json'];
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, text, json });
      });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const post = (api: TestApi, body: unknown, headers: Record<string, string> = {}) =>
  rawRequest(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

const get = (api: TestApi, search: string, headers: Record<string, string> = {}) => rawRequest(api.url, { path: `/graphql?${search}`, headers });

const codes = (a: Answer) => (a.json?.errors ?? []).map((e) => e.extensions?.code);

/** The queries an attacker wants answered: supervisor-only fields, and persons reached through open ones. */
const SECRET_QUERIES = () => [
  '{ relatedPartySettings }',
  `{ relatedPartyChains(holderId: "${p}ORG-E1") { id parties { id name } } }`,
  `{ entity(id: "${p}PER-2") { node { id name } person { positions { organization { id } } } } }`,
  `{ entity(id: "${p}ORG-E3") { organization { owners { owner { id name } share } officers { person { id name } role } } } }`,
  `{ neighborhood(id: "${p}ORG-E3", depth: 2, relTypes: ["OWNS", "OFFICER_OF", "HOLDS", "APPLIED_FOR"]) { nodes { id name } edges { type } } }`,
  `{ paths(from: "${p}ORG-E1", to: "${p}ORG-E3", maxHops: 2, relTypes: ["OWNS"]) { graph { nodes { id name } edges { type } } } }`,
  '{ search(text: "李华", first: 50) { id kind name } }',
];

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const ACCEPTS = [undefined, 'application/json', 'text/html', BROWSER_ACCEPT, 'text/html, application/graphql-response+json', 'text/html, multipart/mixed', '*/*', 'text/*, application/json;q=0.9'];
/** Express's query parser stops at 1 000 keys; Apollo's reads on. */
const THOUSAND_KEYS = Array.from({ length: 1000 }, (_, i) => `k${i}=1`).join('&');

/** Every attempt, each with how it went: an attempt that leaked, or let a caller without access through, is a finding. */
async function attempt(what: string, caller: Caller, a: Promise<Answer>, findings: string[]): Promise<Answer> {
  const answer = await a;
  const leak = caller === 'supervisor' ? [] : leaked(answer);
  if (leak.length > 0) findings.push(`${caller} · ${what}: ${answer.status} with ${leak.join(', ')}`);
  if (WITHOUT_ACCESS.includes(caller) && answer.status !== 401) findings.push(`${caller} · ${what}: ${answer.status}, not 401 (${answer.text.slice(0, 120)})`);
  if (WITHOUT_ACCESS.includes(caller) && answer.status === 401 && !codes(answer).includes('UNAUTHENTICATED')) findings.push(`${caller} · ${what}: 401 without UNAUTHENTICATED`);
  return answer;
}

describe.each([
  ['development', () => dev],
  ['production', () => prod],
] as const)('the API in %s mode', (_mode, api) => {
  it('answers every caller without a valid token 401, whatever the method, query string, Accept header or body', async () => {
    const findings: string[] = [];
    for (const caller of WITHOUT_ACCESS) {
      const h = authorization(caller);
      for (const q of SECRET_QUERIES()) {
        const query = encodeURIComponent(q);
        await attempt(`POST ${q}`, caller, post(api(), { query: q }, h), findings);
        for (const accept of ACCEPTS) {
          const hs = { ...h, ...(accept ? { accept } : {}), 'apollo-require-preflight': '1' };
          await attempt(`GET ?query (Accept ${accept})`, caller, get(api(), `query=${query}`, hs), findings);
          await attempt(`GET ?<1000 keys>&query (Accept ${accept})`, caller, get(api(), `${THOUSAND_KEYS}&query=${query}`, hs), findings);
        }
        // Two queries, one past the 1 000th key: parsers that keep the first or the last disagree.
        await attempt('GET ?query=<harmless>&<1000 keys>&query=<secret>', caller, get(api(), `query=${encodeURIComponent('{ __typename }')}&${THOUSAND_KEYS}&query=${query}`, { ...h, 'apollo-require-preflight': '1' }), findings);
      }
      for (const method of ['PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']) {
        const a = await rawRequest(api().url, { method, headers: { ...h, 'content-type': 'application/json' }, body: method === 'HEAD' ? undefined : JSON.stringify({ query: '{ relatedPartySettings }' }) });
        // A preflight carries no credentials by design and is answered without running anything.
        if (method === 'OPTIONS') expect(a.status, 'OPTIONS').toBe(204);
        // HEAD answers have no body to name the code in.
        else if (method === 'HEAD') expect(a.status, 'HEAD').toBe(401);
        else await attempt(method, caller, Promise.resolve(a), findings);
      }
      await attempt('__typename alone', caller, post(api(), { query: '{ __typename }' }, h), findings);
      await attempt('introspection', caller, post(api(), { query: '{ __schema { queryType { name } } }' }, h), findings);
      await attempt('batched', caller, post(api(), [{ query: '{ relatedPartySettings }' }, { query: '{ session { role } }' }], h), findings);
      await attempt('text/plain body (a cross-site form)', caller, rawRequest(api().url, { method: 'POST', headers: { ...h, 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ relatedPartySettings }' }) }), findings);
    }
    // A valid supervisor token anywhere but the Authorization header is no token.
    const sup = TOKENS.supervisor;
    await attempt('token in the query string', 'none', get(api(), `access_token=${sup}&token=${sup}&query=${encodeURIComponent('{ relatedPartySettings }')}`, { 'apollo-require-preflight': '1' }), findings);
    await attempt('token in the body', 'none', post(api(), { query: '{ relatedPartySettings }', token: sup, extensions: { authorization: `Bearer ${sup}` } }), findings);
    await attempt('token in a cookie', 'none', post(api(), { query: '{ relatedPartySettings }' }, { cookie: `ipatlas-token=${sup}` }), findings);
    await attempt('token in another header', 'none', post(api(), { query: '{ relatedPartySettings }' }, { 'x-authorization': `Bearer ${sup}`, 'proxy-authorization': `Bearer ${sup}` }), findings);
    for (const header of [`Bearer ${TOKENS.viewer} ${sup}`, `Basic ${Buffer.from(`sun:${sup}`).toString('base64')}`, `Token ${sup}`, `Bearer${sup}`]) {
      await attempt(`Authorization: ${header.slice(0, 12)}…`, 'garbage', post(api(), { query: '{ relatedPartySettings }' }, { authorization: header }), findings);
    }
    // With AUTH_FILE, /graphql serves no Sandbox page either: the page's own GET needs a token too.
    const page = await get(api(), '', { accept: BROWSER_ACCEPT });
    expect(page.status).toBe(401);
    expect(page.text).not.toMatch(/<html/i);
    expect(findings).toEqual([]);
  });

  it('gives a viewer and an analyst nothing of a supervisor, however the request is put', async () => {
    const findings: string[] = [];
    for (const caller of ['viewer', 'analyst'] as const) {
      const h = authorization(caller);
      for (const q of SECRET_QUERIES()) {
        const query = encodeURIComponent(q);
        await attempt(`POST ${q}`, caller, post(api(), { query: q }, h), findings);
        for (const accept of ACCEPTS) {
          const hs = { ...h, ...(accept ? { accept } : {}), 'apollo-require-preflight': '1' };
          await attempt(`GET ?<1000 keys>&query (Accept ${accept})`, caller, get(api(), `${THOUSAND_KEYS}&query=${query}`, hs), findings);
        }
      }
      const attempts: [string, unknown][] = [
        ['an alias', { query: '{ settings: relatedPartySettings }' }],
        ['a fragment', { query: '{ ...F } fragment F on Query { relatedPartySettings }' }],
        ['an inline fragment', { query: '{ ... on Query { relatedPartySettings } }' }],
        ['beside an open field', { query: '{ session { role } relatedPartySettings }' }],
        ['a person through a fragment of an open field', { query: `{ entity(id: "${p}PER-2") { ...N } } fragment N on EntityDetails { node { name } person { holdings { company { id } } } }` }],
        ['an operation name that matches none', { query: 'query A { relatedPartySettings }', operationName: 'B' }],
        ['an operation name of the other operation', { query: 'query A { session { role } } query B { relatedPartySettings }', operationName: 'B' }],
        ['batched', [{ query: '{ session { role } }' }, { query: '{ relatedPartySettings }' }]],
        ['a persisted query', { query: '{ relatedPartySettings }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ relatedPartySettings }') } } }],
        ['variables that name a person', { query: 'query($id: ID!) { entity(id: $id) { node { name } } }', variables: { id: `${p}PER-3` } }],
        ['neighborhood asked for persons', { query: `{ neighborhood(id: "${p}CN214000003U", labels: ["Person"], relTypes: ["INVENTED", "APPLIED_FOR", "HOLDS"]) { nodes { id name } } }` }],
        ['paths through hidden types only', { query: `{ paths(from: "${p}ORG-E1", to: "${p}ORG-E3", relTypes: ["OWNS", "OFFICER_OF"]) { paths { nodeIds } graph { nodes { id } edges { type } } } }` }],
        ['search for persons by kind', { query: '{ search(text: "李华", kinds: ["person"]) { id name } }' }],
      ];
      for (const [what, body] of attempts) {
        const a = await attempt(what, caller, post(api(), body, h), findings);
        if (a.status >= 500) findings.push(`${caller} · ${what}: ${a.status} ${a.text.slice(0, 160)}`);
        for (const e of a.json?.errors ?? []) if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') findings.push(`${caller} · ${what}: INTERNAL_SERVER_ERROR`);
      }
    }
    expect(findings).toEqual([]);
  });
});

describe('persisted queries', () => {
  it('are not kept: a hash registered by one caller runs for nobody, with or without a token', async () => {
    const query = '{ relatedPartySettings }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    // The supervisor registers it (allowed to run it), then a viewer and a tokenless client send the hash alone.
    const registered = await post(dev, { query, extensions }, authorization('supervisor'));
    expect(codes(registered)).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
    for (const caller of ['none', 'viewer'] as const) {
      const byHash = await post(dev, { extensions }, authorization(caller));
      expect(leaked(byHash), caller).toEqual([]);
      const byGet = await get(dev, `extensions=${encodeURIComponent(JSON.stringify(extensions))}`, { ...authorization(caller), 'apollo-require-preflight': '1' });
      expect(leaked(byGet), caller).toEqual([]);
      if (caller === 'none') expect([byHash.status, byGet.status]).toEqual([401, 401]);
      else expect([...codes(byHash), ...codes(byGet)]).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_NOT_SUPPORTED']);
    }
  });
});

describe('every root field, for every role below supervisor', () => {
  const OPERATIONS = rootOperations();

  it('answers with nothing of a supervisor, its arguments asking for persons, equity and officers', async () => {
    const findings: string[] = [];
    for (const caller of ['viewer', 'analyst'] as const) {
      for (const op of OPERATIONS) {
        const a = await post(dev, { query: op.query, variables: op.variables(validValues(op, p)) }, authorization(caller));
        const leak = leaked(a);
        if (leak.length > 0) findings.push(`${caller} · ${op.field}: ${leak.join(', ')}`);
        for (const e of a.json?.errors ?? []) if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') findings.push(`${caller} · ${op.field}: INTERNAL_SERVER_ERROR`);
      }
    }
    expect(findings).toEqual([]);
  });

  it("answers a person's id in every ID argument exactly as an id no node has", async () => {
    const differences: string[] = [];
    const idSlots = (op: RootOperation) => op.slots.filter((s) => s.where.startsWith('Query.') && s.type.leaf === 'ID' && !s.type.list);
    for (const caller of ['viewer', 'analyst'] as const) {
      for (const op of OPERATIONS) {
        for (const slot of idSlots(op)) {
          // The other ID arguments valid, then unknown too: which argument an error names must not tell a person from nobody.
          const answer = async (id: string, othersUnknown: boolean) => {
            const values = validValues(op, p);
            if (othersUnknown) for (const other of idSlots(op)) values.set(other.where, `${p}NOBODY-${other.where}`);
            values.set(slot.where, id);
            const a = await post(dev, { query: op.query, variables: op.variables(values) }, authorization(caller));
            return JSON.stringify({ status: a.status, body: a.json }).replaceAll(id, '<id>');
          };
          for (const person of ['PER-2', 'PER-4']) {
            for (const othersUnknown of idSlots(op).length > 1 ? [false, true] : [false]) {
              const [asPerson, asNobody] = [await answer(`${p}${person}`, othersUnknown), await answer(`${p}${person.replace('PER', 'PER-NONE')}`, othersUnknown)];
              if (asPerson !== asNobody) differences.push(`${caller} · ${slot.where} = ${person}${othersUnknown ? ', the other ids unknown' : ''}:\n  person:  ${asPerson.slice(0, 300)}\n  unknown: ${asNobody.slice(0, 300)}`);
            }
          }
        }
      }
    }
    expect(differences).toEqual([]);
  });
});

describe('the audit log', () => {
  it("records every request in which a supervisor's token read a field that may carry supervisor-level data, however it was sent, and never the local user", async () => {
    const before = readAudit(devAudit).length;
    const sup = authorization('supervisor');
    const sent: string[] = [];
    const run = async (what: string, a: Promise<Answer>) => {
      const answer = await a;
      expect(answer.status, what).toBe(200);
      sent.push(what);
    };
    await run('POST', post(dev, { query: `{ entity(id: "${p}ORG-E3") { organization { officers { person { name } } } } }` }, sup));
    await run('GET after 1000 keys', get(dev, `${THOUSAND_KEYS}&query=${encodeURIComponent('{ relatedPartySettings }')}`, { ...sup, 'apollo-require-preflight': '1' }));
    await run('an alias in a fragment', post(dev, { query: `{ ...F } fragment F on Query { s: search(text: "李华") { id } }` }, sup));
    await run('the licensee finder', post(dev, { query: `{ licenseeCandidates(patentId: "${p}CN113000001A") { evidence { nodes { id name } } } }` }, sup));
    const lines = readAudit(devAudit).slice(before);
    expect(lines.map((l) => (l.fields as { field: string }[]).map((f) => f.field))).toEqual([['entity'], ['relatedPartySettings'], ['search'], ['licenseeCandidates']]);
    expect(lines.every((l) => l.user === 'sun' && l.role === 'supervisor' && l.local === false)).toBe(true);
    // What no supervisor ran is not written; and with AUTH_FILE nothing ever runs as the local user.
    const all = [...readAudit(devAudit), ...readAudit(prodAudit)];
    expect(all.filter((l) => l.local !== false || l.user === 'local')).toEqual([]);
  });

  it('records a refused attempt at a supervisor-only field, and nothing for an operation that did not run', async () => {
    const before = readAudit(devAudit).length;
    await post(dev, { query: '{ relatedPartySettings }' }, authorization('viewer'));
    await post(dev, { query: 'query A { relatedPartySettings }', operationName: 'B' }, authorization('supervisor'));
    const lines = readAudit(devAudit).slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ user: 'vera', role: 'viewer', outcome: 'FORBIDDEN', fields: [{ field: 'relatedPartySettings', refused: true }] });
  });

  it('keeps a refused attempt with a huge operation name and huge arguments to one short line', async () => {
    const before = readFileSync(devAudit, 'utf8').length;
    const name = `A${'a'.repeat(20_000)}`;
    await post(dev, { query: `query ${name}($h: ID!) { relatedPartyChains(holderId: $h) { id } }`, variables: { h: 'x'.repeat(20_000) } }, authorization('viewer'));
    const written = readFileSync(devAudit, 'utf8').slice(before);
    expect(written.trim().split('\n')).toHaveLength(1);
    expect(written.length).toBeLessThan(2_000);
    expect(JSON.parse(written)).toMatchObject({ user: 'vera', outcome: 'FORBIDDEN', fields: [{ field: 'relatedPartyChains', refused: true }] });
  });
});

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function readAudit(file: string): Record<string, unknown>[] {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
