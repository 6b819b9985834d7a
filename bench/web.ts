import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Route } from 'playwright-core';
import { PROJECT_ROOT } from '../graph/config.ts';
import { freePort } from '../graph/free-port.ts';
import type { NodeView } from '../graph/queries/graph-elements.ts';
import { ensureWebBuild, startWebServer } from '../scripts/web-app.ts';
import { fmt } from './format.ts';

// The web app in headless Chromium, against a stand-in for the API (page.route answers
// /graphql), so the figures are the browser's and not the database's: how much JavaScript the
// first page loads, how soon the explorer draws, and how a 2 000-node graph lays out and moves.

const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

// What the API sends of a node; the element id never leaves the server.
type SynthNode = Omit<NodeView, 'elementId'>;
interface SynthEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** A deterministic graph shaped like the demo's: mostly patents around companies, people and trades. */
export function syntheticGraph(nodeCount: number, edgeCount: number): { nodes: SynthNode[]; edges: SynthEdge[] } {
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const kindAt = (i: number): string => {
    if (i === 0) return 'enterprise';
    const r = (i * 7919) % 100;
    return r < 60 ? 'patent' : r < 78 ? 'enterprise' : r < 88 ? 'person' : r < 93 ? 'university' : 'transaction';
  };
  const nodes: SynthNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const kind = kindAt(i);
    nodes.push({
      id: `SYN-${i}`,
      kind,
      labels: [],
      name: `${kind === 'patent' ? '一种数据处理方法' : '示例机构'} ${i}`,
      nameEn: `Synthetic ${kind} ${i}`,
      properties: kind === 'transaction' ? { kind: 'license', date: '2020-01-01', amount_cny: 1000 * i } : {},
    });
  }
  const typeFor = (a: SynthNode, b: SynthNode): string => {
    if (a.kind === 'transaction' || b.kind === 'transaction') return 'TO_PARTY';
    if (a.kind === 'patent' && b.kind === 'patent') return 'CITES';
    if (a.kind === 'patent' || b.kind === 'patent') return 'HOLDS';
    if (a.kind === 'person' || b.kind === 'person') return 'OFFICER_OF';
    return 'OWNS';
  };
  const edges: SynthEdge[] = [];
  const seen = new Set<string>();
  for (let j = 0; edges.length < edgeCount; j++) {
    // A spanning tree first, so the graph is one piece like a real neighbourhood; then random extras.
    const a = j < nodeCount - 1 ? j + 1 : Math.floor(random() * nodeCount);
    const b = j < nodeCount - 1 ? Math.floor(random() * (j + 1)) : Math.floor(random() * nodeCount);
    if (a === b) continue;
    const type = typeFor(nodes[a]!, nodes[b]!);
    const id = `${type}:SYN-${a}->SYN-${b}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, type, source: `SYN-${a}`, target: `SYN-${b}`, properties: {} });
  }
  return { nodes, edges };
}

/** Answers the app's GraphQL requests from a fixed graph. */
function fakeApi(graph: { nodes: SynthNode[]; edges: SynthEdge[] }): (route: Route) => Promise<void> {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const subgraph = { ...graph, truncated: false, omitted: null };
  return async (route) => {
    const body = route.request().postDataJSON() as { query: string; variables: Record<string, unknown> };
    const data: Record<string, unknown> = {};
    if (body.query.includes('GraphParts')) {
      for (const [key, value] of Object.entries(body.variables)) {
        if (!/^p\d+$/.test(key)) continue;
        data[key] = `${key}t` in body.variables ? subgraph : { node: byId.get(String(value)) ?? null };
      }
    } else if (body.query.includes('stats')) {
      data.stats = { nodes: 31_221, relationships: 182_858, byLabel: [], byType: [], transactionDates: { first: '2010-01-01', last: '2026-06-30' } };
    } else if (body.query.includes('entity')) {
      data.entity = null;
    } else if (body.query.includes('search')) {
      data.search = [];
    }
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data }) });
  };
}

interface Loaded {
  js: { url: string; bytes: number; gzip: number }[];
}

async function trackScripts(page: Page): Promise<Loaded> {
  const loaded: Loaded = { js: [] };
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    try {
      const body = await res.body();
      loaded.js.push({ url: res.url(), bytes: body.length, gzip: gzipSync(body).length });
    } catch {
      // A navigation may cancel a response body; it was not needed then.
    }
  });
  return loaded;
}

/** The chunks the canvas loads on demand (Cytoscape and its layouts), from Vite's build manifest. */
function canvasChunks(): string[] {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, '.svelte-kit', 'output', 'client', '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string; dynamicImports?: string[] }
  >;
  const loader = Object.values(manifest).find((c) => c.dynamicImports?.includes('node_modules/cytoscape/dist/cytoscape.esm.mjs'));
  return (loader?.dynamicImports ?? []).map((key) => manifest[key]!.file);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (xs: { gzip: number }[]) => xs.reduce((s, x) => s + x.gzip, 0);

/** Waits for the explorer to finish loading and laying out, then for two frames to be drawn. */
async function drawn(page: Page, nodes: number, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    (n) => window.__ipatlasCy?.nodes().length === n && document.querySelector('[data-testid="stage"]')?.getAttribute('data-busy') === 'false',
    nodes,
    { timeout, polling: 50 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Average and worst frame time while `drive` moves the view. */
async function frameTimes(page: Page, drive: () => Promise<void>): Promise<{ avg: number; worst: number; frames: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __last: number; __run: boolean };
    w.__frames = [];
    w.__run = true;
    w.__last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - w.__last);
      w.__last = t;
      if (w.__run) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await drive();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __run: boolean };
    w.__run = false;
    return w.__frames.slice(1);
  });
  return { avg: frames.reduce((a, b) => a + b, 0) / Math.max(1, frames.length), worst: Math.max(0, ...frames), frames: frames.length };
}

export async function benchWeb(): Promise<void> {
  console.log('\n== web (headless Chromium, API answered by a stand-in)');
  const built = await ensureWebBuild((l) => console.log(l));
  if (built === 'built') console.log('built the web app');
  const web = await startWebServer({ port: await freePort(), apiPort: await freePort() });
  const browser = await chromium.launch(CHROMIUM);
  const canvasFiles = canvasChunks();
  const isCanvas = (url: string) => canvasFiles.some((f) => url.endsWith(f));
  // tsx names functions with a helper the page does not have; functions sent to the page need it.
  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript('window.__name = (f) => f;');
    return { context, page: await context.newPage() };
  };
  try {
    // 1. The first page: what it downloads, and that the canvas code is not part of it.
    {
      const { context, page } = await newPage();
      await page.route('**/graphql', fakeApi(syntheticGraph(1, 0)));
      const loaded = await trackScripts(page);
      await page.goto(web.url + '/', { waitUntil: 'networkidle' });
      const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
      const canvasOnIt = loaded.js.filter((j) => isCanvas(j.url));
      console.log(`first page (/)          JavaScript ${kb(sum(loaded.js))} gzip in ${loaded.js.length} files (${kb(loaded.js.reduce((s, j) => s + j.bytes, 0))} raw)  (target ≤ 200 KB gzip)`);
      console.log(`                        canvas code on it: ${canvasOnIt.length === 0 ? 'none' : kb(sum(canvasOnIt))}; first contentful paint ${fmt(fcp)} ms`);
      await context.close();
    }

    // 2. The explorer: first render of a small neighbourhood, and what it downloads.
    {
      const { context, page } = await newPage();
      const g = syntheticGraph(30, 40);
      await page.route('**/graphql', fakeApi(g));
      const loaded = await trackScripts(page);
      await page.goto(`${web.url}/explore?n=SYN-0&x=SYN-0`);
      await drawn(page, 30);
      const t = await page.evaluate(() => performance.now());
      const canvasJs = sum(loaded.js.filter((j) => isCanvas(j.url)));
      console.log(`explorer first render   ${fmt(t)} ms from navigation to 30 nodes laid out and drawn`);
      console.log(`                        JavaScript ${kb(sum(loaded.js))} gzip, of which the canvas (Cytoscape + layouts, loaded on demand) ${kb(canvasJs)}`);
      await context.close();
    }

    // 3. 2 000 nodes and 4 000 edges: layout and first draw, then pan and zoom frame times.
    {
      const { context, page } = await newPage();
      const g = syntheticGraph(2000, 4000);
      await page.route('**/graphql', fakeApi(g));
      // Timed from the GraphQL answer's arrival, so the figure is the browser's work alone.
      await page.goto(`${web.url}/explore?n=SYN-0&x=SYN-0|*|2000`);
      await drawn(page, 2000);
      const { total, sinceAnswer, note, edges, layoutMs } = await page.evaluate(() => {
        const entry = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/graphql')).at(-1);
        const answered = entry ? entry.startTime + entry.duration : 0;
        const now = performance.now();
        return {
          total: now,
          sinceAnswer: now - answered,
          note: document.querySelector('.notice.subtle')?.textContent?.trim() ?? '',
          layoutMs: Number(document.querySelector('[data-testid="stage"]')?.getAttribute('data-layout-ms') ?? NaN),
          edges: window.__ipatlasCy!.edges().length,
        };
      });
      console.log(`2 000 nodes / ${fmt(edges)} edges  laid out and drawn in ${fmt(sinceAnswer)} ms after the answer arrived (${fmt(total)} ms from navigation)  (target ≤ 3 000 ms)`);
      console.log(`                        of which the layout ${fmt(layoutMs)} ms${note ? ` — ${note}` : ''}`);

      const shot = join(PROJECT_ROOT, '.generated', 'bench', 'web-2000-nodes.png');
      await page.screenshot({ path: shot });
      console.log(`                        screenshot: ${shot}`);

      const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      const pan = await frameTimes(page, async () => {
        await page.mouse.move(cx, cy);
        await page.mouse.down();
        for (let i = 0; i < 40; i++) await page.mouse.move(cx + Math.sin(i / 6) * 200, cy + Math.cos(i / 6) * 120, { steps: 2 });
        await page.mouse.up();
      });
      const zoom = await frameTimes(page, async () => {
        for (let i = 0; i < 30; i++) {
          await page.mouse.wheel(0, i < 15 ? -120 : 120);
          await page.waitForTimeout(16);
        }
      });
      const select = await page.evaluate(async () => {
        const cy = window.__ipatlasCy!;
        const t0 = performance.now();
        cy.getElementById('SYN-7').select();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - t0;
      });
      console.log(`  pan   frames avg ${pan.avg.toFixed(1)} ms, worst ${fmt(pan.worst)} ms over ${pan.frames} frames`);
      console.log(`  zoom  frames avg ${zoom.avg.toFixed(1)} ms, worst ${fmt(zoom.worst)} ms over ${zoom.frames} frames`);
      console.log(`  select a node and redraw: ${fmt(select)} ms`);
      await context.close();
    }
  } finally {
    await browser.close();
    await web.close();
  }
}
