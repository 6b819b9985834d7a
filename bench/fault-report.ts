import { fmt } from './format.ts';
import { latency, type Latency } from './latency.ts';

// The figures of `npm run bench -- load --fault`, each beside its target: how fast the API says
// Neo4j is down, and how fast it is back to speed once Neo4j is ready again.

/** One answer (or socket failure) as the clients saw it, in ms since the run started. */
export interface Outcome {
  field: string;
  sentAt: number;
  at: number;
  /** 'ok', an error code of the GraphQL answer, `HTTP <status>`, or `SOCKET <reason>`. */
  code: string;
}

export interface Fault {
  stopAt: number;
  readyAt: number;
}

export const TARGETS = {
  /** ms to answer DATABASE_UNAVAILABLE while Neo4j is down (p99). */
  unavailableMs: 1_000,
  /** A request sent this long after ready… */
  sentAfterReadyMs: 5_000,
  /** …is answered within this. */
  answeredWithinMs: 5_000,
  /** Share of the throughput before the stop… */
  backShare: 0.8,
  /** …reached within this long after ready. */
  backWithinMs: 30_000,
} as const;

/** Answers before this are the clients' ramp-up, left out of the throughput before the stop. */
const RAMP_MS = 5_000;
const WINDOW_MS = 5_000;

const isUnavailable = (code: string) => code === 'DATABASE_UNAVAILABLE' || code === 'HTTP 503 DATABASE_UNAVAILABLE';

/**
 * Before: answered before the stop. Down: sent before Neo4j was ready again and answered after
 * the stop began. After: sent once Neo4j was ready.
 */
export function faultPhases(outcomes: readonly Outcome[], f: Fault) {
  return {
    before: outcomes.filter((x) => x.at < f.stopAt),
    down: outcomes.filter((x) => x.at >= f.stopAt && x.sentAt < f.readyAt),
    after: outcomes.filter((x) => x.sentAt >= f.readyAt),
  };
}

export function countCodes(outcomes: readonly Outcome[]): Map<string, number> {
  const codes = new Map<string, number>();
  for (const x of outcomes) if (x.code !== 'ok') codes.set(x.code, (codes.get(x.code) ?? 0) + 1);
  return codes;
}

