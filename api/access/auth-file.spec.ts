import { describe, expect, it } from 'vitest';
import { AuthFileError, parseAuthEntries, sha256Hex } from './auth-file.ts';

const hash = sha256Hex('a-token-of-some-length');

describe('AUTH_FILE', () => {
  it('reads names, roles, hashes and expiry dates', () => {
    const [e] = parseAuthEntries(JSON.stringify([{ name: 'vera', role: 'viewer', tokenSha256: hash.toUpperCase(), expires: '2027-01-31T00:00:00Z' }]), 'users.json');
    expect(e).toEqual({ name: 'vera', role: 'viewer', tokenSha256: hash, expires: new Date('2027-01-31T00:00:00Z') });
  });

  it('names every bad entry and what is wrong with it, and accepts none of the file', () => {
    const text = JSON.stringify([
      { name: 'ok', role: 'analyst', tokenSha256: hash },
      { name: '', role: 'boss', tokenSha256: 'plain-text-token' },
      { name: 'twin', role: 'viewer', tokenSha256: hash },
      { name: 'late', role: 'viewer', tokenSha256: sha256Hex('x'), expires: 'next week' },
      'nobody',
    ]);
    let err: unknown;
    try {
      parseAuthEntries(text, 'users.json');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AuthFileError);
    const message = (err as Error).message;
    expect(message).toContain('users.json');
    expect(message).toMatch(/entry 2: "name" must be a non-empty string/);
    expect(message).toMatch(/entry 2: "role" must be one of viewer, analyst, supervisor, got "boss"/);
    expect(message).toMatch(/entry 2: "tokenSha256" must be 64 hex digits/);
    expect(message).toMatch(/entry 3: the same token hash as an earlier entry/);
    expect(message).toMatch(/entry 4: "expires" must be an ISO date-time/);
    expect(message).toMatch(/entry 5: not an object/);
    expect(message).not.toMatch(/entry 1:/);
  });

  it('refuses text that is not a JSON array of users', () => {
    expect(() => parseAuthEntries('{"name": "x"}', 'f.json')).toThrow(/non-empty JSON array/);
    expect(() => parseAuthEntries('[', 'f.json')).toThrow(/f.json is not valid JSON/);
  });
});
