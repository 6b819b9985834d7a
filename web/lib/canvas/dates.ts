// Dates as whole days since 1970-01-01 (UTC), which is what a range slider can step through.

const DAY_MS = 86_400_000;

export function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The same day `months` later (clamped to the month's end), for stepping a replay. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The slider's range: the transactions' dates padded to whole years, or a fallback span. */
export function sliderRange(first: string | null, last: string | null, today = todayIso()): { min: string; max: string } {
  const min = first ? `${first.slice(0, 4)}-01-01` : '2000-01-01';
  const max = last ? `${last.slice(0, 4)}-12-31` : today;
  return min <= max ? { min, max } : { min: max, max: min };
}
