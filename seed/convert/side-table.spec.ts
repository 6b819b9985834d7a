import { describe, expect, it } from 'vitest';
import { SideTable } from './side-table.ts';
import { ConvertReport } from './report.ts';
import type { SourceRow } from './read-table.ts';

async function* rowsOf(keys: string[]): AsyncGenerator<SourceRow> {
  let line = 2;
  for (const k of keys) yield { line: line++, record: { id: k } };
}

function side(keys: string[], window = 3): { t: SideTable; report: ConvertReport } {
  const report = new ConvertReport(() => {});
  return { t: new SideTable(rowsOf(keys)[Symbol.asyncIterator](), (r) => r.record.id!, 'side.tsv', report, window), report };
}

const lines = (rows: SourceRow[]) => rows.map((r) => r.line);

describe('joining a side table in one pass', () => {
  it('hands each key all its rows and counts rows no key asked for', async () => {
    const { t, report } = side(['a', 'a', 'b', 'x', 'c', 'c', 'c']);
    expect(lines(await t.take('a'))).toEqual([2, 3]);
    expect(lines(await t.take('zz'))).toEqual([]);
    expect(lines(await t.take('b'))).toEqual([4]);
    expect(lines(await t.take('c'))).toEqual([6, 7, 8]);
    await t.finish();
    expect(report.skipped.get('side.tsv: rows whose key is not in the main table (or too far out of its order)')).toBe(1);
  });

  it('tolerates rows slightly out of step with the driving table', async () => {
    const { t, report } = side(['b', 'a', 'c', 'd'], 3);
    expect(lines(await t.take('a'))).toEqual([3]);
    expect(lines(await t.take('b'))).toEqual([2]);
    expect(lines(await t.take('b'))).toEqual([]);
    expect(lines(await t.take('d'))).toEqual([5]);
    await t.finish();
    expect([...report.skipped.values()]).toEqual([1]);
  });

  it('counts as orphans the rows left when the main table ends', async () => {
    const { t, report } = side(['a', 'b', 'c', 'd', 'e']);
    await t.take('a');
    await t.finish();
    expect([...report.skipped.values()]).toEqual([4]);
  });
});
