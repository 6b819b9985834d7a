import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { TYPE_DEFS } from '../../../api/http/server-factory.ts';

// Every root field of the served schema with every argument it takes, read from the schema files
// themselves, so that a field or argument added later is probed without editing the tests. A type
// no filler knows stops the tests with its name rather than being skipped.

export type LeafKind = 'String' | 'ID' | 'Int' | 'Float' | 'Boolean' | 'Date' | 'Enum';

/** The input types the tests can fill: a leaf, or a list of leaves. */
export interface SlotType {
  leaf: LeafKind;
  list: boolean;
  /** The value may be null (or left out). */
  nullable: boolean;
  /** The enum's values, for an Enum leaf. */
  values: string[];
  /** As written in a variable definition, e.g. `[String!]`. */
  sdl: string;
}

/** One value the client chooses: a root argument, a field of an input-object argument, or an argument of a nested field. */
export interface Slot {
  /** How the API's errors name it: `first`, `filters.region`, `lang`. */
  name: string;
  /** `Query.search(text)`, `Query.licenseeCandidates(filters.region)`, `LicenseeCandidate.reason(lang)`. */
  where: string;
  type: SlotType;
  /** The variable carrying it, and for an input object's field, the field in that variable. */
  variable: string;
  field?: string;
}

export interface RootOperation {
  field: string;
  slots: Slot[];
  /** Variables of the operation that hold input objects, by name: their SDL type. */
  objectVariables: Record<string, string>;
  /** The operation: every slot is a variable. */
  query: string;
  /** The variables object for `values` (by slot `where`; undefined leaves a slot out). */
  variables(values: ReadonlyMap<string, unknown>, overrides?: Record<string, unknown>): Record<string, unknown>;
}

export const SERVED_SCHEMA: GraphQLSchema = buildSchema(TYPE_DEFS.join('\n'));

const SCALAR_KINDS: Record<string, LeafKind> = { String: 'String', ID: 'ID', Int: 'Int', Float: 'Float', Boolean: 'Boolean', Date: 'Date' };

/** Describes an input type the tests know how to fill; throws naming `where` otherwise. */
export function slotType(type: GraphQLInputType, where: string): SlotType {
  const nullable = !isNonNullType(type);
  const inner = getNullableType(type);
  const list = isListType(inner);
  const item = list ? getNullableType(inner.ofType) : inner;
  const unknown = (): never => {
    throw new Error(`No filler for the type ${String(type)} of ${where}: teach tests/api/helpers/schema-arguments.ts and valid-arguments.ts about it.`);
  };
  if (isListType(item)) return unknown();
  let leaf: LeafKind;
  let values: string[] = [];
  if (isEnumType(item)) {
    leaf = 'Enum';
    values = item.getValues().map((v) => v.name);
  } else if (isScalarType(item) && SCALAR_KINDS[item.name]) {
    leaf = SCALAR_KINDS[item.name]!;
  } else {
    return unknown();
  }
  return { leaf, list, nullable, values, sdl: String(type) };
}

function argumentSlots(arg: GraphQLArgument, where: string, variable: string): { slots: Slot[]; objectType?: string } {
  const named = getNamedType(arg.type);
  if (isInputObjectType(named)) {
    if (isListType(getNullableType(arg.type))) throw new Error(`No filler for the list of input objects ${String(arg.type)} of ${where}(${arg.name}).`);
    const slots = Object.values(named.getFields()).map((f) => ({
      name: `${arg.name}.${f.name}`,
      where: `${where}(${arg.name}.${f.name})`,
      type: slotType(f.type, `${where}(${arg.name}.${f.name})`),
      variable,
      field: f.name,
    }));
    for (const f of Object.values(named.getFields())) {
      if (isInputObjectType(getNamedType(f.type))) throw new Error(`No filler for the nested input object ${String(f.type)} of ${where}(${arg.name}.${f.name}).`);
    }
    return { slots, objectType: String(arg.type) };
  }
  return { slots: [{ name: arg.name, where: `${where}(${arg.name})`, type: slotType(arg.type, `${where}(${arg.name})`), variable }] };
}

