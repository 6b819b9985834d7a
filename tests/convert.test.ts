import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../graph/config.ts';
import type { Graph } from '../graph/driver.ts';
import { licenseeCandidates } from '../graph/queries/licensees/licensees.ts';
import { holderChains } from '../graph/queries/related-party/monitor.ts';
import { DEFAULT_THRESHOLDS } from '../graph/queries/related-party/thresholds.ts';
import { BUNDLE_FILES } from '../seed/bundle-format.ts';
import { convertPatentsView } from '../seed/convert/patentsview.ts';
import { convertUsptoAssignments } from '../seed/convert/uspto-assignments.ts';
import { ConvertReport } from '../seed/convert/report.ts';
import { importBundle } from '../seed/import/index.ts';
import { validateBundle } from '../seed/validate.ts';
import { testGraph, uniquePrefix } from './helpers/graph.ts';
import { namespaceBundle } from './helpers/namespace-bundle.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures');
const graph: Graph = testGraph();
const temp = mkdtempSync(join(tmpdir(), 'ipatlas-convert-test-'));
const quiet = () => new ConvertReport(() => {});
const run = promisify(execFile);

afterAll(async () => {
  await graph.close();
  rmSync(temp, { recursive: true, force: true });
});

let p = '';
let pvReport: ConvertReport;
let usReport: ConvertReport;
const pv = join(temp, 'pv');
const both = join(temp, 'both');

beforeAll(async () => {
  pvReport = await convertPatentsView({ dir: join(FIXTURES, 'patentsview'), out: pv, report: quiet() });
  usReport = await convertUsptoAssignments({ dir: join(FIXTURES, 'uspto-assignments'), out: both, patentsview: pv, report: quiet() });
  p = uniquePrefix('convert');
  const ns = join(temp, 'ns');
  await namespaceBundle(both, ns, p);
  await importBundle({ graph, dir: ns });
});

async function one<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  const rows = await graph.read<T>(cypher, { p, ...params });
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe('the converted bundles', () => {
  it('pass the bundle validator', async () => {
    for (const dir of [pv, both]) {
      const report = await validateBundle(dir);
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
    }
  });

  it('come out the same from zipped tables as from plain ones', async () => {
    const pvz = join(temp, 'pv-zipped');
    const usz = join(temp, 'both-zipped');
    await convertPatentsView({ dir: join(FIXTURES, 'patentsview/zipped'), out: pvz, report: quiet() });
    await convertUsptoAssignments({ dir: join(FIXTURES, 'uspto-assignments/zipped'), out: usz, patentsview: pvz, report: quiet() });
    for (const spec of BUNDLE_FILES) {
      const read = (dir: string) => {
        try {
          return readFileSync(join(dir, spec.file), 'utf8');
        } catch {
          return undefined;
        }
      };
      expect(read(pvz), spec.file).toEqual(read(pv));
      expect(read(usz), spec.file).toEqual(read(both));
    }
  });
});

