export interface Problem {
  file: string;
  /** 1-based line in the file (the header is line 1); 0 when the problem is not about a line. */
  line: number;
  column?: string;
  value?: string;
  reason: string;
}

const SHOWN_VALUE_CHARS = 80;

/** A value as it appears inside a reason: quoted, with long cells cut so a report stays readable. */
export function quote(value: string): string {
  const cut = value.length > SHOWN_VALUE_CHARS ? `${value.slice(0, SHOWN_VALUE_CHARS)}…` : value;
  return JSON.stringify(cut);
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.line > 0 ? String(p.line) : undefined, p.column].filter((s) => s !== undefined);
  return `${where.join(':')}: ${p.reason}`;
}

/** Keeps the first `max` problems but counts every one, so a huge bad file cannot exhaust memory. */
export class ProblemList {
  readonly kept: Problem[] = [];
  count = 0;

  constructor(private readonly max: number) {}

  add(p: Problem): void {
    this.count++;
    if (this.kept.length < this.max) this.kept.push(p);
  }
}
