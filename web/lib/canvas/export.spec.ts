import { describe, expect, it } from 'vitest';
import { csvField, exportFileName, toCsv, toJson } from './export.ts';
import { HELD_BY_ENTERPRISE, PATENT } from './fixtures/sample-graph.ts';

describe('exports', () => {
  it('quotes CSV fields only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField(null)).toBe('');
    expect(csvField({ a: 1 })).toBe('"{""a"":1}"');
  });

  it('writes nodes and edges in one table, with a BOM for spreadsheets', () => {
    const csv = toCsv({ nodes: [PATENT], edges: [HELD_BY_ENTERPRISE], lang: 'en' });
    const lines = csv.slice(1).trim().split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('element,id,kind,name,name_en,label,source,target,properties');
    expect(lines[1]).toMatch(/^node,CN1,patent,锂电池正极材料,Lithium battery cathode material,Lithium battery cathode material,,,/);
    expect(lines[2]).toMatch(/^edge,HOLDS:ORG-E->CN1,HOLDS,,,,ORG-E,CN1,/);
  });

  it('writes JSON in the API shape', () => {
    const parsed = JSON.parse(toJson({ nodes: [PATENT], edges: [HELD_BY_ENTERPRISE], link: 'http://x/explore?n=CN1' }));
    expect(parsed.nodes[0].id).toBe('CN1');
    expect(parsed.edges[0].source).toBe('ORG-E');
    expect(parsed.exportedFrom).toBe('http://x/explore?n=CN1');
  });

  it('names files by date and time', () => {
    expect(exportFileName('png', [], new Date(2024, 0, 5, 9, 7))).toBe('ip-atlas-20240105-0907.png');
    expect(exportFileName('csv', ['actors-reached', 'POL-GD/2022#1', '2024-01-05'], new Date(2024, 0, 5, 9, 7))).toBe('ip-atlas-actors-reached-POL-GD_2022_1-2024-01-05-20240105-0907.csv');
  });
});
