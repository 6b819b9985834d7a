import { afterAll, describe, expect, inject, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../graph/config.ts';
import { writeSmallBundle } from './fixtures/small-bundle.ts';
import { namespaceBundle } from './helpers/namespace-bundle.ts';
import { uniquePrefix } from './helpers/graph.ts';

const run = promisify(execFile);
const temp = mkdtempSync(join(tmpdir(), 'ipatlas-cli-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function seedImport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const n = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: n.uri, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NEO4J_DATABASE: n.database };
  try {
    const { stdout, stderr } = await run(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['seed/cli/import.ts', ...args], { cwd: PROJECT_ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function bundle(name: string): Promise<string> {
  const raw = join(temp, `${name}-raw`);
  await writeSmallBundle(raw);
  const dir = join(temp, name);
  await namespaceBundle(raw, dir, uniquePrefix(name));
  return dir;
}

describe('npm run seed:import', () => {
  it('lists every problem of a bad bundle with file, line and column, and exits 1', async () => {
    const dir = await bundle('bad');
    const equity = join(dir, 'equity.csv');
    writeFileSync(equity, readFileSync(equity, 'utf8').replace(',0.6,', ',1.6,'));
    const orgs = join(dir, 'organizations.csv');
    writeFileSync(orgs, readFileSync(orgs, 'utf8').replace(',university,', ',college,'));
    const r = await seedImport([dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/equity\.csv:2:share: .*1\.6/);
    expect(r.stderr).toMatch(/organizations\.csv:2:kind: .*college/);
    expect(r.stderr).toContain('nothing was imported');
  });

  it('validates without importing when asked', async () => {
    const r = await seedImport([await bundle('valid'), '--validate-only']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid');
    expect(r.stdout).not.toContain('importing');
  });

  it('imports, and a second import creates nothing', async () => {
    const dir = await bundle('twice');
    const first = await seedImport([dir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/imported [\d,]+ rows .* [1-9][\d,]* nodes and [1-9][\d,]* relationships created/);
    const second = await seedImport([dir]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('0 nodes and 0 relationships created');
  });

  it('says what is wrong with a folder that is not there', async () => {
    const r = await seedImport([join(temp, 'no-such-bundle')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a folder');
  });
});
