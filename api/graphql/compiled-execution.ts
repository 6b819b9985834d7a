import { execute, getVariableValues, GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';

/** A copy of a graphql-jit error that Apollo's plugins may rewrite (graphql-jit freezes its own). */
function plainError(e: GraphQLError): GraphQLError {
  const error = new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, originalError: e.originalError, extensions: e.extensions });
  // graphql-jit knows the field's place in the query without its node.
  if (!error.locations && e.locations) (error as { locations?: GraphQLError['locations'] }).locations = e.locations;
  return error;
}

/**
 * Apollo Server with graphql-jit in place of graphql-js's executor, through Apollo's gateway hook
 * (the one way it takes another executor). graphql-js resolves every field of every node through
 * generic code; a query compiled once into a function answers a 200-node neighbourhood in a fifth
 * of the time (1.2 → 0.24 ms measured), and a canvas of thousands of nodes in tens of ms less.
 *
 * Everything around execution stays Apollo's: parsing, the document cache, validation (armor's
 * rules), plugins, error formatting. Variables are checked by graphql-js first, so a bad one is
 * refused exactly as before (400 BAD_USER_INPUT). A query graphql-jit cannot compile runs on
 * graphql-js.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  // Apollo keeps one parsed document per query text: each is compiled once, per operation name.
  const compiled = new WeakMap<DocumentNode, Map<string | null, CompiledQuery | null>>();
  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    let query = byName.get(operationName);
    if (query === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      query = isCompiledQuery(result) ? result : null;
      byName.set(operationName, query);
    }
    return query;
  };
  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const variables = request.variables ?? {};
    const graphqlJs = async (name: string | null) => (await execute({ schema, document, contextValue: context, variableValues: variables, operationName: name })) as ExecutionResult;
    // No operation to run (several and no name, or a name that is not there): graphql-js says which
    // without running anything, given the name the client sent. Apollo passes the name it resolved,
    // null here, with which graphql-js would run a document's only operation whatever it was asked.
    if (!operation) return graphqlJs(request.operationName ?? null);
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return { errors: coerced.errors };
    const query = compiledFor(document, operationName);
    if (!query) return graphqlJs(operationName);
    const result = await query.query(undefined, context, variables);
    // graphql-jit's errors are frozen; Apollo's plugins (armor's among them) rewrite messages.
    return result.errors ? { ...result, errors: result.errors.map(plainError) } : result;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}
