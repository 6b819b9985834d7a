import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../../graph/vocabulary/index.ts';

function parseDate(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw new GraphQLError(`A Date is written YYYY-MM-DD (a real calendar date), got ${JSON.stringify(value)}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * Dates travel as `YYYY-MM-DD` strings both ways, as the driver module hands them out. A string
 * literal's calendar check is DateArgumentsRule's, which can name the argument.
 */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date written YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return ast.value;
    // A plain Error: graphql-js then reports where, and what type was expected.
    throw new Error('a Date is a string written YYYY-MM-DD');
  },
});

/** Stored properties: plain JSON objects already (numbers, strings, lists, dates as strings). */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: "A JSON object of a node's or relationship's stored properties.",
  serialize: (value) => value,
  parseValue: () => {
    throw new GraphQLError('JSON is an output type only.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
