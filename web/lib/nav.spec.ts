import { describe, expect, it } from 'vitest';
import { allows, deniedAt, NAV } from './nav.ts';

const entry = (href: string) => NAV.find((e) => e.href === href)!;

describe('nav entries by role', () => {
  it('lets each role use the pages its API fields allow', () => {
    expect(allows(entry('/explore'), 'VIEWER')).toBe(true);
    expect(allows(entry('/licensees'), 'VIEWER')).toBe(false);
    expect(allows(entry('/licensees'), 'ANALYST')).toBe(true);
    expect(allows(entry('/related-party'), 'ANALYST')).toBe(false);
    expect(allows(entry('/related-party'), 'SUPERVISOR')).toBe(true);
  });

  it('names the page a role may not use, sub-pages included', () => {
    expect(deniedAt('/related-party/report/C-1', 'ANALYST')?.role).toBe('SUPERVISOR');
    expect(deniedAt('/licensees', 'VIEWER')?.role).toBe('ANALYST');
    expect(deniedAt('/explore', 'VIEWER')).toBeNull();
    expect(deniedAt('/related-party', null)).toBeNull();
  });
});
