import type { HolderPeriod } from './entity-queries.ts';
import { dayOf } from '../../lib/canvas/dates.ts';

export interface TimelineBar {
  period: HolderPeriod;
  /** Left edge and width as fractions of the axis. */
  left: number;
  width: number;
  /** Whether this holder held the patent on the date asked about. */
  current: boolean;
}

/** Bars for a patent's holders on one axis, from the first start to the last end (or today). */
export function timelineBars(periods: readonly HolderPeriod[], opts: { asOf: string | null; today: string }): { bars: TimelineBar[]; start: string; end: string } {
  const starts = periods.map((p) => p.from).filter((d): d is string => d !== null);
  const ends = periods.map((p) => p.until ?? opts.today);
  const start = starts.length > 0 ? starts.reduce((a, b) => (a < b ? a : b)) : opts.today;
  const end = [opts.today, ...ends].reduce((a, b) => (a > b ? a : b));
  const span = Math.max(1, dayOf(end) - dayOf(start));
  const at = opts.asOf ?? opts.today;
  const bars = periods.map((period) => {
    const from = period.from ?? start;
    const until = period.until ?? end;
    return {
      period,
      left: (dayOf(from) - dayOf(start)) / span,
      width: Math.max(0.01, (dayOf(until) - dayOf(from)) / span),
      current: from <= at && (period.until === null || at < period.until),
    };
  });
  return { bars, start, end };
}

/** Where a date sits on the same axis, as a fraction (null when outside). */
export function markerAt(date: string, start: string, end: string): number | null {
  const span = Math.max(1, dayOf(end) - dayOf(start));
  const f = (dayOf(date) - dayOf(start)) / span;
  return f >= 0 && f <= 1 ? f : null;
}
