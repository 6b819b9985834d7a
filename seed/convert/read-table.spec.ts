import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTable, type SourceRow } from './read-table.ts';
import { ConvertError, ConvertReport } from './report.ts';

const dir = mkdtempSync(join(tmpdir(), 'ipatlas-read-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(content: string, columns = ['patent_id']): Promise<{ rows: SourceRow[]; report: ConvertReport }> {
  const path = join(dir, 'g_patent_abstract.tsv');
  writeFileSync(path, content);
  const report = new ConvertReport(() => {});
  const rows: SourceRow[] = [];
  for await (const r of readTable({ path, table: { name: 'g_patent_abstract', columns }, delimiter: '\t', report })) rows.push(r);
  return { rows, report };
}

describe('reading a source table', () => {
  it('reads quoted TSV with line breaks and doubled quotes in cells, naming each row\'s first line', async () => {
    const { rows, report } = await readAll('"patent_id"\t"patent_abstract"\n"1"\t"two\nlines"\n"2"\t"say ""hi"""\n');
    expect(rows).toEqual([
      { line: 2, record: { patent_id: '1', patent_abstract: 'two\nlines' } },
      { line: 4, record: { patent_id: '2', patent_abstract: 'say "hi"' } },
    ]);
    expect(report.badRowCount).toBe(0);
  });

  it('reports a row with the wrong number of cells by file and line, and reads on', async () => {
    const { rows, report } = await readAll('patent_id\tpatent_abstract\n"1"\t"a"\n"2"\n"3"\t"c"\n');
    expect(rows.map((r) => r.record.patent_id)).toEqual(['1', '3']);
    expect(report.badRows).toEqual([{ file: 'g_patent_abstract.tsv', line: 3, reason: '1 cells where the header has 2' }]);
  });

  it('stops with the missing column named when the header lacks one it needs', async () => {
    await expect(readAll('id\tabstract\n"1"\t"a"\n', ['patent_id', 'patent_abstract'])).rejects.toThrow(ConvertError);
    await expect(readAll('id\tabstract\n"1"\t"a"\n', ['patent_id', 'patent_abstract'])).rejects.toThrow(/lacks column\(s\) patent_id, patent_abstract/);
  });
});
