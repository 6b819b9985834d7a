import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FIELD_COSTS, MAX_REQUEST_COST, requestCost } from './request-cost.ts';
import { TYPE_DEFS } from '../http/server-factory.ts';

const schema = makeExecutableSchema({ typeDefs: TYPE_DEFS });
const cost = (query: string, variables: Record<string, unknown> = {}) => requestCost(schema, parse(query), { variables });

describe('the request cost', () => {
  it('weighs every root field of the schema', () => {
    expect(Object.keys(schema.getQueryType()!.getFields()).sort()).toEqual(Object.keys(FIELD_COSTS).sort());
  });

  it('lets any one root field through at its heaviest', () => {
    for (const [name, weigh] of Object.entries(FIELD_COSTS)) {
      const heaviest = Math.max(weigh({}), weigh({ depth: 3, limit: 2000, maxHops: 6, mode: 'ALL', includeImplementing: true }));
      expect(heaviest, name).toBeLessThanOrEqual(MAX_REQUEST_COST);
    }
  });

  it('adds up aliases, with arguments from variables and defaults', () => {
    const hoods = Array.from({ length: 10 }, (_, i) => `h${i}: neighborhood(id: "A", depth: $d, relTypes: ["HOLDS"]) { truncated }`).join(' ');
    expect(cost(`query Q($d: Int) { ${hoods} }`, { d: 3 })).toBe(120);
    expect(cost(`query Q($d: Int) { ${hoods} }`, {})).toBe(20);
    expect(cost('{ paths(from: "A", to: "B") { cut } search(text: "x") { id } }')).toBe(4);
    expect(cost('{ a: paths(from: "A", to: "B", maxHops: 6, mode: ALL) { cut } b: paths(from: "A", to: "B", maxHops: 6, mode: ALL) { cut } }')).toBe(26);
  });

  it('takes out-of-range arguments at the nearest allowed value, so the resolver names them', () => {
    expect(cost('{ neighborhood(id: "A", depth: 99, limit: 1000000) { truncated } }')).toBe(36);
    expect(cost('{ neighborhood(id: "A", depth: -1) { truncated } }')).toBe(2);
  });

  it('leaves variables that do not fit the operation to execution', () => {
    expect(cost('query Q($d: Int) { neighborhood(id: "A", depth: $d) { truncated } }', { d: 'deep' })).toBeNull();
  });
});
