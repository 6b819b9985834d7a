import { describe, expect, it } from 'vitest';
import { checkBind, isLoopback } from './public-bind.ts';

describe('binding beyond loopback', () => {
  it('tells loopback addresses from the rest', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1']) expect(isLoopback(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.org', '::ffff:10.0.0.1']) expect(isLoopback(h), h).toBe(false);
  });

  it('is refused without AUTH_FILE and allowed with it', () => {
    expect(() => checkBind({ host: '0.0.0.0', authFile: null })).toThrow(/API_HOST=0.0.0.0.*AUTH_FILE/);
    expect(() => checkBind({ host: '0.0.0.0', authFile: '/etc/ipatlas/users.json' })).not.toThrow();
    expect(() => checkBind({ host: '127.0.0.1', authFile: null })).not.toThrow();
  });
});
