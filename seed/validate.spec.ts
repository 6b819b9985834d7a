import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SMALL_BUNDLE, toCsv, writeBundle, writeSmallBundle, type BundleRow } from '../tests/fixtures/small-bundle.js';
import { BUNDLE_FILES, headerOf } from './bundle-format.js';
import { isIsoDate } from '../graph/vocabulary/index.ts';
import { isCalendarDate } from './validate/dates.js';
import { formatProblem, validateBundle, type Problem, type ValidationReport } from './validate.js';

const dirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ip-atlas-validate-'));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

type Edits = Partial<Record<string, (rows: BundleRow[]) => BundleRow[]>>;

/** The small bundle with some files' rows replaced, written to a fresh folder. */
async function bundle(edits: Edits = {}): Promise<string> {
  const dir = await tempDir();
  const rows: Record<string, readonly BundleRow[]> = { ...SMALL_BUNDLE };
  for (const [file, edit] of Object.entries(edits)) rows[file] = edit!([...(rows[file] ?? [])]);
  await writeBundle(dir, rows);
  return dir;
}

/** Appends one row, built from the file's first row with `patch` applied. */
const append =
  (file: keyof typeof SMALL_BUNDLE, patch: BundleRow): Edits =>
  ({ [file]: (rows: BundleRow[]) => [...rows, { ...SMALL_BUNDLE[file][0], ...patch }] });

/** The line an appended row lands on: after every line the file's rows take, multi-line cells included. */
function appendedLine(file: keyof typeof SMALL_BUNDLE, rows: readonly BundleRow[] = SMALL_BUNDLE[file]): number {
  const header = headerOf(file);
  const text = toCsv(header, rows.map((r) => header.map((h) => r[h] ?? '')));
  return text.split('\n').length;
}

function only(report: ValidationReport): Problem {
  expect(report.problems.map(formatProblem)).toHaveLength(1);
  return report.problems[0]!;
}

function expectProblem(report: ValidationReport, want: { file: string; line: number; column?: string; reason: string }): void {
  const hit = report.problems.find(
    (p) => p.file === want.file && p.line === want.line && p.column === want.column && p.reason.includes(want.reason),
  );
  expect(hit, `no ${JSON.stringify(want)} in\n${report.problems.map(formatProblem).join('\n')}`).toBeDefined();
}

async function validateOne(edits: Edits): Promise<Problem> {
  return only(await validateBundle(await bundle(edits)));
}

describe('a good bundle', () => {
  it('passes with zero problems and counts every file', async () => {
    const report = await validateBundle(await bundle());
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.problemCount).toBe(0);
    expect(report.files).toEqual(
      BUNDLE_FILES.map((f) => ({ file: f.file, present: true, rows: SMALL_BUNDLE[f.file as keyof typeof SMALL_BUNDLE].length })),
    );
    expect(report.seconds).toBeGreaterThanOrEqual(0);
  });

  it('writeSmallBundle writes a bundle that passes', async () => {
    const dir = await tempDir();
    await writeSmallBundle(join(dir, 'nested'));
    expect((await validateBundle(join(dir, 'nested'))).ok).toBe(true);
  });

  it('covers every file of the contract', () => {
    expect(Object.keys(SMALL_BUNDLE).sort()).toEqual(BUNDLE_FILES.map((f) => f.file).sort());
  });

  it('accepts missing optional files', async () => {
    const dir = await tempDir();
    const { 'regions.csv': regions, 'organizations.csv': orgs, 'persons.csv': persons } = SMALL_BUNDLE;
    await writeBundle(dir, { 'regions.csv': regions, 'organizations.csv': orgs, 'persons.csv': persons });
    const report = await validateBundle(dir);
    expect(report.problems).toEqual([]);
    expect(report.files.filter((f) => f.present).map((f) => f.file)).toEqual(['regions.csv', 'organizations.csv', 'persons.csv']);
    expect(report.files.find((f) => f.file === 'patents.csv')).toEqual({ file: 'patents.csv', rows: 0, present: false });
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const dir = await bundle();
    const header = headerOf('persons.csv');
    const rows: readonly BundleRow[] = SMALL_BUNDLE['persons.csv'];
    const body = toCsv(header, rows.map((r) => header.map((h) => r[h] ?? '')));
    await writeFile(join(dir, 'persons.csv'), `\uFEFF${body}`);
    expect((await validateBundle(dir)).problems).toEqual([]);
  });

  it('ignores unknown columns and files outside the contract', async () => {
    const dir = await bundle();
    await writeFile(join(dir, 'persons.csv'), 'note,id,name,name_en,extra\nx,PER-1,张明,Zhang Ming,y\nx,PER-2,李华,,\nx,PER-3,王芳,,\nx,PER-4,陈刚,,\n');
    await writeFile(join(dir, 'notes.csv'), 'garbage\n"unclosed');
    await writeFile(join(dir, 'README.txt'), 'hello');
    expect((await validateBundle(dir)).problems).toEqual([]);
  });

  it('reads values the way the importer does: trimmed', async () => {
    const p = await validateBundle(await bundle(append('applicants.csv', { holder_id: ' PER-4 ', seq: ' 3 ' })));
    expect(p.problems).toEqual([]);
  });
});

