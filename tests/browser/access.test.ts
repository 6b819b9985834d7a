import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { ROLE_TOKENS as TOKENS, writeAuthFile } from '../helpers/auth-file.ts';
import { testGraph } from '../helpers/graph.ts';
import { screenshot, settle, startBrowserApp, type BrowserApp } from './harness.ts';

// Signing in as a user meets it: the API with an AUTH_FILE of three users, the web app's sign-in
// page, the session in the top bar, and what each role sees of an organization with owners and
// officers who are persons.

const dir = mkdtempSync(join(tmpdir(), 'ipatlas-signin-'));
let app: BrowserApp;
let graph: Graph;
/** A demo enterprise with persons among its shareholders and officers, and few enough neighbours for one expansion. */
let ORG = '';
let ORG_NAME_EN = '';
let personNeighbours = 0;
let hiddenPersons = 0;

beforeAll(async () => {
  app = await startBrowserApp({ authFile: writeAuthFile(dir) });
  graph = testGraph();
  const [row] = await graph.read<{ id: string; nameEn: string; persons: number }>(
    `MATCH (o:Enterprise) WHERE o.id STARTS WITH 'ORG-' AND o.name_en IS NOT NULL
       AND EXISTS { (:Person)-[:OWNS]->(o) } AND EXISTS { (:Person)-[:OFFICER_OF]->(o) }
       AND COUNT { (o)--() } < 100
     RETURN o.id AS id, o.name_en AS nameEn, COUNT { (o)--(:Person) } AS persons
     ORDER BY o.id LIMIT 1`,
  );
  if (!row) throw new Error('the demo data has no enterprise with persons among its owners and officers');
  ({ id: ORG, nameEn: ORG_NAME_EN } = row);
  const [distinct] = await graph.read<{ n: number }>('MATCH (o {id: $id})--(p:Person) RETURN count(DISTINCT p) AS n', { id: ORG });
  personNeighbours = distinct!.n;
}, 300_000);

afterAll(async () => {
  await app?.close();
  await graph?.close();
  rmSync(dir, { recursive: true, force: true });
});

const explorerPath = () => `/explore?n=${ORG}&x=${ORG}&s=${ORG}`;
const personsOnCanvas = (page: Page) => page.evaluate(() => window.__ipatlasCy!.nodes().filter((n) => n.data('kind') === 'person').length);

async function signIn(page: Page, token: string): Promise<void> {
  await page.locator('#token').fill(token);
  await Promise.all([page.waitForNavigation(), page.locator('[data-testid="signin-form"] button[type="submit"]').click()]);
}

async function tokenCookie(context: BrowserContext) {
  return (await context.cookies()).find((c) => c.name === 'ipatlas-token');
}

