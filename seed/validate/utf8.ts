import { createReadStream } from 'node:fs';

export interface Utf8Fault {
  line: number;
  reason: string;
}

const ADVICE = 'save the file as UTF-8';

/**
 * Finds the first byte that is not UTF-8 (WHATWG rules: no overlongs, surrogates or code points
 * past U+10FFFF) and the line it is on. read-csv's own guard crashes the process on a multi-byte
 * fault such as a GBK file, so every file passes through here before it is parsed.
 */
export async function findUtf8Fault(path: string): Promise<Utf8Fault | undefined> {
  const scan = new Utf8Scanner();
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const fault = scan.push(chunk as Buffer);
    if (fault) return fault;
  }
  return scan.end();
}

class Utf8Scanner {
  private line = 1;
  private offset = 0;
  private need = 0;
  private lower = 0x80;
  private upper = 0xbf;

  push(buf: Buffer): Utf8Fault | undefined {
    if (this.offset === 0 && buf.length >= 2 && isUtf16Bom(buf[0]!, buf[1]!)) {
      return { line: 1, reason: `the file is UTF-16, not UTF-8 (${ADVICE})` };
    }
    const n = buf.length;
    for (let i = 0; i < n; i++) {
      const b = buf[i]!;
      if (this.need === 0) {
        if (b < 0x80) {
          if (b === 10) this.line++;
        } else if (!this.lead(b)) {
          return this.fault(i, b);
        }
      } else {
        if (b < this.lower || b > this.upper) return this.fault(i, b);
        this.lower = 0x80;
        this.upper = 0xbf;
        this.need--;
      }
    }
    this.offset += n;
    return undefined;
  }

  end(): Utf8Fault | undefined {
    if (this.need === 0) return undefined;
    return { line: this.line, reason: `not valid UTF-8: the file ends inside a character (${ADVICE})` };
  }

  private lead(b: number): boolean {
    if (b >= 0xc2 && b <= 0xdf) {
      this.need = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      if (b === 0xe0) this.lower = 0xa0;
      if (b === 0xed) this.upper = 0x9f;
      this.need = 2;
    } else if (b >= 0xf0 && b <= 0xf4) {
      if (b === 0xf0) this.lower = 0x90;
      if (b === 0xf4) this.upper = 0x8f;
      this.need = 3;
    } else {
      return false;
    }
    return true;
  }

  private fault(i: number, b: number): Utf8Fault {
    const byte = `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      line: this.line,
      reason: `not valid UTF-8: byte ${byte} at offset ${this.offset + i} (${ADVICE}; GBK/GB18030 exports must be converted)`,
    };
  }
}

function isUtf16Bom(a: number, b: number): boolean {
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}
