import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { DatabaseError, DatabaseUnavailableError, QueryTimeoutError, mapError } from './driver.ts';

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
