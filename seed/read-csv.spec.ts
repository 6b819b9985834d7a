import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv } from './read-csv.ts';

const dir = await mkdtemp(join(tmpdir(), 'ipatlas-read-csv-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function lines(name: string, text: string): Promise<[number, string][]> {
  const path = join(dir, name);
  await writeFile(path, text);
  const out: [number, string][] = [];
  for await (const row of readCsv(path, name)) out.push([row.line, row.record.b!]);
  return out;
}

describe('readCsv', () => {
  it('names the line each record starts on, past blank lines and line breaks in cells, with LF or CRLF', async () => {
    const rows = ['a,b', '1,one', '', '2,"two', 'lines"', '3,three', '', '', '4,"x', '', 'y"', '5,five'];
    const expected: [number, string][] = [
      [2, 'one'],
      [4, 'two\nlines'],
      [6, 'three'],
      [9, 'x\n\ny'],
      [12, 'five'],
    ];
    expect(await lines('lf.csv', rows.join('\n') + '\n')).toEqual(expected);
    expect(await lines('crlf.csv', rows.join('\r\n') + '\r\n')).toEqual(expected.map(([l, v]) => [l, v.replaceAll('\n', '\r\n')]));
  });
});
