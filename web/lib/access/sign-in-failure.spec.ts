import { describe, expect, it } from 'vitest';
import { signInFailure } from './sign-in-failure.ts';

describe('why a sign-in failed', () => {
  it('recognises the API’s refusals so the page can say them in its language', () => {
    expect(signInFailure('rejected', 'The token is not recognised.')).toEqual({ key: 'access.signin.wrong', values: {} });
    expect(signInFailure('rejected', 'The token expired on 2020-01-01T00:00:00.000Z.')).toEqual({ key: 'access.signin.expired', values: { date: '2020-01-01' } });
  });

  it('passes any other refusal on as the API wrote it', () => {
    expect(signInFailure('rejected', 'The Authorization header must be "Bearer <token>".')).toEqual({
      key: 'access.signin.refused',
      values: { message: 'The Authorization header must be "Bearer <token>".' },
    });
    expect(signInFailure('unavailable', 'ECONNREFUSED').values.message).toBe('ECONNREFUSED');
    expect(signInFailure('empty', '').key).toBe('access.signin.empty');
  });
});
