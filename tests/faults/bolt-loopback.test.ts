import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { networkInterfaces } from 'node:os';

// The embedded Neo4j's Bolt port listens on 127.0.0.1 only. Checked without sending anything to
// an address outside the loopback range: another loopback address (127.0.0.2) must be refused,
// which a socket bound to every interface would accept, and the kernel's table of listening
// sockets must show the port on 127.0.0.1 alone, not on a wildcard or any interface address.

const embedded = inject('embedded');

/** 'connected' or the connection error's code. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    socket.setTimeout(5000, () => {
      socket.destroy();
      resolve('TIMEOUT');
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

/** The kernel writes addresses as 32-bit words in host (little-endian) order. */
function kernelAddress(hex: string): string {
  const words = hex.match(/.{8}/g)!.map((w) => w.match(/../g)!.reverse().join(''));
  const v4 = (w: string) => w.match(/../g)!.map((b) => parseInt(b, 16)).join('.');
  if (words.length === 1) return v4(words[0]!);
  // Java listens through an IPv6 socket: 127.0.0.1 shows as ::ffff:127.0.0.1.
  if (words[0] === '00000000' && words[1] === '00000000' && words[2] === '0000FFFF') return v4(words[3]!);
  return words.flatMap((w) => [w.slice(0, 4), w.slice(4)]).map((g) => g.replace(/^0+(?=.)/, '').toLowerCase()).join(':');
}

/** Local addresses of listening TCP sockets on `port`, from /proc/net/tcp and tcp6. */
function listeningAddresses(port: number): string[] {
  const out: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(file)) continue;
    for (const row of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
      const [, local, , state] = row.trim().split(/\s+/);
      const [hexAddr, hexPort] = local!.split(':');
      if (state !== '0A' || parseInt(hexPort!, 16) !== port) continue; // 0A: LISTEN
      out.push(kernelAddress(hexAddr!));
    }
  }
  return out;
}

describe.skipIf(embedded === null || process.platform !== 'linux')('Bolt of the embedded Neo4j', () => {
  const port = embedded?.boltPort ?? 0;

  it('accepts connections on 127.0.0.1 and refuses them on another loopback address', async () => {
    expect(await tryConnect('127.0.0.1', port)).toBe('connected');
    expect(await tryConnect('127.0.0.2', port)).toBe('ECONNREFUSED');
  });

  it('listens on 127.0.0.1 only: no wildcard, no address of the machine’s other interfaces', () => {
    const listening = listeningAddresses(port);
    expect(listening).toEqual(['127.0.0.1']);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal)
      .map((a) => a!.address);
    for (const address of others) expect(listening).not.toContain(address);
  });
});
