import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf } from '../../web/lib/canvas/dates.ts';
import { canvasEdges, canvasNodeIds, nodeOnScreen, screenshot, settle, startBrowserApp, type BrowserApp } from './harness.ts';

// A patent of the demo data that passed from FIRST_HOLDER to SECOND_HOLDER (see DemoFacts).
let PATENT = '';
let FIRST_HOLDER = '';
let SECOND_HOLDER = '';

let app: BrowserApp;

beforeAll(async () => {
  app = await startBrowserApp();
  ({ patent: PATENT, firstHolder: FIRST_HOLDER, secondHolder: SECOND_HOLDER } = app.facts);
}, 300_000);

afterAll(async () => {
  await app?.close();
});

async function open(path: string, locale: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<Page> {
  const { page } = await app.newPage({ locale });
  await page.goto(app.url + path);
  return page;
}

const holdsSources = async (page: Page): Promise<string[]> =>
  (await canvasEdges(page)).filter((e) => e.type === 'HOLDS' && e.target === PATENT).map((e) => e.source).sort();

describe('search', () => {
  it('finds by Chinese text, grouped by kind, and opens a result on the canvas with the keyboard', async () => {
    const page = await open('/');
    await page.locator('#search').fill('锂电池');
    const first = page.locator('#search-results [role="option"]').first();
    await first.waitFor();
    await expect.poll(() => page.locator('#search-results [role="group"]').count()).toBeGreaterThan(0);
    const chosen = (await first.getAttribute('data-id'))!;
    await screenshot(page, 'search-zh');
    await page.locator('#search').press('Enter');
    await page.waitForURL(/\/explore\?/);
    await settle(page, (id) => window.__ipatlasCy?.getElementById(id).nonempty() ?? false, chosen);
    expect(await canvasNodeIds(page)).toEqual([chosen]);
    await expect.poll(() => page.locator('[data-testid="detail-panel"] .id').textContent()).toBe(chosen);
    await screenshot(page, 'search-opened');
    await page.context().close();
  });

  it('finds by English text and adds the result to the canvas already shown', async () => {
    const page = await open(`/explore?n=${PATENT}`);
    await settle(page, () => window.__ipatlasCy?.nodes().length === 1);
    await page.locator('#search').fill('battery');
    const option = page.locator('#search-results [role="option"]').nth(1);
    await option.waitFor();
    const chosen = (await option.getAttribute('data-id'))!;
    await expect(option.textContent()).resolves.toMatch(/batter/i);
    await option.click();
    await settle(page, () => window.__ipatlasCy?.nodes().length === 2);
    expect(await canvasNodeIds(page)).toEqual([PATENT, chosen].sort());
    await page.context().close();
  });
});

describe('the explorer', () => {
  let page: Page;

  it('expands a node on double-click and by relationship type from its menu', async () => {
    page = await open(`/explore?n=${PATENT}&s=${PATENT}`);
    await settle(page, () => window.__ipatlasCy?.nodes().length === 1);
    const at = await nodeOnScreen(page, PATENT);
    await page.mouse.dblclick(at.x, at.y);
    await settle(page, () => (window.__ipatlasCy?.nodes().length ?? 0) > 1);
    const afterFirst = await canvasNodeIds(page);
    await screenshot(page, 'expanded-all');

    // Its holders, by relationship type from the node's menu, with the count shown first.
    const again = await nodeOnScreen(page, PATENT);
    await page.mouse.click(again.x, again.y, { button: 'right' });
    const byHolds = page.locator('[data-testid="node-menu"] [data-rel="HOLDS"]');
    await byHolds.waitFor();
    await expect(byHolds.locator('.count').textContent()).resolves.toBe('2');
    await screenshot(page, 'expand-menu');
    await byHolds.click();
    await settle(page, (ids) => ids.every((id) => window.__ipatlasCy?.getElementById(id).nonempty()), [FIRST_HOLDER, SECOND_HOLDER]);
    expect((await canvasNodeIds(page)).length).toBeGreaterThan(afterFirst.length - 1);
    expect(await holdsSources(page)).toEqual([SECOND_HOLDER, FIRST_HOLDER].sort());
    await screenshot(page, 'expanded');
  });

  it('filters a kind away from the legend', async () => {
    const kindsOnCanvas = () => page.evaluate(() => [...new Set(window.__ipatlasCy!.nodes().map((n) => n.data('kind') as string))]);
    expect(await kindsOnCanvas()).toContain('person');
    await page.locator('.legend [data-kind="person"]').click();
    await settle(page, () => !window.__ipatlasCy!.nodes().some((n) => n.data('kind') === 'person'));
    expect(await page.locator('.legend [data-kind="person"]').getAttribute('aria-pressed')).toBe('false');
    await screenshot(page, 'filtered-person');
  });

  it('restores the same view from a shared URL', async () => {
    await page.selectOption('#layout-select', 'concentric');
    await page.locator('[data-testid="asof-date"]').fill('2020-06-30');
    await page.waitForFunction(() => location.search.includes('hk=person') && location.search.includes('d=2020-06-30') && location.search.includes('l=concentric'));
    await settle(page);
    const shared = page.url();
    const before = await canvasNodeIds(page);

    const { page: other } = await app.newPage();
    await other.goto(shared);
    await settle(other, (n) => window.__ipatlasCy?.nodes().length === n, before.length);
    expect(await canvasNodeIds(other)).toEqual(before);
    expect(await other.locator('#layout-select').inputValue()).toBe('concentric');
    expect(await other.locator('[data-testid="asof-date"]').inputValue()).toBe('2020-06-30');
    expect(await other.locator('.legend [data-kind="person"]').getAttribute('aria-pressed')).toBe('false');
    await screenshot(other, 'shared-view');
    await other.context().close();
  });

  it('exports the view as a PNG', async () => {
    const download = page.waitForEvent('download');
    await page.locator('[data-action="export"]').click();
    await page.locator('[data-action="export-png"]').click();
    const file = await (await download).path();
    const bytes = readFileSync(file);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    await page.context().close();
  });
});

describe('the date slider', () => {
  it('replays who held a patent', async () => {
    const page = await open(`/explore?n=${PATENT}&x=${PATENT}|HOLDS&s=${PATENT}`);
    await settle(page, () => (window.__ipatlasCy?.edges('[type = "HOLDS"]').length ?? 0) === 2);
    expect(await holdsSources(page)).toEqual([SECOND_HOLDER, FIRST_HOLDER].sort());

    // Click the slider where the dates fall: halfway through each holder's time.
    const slider = page.locator('[data-testid="asof-slider"]');
    const box = (await slider.boundingBox())!;
    const [min, max] = [Number(await slider.getAttribute('min')), Number(await slider.getAttribute('max'))];
    const THUMB = 16;
    const xOf = (day: number) => box.x + THUMB / 2 + ((day - min) / (max - min)) * (box.width - THUMB);
    const assigned = dayOf(app.facts.assignedOn);
    const before = (Math.max(dayOf(app.facts.heldFrom), min) + assigned) / 2;
    const after = (assigned + max) / 2;

    await page.mouse.click(xOf(before), box.y + box.height / 2);
    await settle(page, (h) => {
      const e = window.__ipatlasCy!.edges('[type = "HOLDS"]');
      return e.length === 1 && e[0]!.source().id() === h;
    }, FIRST_HOLDER);
    expect(await page.locator('[data-testid="asof-date"]').inputValue() < app.facts.assignedOn).toBe(true);
    await expect.poll(() => page.locator(`[data-testid="holder-timeline"] [data-holder="${FIRST_HOLDER}"]`).getAttribute('data-current')).toBe('true');
    await screenshot(page, 'asof-before');

    await page.mouse.click(xOf(after), box.y + box.height / 2);
    await settle(page, (h) => {
      const e = window.__ipatlasCy!.edges('[type = "HOLDS"]');
      return e.length === 1 && e[0]!.source().id() === h;
    }, SECOND_HOLDER);
    expect(await page.locator('[data-testid="asof-date"]').inputValue() >= app.facts.assignedOn).toBe(true);
    await expect.poll(() => page.locator(`[data-testid="holder-timeline"] [data-holder="${SECOND_HOLDER}"]`).getAttribute('data-current')).toBe('true');
    await screenshot(page, 'asof-after');
    await page.context().close();
  });
});

describe('paths', () => {
  it('finds and highlights the paths between two selected nodes', async () => {
    const page = await open(`/explore?n=${FIRST_HOLDER}&n=${SECOND_HOLDER}`);
    await settle(page, () => window.__ipatlasCy?.nodes().length === 2);
    const a = await nodeOnScreen(page, FIRST_HOLDER);
    const b = await nodeOnScreen(page, SECOND_HOLDER);
    await page.mouse.click(a.x, a.y);
    await page.keyboard.down('Shift');
    await page.mouse.click(b.x, b.y);
    await page.keyboard.up('Shift');
    const find = page.locator('[data-action="find-path"]');
    await expect.poll(() => find.isEnabled()).toBe(true);
    await find.click();
    await settle(page, () => (window.__ipatlasCy?.edges('.path').length ?? 0) > 0);
    const onPath = (await canvasEdges(page)).filter((e) => e.classes.includes('path'));
    expect(onPath.length).toBeGreaterThan(1);
    expect((await canvasNodeIds(page)).length).toBeGreaterThan(2);
    await expect.poll(() => page.locator('[data-testid="path-notice"]').textContent()).toMatch(/\d/);
    await screenshot(page, 'path');
    await page.context().close();
  });
});

describe('the explorer behaves', () => {
  it('opens a search hit with its relationships to what the canvas shows, selected and in view', async () => {
    const page = await open(`/explore?n=${FIRST_HOLDER}&s=${FIRST_HOLDER}`);
    await settle(page, () => window.__ipatlasCy?.nodes().length === 1);
    await page.locator('#search').fill(PATENT.toLowerCase());
    await page.locator(`#search-results [role="option"][data-id="${PATENT}"]`).click();
    await settle(page, (id) => window.__ipatlasCy?.getElementById(id).nonempty() ?? false, PATENT);
    // The patent the holder once held: their holding is drawn though neither was expanded.
    expect(await holdsSources(page)).toEqual([FIRST_HOLDER]);
    expect(await page.evaluate(() => window.__ipatlasCy!.$(':selected').map((n) => n.id()))).toEqual([PATENT]);
    await expect.poll(() => page.locator('[data-testid="detail-panel"] .id').textContent()).toBe(PATENT);
    const inView = await page.evaluate(() => {
      const cy = window.__ipatlasCy!;
      const v = cy.extent();
      return cy.nodes().every((n) => {
        const b = n.boundingBox({ includeLabels: false });
        return b.x1 >= v.x1 && b.x2 <= v.x2 && b.y1 >= v.y1 && b.y2 <= v.y2;
      });
    });
    expect(inView).toBe(true);
    await screenshot(page, 'search-added-with-links');
    await page.context().close();
  });

  it('picks a path by clicking its end and lists each path in words', async () => {
    const page = await open(`/explore?n=${FIRST_HOLDER}&n=${SECOND_HOLDER}&s=${FIRST_HOLDER}`, 'en-US');
    await settle(page, () => window.__ipatlasCy?.nodes().length === 2);
    await page.locator('[data-testid="detail-panel"] [data-action="path-from"]').click();
    await expect.poll(() => page.locator('[data-testid="path-start"]').textContent()).toMatch(/tap the node/);
    const end = await nodeOnScreen(page, SECOND_HOLDER);
    await page.mouse.click(end.x, end.y);
    await settle(page, () => (window.__ipatlasCy?.edges('.path').length ?? 0) > 0);
    const notice = page.locator('[data-testid="path-notice"]');
    const found = Number(/(\d+) paths? found/.exec((await notice.textContent()) ?? '')?.[1]);
    expect(found).toBeGreaterThan(0);
    await notice.locator('summary').click();
    const rows = notice.locator('[data-testid="path-list"] li');
    expect(await rows.count()).toBe(found);
    const first = (await rows.first().textContent()) ?? '';
    expect(first).toContain(app.facts.secondNameEn);
    expect(first).toMatch(/\d steps?/);
    expect(first).not.toMatch(/ORG-|TX-|[A-Z]{2,}_[A-Z]/);
    await rows.first().locator('button').click();
    const selected = await page.evaluate(() => window.__ipatlasCy!.$('node:selected').map((n) => n.id()));
    expect(selected).toContain(FIRST_HOLDER);
    expect(selected).toContain(SECOND_HOLDER);
    await screenshot(page, 'path-listed');
    await page.context().close();
  });

  it('keeps a large expansion readable: around its source, in view, never stacked, also when laid out again', async () => {
    const hub = app.facts.hub;
    const page = await open(`/explore?n=${hub}&s=${hub}`, 'en-US');
    await settle(page, () => window.__ipatlasCy?.nodes().length === 1);
    const at = await nodeOnScreen(page, hub);
    await page.mouse.dblclick(at.x, at.y);
    await settle(page, () => (window.__ipatlasCy?.nodes().length ?? 0) > 100, undefined, 60_000);
    const first = (await canvasNodeIds(page)).length;
    const more = page.locator('.notices button', { hasText: /Show up to/ });
    if ((await more.count()) > 0) {
      await more.first().click();
      await settle(page, (n) => (window.__ipatlasCy?.nodes().length ?? 0) > n, first, 90_000);
    }
    // A notice never says that nothing more exists while offering more.
    expect(await page.locator('.notices').textContent()).not.toMatch(/\b0 more/);
    const spread = () =>
      page.evaluate(() => {
        const cy = window.__ipatlasCy!;
        const places = new Set(cy.nodes().map((n) => `${Math.round(n.position('x') / 8)},${Math.round(n.position('y') / 8)}`));
        const v = cy.extent();
        const b = cy.nodes().boundingBox({});
        return { nodes: cy.nodes().length, places: places.size, fits: b.x1 >= v.x1 - 1 && b.x2 <= v.x2 + 1 && b.y1 >= v.y1 - 1 && b.y2 <= v.y2 + 1 };
      });
    const expanded = await spread();
    expect(expanded.places).toBeGreaterThan(expanded.nodes * 0.95);
    expect(expanded.fits).toBe(true);
    await screenshot(page, 'hub-expanded');
    await page.locator('[data-action="relayout"]').click();
    await settle(page, undefined, undefined, 90_000);
    const again = await spread();
    expect(again.places).toBeGreaterThan(again.nodes * 0.95);
    expect(again.fits).toBe(true);
    await screenshot(page, 'hub-laid-out-again');
    await page.context().close();
  });
});

describe('languages', () => {
  it('switches the whole UI and the entity names between Chinese and English', async () => {
    const page = await open(`/explore?n=${SECOND_HOLDER}&s=${SECOND_HOLDER}`);
    await settle(page, () => window.__ipatlasCy?.nodes().length === 1);
    const label = () => page.evaluate((id) => window.__ipatlasCy!.getElementById(id).data('label') as string, SECOND_HOLDER);
    await expect(page.locator('nav a[href="/explore"]').textContent()).resolves.toBe('图谱探索');
    expect(await label()).toBe(app.facts.secondName);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');

    await page.locator('[data-lang="en"]').click();
    await expect.poll(() => page.locator('nav a[href="/explore"]').textContent()).toBe('Explorer');
    await expect.poll(label).toBe(app.facts.secondNameEn);
    await expect(page.locator('[data-testid="detail-name"]').textContent()).resolves.toBe(app.facts.secondNameEn);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await screenshot(page, 'language-en');

    // The choice is remembered: the next page comes from the server in English.
    await page.reload();
    await expect(page.locator('nav a[href="/explore"]').textContent()).resolves.toBe('Explorer');
    await page.locator('[data-lang="zh"]').click();
    await expect.poll(() => page.locator('nav a[href="/explore"]').textContent()).toBe('图谱探索');
    await page.context().close();
  });
});
