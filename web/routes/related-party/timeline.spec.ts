import { describe, expect, it } from 'vitest';
import type { Chain } from './chain-queries.ts';
import { placeChain, tradeXs } from './timeline.ts';

const node = (id: string, kind: string, properties: Record<string, unknown> = {}) => ({ id, kind, labels: [], name: id, nameEn: id, properties });

describe('tradeXs', () => {
  it('grows with the date and keeps trades apart', () => {
    const xs = tradeXs(['2021-01-01', '2021-01-02', '2021-12-31']);
    expect(xs[0]).toBe(0);
    expect(xs[1]! - xs[0]!).toBeGreaterThanOrEqual(170);
    expect(xs[2]).toBeGreaterThan(xs[1]!);
  });
});

describe('placeChain', () => {
  it('puts trades on one row by date, parties below them and the ties further down', () => {
    const chain = {
      id: 'P~T1',
      parties: [{ id: 'A', name: 'A', kind: 'enterprise', regions: [] }, { id: 'B', name: 'B', kind: 'enterprise', regions: [] }],
      transactions: [
        { id: 'T1', kind: 'assignment', date: '2021-01-01', amount: 1, fromId: 'A', toId: 'B', patentIds: ['P'], platformId: null, relation: 'common_controller' },
        { id: 'T2', kind: 'assignment', date: '2021-03-01', amount: 1, fromId: 'B', toId: 'A', patentIds: ['P'], platformId: null, relation: null },
      ],
      evidence: {
        nodes: [node('T1', 'transaction', { kind: 'assignment' }), node('T2', 'transaction', { kind: 'assignment' }), node('A', 'enterprise'), node('B', 'enterprise'), node('G', 'enterprise'), node('P', 'patent')],
        edges: [
          { id: 'e1', type: 'OWNS', source: 'G', target: 'A', properties: { share: 0.6 } },
          { id: 'e2', type: 'FROM_PARTY', source: 'T1', target: 'A', properties: {} },
        ],
        truncated: false,
        omitted: null,
      },
    } as unknown as Chain;
    const { positions, elements } = placeChain(chain, 'en');
    expect(positions.T1!.y).toBe(positions.T2!.y);
    expect(positions.T2!.x).toBeGreaterThan(positions.T1!.x);
    expect(positions.A!.y).toBeGreaterThan(positions.T1!.y);
    expect(positions.G!.y).toBeGreaterThan(positions.A!.y);
    expect(positions.P!.y).toBeLessThan(positions.T1!.y);
    expect(elements.find((e) => e.data.id === 'T1')!.classes).toBe('related');
    expect(elements.find((e) => e.data.id === 'e1')!.classes).toBe('tie');
  });
});
