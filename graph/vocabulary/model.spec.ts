import { describe, expect, it } from 'vitest';
import { loadCypher } from '../cypher-file.ts';
import { edgeIdOf, kindOf, labelsOfKinds, nodeNameOf, RELATIONSHIP_TYPES } from './index.ts';

describe('the model as data', () => {
  it('counts every relationship type both ways in relationship-counts.cypher', () => {
    const cypher = loadCypher(new URL('../queries/relationship-counts.cypher', import.meta.url));
    const counted = [...cypher.matchAll(/\{type: '(\w+)', direction: '(IN|OUT)', count: COUNT \{ \(n\)(<?)-\[:(\w+)\]-(>?)\(\) \}\}/g)].map((m) => {
      expect(m[1]).toBe(m[4]);
      expect(m[2] === 'OUT' ? m[5] : m[3]).toBe(m[2] === 'OUT' ? '>' : '<');
      return `${m[1]} ${m[2]}`;
    });
    expect(counted.sort()).toEqual(RELATIONSHIP_TYPES.flatMap((t) => [`${t} IN`, `${t} OUT`]).sort());
  });

  it('names kinds from labels, an organization by its kind label', () => {
    expect(kindOf(['Party', 'Organization', 'ResearchInstitute'])).toBe('research_institute');
    expect(kindOf(['Party', 'Person'])).toBe('person');
    expect(kindOf(['IpcClass'])).toBe('ipc_class');
    expect(kindOf(['ImportRun'])).toBe('other');
    expect(labelsOfKinds(['organization', 'patent', 'bank']).sort()).toEqual(['Bank', 'Organization', 'Patent']);
  });

  it('gives multi-edges a discriminator and other edges none', () => {
    expect(edgeIdOf({ type: 'OFFICER_OF', source: 'PER-2', target: 'ORG-E3', properties: { role: 'director' } })).toBe('OFFICER_OF:PER-2->ORG-E3#director');
    expect(edgeIdOf({ type: 'HOLDS', source: 'ORG-U1', target: 'CN1', properties: { from: '2021-01-15', until: '2023-06-01' } })).toBe('HOLDS:ORG-U1->CN1#2021-01-15');
    expect(edgeIdOf({ type: 'OWNS', source: 'PER-2', target: 'ORG-E1', properties: { share: 0.6 } })).toBe('OWNS:PER-2->ORG-E1');
  });

  it('names nodes without a name from their key facts', () => {
    expect(nodeNameOf('transaction', { id: 'TX-1', kind: 'assignment', date: '2023-06-01' })).toBe('assignment 2023-06-01');
    expect(nodeNameOf('coverage_scope', { id: 'P#s', scope: 's' })).toBe('s');
    expect(nodeNameOf('ipc_class', { id: 'G06N', code: 'G06N' })).toBe('G06N');
  });
});