interface Built {
  text: string;
  slots: Slot[];
  /** Variable definitions for the nested fields' arguments. */
  definitions: string[];
}

/**
 * Leaf fields `depth` levels down; fields whose arguments all have defaults or are optional are
 * selected with their arguments as variables (so those are probed too), others left out.
 */
function selection(type: GraphQLOutputType, depth: number, seen: Set<string>): Built {
  const named = getNamedType(type);
  if (isLeafType(named)) return { text: '', slots: [], definitions: [] };
  if (!isObjectType(named)) throw new Error(`No selection for the abstract type ${named.name}.`);
  const parts: string[] = ['__typename'];
  const slots: Slot[] = [];
  const definitions: string[] = [];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const fieldNamed = getNamedType(field.type);
    const nested = isLeafType(fieldNamed) ? null : depth > 0 ? selection(field.type, depth - 1, seen) : null;
    if (!isLeafType(fieldNamed) && !nested) continue;
    let args = '';
    // Each field's arguments once per operation: a type selected at two places shares them.
    const key = `${named.name}.${field.name}`;
    if (field.args.length > 0) {
      const own = field.args.map((a) => ({ a, variable: `${named.name}_${field.name}_${a.name}` }));
      args = `(${own.map(({ a, variable }) => `${a.name}: $${variable}`).join(', ')})`;
      if (!seen.has(key)) {
        seen.add(key);
        for (const { a, variable } of own) {
          slots.push(...argumentSlots(a, `${named.name}.${field.name}`, variable).slots);
          definitions.push(`$${variable}: ${String(a.type)}`);
        }
      }
    }
    parts.push(`${field.name}${args}${nested ? ` ${nested.text}` : ''}`);
    if (nested) {
      slots.push(...nested.slots);
      definitions.push(...nested.definitions);
    }
  }
  return { text: `{ ${parts.join(' ')} }`, slots, definitions };
}

/** How many levels below the root field the generated operations select. */
export const SELECTION_DEPTH = 3;

/** Every root field of the schema as an operation with one variable per argument. */
export function rootOperations(schema: GraphQLSchema = SERVED_SCHEMA): RootOperation[] {
  const query = schema.getQueryType();
  if (!query) throw new Error('The schema has no Query type.');
  return Object.values(query.getFields()).map((field) => {
    const slots: Slot[] = [];
    const objectVariables: Record<string, string> = {};
    const definitions: string[] = [];
    const callArgs: string[] = [];
    for (const arg of field.args) {
      const { slots: own, objectType } = argumentSlots(arg, `Query.${field.name}`, arg.name);
      slots.push(...own);
      if (objectType) objectVariables[arg.name] = objectType;
      definitions.push(`$${arg.name}: ${String(arg.type)}`);
      callArgs.push(`${arg.name}: $${arg.name}`);
    }
    const sel = selection(field.type, SELECTION_DEPTH - 1, new Set());
    definitions.push(...sel.definitions);
    slots.push(...sel.slots);
    const head = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
    const call = callArgs.length > 0 ? `(${callArgs.join(', ')})` : '';
    const text = `query Probe_${field.name}${head} { ${field.name}${call}${sel.text ? ` ${sel.text}` : ''} }`;
    return {
      field: field.name,
      slots,
      objectVariables,
      query: text,
      variables(values, overrides = {}) {
        const out: Record<string, unknown> = {};
        for (const s of slots) {
          const v = values.get(s.where);
          if (v === undefined) continue;
          if (s.field) out[s.variable] = { ...((out[s.variable] as Record<string, unknown> | undefined) ?? {}), [s.field]: v };
          else out[s.variable] = v;
        }
        return { ...out, ...overrides };
      },
    };
  });
}