describe('the folder', () => {
  it('must be a directory', async () => {
    const file = join(await tempDir(), 'bundle.csv');
    await writeFile(file, 'id\n');
    const report = await validateBundle(file);
    expect(report.ok).toBe(false);
    expect(only(report)).toMatchObject({ file, line: 0, reason: expect.stringContaining('not a directory') });
    expect(report.files.every((f) => !f.present)).toBe(true);
  });

  it('must exist', async () => {
    const dir = join(await tempDir(), 'nope');
    expect(only(await validateBundle(dir)).reason).toContain('cannot read the bundle folder');
  });

  it('must hold at least one bundle file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'other.csv'), 'a\n1\n');
    expect(only(await validateBundle(dir)).reason).toContain('no bundle files found');
  });

  it('names files that differ from the contract only in case', async () => {
    const dir = await bundle();
    await rm(join(dir, 'persons.csv'));
    await writeFile(join(dir, 'Persons.csv'), 'id,name\nPER-1,张明\n');
    const report = await validateBundle(dir);
    expect(report.problems[0]).toMatchObject({ file: 'Persons.csv', line: 0, reason: expect.stringContaining('rename it to persons.csv') });
  });
});

describe('headers and unreadable files', () => {
  it('reports a missing required column once and skips that file, not the others', async () => {
    const dir = await bundle(append('persons.csv', { id: 'PER-9', name: '' }));
    await writeFile(join(dir, 'patents.csv'), 'id,title_en,kind\nCN1,Title,invention\n');
    const report = await validateBundle(dir);
    expect(report.problemCount).toBe(2);
    expectProblem(report, { file: 'patents.csv', line: 1, column: 'title', reason: 'header lacks required column title' });
    expectProblem(report, { file: 'persons.csv', line: appendedLine('persons.csv'), column: 'name', reason: 'required value is empty' });
    // References to patents are not judged against a file that could not be read.
    expect(report.problems.some((p) => p.file === 'applicants.csv')).toBe(false);
  });

  it('reports a file without a header', async () => {
    const dir = await bundle();
    await writeFile(join(dir, 'policy_links.csv'), '');
    expect(only(await validateBundle(dir))).toMatchObject({ file: 'policy_links.csv', line: 1, reason: expect.stringContaining('header') });
  });

  it('reports a column repeated in the header', async () => {
    const dir = await bundle();
    await writeFile(join(dir, 'persons.csv'), 'id,name,name\nPER-1,张明,Zhang\n');
    expect(await validateOneIn(dir)).toMatchObject({ file: 'persons.csv', line: 1, column: 'name', reason: expect.stringContaining('more than once') });
  });

  it('reports invalid UTF-8 with its line and goes on with the other files', async () => {
    const dir = await bundle(append('patents.csv', { id: 'CN1', filed: '2021-02-30' }));
    const gbk = Buffer.from([0xd5, 0xc5, 0xc3, 0xf7]); // 张明 in GBK
    await writeFile(join(dir, 'persons.csv'), Buffer.concat([Buffer.from('id,name,name_en\nPER-1,张明,Zhang Ming\nPER-2,'), gbk, Buffer.from(',Li Hua\n')]));
    const report = await validateBundle(dir);
    expectProblem(report, { file: 'persons.csv', line: 3, reason: 'not valid UTF-8' });
    expectProblem(report, { file: 'patents.csv', line: appendedLine('patents.csv'), column: 'filed', reason: 'bad date' });
    expect(report.problemCount).toBe(2);
  });

  it('reports a file cut inside a UTF-8 character', async () => {
    const dir = await bundle();
    await writeFile(join(dir, 'persons.csv'), Buffer.concat([Buffer.from('id,name\nPER-1,张'), Buffer.from('明').subarray(0, 2)]));
    expect(await validateOneIn(dir)).toMatchObject({ file: 'persons.csv', line: 2, reason: expect.stringContaining('ends inside a character') });
  });

  it('reports a UTF-16 file as such', async () => {
    const dir = await bundle();
    await writeFile(join(dir, 'persons.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,name\n', 'utf16le')]));
    expect(await validateOneIn(dir)).toMatchObject({ file: 'persons.csv', line: 1, reason: expect.stringContaining('UTF-16') });
  });

  it('reports malformed quoting and goes on with the other files', async () => {
    const dir = await bundle(append('policies.csv', { id: 'POL-X', level: 'global' }));
    await writeFile(join(dir, 'citations.csv'), 'citing_id,cited_id\nCN113000002A,CN113000001A\n"CN114000004A,CN113000001A\nCN114000004A,CN214000003U\n');
    const report = await validateBundle(dir);
    expect(report.problemCount).toBe(2);
    expect(report.problems[0]).toMatchObject({ file: 'citations.csv', reason: expect.stringContaining('unreadable CSV') });
    expect(report.problems[0]!.line).toBeGreaterThanOrEqual(3);
    expectProblem(report, { file: 'policies.csv', line: appendedLine('policies.csv'), column: 'level', reason: 'expected one of: national, provincial, municipal' });
  });

  it('reports a bundle file that is a folder', async () => {
    const dir = await bundle();
    await rm(join(dir, 'citations.csv'));
    await mkdir(join(dir, 'citations.csv'));
    expect(await validateOneIn(dir)).toMatchObject({ file: 'citations.csv', reason: 'not a regular file' });
  });
});

