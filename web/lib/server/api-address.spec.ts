import { describe, expect, it } from 'vitest';
import { apiGraphQLUrl } from './api-address.ts';

describe('apiGraphQLUrl', () => {
  it('is the API on loopback port 4000 when nothing is set', () => {
    expect(apiGraphQLUrl({})).toBe('http://127.0.0.1:4000/graphql');
  });

  it('reaches an API listening on every interface on loopback, and brackets IPv6 hosts', () => {
    expect(apiGraphQLUrl({ API_HOST: '0.0.0.0', API_PORT: '4100' })).toBe('http://127.0.0.1:4100/graphql');
    expect(apiGraphQLUrl({ API_HOST: '::1' })).toBe('http://[::1]:4000/graphql');
  });

  it('names the setting that is wrong', () => {
    expect(() => apiGraphQLUrl({ API_PORT: '70000' })).toThrow(/API_PORT .* got "70000"/);
    expect(() => apiGraphQLUrl({ API_HOST: 'a b' })).toThrow(/API_HOST/);
  });
});
