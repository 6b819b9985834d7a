import { describe, expect, it } from 'vitest';
import { safeNext, signInHref } from './next-path.ts';

describe('the address sign-in returns to', () => {
  it('keeps paths of this site with their query', () => {
    expect(safeNext('/explore?n=ORG-1&x=2')).toBe('/explore?n=ORG-1&x=2');
    expect(safeNext('/related-party/report/C-1')).toBe('/related-party/report/C-1');
  });

  it('refuses other origins, scheme tricks and the sign-in page itself', () => {
    for (const bad of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'explore', '', null, undefined, '/signin', '/signin?next=/x']) {
      expect(safeNext(bad), String(bad)).toBe('/');
    }
  });

  it('links to the sign-in page with the current address', () => {
    expect(signInHref({ pathname: '/explore', search: '?n=ORG-1' })).toBe('/signin?next=%2Fexplore%3Fn%3DORG-1');
    expect(signInHref({ pathname: '/', search: '' })).toBe('/signin');
  });
});
