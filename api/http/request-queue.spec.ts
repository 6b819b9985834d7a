import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestQueue, type Waiting } from './request-queue.ts';

// The queue on a fake clock: which entries run, in what order, and which are shed.

interface Probe extends Waiting {
  name: string;
  release?: () => void;
}

let log: string[];
const entry = (name: string): Probe => {
  const e: Probe = {
    name,
    start: (release) => {
      log.push(`start ${name}`);
      e.release = release;
    },
    shed: (waited) => log.push(`shed ${name} after ${Math.round(waited)}`),
  };
  return e;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  log = [];
});
afterEach(() => vi.useRealTimers());

describe('RequestQueue', () => {
  it('runs at most `concurrent` entries and the rest in order of arrival', () => {
    const q = new RequestQueue({ concurrent: 2, maxQueued: 10, maxWaitMs: 1_000 });
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(entry);
    for (const e of [a, b, c, d]) expect(q.add(e!)).toBe(true);
    expect(log).toEqual(['start a', 'start b']);
    expect([q.running, q.waiting]).toEqual([2, 2]);
    b!.release!();
    b!.release!(); // a second release frees nothing more
    expect(log).toEqual(['start a', 'start b', 'start c']);
    a!.release!();
    expect(log.at(-1)).toBe('start d');
    expect([q.running, q.waiting]).toEqual([2, 0]);
  });

  it('refuses an entry once `maxQueued` wait', () => {
    const q = new RequestQueue({ concurrent: 1, maxQueued: 1, maxWaitMs: 1_000 });
    expect(q.add(entry('running'))).toBe(true);
    expect(q.add(entry('waiting'))).toBe(true);
    expect(q.add(entry('refused'))).toBe(false);
    expect(log).toEqual(['start running']);
  });

  it('sheds an entry when its wait passes the limit, while the slot is still held, and never runs it', () => {
    const q = new RequestQueue({ concurrent: 1, maxQueued: 10, maxWaitMs: 1_000 });
    const running = entry('running');
    q.add(running);
    vi.advanceTimersByTime(400);
    q.add(entry('early'));
    vi.advanceTimersByTime(400);
    const late = entry('late');
    q.add(late);
    vi.advanceTimersByTime(600);
    expect(log).toEqual(['start running', 'shed early after 1000']);
    expect(q.waiting).toBe(1);
    running.release!();
    expect(log.at(-1)).toBe('start late');
    vi.advanceTimersByTime(5_000);
    expect(log).toEqual(['start running', 'shed early after 1000', 'start late']);
  });

  it('forgets a removed entry: it neither runs nor is shed', () => {
    const q = new RequestQueue({ concurrent: 1, maxQueued: 10, maxWaitMs: 1_000 });
    const running = entry('running');
    q.add(running);
    const gone = entry('gone');
    q.add(gone);
    expect(q.remove(gone)).toBe(true);
    expect(q.remove(gone)).toBe(false);
    vi.advanceTimersByTime(2_000);
    running.release!();
    expect(log).toEqual(['start running']);
    expect([q.running, q.waiting]).toEqual([0, 0]);
  });

  it('puts taken entries back at the front in their order, their wait counted from when they first queued', () => {
    const q = new RequestQueue({ concurrent: 1, maxQueued: 10, maxWaitMs: 1_000 });
    const running = entry('running');
    q.add(running);
    const [a, b, c] = ['a', 'b', 'c'].map(entry);
    q.add(a!);
    q.add(b!);
    vi.advanceTimersByTime(500);
    q.add(c!);
    const taken = q.take((e) => e !== b);
    expect(taken.map((t) => (t.entry as Probe).name)).toEqual(['a', 'c']);
    expect(q.waiting).toBe(1);
    vi.advanceTimersByTime(200);
    q.restore(taken);
    expect(q.waiting).toBe(3);
    // a and b have waited 1 000 ms: shed; c, queued later, runs first once the slot frees.
    vi.advanceTimersByTime(300);
    expect(log).toEqual(['start running', 'shed b after 1000', 'shed a after 1000']);
    running.release!();
    expect(log.at(-1)).toBe('start c');
  });
});