async function validateOneIn(dir: string): Promise<Problem> {
  return only(await validateBundle(dir));
}

describe('cells', () => {
  it('reports an empty required cell', async () => {
    expect(await validateOne(append('persons.csv', { id: 'PER-9', name: ' ' }))).toMatchObject({
      file: 'persons.csv',
      line: appendedLine('persons.csv'),
      column: 'name',
      reason: 'required value is empty',
    });
  });

  it('reports a list that is present but names nothing', async () => {
    const p = await validateOne(append('transactions.csv', { id: 'TX-9', patent_ids: ' ; ' }));
    expect(p).toMatchObject({ file: 'transactions.csv', line: appendedLine('transactions.csv'), column: 'patent_ids', reason: 'required list has no items' });
  });

  it('reports a bad enum value with the allowed values', async () => {
    const p = await validateOne(append('organizations.csv', { id: 'ORG-X', kind: 'company' }));
    expect(p).toMatchObject({ file: 'organizations.csv', line: appendedLine('organizations.csv'), column: 'kind', value: 'company' });
    expect(p.reason).toBe('bad value "company" (expected one of: university, enterprise, research_institute, agency, platform, service_org, bank)');
  });

  it('reports a date that is not on the calendar', async () => {
    const p = await validateOne(append('patents.csv', { id: 'CN9', filed: '2021-02-30', granted: '' }));
    expect(formatProblem(p)).toBe(`patents.csv:${appendedLine('patents.csv')}:filed: bad date "2021-02-30" (expected a real date YYYY-MM-DD)`);
  });

  it.each([
    ['provisions.csv', { seq: '-1' }, 'seq', 'out of range (expected at least 0)'],
    ['provisions.csv', { seq: '1.5' }, 'seq', 'bad number "1.5" (expected an integer)'],
    ['applicants.csv', { seq: 'first' }, 'seq', 'bad number "first" (expected an integer)'],
    ['equity.csv', { share: '1.5' }, 'share', '1.5 is out of range (expected 0 to 1)'],
    ['equity.csv', { share: '60%' }, 'share', 'bad number "60%"'],
    ['transactions.csv', { id: 'TX-9', amount_cny: '-5' }, 'amount_cny', '-5 is out of range (expected at least 0)'],
    ['transactions.csv', { id: 'TX-9', amount_cny: '1,000' }, 'amount_cny', 'bad number "1,000"'],
  ] as const)('reports %s %j', async (file, patch, column, reason) => {
    const p = await validateOne(append(file, patch));
    expect(p).toMatchObject({ file, line: appendedLine(file), column });
    expect(p.reason).toContain(reason);
  });

  it('reports a row with more cells than the header', async () => {
    const dir = await bundle();
    await writeFile(join(dir, 'persons.csv'), 'id,name,name_en\nPER-1,张明,Zhang Ming\nPER-2,李华,Li, Hua\nPER-3,王芳,\nPER-4,陈刚,\n');
    expect(await validateOneIn(dir)).toMatchObject({ file: 'persons.csv', line: 3, reason: expect.stringContaining('4 cells but the header has 3') });
  });

  it('reports IPC codes that do not parse', async () => {
    const p = await validateOne(append('patents.csv', { id: 'CN9', ipc: 'G06N 3/08;XYZ; G6N' }));
    expect(p).toMatchObject({ file: 'patents.csv', line: appendedLine('patents.csv'), column: 'ipc' });
    expect(p.reason).toContain('bad IPC code "XYZ", "G6N"');
  });
});

