import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from './read-csv.js';
import { csvCell, csvLine, CsvWriter } from './csv-writer.js';

describe('csvCell', () => {
  it('leaves plain text, including Chinese punctuation, unquoted', () => {
    expect(csvCell('一种锂离子电池正极材料的制备方法，提高了循环稳定性。')).toBe('一种锂离子电池正极材料的制备方法，提高了循环稳定性。');
    expect(csvCell('G06N 3/08;G06F 16/901')).toBe('G06N 3/08;G06F 16/901');
    expect(csvCell('')).toBe('');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 asks', () => {
    expect(csvCell('Co., Ltd.')).toBe('"Co., Ltd."');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvLine(['x', 'y,z', ''])).toBe('x,"y,z",\n');
  });
});

describe('CsvWriter', () => {
  it('writes a header and rows that csv-parse reads back unchanged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ip-atlas-csv-'));
    try {
      const path = join(dir, 't.csv');
      const cells = [
        ['1', 'Suzhou Hengrui Lithium Battery Technology Co., Ltd.', '苏州恒锐锂电科技有限公司'],
        ['2', 'quote " inside', 'line\nbreak'],
        ['3', '', 'trailing empty'],
      ];
      const w = new CsvWriter(path, ['id', 'name_en', 'name']);
      for (let i = 0; i < 20_000; i++) w.row(cells[i % 3]!);
      await w.drain();
      await w.close();
      expect(w.rows).toBe(20_000);
      const back: string[][] = [];
      for await (const r of readCsv(path, 't.csv')) back.push([r.record.id!, r.record.name_en!, r.record.name!]);
      expect(back).toHaveLength(20_000);
      expect(back.slice(0, 3)).toEqual(cells);
      expect((await readFile(path, 'utf8')).startsWith('id,name_en,name\n')).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
