import { describe, expect, it } from 'vitest';
import { faultFigures, faultPhases, type Outcome } from './fault-report.ts';

const x = (sentAt: number, at: number, code = 'ok'): Outcome => ({ field: 'f', sentAt, at, code });

describe('faultPhases', () => {
  it('puts an answer before the stop, during the outage (sent before ready, answered after the stop) or after (sent once ready)', () => {
    const { before, down, after } = faultPhases([x(0, 9), x(9, 11), x(15, 25), x(21, 22)], { stopAt: 10, readyAt: 20 });
    expect(before.map((o) => o.sentAt)).toEqual([0]);
    expect(down.map((o) => o.sentAt)).toEqual([9, 15]);
    expect(after.map((o) => o.sentAt)).toEqual([21]);
  });
});

describe('faultFigures', () => {
  // 10 ok a second from 5 s to the stop at 20 s; down until 30 s; ready at 30 s.
  const steady = (from: number, to: number, perSecond: number) => Array.from({ length: ((to - from) / 1000) * perSecond }, (_, i) => x(from + (i * 1000) / perSecond, from + (i * 1000) / perSecond + 50));

  it('takes the throughput before the stop after the ramp-up, and the time to DATABASE_UNAVAILABLE of requests sent before and during the outage', () => {
    const outcomes = [
      x(0, 4_000), // the ramp-up: not counted
      ...steady(5_000, 20_000, 10),
      x(19_900, 21_500, 'DATABASE_UNAVAILABLE'), // in flight at the stop
      x(22_000, 22_300, 'HTTP 503 DATABASE_UNAVAILABLE'),
      x(23_000, 23_200, 'HTTP 503 DATABASE_UNAVAILABLE'),
      x(24_000, 24_900, 'HTTP 503 SERVER_BUSY'),
    ];
    const f = faultFigures(outcomes, { stopAt: 20_000, readyAt: 30_000 });
    expect(f.beforeOkPerSecond).toBe(10);
    expect(f.unavailable.all.n).toBe(3);
    expect(f.unavailable.arriving.p99).toBe(300);
    // Sent before the stop: counted from the stop.
    expect(f.unavailable.atStop.p99).toBe(1_500);
    expect([...f.downOtherErrors]).toEqual([['HTTP 503 SERVER_BUSY', 1]]);
  });

  it('finds the first request sent after ready and 5 s after it, and when a 5-second window is back to 80 % of before', () => {
    const outcomes = [
      ...steady(5_000, 20_000, 10),
      x(30_100, 33_000), // the first sent after ready
      x(31_000, 32_000, 'HTTP 503 SERVER_BUSY'),
      ...steady(33_000, 40_000, 4),
      x(35_000, 36_200), // the first sent 5 s after ready
      x(35_500, 39_000),
      ...steady(40_000, 60_000, 9),
    ];
    const f = faultFigures(outcomes, { stopAt: 20_000, readyAt: 30_000 });
    expect(f.firstAfterReady?.at).toBe(33_000);
    expect(f.fiveSecondsAfter.first?.at).toBe(35_050);
    expect(f.fiveSecondsAfter.thatSecond.p99).toBe(3_500);
    expect([...f.afterErrors]).toEqual([['HTTP 503 SERVER_BUSY', 1]]);
    // Windows start each second from ready: 39–44 s is the first with 8 ok a second (4 + 1 before 40 s, 36 after).
    expect(f.backAfterMs).toBe(14_000);
  });
});
