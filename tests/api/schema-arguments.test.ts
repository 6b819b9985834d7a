import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { rootOperations } from './helpers/schema-arguments.ts';
import { validValues } from './helpers/valid-arguments.ts';

// The bad-input tests read the fields to probe from the schema; a field they cannot fill must stop
// them with its name rather than be skipped.

const schema = (query: string) => buildSchema(`scalar Date scalar JSON type Hit { id: ID! label(lang: String = "zh"): String! } type Query { ${query} }`);

describe('rootOperations', () => {
  it('makes one operation per root field with every argument, input field and nested argument as a variable', () => {
    const s = buildSchema(`input F { region: ID, min: Int } type Hit { id: ID! label(lang: String = "zh"): String! } type Query { find(text: String!, kinds: [String!], f: F): [Hit!]! }`);
    const [op] = rootOperations(s);
    expect(op!.slots.map((x) => [x.where, x.type.sdl])).toEqual([
      ['Query.find(text)', 'String!'],
      ['Query.find(kinds)', '[String!]'],
      ['Query.find(f.region)', 'ID'],
      ['Query.find(f.min)', 'Int'],
      ['Hit.label(lang)', 'String'],
    ]);
    expect(op!.query).toBe('query Probe_find($text: String!, $kinds: [String!], $f: F, $Hit_label_lang: String) { find(text: $text, kinds: $kinds, f: $f) { __typename id label(lang: $Hit_label_lang) } }');
    expect(op!.variables(new Map<string, unknown>([['Query.find(text)', 'x'], ['Query.find(f.region)', 'CN'], ['Query.find(f.min)', 1]]))).toEqual({ text: 'x', f: { region: 'CN', min: 1 } });
  });

  it('stops at an argument type it cannot fill, naming it', () => {
    expect(() => rootOperations(schema('raw(value: JSON): Hit'))).toThrow(/No filler for the type JSON of Query\.raw\(value\)/);
    expect(() => rootOperations(schema('grid(cells: [[Int!]]): Hit'))).toThrow(/No filler for the type \[\[Int!\]\] of Query\.grid\(cells\)/);
  });

  it('stops at a new ID or String argument that has no valid value yet, naming it', () => {
    const [op] = rootOperations(schema('owner(companyId: ID!, first: Int): Hit'));
    expect(() => validValues(op!, 'p-')).toThrow(/No valid value for Query\.owner\(companyId\)/);
  });
});
