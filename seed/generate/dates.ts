// Dates are whole days since 1970-01-01 (UTC) inside the generator; ISO strings only at the writer.

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function dayOfIso(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

/** First day written as a filing date. */
export const FILING_START = dayOf(2008, 1, 1);
/** Last day written as a filing date. */
export const FILING_END = dayOf(2025, 12, 31);
/** The bundle describes the world as of this day: no grant, trade or release after it. */
export const DATA_END = dayOf(2026, 6, 30);

const CACHE_FROM = dayOf(1900, 1, 1);
const CACHE_TO = dayOf(2040, 12, 31);
const isoCache: string[] = [];

function computeIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO `YYYY-MM-DD`; cached because millions of rows carry a date. */
export function isoOf(day: number): string {
  if (day < CACHE_FROM || day > CACHE_TO) return computeIso(day);
  const i = day - CACHE_FROM;
  let s = isoCache[i];
  if (s === undefined) {
    s = computeIso(day);
    isoCache[i] = s;
  }
  return s;
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export function addMonths(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  return dayOf(d.getUTCFullYear(), d.getUTCMonth() + 1 + months, d.getUTCDate());
}
