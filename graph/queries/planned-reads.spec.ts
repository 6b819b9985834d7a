import { beforeEach, describe, expect, it, vi } from 'vitest';
import { QueryTimeoutError, type Graph } from '../driver.ts';
import { forgetPlans } from './plan-first.ts';
import { planningFirst } from './planned-reads.ts';

// The reads of a stand-in graph: which statements are EXPLAINed (and answered when the test says),
// which run, in what order.

interface Fake {
  graph: Graph;
  log: string[];
  /** EXPLAINs asked and not answered yet, by statement. */
  explains: Map<string, () => void>;
}

function fake(): Fake {
  const log: string[] = [];
  const explains = new Map<string, () => void>();
  const read = async (cypher: string, _params?: Record<string, unknown>, opts?: { timeoutMs?: number }) => {
    if (cypher.startsWith('EXPLAIN ')) {
      const statement = cypher.slice('EXPLAIN '.length);
      log.push(`explain ${statement} (limit ${opts?.timeoutMs})`);
      await new Promise<void>((r) => explains.set(statement, r));
      explains.delete(statement);
      return [];
    }
    log.push(`run ${cypher}`);
    return [];
  };
  const graph = {
    read,
    readTx: async (work: (run: (c: string, p?: Record<string, unknown>) => Promise<unknown[]>) => Promise<unknown>) => {
      log.push('begin');
      try {
        return await work((c, p) => read(c, p));
      } finally {
        log.push('end');
      }
    },
  } as unknown as Graph;
  return { graph, log, explains };
}

const answer = async (f: Fake, statement: string) => {
  await vi.waitFor(() => expect(f.explains.has(statement)).toBe(true));
  f.explains.get(statement)!();
};

beforeEach(() => forgetPlans());

describe('planningFirst', () => {
  it('plans a statement once, without the read’s time limit, before the reads that share it run', async () => {
    const f = fake();
    const { graph } = planningFirst(f.graph, { plansAtOnce: 2, planWaitMs: 60_000 });
    const reads = [graph.read('A1', {}, { timeoutMs: 1_000 }), graph.read('A1', {}, { timeoutMs: 1_000 })];
    await answer(f, 'A1');
    await Promise.all(reads);
    await graph.read('A1');
    expect(f.log).toEqual(['explain A1 (limit 60000)', 'run A1', 'run A1', 'run A1']);
  });

  it('rolls back a read transaction at an unplanned statement, plans it, and runs the transaction again', async () => {
    const f = fake();
    const { graph } = planningFirst(f.graph, { plansAtOnce: 2, planWaitMs: 60_000 });
    const tx = graph.readTx(async (run) => {
      await run('B1');
      await run('B2');
      return 'done';
    });
    await answer(f, 'B1');
    await answer(f, 'B2');
    expect(await tx).toBe('done');
    expect(f.log.filter((l) => !l.startsWith('explain'))).toEqual(['begin', 'end', 'begin', 'run B1', 'end', 'begin', 'run B1', 'run B2', 'end']);
  });

  it('makes at most `plansAtOnce` plans at a time, and awaits each through `whileWaiting`', async () => {
    const f = fake();
    const waited: string[] = [];
    const { graph } = planningFirst(f.graph, { plansAtOnce: 1, planWaitMs: 60_000, whileWaiting: (plan) => (waited.push('wait'), plan) });
    const reads = [graph.read('C1'), graph.read('C2')];
    await vi.waitFor(() => expect(f.explains.size).toBe(1));
    expect(f.log).toEqual(['explain C1 (limit 60000)']);
    await answer(f, 'C1');
    await answer(f, 'C2');
    await Promise.all(reads);
    expect(waited).toEqual(['wait', 'wait']);
  });

  it('gives a read up as TIMEOUT when its plan takes longer than `planWaitMs`, and never runs it', async () => {
    const f = fake();
    const { graph } = planningFirst(f.graph, { plansAtOnce: 2, planWaitMs: 50 });
    await expect(graph.read('D1')).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(f.log).toEqual(['explain D1 (limit 60000)']);
    // The plan goes on for the next read.
    await answer(f, 'D1');
    await graph.read('D1');
    expect(f.log.at(-1)).toBe('run D1');
  });

  it('plans again every statement read so far, the most read first', async () => {
    const f = fake();
    const planning = planningFirst(f.graph, { plansAtOnce: 1, planWaitMs: 60_000 });
    const first = planning.graph.read('E1');
    await answer(f, 'E1');
    await first;
    const twice = [planning.graph.read('E2'), planning.graph.read('E2')];
    await answer(f, 'E2');
    await Promise.all(twice);
    forgetPlans();
    f.log.length = 0;
    planning.replanKnown();
    await answer(f, 'E2');
    await answer(f, 'E1');
    expect(f.log).toEqual(['explain E2 (limit 60000)', 'explain E1 (limit 60000)']);
  });
});
