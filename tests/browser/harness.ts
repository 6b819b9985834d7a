import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { connectApiGraph } from '../../api/database/api-driver.ts';
import { createLogger } from '../../api/http/logging.ts';
import { startApiServer, type RunningApi } from '../../api/http/server-factory.ts';
import { warmUp } from '../../api/database/warm-up.ts';
import { PROJECT_ROOT, loadNeo4jConfig } from '../../graph/config.ts';
import { loadApiConfig } from '../../api/http/config.ts';
import { connectGraph, type Graph } from '../../graph/driver.ts';
import { freePort } from '../../graph/free-port.ts';
import { applySchema } from '../../graph/schema.ts';
import { generateBundle } from '../../seed/generate/index.ts';
import { importBundle } from '../../seed/import/index.ts';
import { ensureWebBuild, startWebServer, type RunningWeb } from '../../scripts/web-app.ts';

// The app as a user meets it: the demo data in the run's Neo4j, the API in this process, the
// built web app as a child process, and Debian's Chromium driving it.

export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'tests', '.screenshots');
/** Shared with `npm start`: the same (scale, seed) always gives the same files. */
const DEMO_DIR = join(PROJECT_ROOT, '.generated', 'demo-scale-1');

export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/** Scale 1 has 20 000 patents; unprefixed ids (CN…) are the demo's, other tests prefix theirs. */
const DEMO_PATENTS = 20_000;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Browser test files run in parallel: one of them generates and imports the demo data (or builds
 * the web app) while the others wait, so none reads a half-imported graph or a half-written
 * build. The lock file holds its owner's pid; a dead owner's lock is taken over.
 */
async function exclusively<T>(lock: string, work: () => Promise<T>): Promise<T> {
  mkdirSync(join(lock, '..'), { recursive: true });
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lock, 'utf8'));
      if (pid > 0 && !alive(pid)) rmSync(lock, { force: true });
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Loads the scale-1 demo bundle unless this database already has it (e.g. NEO4J_URI on a loaded server). */
async function loadDemoData(graph: Graph): Promise<void> {
  await exclusively(`${DEMO_DIR}.lock`, async () => {
    const [have] = await graph.read<{ n: number }>("MATCH (p:Patent) WHERE p.id STARTS WITH 'CN' RETURN count(p) AS n");
    if ((have?.n ?? 0) >= DEMO_PATENTS) return;
    if (!existsSync(join(DEMO_DIR, 'patents.csv'))) await generateBundle({ scale: 1, seed: 1, outDir: DEMO_DIR });
    await applySchema(graph);
    await importBundle({ graph, dir: DEMO_DIR });
  });
}

/**
 * Facts of the demo data the tests lean on, looked up rather than hard-coded so a change to the
 * generator does not break them: a patent that passed once between two organizations with
 * English names, each holding it for years inside the date slider's range.
 */
export interface DemoFacts {
  patent: string;
  firstHolder: string;
  secondHolder: string;
  heldFrom: string;
  assignedOn: string;
  secondName: string;
  secondNameEn: string;
  /** The organization with the most relationships: an expansion of hundreds of nodes. */
  hub: string;
}

async function demoFacts(graph: Graph): Promise<DemoFacts> {
  const [facts] = await graph.read<Omit<DemoFacts, 'hub'>>(
    `MATCH (a:Organization)-[x1:HOLDS]->(p:Patent)<-[x2:HOLDS]-(b:Organization)
     WHERE p.id STARTS WITH 'CN' AND x2.from = x1.until AND a <> b AND x2.until IS NULL
       AND x1.until >= date('2013-01-01') AND x1.until <= date('2021-01-01')
       AND x1.from <= x1.until - duration('P2Y')
       AND COUNT { (p)<-[:HOLDS]-() } = 2
       AND a.name_en IS NOT NULL AND b.name_en IS NOT NULL
     RETURN p.id AS patent, a.id AS firstHolder, b.id AS secondHolder, toString(x1.from) AS heldFrom,
            toString(x1.until) AS assignedOn, b.name AS secondName, b.name_en AS secondNameEn
     ORDER BY p.id LIMIT 1`,
  );
  if (!facts) throw new Error('the demo data has no patent assigned once between two organizations');
  const [hub] = await graph.read<{ id: string }>(
    `MATCH (o:Organization) WHERE o.id STARTS WITH 'ORG-' WITH o ORDER BY COUNT { (o)--() } DESC LIMIT 1 RETURN o.id AS id`,
  );
  return { ...facts, hub: hub!.id };
}

