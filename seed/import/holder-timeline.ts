// DESIGN.md: the holder of a patent on a date (from its filing date on) is the assignee of its
// latest assignment on or before that date, else its applicants; licences and pledges do not
// change the holder. A timeline of half-open [from, until) segments makes "as of" one filter.

export interface HolderSegment {
  holder: string;
  /** null: since an unknown date (no filing date in the data). */
  from: string | null;
  /** null: still held. */
  until: string | null;
  /** 'application', or the id of the assignment that made this holder. */
  via: string;
}

export interface TimelineInput {
  filed: string | null;
  applicants: string[];
  assignments: { id: string; date: string; to: string }[];
}

export function holderTimeline({ filed, applicants, assignments }: TimelineInput): HolderSegment[] {
  // Same-day assignments apply in id order, so the last one of the day is the holder that day.
  const ordered = [...assignments].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date < b.date ? -1 : 1));
  const phases: { holders: string[]; from: string | null; via: string }[] = [];
  if (applicants.length > 0) phases.push({ holders: [...new Set(applicants)].sort(), from: filed, via: 'application' });
  for (const a of ordered) phases.push({ holders: [a.to], from: a.date, via: a.id });
  const segments: HolderSegment[] = [];
  for (let i = 0; i < phases.length; i++) {
    const phase = phases[i]!;
    const until = phases[i + 1]?.from ?? null;
    // A phase that ends the day it starts (two assignments the same day) never held the patent on any date.
    if (phase.from !== null && until !== null && until <= phase.from) continue;
    for (const holder of phase.holders) segments.push({ holder, from: phase.from, until, via: phase.via });
  }
  return segments;
}

export function segmentKey(s: HolderSegment): string {
  return `${s.holder}|${s.from ?? ''}|${s.until ?? ''}|${s.via}`;
}

/** True when the stored timeline already equals the derived one, so a re-import writes nothing. */
export function sameTimeline(a: HolderSegment[], b: HolderSegment[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map(segmentKey));
  return b.every((s) => keys.has(segmentKey(s)));
}
