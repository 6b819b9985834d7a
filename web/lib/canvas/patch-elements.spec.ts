import cytoscape, { type Position } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { ENTERPRISE, PATENT, PATENT_NEIGHBOURHOOD, UNIVERSITY, HELD_BY_UNIVERSITY } from './fixtures/sample-graph.ts';
import { patchElements } from './patch-elements.ts';
import { ElementMapper } from './to-elements.ts';

describe('patching the canvas by id', () => {
  it('adds, keeps and removes by id, placing new nodes around a drawn neighbour', () => {
    const cy = cytoscape({ headless: true });
    const memory = new Map<string, Position>();
    const mapper = new ElementMapper();
    const first = patchElements(cy, mapper.elements({ nodes: [PATENT], edges: [], lang: 'zh' }), memory);
    expect(first.added).toBe(1);
    cy.getElementById('CN1').position({ x: 500, y: 300 });

    const second = patchElements(cy, mapper.elements({ nodes: PATENT_NEIGHBOURHOOD.nodes, edges: PATENT_NEIGHBOURHOOD.edges, lang: 'zh' }), memory);
    expect(second.added).toBe(4 + 9);
    expect(second.updated).toBe(0);
    expect(cy.getElementById('CN1').position()).toEqual({ x: 500, y: 300 });
    for (const id of ['ORG-U', 'ORG-E', 'TX-1', 'TX-2']) {
      const p = cy.getElementById(id).position();
      expect(Math.hypot(p.x - 500, p.y - 300)).toBeGreaterThan(50);
      expect(Math.hypot(p.x - 500, p.y - 300)).toBeLessThan(200);
    }

    const third = patchElements(cy, mapper.elements({ nodes: [PATENT, UNIVERSITY], edges: [HELD_BY_UNIVERSITY], lang: 'zh' }), memory);
    expect(third.removed).toBe(3 + 8);
    expect(cy.elements()).toHaveLength(3);
    cy.destroy();
  });

  it('puts a node that comes back where it was', () => {
    const cy = cytoscape({ headless: true });
    const memory = new Map<string, Position>();
    const mapper = new ElementMapper();
    patchElements(cy, mapper.elements({ nodes: [PATENT, ENTERPRISE], edges: [], lang: 'zh' }), memory);
    cy.getElementById('ORG-E').position({ x: -70, y: 42 });
    patchElements(cy, mapper.elements({ nodes: [PATENT], edges: [], lang: 'zh' }), memory);
    patchElements(cy, mapper.elements({ nodes: [PATENT, ENTERPRISE], edges: [], lang: 'zh' }), memory);
    expect(cy.getElementById('ORG-E').position()).toEqual({ x: -70, y: 42 });
    cy.destroy();
  });

  it('updates labels and classes in place', () => {
    const cy = cytoscape({ headless: true });
    const memory = new Map<string, Position>();
    const mapper = new ElementMapper();
    patchElements(cy, mapper.elements({ nodes: [PATENT], edges: [], lang: 'zh' }), memory);
    const r = patchElements(cy, mapper.elements({ nodes: [PATENT], edges: [], lang: 'en', classes: () => 'seed pinned' }), memory);
    expect(r).toMatchObject({ added: 0, removed: 0, updated: 1 });
    expect(cy.getElementById('CN1').data('label')).toBe('Lithium battery cathode material');
    expect(cy.getElementById('CN1').classes()).toEqual(['seed', 'pinned']);
    cy.destroy();
  });
});
