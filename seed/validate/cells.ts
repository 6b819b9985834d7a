import { parseIpc } from '../../graph/vocabulary/index.ts';
import { splitList, type ColumnType } from '../bundle-format.js';
import { isCalendarDate } from './dates.js';
import { quote } from './problems.js';

/** Why a non-empty cell's value is bad, or undefined. */
export type ValueCheck = (value: string) => string | undefined;

const INT = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The check of a column's type, given a trimmed non-empty value. */
export function valueCheck(type: ColumnType): ValueCheck | undefined {
  switch (type.kind) {
    case 'string':
    case 'id':
    case 'list':
      return undefined;
    case 'enum':
      return enumCheck(type.values);
    case 'date':
      return (v) => (isCalendarDate(v) ? undefined : `bad date ${quote(v)} (expected a real date YYYY-MM-DD)`);
    case 'int':
      return numberCheck(INT, 'an integer', type.min);
    case 'number':
      return numberCheck(DECIMAL, 'a number', type.min, type.max);
    case 'ipcList':
      return ipcListCheck;
  }
}

function enumCheck(values: readonly string[]): ValueCheck {
  const allowed = new Set(values);
  return (v) => (allowed.has(v) ? undefined : `bad value ${quote(v)} (expected one of: ${values.join(', ')})`);
}

function numberCheck(shape: RegExp, what: string, min?: number, max?: number): ValueCheck {
  return (v) => {
    if (!shape.test(v)) return `bad number ${quote(v)} (expected ${what})`;
    const n = Number(v);
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
      return `${v} is out of range (expected ${describeRange(min, max)})`;
    }
    return undefined;
  };
}

function describeRange(min?: number, max?: number): string {
  if (min !== undefined && max !== undefined) return `${min} to ${max}`;
  return min !== undefined ? `at least ${min}` : `at most ${max}`;
}

function ipcListCheck(v: string): string | undefined {
  const bad = splitList(v).filter((code) => parseIpc(code) === null);
  if (bad.length === 0) return undefined;
  return `bad IPC code ${bad.map(quote).join(', ')} (expected symbols like G06N 3/08, separated by ;)`;
}
