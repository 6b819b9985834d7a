import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { DatabaseError, DatabaseUnavailableError, QueryTimeoutError, StillPreparingError, mapError, readLimit, untilDeadline, withDeadline } from './driver.ts';

const neo4jError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error');

describe('mapError', () => {
  it('reports a server that cannot be reached, or no free connection in time, as unavailable', () => {
    expect(mapError(neo4jError('Could not perform discovery', 'ServiceUnavailable'))).toBeInstanceOf(DatabaseUnavailableError);
    expect(mapError(neo4jError('Connection acquisition timed out in 2000 ms. Pool status: Active conn count = 100, Idle conn count = 0.', 'N/A'))).toBeInstanceOf(
      DatabaseUnavailableError,
    );
  });

  it('keeps time limits and other server errors apart', () => {
    expect(mapError(neo4jError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'))).toBeInstanceOf(QueryTimeoutError);
    const other = mapError(neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError'));
    expect(other).toBeInstanceOf(DatabaseError);
    expect(other).not.toBeInstanceOf(DatabaseUnavailableError);
  });
});

describe('withDeadline', () => {
  it('passes on what settles in time, and gives up on what does not as unavailable', async () => {
    await expect(withDeadline(Promise.resolve(7), 1000)).resolves.toBe(7);
    await expect(withDeadline(Promise.reject(new QueryTimeoutError('slow')), 1000)).rejects.toBeInstanceOf(QueryTimeoutError);
    const never = new Promise<number>(() => {});
    await expect(withDeadline(never, 20)).rejects.toBeInstanceOf(DatabaseUnavailableError);
  });
});

describe('a request deadline', () => {
  it('cuts a read to the time left, and fails one started past it', () => {
    expect(readLimit({ timeoutMs: 500 }, 9000)).toBe(500);
    expect(readLimit({}, 9000)).toBe(9000);
    const left = readLimit({ timeoutMs: 10_000, deadline: Date.now() + 2000 }, 9000);
    expect(left).toBeGreaterThan(1000);
    expect(left).toBeLessThanOrEqual(2000);
    expect(() => readLimit({ deadline: Date.now() - 1 }, 9000)).toThrow(QueryTimeoutError);
  });

  it('stops waiting for shared work at the deadline, and not before what is already done', async () => {
    const expired = () => new StillPreparingError('still going');
    await expect(untilDeadline(Promise.resolve(7), { deadline: Date.now() - 1 }, expired)).resolves.toBe(7);
    await expect(untilDeadline(new Promise(() => {}), { deadline: Date.now() + 20 }, expired)).rejects.toBeInstanceOf(StillPreparingError);
    await expect(untilDeadline(Promise.resolve(8), {}, expired)).resolves.toBe(8);
  });
});