describe('a patent from PatentsView, as a user finds it in the graph', () => {
  it('has its title, dates, CPC classes (Y section left out) and abstract', async () => {
    const pat = await one<{ title: string; filed: string; granted: string; ipc: string[]; classes: string[]; abstract: string }>(
      `MATCH (x:Patent {id: $p + 'US10000001'})
       RETURN x.title AS title, toString(x.filed) AS filed, toString(x.granted) AS granted, x.ipc AS ipc, x.abstract AS abstract,
              [(x)-[:CLASSIFIED_AS]->(c:IpcClass) | c.code] AS classes`,
    );
    expect(pat.title).toBe('Gripper for a collaborative robot arm');
    expect(pat.filed).toBe('2016-03-01');
    expect(pat.granted).toBe('2018-06-19');
    expect(pat.ipc).toEqual(['B25J 15/0009', 'B25J 13/085']);
    expect(pat.classes.sort()).toEqual(['B25J 13/085', 'B25J 15/0009']);
    expect(pat.abstract).toContain('The fingers sense contact force.');
  });

  it('has its assignee, located in its city, state and country', async () => {
    const a = await one<{ name: string; labels: string[]; chain: string[] }>(
      `MATCH (o:Organization)-[:APPLIED_FOR]->(:Patent {id: $p + 'US10000004'})
       MATCH (o)-[:LOCATED_IN]->(city:Region)-[:PART_OF]->(state:Region)-[:PART_OF]->(country:Region)
       RETURN o.name AS name, labels(o) AS labels, [city.code, state.code, country.code] AS chain`,
    );
    expect(a.name).toBe('Acme Robotics, Inc.');
    expect(a.labels).toContain('Enterprise');
    expect(a.chain).toEqual([`${p}US-CA-SAN-JOSE`, `${p}US-CA`, `${p}US`]);
    const uni = await one<{ labels: string[] }>(`MATCH (o:Organization {id: $p + 'PVA-a-northfield'}) RETURN labels(o) AS labels`);
    expect(uni.labels).toContain('University');
  });

  it('has its inventors and is cited by the patents that cite it', async () => {
    const r = await one<{ inventors: string[]; citedBy: string[] }>(
      `MATCH (x:Patent {id: $p + 'US10000001'})
       RETURN [(i:Person)-[:INVENTED]->(x) | i.name] AS inventors, [(c:Patent)-[:CITES]->(x) | c.id] AS citedBy`,
    );
    expect(r.inventors.sort()).toEqual(['Ada Okafor', 'Wei Chen']);
    expect(r.citedBy.sort()).toEqual([`${p}US10000002`, `${p}US10000004`, `${p}US10000010`]);
  });

  it('keeps design and reissue numbers apart and converts their kinds', async () => {
    const rows = await graph.read<{ id: string; kind: string }>(
      `MATCH (x:Patent) WHERE x.id IN [$p + 'USD900001', $p + 'USRE49001'] RETURN x.id AS id, x.kind AS kind ORDER BY id`,
      { p },
    );
    expect(rows).toEqual([
      { id: `${p}USD900001`, kind: 'design' },
      { id: `${p}USRE49001`, kind: 'invention' },
    ]);
  });
});

