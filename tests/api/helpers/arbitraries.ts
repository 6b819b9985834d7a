import fc from 'fast-check';
import type { RootOperation, Slot } from './schema-arguments.ts';
import { validValue } from './valid-arguments.ts';

// fast-check arbitraries for the arguments of a root field: the valid value, values of the right
// type that are wrong (out of range, negative, huge, unknown ids, odd unicode, impossible dates)
// and values of the wrong type. An enum value is `{ enum: NAME }` so it can be written as a
// literal; plain() turns it into the string a variable carries.

export interface EnumValue {
  enum: string;
}

const INT32 = 2 ** 31 - 1;

const BAD_DATES = ['2024-02-30', '2023-02-29', '2023-13-01', '2023-00-10', '2024-2-3', '0000-00-00', '9999-99-99', '+002024-01-01', '2024-01-01T00:00:00Z', '20240101', '', ' 2024-01-01', '2024-01-01\u0000'];

const odd = fc.constantFrom('', ' ', '\u0000', '\ud800', '\u202e', '*', '%', "' OR 1=1 //", '"}) MATCH (n) DETACH DELETE n //', 'x` ) DETACH DELETE n //', 'APPLIED_FOR|OWNS', 'Patent`:Person', '$param', '{}', '*:*');

/** IPC symbols, prefixes and near misses (for ipcPrefix and the IPC ids of entity and neighborhood). */
const ipcLike = fc.oneof(
  fc.stringMatching(/^[A-H](\d{2}([A-Z]( ?\d{1,5}(\/\d{0,7})?)?)?)?$/),
  fc.constantFrom('H01M 10/', 'H01M /052', 'h01m 10/052', 'H01M  10 / 052', 'Z99Z 1/00', 'H01M 99999999999999999999/1', 'H01M 10/052 ', '\tH01M'),
);

/** Cursors of both paged fields, valid in form but pointing anywhere, and near misses. */
const cursorLike = fc
  .tuple(fc.constantFrom('actor:', 'rpc:', 'rpc:-', 'actor', ''), fc.oneof(fc.string({ maxLength: 30 }), fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String)))
  .map(([head, tail]) => Buffer.from(head + tail).toString('base64url'));

function text(prefix: string): fc.Arbitrary<string> {
  const ids = ['ORG-E1', 'ORG-E3', 'ORG-U1', 'PER-2', 'CN113000001A', 'POL-GD-2022-01', 'CN-GD', 'TX-1', 'CN-GD-SZ', 'NOPE'].map((id) => prefix + id);
  return fc.oneof(
    { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
    { arbitrary: fc.string({ maxLength: 300 }), weight: 1 },
    { arbitrary: fc.constantFrom(...ids), weight: 3 },
    { arbitrary: odd, weight: 2 },
    { arbitrary: ipcLike, weight: 1 },
    { arbitrary: cursorLike, weight: 1 },
  );
}

function rightType(slot: Slot, prefix: string): fc.Arbitrary<unknown> {
  switch (slot.type.leaf) {
    case 'Int':
      return fc.oneof(fc.integer({ min: -INT32 - 1, max: INT32 }), fc.integer({ min: -5, max: 250 }), fc.constantFrom(0, -1, INT32, -INT32 - 1, 2001, 10_000));
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -2, max: 2, noNaN: true }), fc.constantFrom(-0, 1e308, 5e-324, -1, 1.0000001));
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return fc.oneof(
        fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        fc.constantFrom(...BAD_DATES),
        fc.string({ maxLength: 12 }),
      );
    case 'Enum':
      return fc.oneof(fc.constantFrom(...slot.type.values).map((v): EnumValue => ({ enum: v })), fc.string({ maxLength: 10 }).map((v): EnumValue => ({ enum: v || 'X' })));
    case 'String':
    case 'ID':
      return text(prefix);
  }
}

/** JSON of any other shape: where a variable's type does not match, coercion must refuse it. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(2 ** 53, -(2 ** 53), 1.5, true, 'x', [], {}, [null], [[1]], { id: 'x' }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A value for the slot: valid, of the right type but wrong, null, left out, or of the wrong type. */
export function slotValue(slot: Slot, prefix: string): fc.Arbitrary<unknown> {
  const valid = validValue(slot, prefix);
  const item = rightType(slot, prefix);
  const right = slot.type.list ? fc.oneof(fc.array(item, { maxLength: 6 }), fc.array(fc.option(item, { nil: null }), { maxLength: 4 })) : item;
  const enumValid = slot.type.leaf === 'Enum' && typeof valid === 'string' ? { enum: valid } : valid;
  return fc.oneof(
    { arbitrary: fc.constant(enumValid), weight: 4 },
    { arbitrary: right, weight: 5 },
    { arbitrary: fc.constantFrom(null, undefined), weight: 1 },
    { arbitrary: wrongType, weight: 1 },
  );
}

export interface Call {
  values: Map<string, unknown>;
  /** Whole input-object variables replaced by junk. */
  overrides: Record<string, unknown>;
  /** Send the values written in the query rather than as variables. */
  literal: boolean;
}

export function callOf(op: RootOperation, prefix: string): fc.Arbitrary<Call> {
  const slots = fc.tuple(...op.slots.map((s) => slotValue(s, prefix)));
  const objects = Object.keys(op.objectVariables);
  const overrides = fc.tuple(...objects.map(() => fc.option(wrongType, { nil: undefined, freq: 8 })));
  return fc.record({ slots, overrides, literal: fc.boolean() }).map(({ slots: vs, overrides: os, literal }) => ({
    values: new Map(op.slots.map((s, i) => [s.where, vs[i]])),
    overrides: Object.fromEntries(objects.flatMap((name, i) => (os[i] === undefined ? [] : [[name, os[i]]]))),
    literal,
  }));
}

/** The value as a variable carries it: enum values as their names. */
export function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Object.keys(o).length === 1 && typeof o.enum === 'string') return o.enum;
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}
