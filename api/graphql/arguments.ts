import { badUserInput } from './errors.ts';

// Checks of argument values that the schema's types cannot express. Each failure names the
// argument and, for a list of choices, the allowed values. Limits above their cap are capped
// (the schema documents the caps); values below 1 are refused.

export const MAX_ID_LENGTH = 200;

export function checkId(argument: string, id: string): string {
  if (id.length === 0 || id.length > MAX_ID_LENGTH) throw badUserInput(argument, `must be 1–${MAX_ID_LENGTH} characters long.`);
  return id;
}

export function checkText(argument: string, text: string, maxLength: number): string {
  if (text.length > maxLength) throw badUserInput(argument, `must be at most ${maxLength} characters long, got ${text.length}.`);
  return text;
}

/** An integer in [min, max]; null (an explicit null) means `fallback`. */
export function checkRange(argument: string, value: number | null | undefined, { fallback, min, max }: { fallback: number; min: number; max: number }): number {
  const v = value ?? fallback;
  if (v < min || v > max) throw badUserInput(argument, `must be from ${min} to ${max}, got ${v}.`);
  return v;
}

/** A page size or limit: at least `min`, capped at `cap`. */
export function checkLimit(argument: string, value: number | null | undefined, { fallback, cap, min = 1 }: { fallback: number; cap: number; min?: number }): number {
  const v = value ?? fallback;
  if (v < min) throw badUserInput(argument, `must be at least ${min}, got ${v}.`);
  return Math.min(v, cap);
}

/** A value quoted back in a message: long ones cut, so a refusal stays readable whatever was sent. */
function quoted(value: string): string {
  return value.length > 40 ? `"${value.slice(0, 40)}…" (${value.length} characters)` : `"${value}"`;
}

/** Every value must be one of `allowed`; null or empty means no filter. */
export function checkAllowed<T extends string>(argument: string, values: readonly string[] | null | undefined, allowed: readonly T[]): T[] | null {
  if (!values || values.length === 0) return null;
  const unknown = values.filter((v) => !(allowed as readonly string[]).includes(v));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 5).map(quoted).join(', ') + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : '');
    throw badUserInput(argument, `has unknown value${unknown.length > 1 ? 's' : ''} ${shown}; allowed: ${allowed.join(', ')}.`, { allowed });
  }
  return [...new Set(values)] as T[];
}