describe('transfers from the Assignment Dataset', () => {
  const tx = (id: string) =>
    one<{ kind: string; date: string; from: string; fromLabels: string[]; to: string; toLabels: string[]; patents: string[] }>(
      `MATCH (t:Transaction {id: $p + $id})-[:FROM_PARTY]->(f), (t)-[:TO_PARTY]->(o)
       RETURN t.kind AS kind, toString(t.date) AS date, f.id AS from, labels(f) AS fromLabels, o.id AS to, labels(o) AS toLabels,
              [(t)-[:OF_PATENT]->(x) | x.id] AS patents`,
      { id },
    );

  it('turn a university\'s assignment into an assignment to the PatentsView company matched by name', async () => {
    const t = await tx('USPTO-500001');
    expect(t.kind).toBe('assignment');
    expect(t.date).toBe('2019-03-01');
    // "NORTHFIELD UNIVERSITY" → Northfield University, "ACME ROBOTICS, INC." → Acme Robotics, Inc.
    expect(t.from).toBe(`${p}PVA-a-northfield`);
    expect(t.to).toBe(`${p}PVA-a-acme`);
    expect(t.patents.sort()).toEqual([`${p}US10000001`, `${p}US10000002`]);
    const acmes = await graph.read<{ id: string }>(
      `MATCH (o:Organization) WHERE o.id STARTS WITH $p AND toUpper(o.name) STARTS WITH 'ACME ROBOTICS' RETURN o.id AS id`,
      { p },
    );
    expect(acmes).toEqual([{ id: `${p}PVA-a-acme` }]);
  });

  it('turn a licence into a licence', async () => {
    const t = await tx('USPTO-500002');
    expect(t).toMatchObject({ kind: 'license', from: `${p}PVA-a-northfield`, to: `${p}PVA-a-helix` });
  });

  it('turn a security agreement into a pledge to a bank, and its release into a pledge release', async () => {
    const pledge = await tx('USPTO-500003');
    expect(pledge).toMatchObject({ kind: 'pledge', from: `${p}PVA-a-acme`, to: `${p}USPTO-O-SILICON-VALLEY-BANK`, date: '2020-01-10' });
    expect(pledge.toLabels).toContain('Bank');
    // A party PatentsView does not know is kept as a new organization, located by its address.
    const bank = await one<{ name: string; city: string; state: string }>(
      `MATCH (:Organization {id: $p + 'USPTO-O-SILICON-VALLEY-BANK'})-[:LOCATED_IN]->(c:Region)-[:PART_OF]->(s:Region)
       RETURN c.name AS city, s.code AS state, 'x' AS name`,
    );
    expect(bank).toMatchObject({ city: 'Santa Clara', state: `${p}US-CA` });
    const release = await tx('USPTO-500004');
    // The secured party releases the patents back to the owner; the date came as Stata's 15jun2021.
    expect(release).toMatchObject({ kind: 'pledge_release', from: `${p}USPTO-O-SILICON-VALLEY-BANK`, to: `${p}PVA-a-acme`, date: '2021-06-15' });
    expect(release.patents.sort()).toEqual([`${p}US10000001`, `${p}USD900001`]);
  });

  it('move the holder with each assignment: out to a buyer and back again', async () => {
    const holderOn = (date: string) =>
      graph.read<{ id: string }>(
        `MATCH (h:Party)-[x:HOLDS]->(:Patent {id: $p + 'US10000004'})
         WHERE (x.from IS NULL OR x.from <= date($d)) AND (x.until IS NULL OR date($d) < x.until)
         RETURN h.id AS id`,
        { p, d: date },
      );
    expect(await holderOn('2019-06-01')).toEqual([{ id: `${p}PVA-a-acme` }]);
    expect(await holderOn('2019-12-01')).toEqual([{ id: `${p}USPTO-O-BLUEWATER-VENTURES` }]);
    expect(await holderOn('2020-06-01')).toEqual([{ id: `${p}PVA-a-acme` }]);
  });

  it('match an individual assignor to the PatentsView individual assignee', async () => {
    const t = await tx('USPTO-500011');
    expect(t).toMatchObject({ kind: 'assignment', from: `${p}PVA-a-lee`, to: `${p}PVA-a-acme` });
  });

  it('leave out employer assignments, name changes, corrections and government interests, and count them', async () => {
    const ids = await graph.read<{ id: string }>(
      `MATCH (t:Transaction) WHERE t.id IN [$p + 'USPTO-500005', $p + 'USPTO-500006', $p + 'USPTO-500010', $p + 'USPTO-500012'] RETURN t.id AS id`,
      { p },
    );
    expect(ids).toEqual([]);
    const skipped = Object.fromEntries(usReport.skipped);
    expect(skipped).toMatchObject({
      'assignment.csv: employer assignments (inventor to employer at filing)': 1,
      'assignment.csv: name changes (same holder, new name)': 1,
      'assignment.csv: corrections of earlier recordings': 1,
      'assignment.csv: government interest statements': 1,
    });
  });

  it('add a patent PatentsView lacks from the assignment\'s document row', async () => {
    const x = await one<{ title: string; granted: string }>(
      `MATCH (x:Patent {id: $p + 'US9876543'}) RETURN x.title AS title, toString(x.granted) AS granted`,
    );
    expect(x).toEqual({ title: 'SERVO DRIVE WITH ENERGY RECOVERY', granted: '2017-01-24' });
  });
});

