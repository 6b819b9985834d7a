import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { canvasStyle, densityOf } from './canvas-style.ts';
import { PATENT, PATENT_NEIGHBOURHOOD } from './fixtures/sample-graph.ts';
import { displayName, ElementMapper, toElements } from './to-elements.ts';

describe('API graph → Cytoscape elements', () => {
  it('builds a graph headless Cytoscape accepts, every edge between its two nodes', () => {
    const cy = cytoscape({ headless: true, elements: toElements(PATENT_NEIGHBOURHOOD.nodes, PATENT_NEIGHBOURHOOD.edges, 'zh') });
    expect(cy.nodes()).toHaveLength(5);
    expect(cy.edges()).toHaveLength(9);
    const holds = cy.getElementById('HOLDS:ORG-E->CN1');
    expect(holds.source().id()).toBe('ORG-E');
    expect(holds.target().id()).toBe('CN1');
    expect(cy.getElementById('CN1').degree(false)).toBe(5);
    cy.destroy();
  });

  it('labels nodes in the chosen language when the data has it', () => {
    expect(displayName(PATENT, 'en')).toBe('Lithium battery cathode material');
    expect(displayName(PATENT, 'zh')).toBe('锂电池正极材料');
    expect(displayName({ name: '张欣', nameEn: null }, 'en')).toBe('张欣');
  });

  it('calls transactions by their kind and date in the chosen language', () => {
    const [zhTx] = toElements([PATENT_NEIGHBOURHOOD.nodes[3]!], [], 'zh');
    const [enTx] = toElements([PATENT_NEIGHBOURHOOD.nodes[3]!], [], 'en');
    expect(zhTx?.data.label).toBe('转让 2016-06-01');
    expect(enTx?.data.label).toBe('Assignment 2016-06-01');
  });

  it("takes a page's own labels and classes, and the usual label where it gives none", () => {
    const els = toElements(PATENT_NEIGHBOURHOOD.nodes, [], 'zh', { labels: (n) => (n.id === 'CN1' ? '短名' : undefined), classes: (id) => (id === 'CN1' ? 'labelled' : '') });
    expect(els.find((e) => e.data.id === 'CN1')).toMatchObject({ data: { label: '短名' }, classes: 'labelled' });
    expect(els.find((e) => e.data.id === 'TX-1')?.data.label).toBe('转让 2016-06-01');
  });

  it('carries what the style needs: kind, transaction kind and amount, share', () => {
    const els = toElements(PATENT_NEIGHBOURHOOD.nodes, [{ id: 'OWNS:a->b', type: 'OWNS', source: 'ORG-U', target: 'ORG-E', properties: { share: 0.4 } }], 'en');
    expect(els.find((e) => e.data.id === 'TX-1')?.data).toMatchObject({ kind: 'transaction', txKind: 'assignment', amount: 800000 });
    expect(els.find((e) => e.data.id === 'OWNS:a->b')?.data).toMatchObject({ type: 'OWNS', share: 0.4 });
  });

  it('hands back the same data objects until the language changes', () => {
    const m = new ElementMapper();
    const a = m.elements({ nodes: [PATENT], edges: [], lang: 'zh' });
    const b = m.elements({ nodes: [PATENT], edges: [], lang: 'zh' });
    const c = m.elements({ nodes: [PATENT], edges: [], lang: 'en' });
    expect(b[0]?.data).toBe(a[0]?.data);
    expect(c[0]?.data).not.toBe(a[0]?.data);
    expect(c[0]?.data.label).toBe('Lithium battery cathode material');
  });

  it('picks fewer labels and cheaper edges as the graph grows', () => {
    expect(densityOf(20, 40)).toBe('normal');
    expect(densityOf(120, 300)).toBe('crowded');
    expect(densityOf(2000, 6000)).toBe('large');
  });

  it('styles every kind and type without Cytoscape complaining', () => {
    for (const density of ['normal', 'crowded', 'large'] as const) {
      const large = density === 'large';
      const cy = cytoscape({ headless: true, styleEnabled: true, style: canvasStyle({ density }), elements: toElements(PATENT_NEIGHBOURHOOD.nodes, PATENT_NEIGHBOURHOOD.edges, 'zh') });
      expect(cy.getElementById('CN1').style('shape')).toBe('round-rectangle');
      expect(cy.getElementById('TX-2').style('background-color')).toBe('rgb(37,99,235)');
      expect(cy.getElementById('HOLDS:ORG-E->CN1').style('curve-style')).toBe(large ? 'haystack' : 'bezier');
      cy.destroy();
    }
  });
});