describe('signing in', () => {
  it('asks an unauthenticated visitor to sign in instead of showing an error', async () => {
    const { context, page } = await app.newPage({ locale: 'en-US' });
    await page.goto(app.url + explorerPath());
    const prompt = page.locator('[data-testid="signin-prompt"]');
    await prompt.waitFor();
    await expect(prompt.textContent()).resolves.toMatch(/sign in/i);
    expect(await page.locator('[data-testid="graph-canvas"]').count()).toBe(0);
    const href = await prompt.locator('a').getAttribute('href');
    expect(href).toBe(`/signin?next=${encodeURIComponent(explorerPath())}`);
    await context.close();
  });

  it('says why a wrong or expired token is refused, in the page language', async () => {
    const { context, page } = await app.newPage({ locale: 'zh-CN' });
    await page.goto(`${app.url}/signin`);
    await screenshot(page, 'signin-zh');
    await signIn(page, 'not-a-token-anyone-has');
    const error = page.locator('[data-testid="signin-error"]');
    await expect(error.textContent()).resolves.toMatch(/无法识别该令牌/);
    await screenshot(page, 'signin-wrong-zh');
    expect(await tokenCookie(context)).toBeUndefined();

    await page.goto(`${app.url}/signin`);
    await page.locator('#token').fill(TOKENS.expired);
    await page.locator('[data-testid="signin-form"] button[type="submit"]').click();
    await expect.poll(() => error.textContent()).toMatch(/2020-01-01.*过期/);
    expect(await tokenCookie(context)).toBeUndefined();
    await context.close();
  });

  it('lets a viewer in, back to the page asked for, with the role shown and beyond-role pages disabled with the reason', async () => {
    const { context, page } = await app.newPage({ locale: 'en-US' });
    await page.goto(app.url + explorerPath());
    await page.locator('[data-testid="signin-prompt"] a').click();
    await page.waitForURL(/\/signin\?next=/);
    await screenshot(page, 'signin-en');
    await signIn(page, TOKENS.viewer);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(explorerPath());

    await expect(page.locator('[data-testid="session"]').textContent()).resolves.toMatch(/vera\s*·\s*viewer/);
    for (const [href, role] of [
      ['/licensees', 'analyst'],
      ['/related-party', 'supervisor'],
    ] as const) {
      const entry = page.locator(`nav [data-href="${href}"]`);
      expect(await entry.getAttribute('aria-disabled')).toBe('true');
      expect(await entry.getAttribute('title')).toBe(`needs the ${role} role`);
      expect(await page.locator(`nav a[href="${href}"]`).count()).toBe(0);
    }
    expect(await page.locator('nav a[href="/explore"]').count()).toBe(1);

    // The cookie holds the token where scripts cannot read it.
    const cookie = await tokenCookie(context);
    expect(cookie).toMatchObject({ value: TOKENS.viewer, httpOnly: true, sameSite: 'Strict', path: '/' });
    // A lifetime of its own: gone after a working day, not kept while the browser runs.
    const hoursLeft = (cookie!.expires * 1000 - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(11);
    // Chromium dates the cookie by its own clock, which ran 0.1 s ahead of this process's in one CI run.
    expect(hoursLeft).toBeLessThanOrEqual(12 + 1 / 60);
    expect(await page.evaluate(() => document.cookie)).not.toContain(TOKENS.viewer);
    expect(await page.content()).not.toContain(TOKENS.viewer);

    // The related-party report's JSON, fetched with the viewer's cookie, says why it is refused.
    const report = await context.request.get(`${app.url}/related-party/report/any-chain/json`);
    expect(report.status()).toBe(403);
    expect(await report.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    // The tracer's whole-list export runs as the caller: the viewer's cookie gets the viewer's
    // answer, and no cookie gets nothing at all.
    const exported = await context.request.get(`${app.url}/policies/export?policy=POL-0003`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()['cache-control']).toContain('no-store');
    const tokenless = await fetch(`${app.url}/policies/export?policy=POL-0003`);
    expect(tokenless.status).toBe(401);
    expect(await tokenless.text()).not.toContain('actor_id');
    // Another method runs nothing: the export answers GET (and HEAD, as GET without a body) only.
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const other = await context.request.fetch(`${app.url}/policies/export?policy=POL-0003`, { method });
      expect(other.status(), method).toBe(405);
      expect(await other.text(), method).not.toContain('actor_id');
    }
    const head = await fetch(`${app.url}/policies/export?policy=POL-0003`, { method: 'HEAD' });
    expect(head.status).toBe(401);
    await context.close();
  });

  it('shows a viewer no person, and says in words what is hidden and who may see it', async () => {
    const { context, page } = await app.newPage({ locale: 'en-US' });
    await context.addCookies([{ name: 'ipatlas-token', value: TOKENS.viewer, url: app.url, httpOnly: true, sameSite: 'Strict' }]);
    await page.goto(app.url + explorerPath());
    await settle(page, () => (window.__ipatlasCy?.nodes().length ?? 0) > 1);
    expect(await personsOnCanvas(page)).toBe(0);

    const notice = page.locator('.notices [data-testid="hidden-notice"]');
    await notice.waitFor();
    // The API counts the links to persons of each node on the canvas (owners and officers of the
    // organization, inventors of its patents, parties of its transactions), link by link: a person
    // linked to two of them, or twice to one, counts at each link, so no count tells who is who.
    const shown = await page.evaluate(() => window.__ipatlasCy!.nodes().map((n) => n.id()));
    const [linked] = await graph.read<{ n: number }>(
      'MATCH (v) WHERE v.id IN $ids CALL (v) { MATCH (v)-[r]-(:Person) RETURN count(r) AS n } RETURN sum(n) AS n',
      { ids: shown },
    );
    hiddenPersons = linked!.n;
    expect(hiddenPersons).toBeGreaterThanOrEqual(personNeighbours);
    const supervisorsOnly = await notice.locator('[data-visible-to="SUPERVISOR"]').textContent();
    expect(supervisorsOnly).toContain(hiddenPersons === 1 ? '1 link to a person' : `${hiddenPersons} links to persons`);
    expect(supervisorsOnly).toMatch(/shareholdings?/);
    expect(supervisorsOnly).toMatch(/officer links?/);
    expect(supervisorsOnly).toMatch(/hidden: visible to supervisors\.$/);

    // The detail panel says the same of the organization itself.
    const panel = page.locator('[data-testid="panel-hidden-notice"]');
    await panel.waitFor();
    await expect(panel.textContent()).resolves.toMatch(/persons?.*visible to supervisors/);
    await expect(page.locator('[data-testid="detail-name"]').textContent()).resolves.toBe(ORG_NAME_EN);
    // Amounts are not sent to viewers, so the amount range says so instead of filtering nothing.
    expect(await page.locator('input[data-filter="amin"]').isDisabled()).toBe(true);
    await expect(page.locator('[data-testid="amount-filter-hidden"]').textContent()).resolves.toMatch(/visible to analysts/);
    await screenshot(page, 'viewer-explorer-en');

    // Search lists no person, and says that persons are left out without saying how many match:
    // a count would tell whether a person of that name exists.
    const [named] = await graph.read<{ part: string }>('MATCH ({id: $id})--(p:Person) RETURN substring(p.name, 0, 2) AS part ORDER BY part LIMIT 1', { id: ORG });
    await page.locator('#search').fill(named!.part);
    const searchNotice = page.locator('[data-testid="search-hidden"]');
    await expect.poll(async () => (await searchNotice.textContent())?.trim()).toBe('Persons are left out of these results: visible to supervisors.');
    expect(await page.locator('#search-results [role="group"][aria-labelledby$="-group-person"]').count()).toBe(0);
    await screenshot(page, 'viewer-search-en');
    await page.locator('#search').fill('');
    // An empty canvas does not invite a viewer to search for persons.
    await page.goto(`${app.url}/explore`);
    await expect.poll(() => page.locator('[data-testid="canvas-message"]').textContent()).toMatch(/Search above for a patent, organization, policy or region to start/);

    // The same page in Chinese.
    await page.locator('[data-testid="session"]').waitFor();
    await context.addCookies([{ name: 'ipatlas-lang', value: 'zh', url: app.url }]);
    await page.goto(app.url + explorerPath());
    await settle(page, () => (window.__ipatlasCy?.nodes().length ?? 0) > 1);
    await expect(page.locator('.notices [data-testid="hidden-notice"] [data-visible-to="SUPERVISOR"]').textContent()).resolves.toMatch(
      new RegExp(`${hiddenPersons} 条与人员的关联.*已隐藏：仅监管员可见`),
    );
    await expect(page.locator('nav [data-href="/licensees"]').getAttribute('title')).resolves.toBe('需要分析员角色');
    await screenshot(page, 'viewer-explorer-zh');

    // A page beyond the role explains itself instead of failing.
    await page.goto(`${app.url}/related-party`);
    const denied = page.locator('[data-testid="role-needed"]');
    await denied.waitFor();
    await expect(denied.textContent()).resolves.toMatch(/需要监管员角色.*vera.*浏览者/s);
    await screenshot(page, 'viewer-denied-zh');
    await context.close();
  });

  it('lets an analyst rank licensees, and says what the evidence leaves out of persons', async () => {
    // What the API answers the analyst (through the web server's proxy, with the token as a
    // script would send it): the first candidate's evidence and what it hid. The first ranking
    // of a patent also plans the query, which the page would otherwise wait for.
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS.analyst}` },
      body: JSON.stringify({
        query: 'query($id: ID!) { licenseeCandidates(patentId: $id, first: 20) { candidate { id } evidence { hidden { byKind { name count } } } } }',
        variables: { id: app.facts.patent },
      }),
      signal: AbortSignal.timeout(240_000),
    });
    const body = (await res.json()) as { data: { licenseeCandidates: { candidate: { id: string }; evidence: { hidden: { byKind: { name: string; count: number }[] } | null } }[] } };
    const first = body.data.licenseeCandidates[0];
    if (!first) throw new Error(`the demo patent ${app.facts.patent} has no licensee candidates`);
    const persons = first.evidence.hidden?.byKind.find((c) => c.name === 'person')?.count ?? 0;
    expect(persons).toBeGreaterThan(0);
    expect(first.evidence.hidden?.byKind.some((c) => c.name === 'amount_cny')).toBe(false);

    const { context, page } = await app.newPage({ locale: 'en-US' });
    await context.addCookies([{ name: 'ipatlas-token', value: TOKENS.analyst, url: app.url, httpOnly: true, sameSite: 'Strict' }]);
    await page.goto(`${app.url}/licensees?patent=${encodeURIComponent(app.facts.patent)}`);
    expect(await page.locator('nav a[href="/licensees"]').count()).toBe(1);
    expect(await page.locator('nav [data-href="/related-party"]').getAttribute('title')).toBe('needs the supervisor role');
    await page.locator('[data-testid="candidates"] li').first().waitFor({ timeout: 120_000 });
    await settle(page, () => (window.__ipatlasCy?.nodes().length ?? 0) > 0, undefined, 60_000);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(first.candidate.id);
    const notice = page.locator('.stage [data-testid="hidden-notice"]');
    await expect(notice.locator('[data-visible-to="SUPERVISOR"]').textContent()).resolves.toMatch(
      new RegExp(`^${persons} links? to (a )?persons?.*hidden: visible to supervisors\\.$`),
    );
    expect(await notice.locator('[data-visible-to="ANALYST"]').count()).toBe(0);
    expect(await personsOnCanvas(page)).toBe(0);
    await screenshot(page, 'analyst-licensees-en');
    await context.close();
  });

  it('shows a supervisor the persons, and signs out', async () => {
    const { context, page } = await app.newPage({ locale: 'en-US' });
    await page.goto(`${app.url}/signin?next=${encodeURIComponent(explorerPath())}`);
    await signIn(page, TOKENS.supervisor);
    await settle(page, () => (window.__ipatlasCy?.nodes().length ?? 0) > 1);
    await expect(page.locator('[data-testid="session"]').textContent()).resolves.toMatch(/sun\s*·\s*supervisor/);
    expect(await personsOnCanvas(page)).toBe(personNeighbours);
    expect(await page.locator('.notices [data-testid="hidden-notice"]').count()).toBe(0);
    expect(await page.locator('input[data-filter="amin"]').isDisabled()).toBe(false);
    expect(await page.locator('nav a[href="/related-party"]').count()).toBe(1);
    // What the server renders for a signed-in supervisor is for that browser only: no shared cache keeps it.
    for (const path of ['/related-party', '/related-party/report/NO-SUCH-CHAIN', '/related-party/report/NO-SUCH-CHAIN/json']) {
      const res = await page.request.get(app.url + path);
      expect(res.headers()['cache-control'], path).toBe('private, no-store');
    }

    await Promise.all([page.waitForNavigation(), page.locator('[data-action="signout"]').click()]);
    expect(new URL(page.url()).pathname).toBe('/signin');
    await expect(page.locator('main').textContent()).resolves.toMatch(/signed out/);
    expect(await tokenCookie(context)).toBeUndefined();
    await page.goto(app.url + explorerPath());
    await page.locator('[data-testid="signin-prompt"]').waitFor();
    await context.close();
  });
});

describe('the /graphql proxy, attacked', () => {
  const THOUSAND_KEYS = Array.from({ length: 1000 }, (_, i) => `k${i}=1`).join('&');
  const SECRET = '{ relatedPartySettings }';
  const cookie = (token: string) => ({ cookie: `ipatlas-token=${token}` });

  async function send(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
    const res = await fetch(app.url + path, { method: init.method ?? 'POST', headers: init.headers ?? {}, ...(init.body !== undefined ? { body: init.body } : {}), redirect: 'manual' });
    const text = await res.text();
    let json: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } | undefined;
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      json = undefined;
    }
    return { status: res.status, text, json, codes: (json?.errors ?? []).map((e) => e.extensions?.code) };
  }
  const json = { 'content-type': 'application/json' };

  it('passes on only a JSON POST: no query string, no other method, no other body', async () => {
    for (const who of [{}, cookie(TOKENS.viewer)]) {
      for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
        const r = await send(`/graphql?${THOUSAND_KEYS}&query=${encodeURIComponent(SECRET)}`, {
          method,
          headers: { ...who, accept: 'application/json', ...(method === 'GET' ? {} : json) },
          ...(method === 'GET' ? {} : { body: JSON.stringify({ query: SECRET }) }),
        });
        expect(r.status, method).toBe(405);
        expect(r.json?.data ?? null).toBeNull();
      }
      // What runs is the body, whatever the query string says.
      const r = await send(`/graphql?${THOUSAND_KEYS}&query=${encodeURIComponent(SECRET)}`, { headers: { ...who, ...json }, body: JSON.stringify({ query: '{ __typename }' }) });
      if ('cookie' in who) expect(r.json?.data).toEqual({ __typename: 'Query' });
      else expect(r.status).toBe(401);
    }
    // A form's content types (what a cross-site page can send without asking) are refused unread.
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const r = await send('/graphql', { headers: { ...cookie(TOKENS.supervisor), 'content-type': type }, body: JSON.stringify({ query: SECRET }) });
      expect(r.status, type).toBeGreaterThanOrEqual(400);
      expect(r.json?.data ?? null, type).toBeNull();
    }
    const big = await send('/graphql', { headers: { ...cookie(TOKENS.viewer), ...json }, body: JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(70 * 1024) }) });
    expect(big.status).toBe(413);
  });

  it("keeps a viewer's cookie a viewer's, and a tokenless request tokenless", async () => {
    const viewer = cookie(TOKENS.viewer);
    // The cookie wins over a header a page script could set.
    const withHeader = await send('/graphql', { headers: { ...viewer, ...json, authorization: `Bearer ${TOKENS.expired}` }, body: JSON.stringify({ query: '{ session { user role } }' }) });
    expect(withHeader.json?.data).toEqual({ session: { user: 'vera', role: 'VIEWER' } });
    for (const [what, body] of [
      ['a supervisor field', { query: SECRET }],
      ['an alias in a fragment', { query: '{ ...F } fragment F on Query { s: relatedPartySettings }' }],
      ['a persisted query', { query: SECRET, extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }],
      ['batched', [{ query: SECRET }]],
      ['an operation name that matches none', { query: `query A ${SECRET}`, operationName: 'B' }],
    ] as const) {
      for (const accept of ['application/json', 'text/html', 'text/html, application/graphql-response+json']) {
        const r = await send('/graphql', { headers: { ...viewer, ...json, accept }, body: JSON.stringify(body) });
        expect(r.json?.data?.relatedPartySettings ?? null, `${what} (${accept})`).toBeNull();
        expect(r.json?.data?.s ?? null, `${what} (${accept})`).toBeNull();
        expect(r.text, `${what} (${accept})`).not.toMatch(/<html/i);
      }
    }
    const nobody = await send('/graphql', { headers: { ...json, accept: 'text/html' }, body: JSON.stringify({ query: SECRET }) });
    expect(nobody.status).toBe(401);
    expect(nobody.codes).toEqual(['UNAUTHENTICATED']);
  });
});

describe('without AUTH_FILE', () => {
  let local: BrowserApp;
  beforeAll(async () => {
    local = await startBrowserApp();
  }, 300_000);
  afterAll(async () => {
    await local?.close();
  });

  it('says it runs as one local user with every role, and that no sign-in is needed', async () => {
    const { context, page } = await local.newPage({ locale: 'en-US' });
    await page.goto(`${local.url}/`);
    await expect(page.locator('[data-testid="session"]').textContent()).resolves.toMatch(/local user · every role/);
    expect(await page.locator('nav [aria-disabled="true"]').count()).toBe(0);
    await page.goto(`${local.url}/signin`);
    await expect(page.locator('[data-testid="signin-local"]').textContent()).resolves.toMatch(/No sign-in is needed/);
    expect(await page.locator('#token').count()).toBe(0);
    await screenshot(page, 'signin-local-en');
    await context.close();
  });
});
