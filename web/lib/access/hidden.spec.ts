import { describe, expect, it } from 'vitest';
import type { Hidden } from '../api/fragments.ts';
import { hiddenGroups } from './hidden.ts';

const hidden = (byKind: Record<string, number>, visibleTo: Hidden['visibleTo'] = 'SUPERVISOR'): Hidden => ({
  nodes: byKind.person ?? 0,
  edges: 0,
  properties: byKind.amount_cny ?? 0,
  byKind: Object.entries(byKind).map(([name, count]) => ({ name, count })),
  visibleTo,
});

describe('hidden counts in words', () => {
  it('groups what supervisors see apart from what analysts see, persons first', () => {
    const groups = hiddenGroups([hidden({ amount_cny: 4, OFFICER_OF: 2, person: 3, OWNS: 5 })]);
    expect(groups).toEqual([
      { visibleTo: 'SUPERVISOR', items: [{ name: 'person', count: 3 }, { name: 'OWNS', count: 5 }, { name: 'OFFICER_OF', count: 2 }], total: 10, exact: true },
      { visibleTo: 'ANALYST', items: [{ name: 'amount_cny', count: 4 }], total: 4, exact: true },
    ]);
  });

  it('keeps the largest count of several answers and says it is a lower bound', () => {
    const [g] = hiddenGroups([hidden({ person: 2 }), null, hidden({ person: 3, OWNS: 1 })]);
    expect(g).toMatchObject({ items: [{ name: 'person', count: 3 }, { name: 'OWNS', count: 1 }], total: 4, exact: false });
  });

  it('takes the largest count as the whole when the answers describe one node', () => {
    const [g] = hiddenGroups([hidden({ OWNS: 12 }), hidden({ OWNS: 10, person: 4 })], { sameSubject: true });
    expect(g).toMatchObject({ items: [{ name: 'person', count: 4 }, { name: 'OWNS', count: 12 }], exact: true });
  });

  it("says a count that stopped at the API's cap is a lower bound", () => {
    expect(hiddenGroups([hidden({ person: 1000 })], { atLeast: true })[0]).toMatchObject({ items: [{ name: 'person', count: 1000 }], exact: false });
  });

  it('says nothing when nothing was hidden', () => {
    expect(hiddenGroups([null, undefined, hidden({})])).toEqual([]);
  });
});
