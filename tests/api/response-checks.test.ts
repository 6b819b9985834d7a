import { describe, expect, it } from 'vitest';
import type { RawResponse } from './helpers/http.ts';
import { problemsOf } from './helpers/response-checks.ts';

// The checks every probe of bad input relies on must themselves catch what they are for.

const answer = (status: number, json: unknown): RawResponse => ({ status, headers: new Headers(), text: JSON.stringify(json), json });
const refusal = (message: string, extensions: Record<string, unknown>) => answer(200, { data: null, errors: [{ message, extensions }] });

describe('problemsOf', () => {
  it('passes data, and refusals with a documented code naming the argument', () => {
    expect(problemsOf(answer(200, { data: { stats: { nodes: 1 } } }))).toEqual([]);
    expect(problemsOf(refusal('Argument "first" must be at least 1, got 0.', { code: 'BAD_USER_INPUT', argument: 'first' }), { argument: { name: 'first', variable: 'first' } })).toEqual([]);
    expect(problemsOf(answer(400, { errors: [{ message: 'Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"', extensions: { code: 'BAD_USER_INPUT' } }] }))).toEqual([]);
  });

  it('flags a 500, an internal error, an unknown code and a body that is not GraphQL', () => {
    expect(problemsOf(answer(500, { errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }))).toEqual(['HTTP 500', 'code INTERNAL_SERVER_ERROR: Internal server error.']);
    expect(problemsOf(refusal('Too slow.', { code: 'TIMEOUT' }))).toEqual(['code TIMEOUT: Too slow.']);
    expect(problemsOf({ status: 200, headers: new Headers(), text: '<html>', json: undefined })).toEqual(['body is not a JSON object: <html>']);
    expect(problemsOf(answer(200, { errors: [] }))).toEqual(['errors is not a non-empty list']);
  });

  it('flags Cypher, driver words and stack traces, but not the values the client sent', () => {
    const leak = refusal('Neo.ClientError.Statement.SyntaxError: Invalid input near MATCH (n)', { code: 'BAD_USER_INPUT', argument: 'id' });
    expect(problemsOf(leak).join()).toMatch(/shows internals/);
    const stack = refusal('x is not a function at resolve (/app/api/resolvers/x.ts:10:5)', { code: 'BAD_USER_INPUT', argument: 'id' });
    expect(problemsOf(stack).join()).toMatch(/shows internals/);
    const quoted = refusal('No node has the id "x\'}) MATCH (n) DETACH DELETE n //" (argument "id").', { code: 'NOT_FOUND', argument: 'id' });
    expect(problemsOf(quoted, { sent: ["x'}) MATCH (n) DETACH DELETE n //"] })).toEqual([]);
    expect(problemsOf(quoted).join()).toMatch(/shows internals/);
    const cut = refusal('Argument "kinds" has unknown value "x\' UNION MATCH (n) SET n.pwned = true RE…" (48 characters).', { code: 'BAD_USER_INPUT', argument: 'kinds' });
    expect(problemsOf(cut, { sent: [["x' UNION MATCH (n) SET n.pwned = true RETURN n //"]] })).toEqual([]);
    const long = refusal(`Argument "kinds" has unknown value "${'x'.repeat(3000)}".`, { code: 'BAD_USER_INPUT', argument: 'kinds' });
    expect(problemsOf(long, { sent: ['x'.repeat(3000)] }).join()).toMatch(/message of 3\d{3} characters with the values sent/);
  });

  it('flags a refusal that names no argument, or the wrong one', () => {
    expect(problemsOf(refusal('Bad value.', { code: 'BAD_USER_INPUT' })).join()).toMatch(/names no argument/);
    const other = refusal('Argument "depth" must be from 1 to 3, got 9.', { code: 'BAD_USER_INPUT', argument: 'depth' });
    expect(problemsOf(other, { argument: { name: 'limit', variable: 'limit' } }).join()).toMatch(/names "depth", not "limit"/);
    expect(problemsOf(other, { argumentNames: ['id', 'limit'] }).join()).toMatch(/no argument of the field/);
  });
});
