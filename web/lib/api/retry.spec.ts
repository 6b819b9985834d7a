import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { retryTransient } from './retry.ts';

describe('retryTransient', () => {
  it('tries a read again after a transient failure, and gives up after the last attempt', async () => {
    let calls = 0;
    const flaky = async () => {
      calls++;
      if (calls < 3) throw new ApiError('TIMEOUT', 'slow');
      return 'hits';
    };
    await expect(retryTransient(flaky, { pauseMs: 1 })).resolves.toBe('hits');
    expect(calls).toBe(3);
    calls = 0;
    await expect(retryTransient(async () => { calls++; throw new ApiError('DATABASE_UNAVAILABLE', 'down'); }, { pauseMs: 1, attempts: 2 })).rejects.toThrow('down');
    expect(calls).toBe(2);
  });

  it('does not repeat what another try cannot mend', async () => {
    let calls = 0;
    await expect(retryTransient(async () => { calls++; throw new ApiError('BAD_USER_INPUT', 'bad'); }, { pauseMs: 1 })).rejects.toThrow('bad');
    expect(calls).toBe(1);
  });
});
