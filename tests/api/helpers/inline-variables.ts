import { Kind, parse, print, visit, type ConstValueNode, type DocumentNode } from 'graphql';

// The same operation with some variables written into it as literals, so a value reaches the
// server through the query text (the lexer, literal coercion, validation rules) rather than the
// variables object.

/** A JS value as a GraphQL literal; `{ enum: 'X' }` is the enum value X. */
export function literalOf(value: unknown): ConstValueNode {
  if (value === null || value === undefined) return { kind: Kind.NULL };
  if (typeof value === 'string') return { kind: Kind.STRING, value };
  if (typeof value === 'boolean') return { kind: Kind.BOOLEAN, value };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`No GraphQL literal for ${value}.`);
    return Number.isInteger(value) && Math.abs(value) < 1e21 ? { kind: Kind.INT, value: value.toFixed(0) } : { kind: Kind.FLOAT, value: String(value) };
  }
  if (Array.isArray(value)) return { kind: Kind.LIST, values: value.map(literalOf) };
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Object.keys(o).length === 1 && typeof o.enum === 'string') return { kind: Kind.ENUM, value: o.enum };
    return {
      kind: Kind.OBJECT,
      fields: Object.entries(o)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => ({ kind: Kind.OBJECT_FIELD, name: { kind: Kind.NAME, value: k }, value: literalOf(v) })),
    };
  }
  throw new Error(`No GraphQL literal for a ${typeof value}.`);
}

/** `query` with each variable named in `values` replaced by its value as a literal, and its definition dropped. */
export function inlineVariables(query: string | DocumentNode, values: Record<string, unknown>): string {
  const doc = typeof query === 'string' ? parse(query) : query;
  const names = new Set(Object.keys(values));
  return print(
    visit(doc, {
      VariableDefinition: (node) => (names.has(node.variable.name.value) ? null : undefined),
      Variable: (node) => (names.has(node.name.value) ? literalOf(values[node.name.value]) : undefined),
    }),
  );
}
