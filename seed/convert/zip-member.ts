import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { PassThrough, pipeline, type Readable } from 'node:stream';
import { ConvertError } from './report.ts';

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * Streams the first member of a zip archive. The bulk tables ship as one-member zips, so reading
 * the local header and inflating what follows is enough; the deflate stream ends by itself, which
 * also covers members written with a data descriptor (sizes after the data) and zip64 sizes.
 */
export async function openZipMember(path: string): Promise<{ name: string; stream: Readable }> {
  const fh = await open(path, 'r');
  let header: Buffer;
  try {
    header = Buffer.alloc(30);
    const { bytesRead } = await fh.read(header, 0, 30, 0);
    if (bytesRead < 30 || header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
      throw new ConvertError(`${path} is not a zip archive (no local file header at its start)`);
    }
    const flags = header.readUInt16LE(6);
    const method = header.readUInt16LE(8);
    const compressedSize = header.readUInt32LE(18);
    const nameLength = header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    const nameBuf = Buffer.alloc(nameLength);
    await fh.read(nameBuf, 0, nameLength, 30);
    const name = nameBuf.toString('utf8');
    if (flags & 0x1) throw new ConvertError(`${path}: ${name} is encrypted`);
    const start = 30 + nameLength + extraLength;
    if (method === DEFLATED) {
      const out = new PassThrough();
      pipeline(createReadStream(path, { start }), createInflateRaw(), out, (err) => {
        if (err) out.destroy(new ConvertError(`${path}: cannot inflate ${name}: ${err.message}`));
      });
      return { name, stream: out };
    }
    if (method === STORED && !(flags & 0x8) && compressedSize !== 0xffffffff) {
      return { name, stream: createReadStream(path, { start, end: start + compressedSize - 1 }) };
    }
    throw new ConvertError(`${path}: ${name} uses zip compression method ${method}; unzip it first`);
  } finally {
    await fh.close();
  }
}