/** An organization a municipal policy in force on `asOf` names: its proof and chain are known from the data. */
export async function namedByMunicipalPolicy(graph: Graph, asOf: string): Promise<{ org: string; policy: string }> {
  const [row] = await graph.read<{ org: string; policy: string }>(
    `MATCH (p:Policy {level: 'municipal'})-[:HAS_SCOPE]->(:CoverageScope)-[:SCOPE_ORG]->(o:Organization)
     WHERE p.id STARTS WITH 'POL-' AND p.effective <= date($d) AND (p.expires IS NULL OR date($d) < p.expires)
     RETURN o.id AS org, p.id AS policy ORDER BY p.id, o.id LIMIT 1`,
    { d: asOf },
  );
  if (!row) throw new Error(`the demo data has no municipal policy in force on ${asOf} that names an organization`);
  return row;
}

export interface BrowserApp {
  url: string;
  facts: DemoFacts;
  browser: Browser;
  /** A fresh context (cookies, downloads) in the given language. */
  newPage(opts?: { locale?: 'zh-CN' | 'en-US'; viewport?: { width: number; height: number } }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export interface BrowserAppOptions {
  /** An AUTH_FILE for the API: requests then need a token. None: the local single user with every role. */
  authFile?: string;
}

export async function startBrowserApp(opts: BrowserAppOptions = {}): Promise<BrowserApp> {
  const n = inject('neo4j');
  const graph = connectGraph({ uri: n.uri, user: n.user, password: n.password, database: n.database, readTimeoutMs: 120_000 });
  let api: RunningApi | undefined;
  let web: RunningWeb | undefined;
  let browser: Browser | undefined;
  let facts: DemoFacts | undefined;
  const apiGraph = (() => {
    const neo4j = { ...loadNeo4jConfig({}), uri: n.uri, user: n.user, password: n.password, database: n.database };
    return connectApiGraph({ neo4j, api: loadApiConfig({}), uri: n.uri });
  })();
  const close = async () => {
    await browser?.close();
    await web?.close();
    await api?.close();
    await apiGraph.close();
    await graph.close();
  };
  try {
    const [, , port] = await Promise.all([loadDemoData(graph), exclusively(join(PROJECT_ROOT, '.generated', 'web-build.lock'), () => ensureWebBuild()), freePort()]);
    facts = await demoFacts(graph);
    const apiConfig = { ...loadApiConfig({}), port: 0 };
    if (opts.authFile) Object.assign(apiConfig, { authFile: opts.authFile, auditLog: join(opts.authFile, '..', 'audit.log') });
    api = await startApiServer({ graph: apiGraph, config: apiConfig, log: createLogger('warn') });
    await warmUp(apiGraph, api, createLogger('warn'));
    web = await startWebServer({ port, apiPort: Number(new URL(api.url).port) });
    browser = await chromium.launch(CHROMIUM);
  } catch (err) {
    await close();
    throw err;
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const b = browser;
  return {
    url: web.url,
    facts: facts!,
    browser: b,
    async newPage(opts = {}) {
      const phone = (opts.viewport?.width ?? 1280) <= 760;
      const context = await b.newContext({
        viewport: opts.viewport ?? { width: 1280, height: 800 },
        locale: opts.locale ?? 'zh-CN',
        acceptDownloads: true,
        ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
      // A click on a server-rendered button before the app hydrates is lost: every load waits for it.
      const load = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await load(url, options);
        await page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 60_000 });
        return response;
      };
      return { context, page };
    },
    close,
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Waits until `ready` holds on the page and nothing loads or lays out any more. */
export async function settle<A>(page: Page, ready?: (arg: A) => boolean, arg?: A, timeout = 30_000): Promise<void> {
  if (ready) await page.waitForFunction(ready as (arg: unknown) => boolean, arg as unknown, { timeout, polling: 100 });
  await page.waitForFunction(() => !!window.__ipatlasCy && document.querySelector('[data-testid="stage"]')?.getAttribute('data-busy') === 'false', null, {
    timeout,
    polling: 100,
  });
  // A layout animation may still be running right after the flag drops.
  await page.waitForTimeout(200);
}

/** Node ids on the canvas (what Cytoscape holds, not what the DOM says). */
export function canvasNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__ipatlasCy!.nodes().map((n) => n.id()).sort());
}

export function canvasEdges(page: Page): Promise<{ id: string; type: string; source: string; target: string; classes: string[] }[]> {
  return page.evaluate(() =>
    window.__ipatlasCy!.edges().map((e) => ({ id: e.id(), type: e.data('type') as string, source: e.source().id(), target: e.target().id(), classes: e.classes() as string[] })),
  );
}

/** Where a node is drawn, in page coordinates, for real mouse clicks. */
export async function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('[data-testid="graph-canvas"]').boundingBox();
  const p = await page.evaluate((nodeId) => window.__ipatlasCy!.getElementById(nodeId).renderedPosition(), id);
  if (!box) throw new Error('the canvas is not on the page');
  return { x: box.x + p.x, y: box.y + p.y };
}
