import { getOperationAST, parse, type DocumentNode } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { describe, expect, it } from 'vitest';
import { compiledExecution } from './compiled-execution.ts';

// The glue between Apollo and graphql-jit, on a small schema: what comes back is what graphql-js
// would give, errors included.

const schema = makeExecutableSchema({
  typeDefs: 'type Query { greet(name: String!, times: Int): String! broken: String items: [Item!]! } type Item { id: ID! }',
  resolvers: {
    Query: {
      greet: (_: unknown, a: { name: string; times?: number }) => `hello ${a.name}`.repeat(a.times ?? 1),
      broken: () => {
        throw new Error('resolver failed');
      },
      items: (_: unknown, __: unknown, ctx: { n: number }) => Array.from({ length: ctx.n }, (_, i) => ({ id: `I${i}` })),
    },
  },
});

async function executorOf(): Promise<GatewayExecutor> {
  const { executor } = await compiledExecution(schema).load({ apollo: { key: undefined, keyHash: undefined, graphRef: undefined } as never });
  return executor!;
}

function requestOf(document: DocumentNode, variables: Record<string, unknown>, operationName: string | null = null, context: unknown = {}): GatewayGraphQLRequestContext {
  return { document, operationName, operation: getOperationAST(document, operationName) ?? undefined, request: { variables }, context } as never;
}

describe('compiled execution', () => {
  it('answers with the data graphql-js would give, with the context and variables of the request', async () => {
    const run = await executorOf();
    const doc = parse('query Q($name: String!) { greet(name: $name, times: 2) items { id } }');
    expect(await run(requestOf(doc, { name: 'a' }, null, { n: 2 }))).toEqual({ data: { greet: 'hello ahello a', items: [{ id: 'I0' }, { id: 'I1' }] } });
    expect(await run(requestOf(doc, { name: 'b' }, null, { n: 0 }))).toEqual({ data: { greet: 'hello bhello b', items: [] } });
  });

  it('refuses a bad variable as graphql-js does, with no data (so Apollo answers 400 BAD_USER_INPUT)', async () => {
    const run = await executorOf();
    const result = await run(requestOf(parse('query Q($name: String!) { greet(name: $name) }'), { name: 42 }));
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/^Variable "\$name" got invalid value 42/);
    expect(result.errors?.[0]?.nodes?.[0]?.kind).toBe('VariableDefinition');
  });

  it('says which operation to run when the request does not', async () => {
    const run = await executorOf();
    const result = await run(requestOf(parse('query A { greet(name: "a") } query B { greet(name: "b") }'), {}));
    expect(result.errors?.[0]?.message).toBe('Must provide operation name if query contains multiple operations.');
    expect((await run(requestOf(parse('query A { greet(name: "a") } query B { greet(name: "b") }'), {}, 'B'))).data).toEqual({ greet: 'hello b' });
  });

  it("keeps a resolver's error with its path, location and original error, in an object plugins may rewrite", async () => {
    const run = await executorOf();
    const result = await run(requestOf(parse('{ greet(name: "a")\n  broken }'), {}));
    expect(result.data).toEqual({ greet: 'hello a', broken: null });
    const error = result.errors![0]!;
    expect(error.path).toEqual(['broken']);
    expect(error.locations).toEqual([{ line: 2, column: 3 }]);
    expect(error.originalError?.message).toBe('resolver failed');
    expect(() => ((error as { message: string }).message = 'masked')).not.toThrow();
  });
});