describe('rows that cannot be read', () => {
  it('are reported with file and line, and the rest is converted', () => {
    expect(pvReport.badRows).toEqual(
      expect.arrayContaining([
        { file: 'g_patent.tsv', line: 14, reason: '6 cells where the header has 8' },
        { file: 'g_patent.tsv', line: 15, reason: 'empty patent_title' },
        { file: 'g_assignee_disambiguated.tsv', line: 14, reason: 'empty assignee_id' },
        { file: 'g_inventor_disambiguated.tsv', line: 15, reason: 'inventor without a name' },
        expect.objectContaining({ file: 'g_us_patent_citation.tsv', line: 9 }),
      ]),
    );
    expect(pvReport.badRowCount).toBe(pvReport.badRows.length);
    expect(usReport.badRows).toEqual(
      expect.arrayContaining([
        { file: 'assignor.csv', line: 15, reason: '5 cells where the header has 4' },
        expect.objectContaining({ file: 'assignee.csv', line: 14 }),
        { file: 'assignment.csv', line: 15, reason: 'bad rf_id "R5X"' },
      ]),
    );
    // The second assignor row of the same recording was readable and carried it.
    expect(readFileSync(join(both, 'transactions.csv'), 'utf8')).toContain('USPTO-500013,assignment,US9876543,PVA-a-tokyo,USPTO-O-ORION-AUTOMATION');
  });

  it('are printed by seed:convert, which names a missing table clearly', async () => {
    const out = join(temp, 'cli');
    const tsx = join(PROJECT_ROOT, 'node_modules/.bin/tsx');
    const ok = await run(tsx, ['seed/cli/convert.ts', 'patentsview', join(FIXTURES, 'patentsview'), out], { cwd: PROJECT_ROOT });
    expect(ok.stdout).toContain('g_patent.tsv:14: 6 cells where the header has 8');
    expect(ok.stdout).toMatch(/unreadable rows: 6/);
    const bad = await run(tsx, ['seed/cli/convert.ts', 'uspto-assignments', join(FIXTURES, 'patentsview'), join(temp, 'cli2')], { cwd: PROJECT_ROOT }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect('code' in bad && bad.code).toBe(1);
    expect((bad as { stderr: string }).stderr).toMatch(/no assignment\.csv or assignment\.csv\.zip in/);
  });
});

describe('the jobs on converted data', () => {
  it('rank licensees for a university patent: its holder left out, its licensee named as one, an earlier buyer found', async () => {
    // The whole list: in a database shared with other tests, busier licensees may fill the first page.
    const ranking = await licenseeCandidates(graph, { subject: { patentId: `${p}US10000003` }, first: 50 });
    const ids = ranking.candidates.map((c) => c.candidate.id);
    expect(ids).not.toContain(`${p}PVA-a-northfield`);
    const helix = ranking.candidates.find((c) => c.candidate.id === `${p}PVA-a-helix`);
    expect(helix?.reason.en, 'Helix licenses the patent already').toContain('an existing licensee');
    const acme = ranking.candidates.find((c) => c.candidate.id === `${p}PVA-a-acme`);
    expect(acme, 'Acme bought two Northfield patents earlier').toBeDefined();
    expect(acme!.parts.find((part) => part.part === 'behaviour')!.value).toBeGreaterThan(0);
    expect(acme!.evidence!.nodes.map((n) => n.id)).toContain(`${p}PVA-a-northfield`);
  });

  it('flag the patent that went from Acme to Bluewater and back as a round trip', async () => {
    const { chains } = await holderChains(graph, { holderId: `${p}PVA-a-acme`, thresholds: DEFAULT_THRESHOLDS });
    const roundTrip = chains.find((c) => c.rules.includes('round_trip'));
    expect(roundTrip, 'a round-trip chain of Acme').toBeDefined();
    expect(roundTrip!.trades.map((t) => t.id).sort()).toEqual([`${p}USPTO-500008`, `${p}USPTO-500009`]);
    expect(roundTrip!.parties).toEqual(expect.arrayContaining([`${p}PVA-a-acme`, `${p}USPTO-O-BLUEWATER-VENTURES`]));
  });
});
