import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { DatabaseError, DatabaseUnavailableError, QueryTimeoutError, mapError, withDeadline } from './driver.ts';

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
