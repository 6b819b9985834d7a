import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DatabaseError, DatabaseUnavailableError, QueryTimeoutError } from '../../graph/driver.ts';
import { NodeNotFoundError } from '../../graph/queries/node-by-id.ts';
import { checkAllowed, checkLimit, checkRange } from './arguments.ts';
import { badUserInput, formatError, QueryTooComplexError } from './errors.ts';

/** What a resolver's throw looks like by the time Apollo formats it. */
const fromResolver = (e: Error) => new GraphQLError(e.message, { path: ['x'], originalError: e });
const format = (e: GraphQLError) => formatError({ message: e.message, path: ['x'], extensions: { code: 'WHATEVER', ...e.extensions, stacktrace: ['at …'] } }, e);

describe('formatError', () => {
  it('gives each failure its stable code', () => {
    expect(format(fromResolver(new DatabaseUnavailableError('Neo4j is unavailable: connect ECONNREFUSED 127.0.0.1:7687')))).toEqual({
      message: 'The database is unavailable; try again shortly.',
      path: ['x'],
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    expect(format(fromResolver(new QueryTimeoutError('slow'))).extensions).toEqual({ code: 'TIMEOUT' });
    expect(format(fromResolver(new NodeNotFoundError('to', 'X'))).extensions).toEqual({ code: 'NOT_FOUND', argument: 'to', id: 'X' });
    expect(format(new QueryTooComplexError('Syntax Error: Query depth limit of 8 exceeded, found 9.'))).toMatchObject({
      message: 'Query depth limit of 8 exceeded, found 9.',
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  });

  it('keeps a bad argument error as it is, naming the argument', () => {
    const e = badUserInput('depth', 'must be from 1 to 3, got 9.');
    expect(format(fromResolver(e))).toMatchObject({ message: 'Argument "depth" must be from 1 to 3, got 9.', extensions: { code: 'BAD_USER_INPUT', argument: 'depth' } });
  });

  it('masks everything else, stack and all', () => {
    const out = format(fromResolver(new DatabaseError('Invalid input MATCH (n:Secret)', 'Neo.ClientError.Statement.SyntaxError')));
    expect(out).toEqual({ message: 'Internal server error.', path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(format(fromResolver(new TypeError("Cannot read properties of undefined (reading 'id')"))).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('argument checks', () => {
  it('names the argument and the allowed values', () => {
    expect(() => checkAllowed('labels', ['Patent', 'Company'], ['Patent', 'Person'])).toThrow(/"labels" has unknown value "Company"; allowed: Patent, Person/);
    expect(checkAllowed('labels', [], ['Patent'])).toBeNull();
    // Whatever a client sends, the message quoting it back stays short.
    const many = Array.from({ length: 1000 }, (_, i) => `${'x'.repeat(500)}${i}`);
    expect(() => checkAllowed('labels', many, ['Patent'])).toThrow(/^Argument "labels" has unknown values "x{40}…" \(501 characters\), .* and 995 more; allowed: Patent\.$/);
    expect(checkAllowed('labels', ['Patent', 'Patent'], ['Patent'])).toEqual(['Patent']);
    expect(() => checkRange('depth', 4, { fallback: 1, min: 1, max: 3 })).toThrow(/"depth" must be from 1 to 3, got 4/);
    expect(checkRange('depth', null, { fallback: 1, min: 1, max: 3 })).toBe(1);
    expect(checkLimit('limit', 5000, { fallback: 200, cap: 2000 })).toBe(2000);
    expect(() => checkLimit('limit', 0, { fallback: 200, cap: 2000 })).toThrow(/"limit" must be at least 1/);
  });
});
