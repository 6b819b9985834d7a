import { describe, expect, it } from 'vitest';
import { linkParts } from './link-parts.ts';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(6, '0')}`);

describe('asking for the links of nodes new on the canvas', () => {
  it('asks once for a few newcomers against what the canvas shows', () => {
    expect(linkParts(['A'], ['B', 'C'])).toEqual([{ kind: 'links', ids: ['A'], among: ['B', 'C'] }]);
  });

  it('covers every pair of a newcomer with another node, in requests that stay small', () => {
    const fresh = ids('NEW', 2000);
    const settled = ids('OLD', 6000);
    const parts = linkParts(fresh, settled);
    const covered = new Set<string>();
    for (const p of parts) {
      if (p.kind !== 'links') throw new Error('not a links part');
      expect(JSON.stringify(p).length).toBeLessThan(56_000);
      expect(p.ids.length).toBeLessThanOrEqual(500);
      expect(p.among.length).toBeLessThanOrEqual(5000);
      for (const a of p.ids) {
        for (const b of [...p.ids, ...p.among]) if (a !== b) covered.add([a, b].sort().join('|'));
      }
    }
    // Every newcomer with every settled node, and with every other newcomer.
    for (const a of [fresh[0]!, fresh[999]!, fresh[1999]!]) {
      for (const b of [settled[0]!, settled[5999]!, fresh[1]!, fresh[1500]!]) if (a !== b) expect(covered.has([a, b].sort().join('|'))).toBe(true);
    }
  });
});
