import { parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selects } from './selection.ts';

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
});