describe('ids and references', () => {
  it('reports a duplicate id with the line of the first', async () => {
    const p = await validateOne(append('persons.csv', { id: 'PER-1' }));
    expect(p).toMatchObject({ file: 'persons.csv', line: appendedLine('persons.csv'), column: 'id', value: 'PER-1' });
    expect(p.reason).toBe('duplicate id "PER-1" (first defined on line 2)');
  });

  it('reports a duplicate region code', async () => {
    const p = await validateOne(append('regions.csv', { code: 'CN-ZJ', parent_code: 'CN' }));
    expect(p).toMatchObject({ file: 'regions.csv', line: appendedLine('regions.csv'), column: 'code', reason: expect.stringContaining('first defined on line 5') });
  });

  it('reports an id used by both an organization and a person', async () => {
    const p = await validateOne(append('persons.csv', { id: 'ORG-E1' }));
    expect(p).toMatchObject({ file: 'persons.csv', line: appendedLine('persons.csv'), column: 'id' });
    expect(p.reason).toContain('also defined in organizations.csv on line 3');
    expect(p.reason).toContain('ambiguous');
  });

  it('reports an id containing the list separator', async () => {
    const p = await validateOne(append('patents.csv', { id: 'CN1;CN2' }));
    expect(p).toMatchObject({ file: 'patents.csv', column: 'id', reason: expect.stringContaining('contains ";"') });
  });

  it('accepts a region whose parent comes later and a person as holder', async () => {
    // The fixture lists Shenzhen before Guangdong and has 陈刚 as a co-applicant.
    expect(SMALL_BUNDLE['regions.csv'].findIndex((r) => r.code === 'CN-GD-SZ')).toBeLessThan(SMALL_BUNDLE['regions.csv'].findIndex((r) => r.code === 'CN-GD'));
    expect((await validateBundle(await bundle())).ok).toBe(true);
  });

  it.each([
    ['regions.csv', { code: 'CN-XX', parent_code: 'CN-NOWHERE' }, 'parent_code', 'CN-NOWHERE', 'unknown region "CN-NOWHERE" (not defined in regions.csv)'],
    ['organizations.csv', { id: 'ORG-X', region_code: 'CN-NOWHERE' }, 'region_code', 'CN-NOWHERE', 'unknown region'],
    ['applicants.csv', { holder_id: 'NOBODY' }, 'holder_id', 'NOBODY', 'unknown organization or person "NOBODY" (not defined in organizations.csv or persons.csv)'],
    ['applicants.csv', { patent_id: 'CN000' }, 'patent_id', 'CN000', 'not defined in patents.csv'],
    ['inventors.csv', { person_id: 'ORG-E1' }, 'person_id', 'ORG-E1', 'unknown person "ORG-E1"'],
    ['transactions.csv', { id: 'TX-9', patent_ids: 'CN113000001A;CN000' }, 'patent_ids', 'CN000', 'unknown patent "CN000"'],
    ['equity.csv', { company_id: 'PER-1' }, 'company_id', 'PER-1', 'unknown organization "PER-1"'],
    ['positions.csv', { org_id: 'ORG-NONE' }, 'org_id', 'ORG-NONE', 'not defined in organizations.csv'],
    ['provisions.csv', { policy_id: 'POL-NONE', seq: '9' }, 'policy_id', 'POL-NONE', 'unknown policy "POL-NONE" (not defined in policies.csv)'],
    ['policy_links.csv', { to_id: 'POL-NONE' }, 'to_id', 'POL-NONE', 'unknown policy'],
  ] as const)('reports an unknown reference in %s %j', async (file, patch, column, value, reason) => {
    const p = await validateOne(append(file, patch));
    expect(p).toMatchObject({ file, line: appendedLine(file), column, value });
    expect(p.reason).toContain(reason);
  });

  it('says when the file that should define a reference is absent', async () => {
    const dir = await tempDir();
    await writeBundle(dir, { 'citations.csv': [{ citing_id: 'CN1', cited_id: 'CN2' }] });
    const report = await validateBundle(dir);
    expect(report.problemCount).toBe(2);
    expectProblem(report, { file: 'citations.csv', line: 2, column: 'citing_id', reason: 'not defined in patents.csv (absent from the bundle)' });
  });

  it.each([
    ['policies.csv', { id: 'POL-X', issuer_id: 'ORG-B1' }, 'issuer_id', 'organization "ORG-B1" is of kind bank (expected agency)'],
    ['transactions.csv', { id: 'TX-9', platform_id: 'ORG-E1' }, 'platform_id', 'organization "ORG-E1" is of kind enterprise (expected platform)'],
  ] as const)('reports an organization of the wrong kind in %s', async (file, patch, column, reason) => {
    expect(await validateOne(append(file, patch))).toMatchObject({ file, line: appendedLine(file), column, reason });
  });

  it('reports regions whose parents form a loop', async () => {
    const edits: Edits = {
      'regions.csv': (rows) => [
        ...rows,
        { code: 'X-A', name: '甲', level: 'city', parent_code: 'X-B' },
        { code: 'X-B', name: '乙', level: 'city', parent_code: 'X-A' },
        { code: 'X-C', name: '丙', level: 'city', parent_code: 'X-C' },
      ],
    };
    const report = await validateBundle(await bundle(edits));
    const first = appendedLine('regions.csv');
    expect(report.problems).toEqual([
      { file: 'regions.csv', line: first, column: 'parent_code', value: 'X-B', reason: 'region parents form a loop: X-A → X-B → X-A' },
      { file: 'regions.csv', line: first + 2, column: 'parent_code', value: 'X-C', reason: 'region parents form a loop: X-C → X-C' },
    ]);
  });
});

