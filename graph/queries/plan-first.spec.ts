import { describe, expect, it } from 'vitest';
import { StillPreparingError, type Graph } from '../driver.ts';
import { forgetPlans, MAX_PLANNED, planAhead, planOnce } from './plan-first.ts';

/** A graph whose reads are counted and settle when the test says. */
function slowGraph() {
  const runs: string[] = [];
  let release: () => void = () => {};
  const done = new Promise<void>((r) => (release = r));
  const graph = { read: async (cypher: string) => (runs.push(cypher), await done, []) } as unknown as Graph;
  return { graph, runs, release };
}

describe('the plan memo', () => {
  it('plans a statement once for every request, each waiting only until its deadline', async () => {
    forgetPlans();
    const { graph, runs, release } = slowGraph();
    const s = { cypher: 'RETURN 1 // a', params: { q: {} } };
    await expect(planOnce(graph, s, { deadline: Date.now() + 20 })).rejects.toBeInstanceOf(StillPreparingError);
    const waiting = planOnce(graph, s, { deadline: Date.now() + 60_000 });
    release();
    await waiting;
    await planOnce(graph, s, { deadline: Date.now() - 1 });
    expect(runs).toEqual(['RETURN 1 // a']);
  });

  it('keeps at most MAX_PLANNED statements, forgetting the oldest', async () => {
    forgetPlans();
    const { graph, runs, release } = slowGraph();
    release();
    await planAhead(graph, Array.from({ length: MAX_PLANNED + 1 }, (_, i) => ({ cypher: `RETURN ${i}`, params: {} })));
    await planOnce(graph, { cypher: `RETURN ${MAX_PLANNED}`, params: {} });
    await planOnce(graph, { cypher: 'RETURN 0', params: {} });
    expect(runs).toHaveLength(MAX_PLANNED + 2);
    expect(runs.at(-1)).toBe('RETURN 0');
  });
});
