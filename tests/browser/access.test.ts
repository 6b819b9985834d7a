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
    expect(await page.evaluate(() => document.cookie)).not.toContain(TOKENS.viewer);
    expect(await page.content()).not.toContain(TOKENS.viewer);

    // The related-party report's JSON, fetched with the viewer's cookie, says why it is refused.
    const report = await context.request.get(`${app.url}/related-party/report/any-chain/json`);
    expect(report.status()).toBe(403);
    expect(await report.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
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
    // The API counts every person linked to a node on the canvas (owners and officers of the
    // organization, inventors of its patents, parties of its transactions), each once.
    const shown = await page.evaluate(() => window.__ipatlasCy!.nodes().map((n) => n.id()));
    const [linked] = await graph.read<{ n: number }>('MATCH (v)--(p:Person) WHERE v.id IN $ids RETURN count(DISTINCT p) AS n', { ids: shown });
    hiddenPersons = linked!.n;
    expect(hiddenPersons).toBeGreaterThanOrEqual(personNeighbours);
    const supervisorsOnly = await notice.locator('[data-visible-to="SUPERVISOR"]').textContent();
    expect(supervisorsOnly).toContain(`${hiddenPersons} person${hiddenPersons === 1 ? '' : 's'}`);
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

    // Search lists no person, and says how many persons it left out: those whose name holds the two
    // characters typed (a two-character search matches exactly those in Chinese names).
    const [named] = await graph.read<{ part: string; n: number }>(
      `MATCH ({id: $id})--(p:Person) WITH substring(p.name, 0, 2) AS part ORDER BY part LIMIT 1
       MATCH (q:Person) WHERE q.name CONTAINS part RETURN part, count(q) AS n`,
      { id: ORG },
    );
    await page.locator('#search').fill(named!.part);
    const searchNotice = page.locator('[data-testid="search-hidden"] [data-visible-to="SUPERVISOR"]');
    const counted = named!.n >= 1000 ? 'at least 1000 persons are' : `${named!.n} person${named!.n === 1 ? ' is' : 's are'}`;
    await expect.poll(() => searchNotice.textContent()).toBe(`${counted} hidden: visible to supervisors.`);
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
      new RegExp(`${hiddenPersons} 个人员.*已隐藏：仅监管员可见`),
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
      new RegExp(`^${persons} persons?.*hidden: visible to supervisors\\.$`),
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

    await Promise.all([page.waitForNavigation(), page.locator('[data-action="signout"]').click()]);
    expect(new URL(page.url()).pathname).toBe('/signin');
    await expect(page.locator('main').textContent()).resolves.toMatch(/signed out/);
    expect(await tokenCookie(context)).toBeUndefined();
    await page.goto(app.url + explorerPath());
    await page.locator('[data-testid="signin-prompt"]').waitFor();
    await context.close();
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
