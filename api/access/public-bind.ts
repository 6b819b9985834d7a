import { isIP } from 'node:net';
import type { ApiConfig } from '../http/config.ts';

/** 127.0.0.0/8, ::1 and `localhost`: addresses only this machine reaches. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
  return mapped !== null && mapped[1]!.startsWith('127.');
}

export class UnsafeBindError extends Error {}

/** Reachable from other machines only with AUTH_FILE: the single-user mode trusts whoever connects. */
export function checkBind(config: Pick<ApiConfig, 'host' | 'authFile'>): void {
  if (!isLoopback(config.host) && !config.authFile) {
    throw new UnsafeBindError(
      `API_HOST=${config.host} would let other machines in, and without AUTH_FILE every caller has every role: ` +
        'set AUTH_FILE (see docs/access-control.md), or leave API_HOST unset to listen on 127.0.0.1 only',
    );
  }
}
