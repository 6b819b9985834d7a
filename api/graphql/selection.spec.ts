import { buildSchema, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedArguments, selects, selectsAnywhere } from './selection.ts';

function infoOf(query: string) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selects', () => {
  it('finds a nested field, directly or through fragments', () => {
    expect(selects(infoOf('{ neighborhood(id: "x") { nodes { id properties } } }'), ['nodes', 'properties'])).toBe(true);
    expect(selects(infoOf('{ neighborhood(id: "x") { nodes { id name } edges { properties } } }'), ['nodes', 'properties'])).toBe(false);
    expect(selects(infoOf('{ neighborhood(id: "x") { ...S } } fragment S on Subgraph { nodes { ...N } } fragment N on GraphNode { properties }'), ['nodes', 'properties'])).toBe(true);
    expect(selects(infoOf('{ neighborhood(id: "x") { ... on Subgraph { nodes { properties } } } }'), ['nodes', 'properties'])).toBe(true);
  });

  it('finds a field at any depth below a path, and only below it', () => {
    const info = infoOf('{ entity(id: "x") { node { properties } organization { owners { ...O } } } } fragment O on Shareholding { owner { properties } }');
    expect(selectsAnywhere(info, ['organization'], 'properties')).toBe(true);
    expect(selectsAnywhere(info, ['patent'], 'properties')).toBe(false);
    expect(selectsAnywhere(infoOf('{ entity(id: "x") { node { properties } organization { patents { id } } } }'), ['organization'], 'properties')).toBe(false);
  });
});

describe('selectedArguments', () => {
  const schema = buildSchema('type Query { org: Org } type Org { patents(first: Int = 50): [String!]! name: String }');
  const argsOf = (query: string, variableValues: Record<string, unknown> = {}) =>
    selectedArguments({ ...infoOf(query), returnType: schema.getQueryType()!.getFields().org!.type, variableValues }, ['patents']);

  it('gives one set of arguments per selection, with defaults and variables applied', () => {
    expect(argsOf('{ org { name } }')).toEqual([]);
    expect(argsOf('{ org { patents } }')).toEqual([{ first: 50 }]);
    expect(argsOf('query($n: Int) { org { a: patents(first: 5) b: patents(first: $n) ...F } } fragment F on Org { c: patents }', { n: 7 })).toEqual([{ first: 5 }, { first: 7 }, { first: 50 }]);
    expect(argsOf('{ org { ... on Org { patents(first: null) } } }')).toEqual([{ first: null }]);
    expect(selectedArguments({ ...infoOf('{ org { patents(first: 3) } }'), returnType: schema.getQueryType()!.getFields().org!.type, variableValues: {} }, ['name', 'patents'])).toEqual([]);
  });
});