describe('rules across cells', () => {
  it('accepts equity and positions that ended (until after since) and rows without until', async () => {
    const report = await validateBundle(
      await bundle({
        ...append('equity.csv', { owner_id: 'PER-3', company_id: 'ORG-E1', share: '0.3', since: '2017-01-01', until: '2021-06-30' }),
        ...append('positions.csv', { person_id: 'PER-3', org_id: 'ORG-E1', role: 'director', since: '2017-01-01', until: '2021-06-30' }),
      }),
    );
    expect(report.problems).toEqual([]);
  });

  it.each([
    ['citations.csv', { citing_id: 'CN113000001A', cited_id: 'CN113000001A' }, 'cited_id', 'cites itself'],
    ['transactions.csv', { id: 'TX-9', from_id: 'ORG-E1', to_id: 'ORG-E1' }, 'to_id', 'cannot trade with itself'],
    ['policies.csv', { id: 'POL-X', effective: '2024-01-01', expires: '2023-12-31' }, 'expires', 'expires before it takes effect'],
    ['policies.csv', { id: 'POL-X', effective: '2024-01-01', expires: '2024-01-01' }, 'expires', 'expires before it takes effect'],
    ['policies.csv', { id: 'POL-X', issued: '2024-01-01', effective: '', expires: '2023-01-01' }, 'expires', 'issued 2024-01-01'],
    ['patents.csv', { id: 'CN9', filed: '2022-05-01', granted: '2022-04-30' }, 'granted', 'granted 2022-04-30 before it was filed 2022-05-01'],
    ['policy_links.csv', { from_id: 'POL-GD-2022-01', to_id: 'POL-GD-2022-01' }, 'to_id', 'links to itself'],
    ['provisions.csv', { seq: '1' }, 'seq', 'repeats line 2'],
    ['equity.csv', { since: '2020-01-01', until: '2019-12-31' }, 'until', 'ends before it starts (until 2019-12-31, since 2020-01-01)'],
    ['positions.csv', { since: '2020-01-01', until: '2020-01-01' }, 'until', 'ends before it starts'],
  ] as const)('reports %s %j', async (file, patch, column, reason) => {
    const p = await validateOne(append(file, patch));
    expect(p).toMatchObject({ file, line: appendedLine(file), column });
    expect(p.reason).toContain(reason);
  });

  it.each([
    ['region', 'CN-XX', 'unknown region "CN-XX"'],
    ['org_kind', 'company', 'bad org_kind "company"'],
    ['ipc', 'Z99', 'bad IPC prefix "Z99"'],
    ['org', 'ORG-NONE', 'unknown organization "ORG-NONE"'],
  ] as const)('reports a coverage %s value that does not exist', async (dimension, value, reason) => {
    const p = await validateOne(append('coverage.csv', { scope: 'x', dimension, value }));
    expect(p).toMatchObject({ file: 'coverage.csv', line: appendedLine('coverage.csv'), column: 'value', value });
    expect(p.reason).toContain(reason);
  });

  it('accepts an ipc coverage value at any depth of the hierarchy', async () => {
    const rows = ['G', 'G06', 'G06N', 'G06N 3', 'g06n 3/08'].map((value) => ({ policy_id: 'POL-GD-2022-01', scope: 'ipc', dimension: 'ipc', value }));
    expect((await validateBundle(await bundle({ 'coverage.csv': (r) => [...r, ...rows] }))).problems).toEqual([]);
  });

  it('reports an empty coverage industry as a required value', async () => {
    const p = await validateOne(append('coverage.csv', { scope: 'x', dimension: 'industry', value: '' }));
    expect(p).toMatchObject({ file: 'coverage.csv', column: 'value', reason: 'required value is empty' });
  });
});