export const codeList = (codes: Map<string, number>) => (codes.size === 0 ? 'none' : [...codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ×${fmt(n)}`).join(', '));

const waited = (xs: readonly Outcome[]) => latency(xs.map((x) => x.at - x.sentAt));
/** From the stop for a request sent before it: what it waited before, Neo4j was up. */
const toldAfter = (xs: readonly Outcome[], stopAt: number) => latency(xs.map((x) => x.at - Math.max(x.sentAt, stopAt)));
const okPerSecond = (outcomes: readonly Outcome[], from: number, to: number) => outcomes.filter((x) => x.code === 'ok' && x.at >= from && x.at < to).length / ((to - from) / 1000);

export interface FaultFigures {
  /** Successful answers a second before the stop (after the ramp-up): the 100 % below. */
  beforeOkPerSecond: number;
  beforeErrors: Map<string, number>;
  /**
   * Time to DATABASE_UNAVAILABLE while down, from when the request was sent or, for one sent before
   * the stop (in flight or queued then), from the stop: all of them, and each kind apart.
   */
  unavailable: { all: Latency; arriving: Latency; atStop: Latency };
  /** Errors other than DATABASE_UNAVAILABLE among the answers while down. */
  downOtherErrors: Map<string, number>;
  downOk: number;
  afterErrors: Map<string, number>;
  afterAnswers: number;
  /** The first request sent once Neo4j was ready. */
  firstAfterReady?: Outcome;
  /** The first request sent TARGETS.sentAfterReadyMs after ready, and all those sent in the second from then. */
  fiveSecondsAfter: { first?: Outcome; thatSecond: Latency };
  /** ms from ready to the end of the first 5-second window with TARGETS.backShare of the throughput before; null: never within the run. */
  backAfterMs: number | null;
}

export function faultFigures(outcomes: readonly Outcome[], f: Fault): FaultFigures {
  const { before, down, after } = faultPhases(outcomes, f);
  const bySending = [...outcomes].sort((a, b) => a.sentAt - b.sentAt);
  const rampEnd = f.stopAt > 2 * RAMP_MS ? RAMP_MS : 0;
  const beforeOkPerSecond = okPerSecond(outcomes, rampEnd, f.stopAt);
  const downUnavailable = down.filter((x) => isUnavailable(x.code));
  const end = outcomes.reduce((m, x) => Math.max(m, x.at), 0);
  let backAfterMs: number | null = null;
  for (let from = f.readyAt; beforeOkPerSecond > 0 && from + WINDOW_MS <= end; from += 1_000) {
    if (okPerSecond(outcomes, from, from + WINDOW_MS) >= TARGETS.backShare * beforeOkPerSecond) {
      backAfterMs = from + WINDOW_MS - f.readyAt;
      break;
    }
  }
  const fiveAt = f.readyAt + TARGETS.sentAfterReadyMs;
  return {
    beforeOkPerSecond,
    beforeErrors: countCodes(before),
    unavailable: {
      all: toldAfter(downUnavailable, f.stopAt),
      arriving: toldAfter(downUnavailable.filter((x) => x.sentAt >= f.stopAt), f.stopAt),
      atStop: toldAfter(downUnavailable.filter((x) => x.sentAt < f.stopAt), f.stopAt),
    },
    downOtherErrors: countCodes(down.filter((x) => !isUnavailable(x.code))),
    downOk: down.filter((x) => x.code === 'ok').length,
    afterErrors: countCodes(after),
    afterAnswers: after.length,
    firstAfterReady: bySending.find((x) => x.sentAt >= f.readyAt),
    fiveSecondsAfter: {
      first: bySending.find((x) => x.sentAt >= fiveAt),
      thatSecond: waited(bySending.filter((x) => x.sentAt >= fiveAt && x.sentAt < fiveAt + 1_000)),
    },
    backAfterMs,
  };
}

/** Answers in buckets of `ms` by the time they came: how many succeeded and failed, and the successes' median latency. */
export function timeline(outcomes: readonly Outcome[], ms: number): { from: number; to: number; ok: number; failed: number; okP50: number | null }[] {
  const end = outcomes.reduce((m, x) => Math.max(m, x.at), 0);
  const buckets = [];
  for (let from = 0; from <= end; from += ms) {
    const inside = outcomes.filter((x) => x.at >= from && x.at < from + ms);
    const ok = inside.filter((x) => x.code === 'ok').map((x) => x.at - x.sentAt);
    buckets.push({ from, to: from + ms, ok: ok.length, failed: inside.length - ok.length, okP50: ok.length > 0 ? latency(ok).median : null });
  }
  return buckets;
}

const s = (msec: number) => `${(msec / 1000).toFixed(1)} s`;
const p = (l: Latency) => (l.n === 0 ? 'none' : `p50 ${l.median.toFixed(0)} ms, p99 ${l.p99.toFixed(0)} ms (${fmt(l.n)})`);
const answered = (x: Outcome | undefined) => (x ? `${(x.at - x.sentAt).toFixed(0)} ms (${x.code}, sent at ${s(x.sentAt)})` : 'none sent');
const mark = (ok: boolean) => (ok ? '' : '  !!');

export function reportFault(outcomes: readonly Outcome[], f: Fault): void {
  const x = faultFigures(outcomes, f);
  const { before, down } = faultPhases(outcomes, f);
  const downErrors = down.length - x.downOk;
  console.log(`fault: Neo4j stopped at ${s(f.stopAt)}, ready again at ${s(f.readyAt)} (down ${s(f.readyAt - f.stopAt)}, its start included)`);
  console.log(`  before the stop: ${fmt(before.length)} answers, errors ${codeList(x.beforeErrors)}; ${x.beforeOkPerSecond.toFixed(1)} ok/s from ${s(f.stopAt > 2 * RAMP_MS ? RAMP_MS : 0)} (the 100 % below)`);
  console.log(`  while down: ${fmt(down.length)} answers, ${fmt(downErrors)} errors, ${fmt(x.downOk)} ok`);
  const u = x.unavailable;
  console.log(`    time to DATABASE_UNAVAILABLE (from sending, or from the stop): ${p(u.all)}   (target p99 ≤ ${TARGETS.unavailableMs} ms)${mark(u.all.n === 0 || u.all.p99 <= TARGETS.unavailableMs)}`);
  console.log(`      of requests sent while down: ${p(u.arriving)}; of those sent before the stop (in flight or queued then), from the stop: ${p(u.atStop)}`);
  const others = [...x.downOtherErrors.values()].reduce((a, b) => a + b, 0);
  console.log(`    errors other than DATABASE_UNAVAILABLE: ${fmt(others)} (${codeList(x.downOtherErrors)})   (target 0)${mark(others === 0)}`);
  const afterErrors = [...x.afterErrors.values()].reduce((a, b) => a + b, 0);
  console.log(`  after ready: ${fmt(x.afterAnswers)} answers`);
  console.log(`    errors: ${fmt(afterErrors)} (${codeList(x.afterErrors)})   (target 0)${mark(afterErrors === 0)}`);
  console.log(`    the first request sent after ready: answered in ${answered(x.firstAfterReady)}`);
  const five = x.fiveSecondsAfter;
  const fiveOk = five.first !== undefined && five.first.code === 'ok' && five.first.at - five.first.sentAt <= TARGETS.answeredWithinMs;
  console.log(
    `    a request sent ${s(TARGETS.sentAfterReadyMs)} after ready: the first answered in ${answered(five.first)}; those sent in that second: ${p(five.thatSecond)}   ` +
      `(target ≤ ${TARGETS.answeredWithinMs} ms)${mark(fiveOk)}`,
  );
  const back = x.backAfterMs;
  console.log(
    `    throughput back to ${TARGETS.backShare * 100} % of before: ${back === null ? 'not within the run' : `${s(back)} after ready`}   (target ≤ ${s(TARGETS.backWithinMs)})${mark(back !== null && back <= TARGETS.backWithinMs)}`,
  );
  console.log('  answers by 5-second bucket (ok/s as a share of before):');
  for (const b of timeline(outcomes, 5_000)) {
    const share = x.beforeOkPerSecond > 0 ? `${((100 * b.ok) / 5 / x.beforeOkPerSecond).toFixed(0).padStart(4)} %` : '     ';
    const phase = b.to <= f.stopAt ? '' : b.from >= f.readyAt ? `  ready +${((b.from - f.readyAt) / 1000).toFixed(0)} s` : b.from < f.stopAt ? '  stop' : b.to > f.readyAt ? '  ready' : '  down';
    console.log(`    ${String(b.from / 1000).padStart(4)}–${String(b.to / 1000).padEnd(4)} s  ${fmt(b.ok).padStart(6)} ok ${share}  ${fmt(b.failed).padStart(7)} failed  ok p50 ${b.okP50 === null ? '    —' : b.okP50.toFixed(0).padStart(5)} ms${phase}`);
  }
}