describe('reporting', () => {
  it('reports every bad row across files, in file order', async () => {
    const dir = await bundle({
      ...append('persons.csv', { id: 'PER-1' }),
      ...append('patents.csv', { id: 'CN9', kind: 'invention_patent', filed: '2021-13-01' }),
      'applicants.csv': (rows) => [...rows, { patent_id: 'CN000', holder_id: 'PER-1', seq: '1' }, { patent_id: 'CN113000001A', holder_id: 'NOBODY', seq: '2' }],
      ...append('coverage.csv', { dimension: 'region', value: 'NOWHERE' }),
    });
    const report = await validateBundle(dir);
    const a = appendedLine('applicants.csv');
    expect(report.problems.map((p) => [p.file, p.line, p.column])).toEqual([
      ['persons.csv', appendedLine('persons.csv'), 'id'],
      ['patents.csv', appendedLine('patents.csv'), 'kind'],
      ['patents.csv', appendedLine('patents.csv'), 'filed'],
      ['applicants.csv', a, 'patent_id'],
      ['applicants.csv', a + 1, 'holder_id'],
      ['coverage.csv', appendedLine('coverage.csv'), 'value'],
    ]);
    expect(report.problemCount).toBe(6);
    expect(report.ok).toBe(false);
  });

  it('keeps maxProblems problems and counts them all', async () => {
    const bad = Array.from({ length: 30 }, (_, i) => ({ id: `PER-X${i}`, name: '' }));
    const report = await validateBundle(await bundle({ 'persons.csv': (rows) => [...rows, ...bad] }), { maxProblems: 5 });
    expect(report.problems).toHaveLength(5);
    expect(report.problemCount).toBe(30);
    expect(report.problems[0]!.line).toBe(appendedLine('persons.csv'));
  });

  it('keeps line numbers right after multi-line quoted cells and blank lines', async () => {
    // The fixture's second patent has a two-line abstract, so the appended row is on line 8.
    expect(appendedLine('patents.csv')).toBe(SMALL_BUNDLE['patents.csv'].length + 3);
    const p = await validateOne(append('patents.csv', { id: 'CN9', status: 'alive' }));
    expect(p.line).toBe(SMALL_BUNDLE['patents.csv'].length + 3);

    const dir = await bundle();
    await writeFile(join(dir, 'persons.csv'), 'id,name,name_en\nPER-1,"张\n明\n",Zhang\n\nPER-2,李华,\nPER-3,,\nPER-4,陈刚,\n');
    expect(await validateOneIn(dir)).toMatchObject({ file: 'persons.csv', line: 7, column: 'name' });
  });

  // read-csv counts CR and LF separately inside quoted cells, so every later row is one line off.
  it('keeps line numbers right after a multi-line cell with CRLF line ends (read-csv bug)', async () => {
    const dir = await bundle();
    await writeFile(join(dir, 'persons.csv'), 'id,name,name_en\r\nPER-1,"张\r\n明",Zhang\r\nPER-2,,\r\nPER-3,王芳,\r\nPER-4,陈刚,\r\n');
    expect(await validateOneIn(dir)).toMatchObject({ file: 'persons.csv', line: 4, column: 'name' });
  });

  it('formats problems with and without a column', () => {
    expect(formatProblem({ file: 'a.csv', line: 3, column: 'id', reason: 'r' })).toBe('a.csv:3:id: r');
    expect(formatProblem({ file: 'a.csv', line: 3, reason: 'r' })).toBe('a.csv:3: r');
    expect(formatProblem({ file: '/tmp/x', line: 0, reason: 'r' })).toBe('/tmp/x: r');
  });

  it('reports progress for each present file', async () => {
    const seen: [string, number][] = [];
    await validateBundle(await bundle(), { onProgress: (file, rows) => seen.push([file, rows]) });
    expect(seen).toEqual(BUNDLE_FILES.map((f) => [f.file, SMALL_BUNDLE[f.file as keyof typeof SMALL_BUNDLE].length]));
  });

  it('writes nothing into the bundle folder', async () => {
    const dir = await bundle({ ...append('persons.csv', { id: 'PER-1' }) });
    const before = (await readdir(dir)).sort();
    await validateBundle(dir);
    expect((await readdir(dir)).sort()).toEqual(before);
  });
});

describe('isCalendarDate', () => {
  it('answers exactly as isIsoDate', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const samples = ['', '2021-1-01', '2021-01-1', '2021/01/01', '20210101', ' 2021-01-01', '2021-01-01 ', '२०२१-01-01', '2021-0a-01', '+021-01-01', '2021-01-01T00'];
    for (const y of [0, 1, 99, 100, 400, 1600, 1700, 1900, 1970, 2000, 2023, 2024, 2100, 9999]) {
      for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) samples.push(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    }
    const differ = samples.filter((v) => isCalendarDate(v) !== isIsoDate(v));
    expect(differ).toEqual([]);
    expect(samples.filter(isCalendarDate).length).toBeGreaterThan(3000);
  });
});
