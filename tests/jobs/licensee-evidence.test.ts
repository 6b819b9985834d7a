import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { licenseeEvidenceSources } from '../../graph/queries/licensees/evidence-sources.ts';
import { licenseeCandidates } from '../../graph/queries/licensees/licensees.ts';
import { testGraph } from '../helpers/graph.ts';
import { startTestApi, testApiGraph, type TestApi } from '../api/helpers/api-server.ts';
import { importRows } from '../api/helpers/fixtures.ts';

// Data as a registry without classes gives it (titles, abstracts and inventors only, like many
// national extracts): 北方大学 holds a battery patent S1 and a catheter patent S2. 锂电科技 holds
// battery patents, one by S1's inventor; 医械公司 holds catheter patents, one by S2's inventor.
// 甲市研究院, a research institute, holds a battery patent by S1's inventor too: a licensee only
// when asked for.
// S3 (solar) has citations: 光伏公司's patent is cited by S3, 老牌光伏's is cited by that one.

const writer: Graph = testGraph();
let p = '';

const patent = (id: string, title_en: string, abstract: string, ipc = '') => ({ id, title: title_en, title_en, kind: 'invention', ipc, filed: '2019-01-01', abstract });

beforeAll(async () => {
  p = await importRows(writer, 'licensee-evidence', {
    'regions.csv': [
      { code: 'CN', name: '中国', level: 'country', parent_code: '' },
      { code: 'P1', name: '甲省', name_en: 'Province One', level: 'province', parent_code: 'CN' },
      { code: 'P1-A', name: '甲市', name_en: 'City A', level: 'city', parent_code: 'P1' },
    ],
    'organizations.csv': [
      { id: 'U', kind: 'university', name: '北方大学', name_en: 'Northern University', region_code: 'P1-A' },
      { id: 'BAT', kind: 'enterprise', name: '锂电科技', name_en: 'Lithium Cell Tech', region_code: 'P1-A' },
      { id: 'MED', kind: 'enterprise', name: '医械公司', name_en: 'Medical Devices Co', region_code: 'P1-A' },
      { id: 'INST', kind: 'research_institute', name: '甲市研究院', name_en: 'City A Institute', region_code: 'P1-A' },
      { id: 'SOL', kind: 'enterprise', name: '光伏公司', name_en: 'Solar Co', region_code: 'P1-A' },
      { id: 'OLD', kind: 'enterprise', name: '老牌光伏', name_en: 'Old Solar', region_code: 'P1-A' },
    ],
    'persons.csv': [
      { id: 'I1', name: '赵一', name_en: 'Zhao Yi' },
      { id: 'I2', name: '钱二', name_en: 'Qian Er' },
    ],
    'patents.csv': [
      patent('S1', 'Cathode coating for lithium ion batteries', 'A cathode coating for lithium ion batteries lengthens their cycle life.'),
      patent('S2', 'Balloon catheter for drug delivery', 'A balloon catheter delivers drugs into narrowed blood vessels.'),
      patent('S3', 'Solar panel mounting frame', 'A frame that holds photovoltaic panels.'),
      patent('B1', 'Electrolyte for lithium ion batteries', 'An electrolyte that keeps lithium ion batteries from swelling.'),
      patent('B2', 'Cathode material for lithium batteries', 'A layered cathode material for lithium batteries.'),
      patent('M1', 'Drug eluting balloon catheter', 'A balloon catheter coated with a drug for blood vessels.'),
      patent('M2', 'Catheter tip', 'A soft catheter tip that spares vessels.'),
      patent('N1', 'Separator for lithium ion batteries', 'A ceramic separator for lithium ion batteries.'),
      patent('PV1', 'Photovoltaic module', 'A module of photovoltaic cells.'),
      // Classified, so the database has classes whatever else it holds: S1 lacks its own.
      patent('PV0', 'Photovoltaic cell', 'A silicon photovoltaic cell.', 'H02S 50/10'),
    ],
    'applicants.csv': [
      { patent_id: 'S1', holder_id: 'U', seq: '1' },
      { patent_id: 'S2', holder_id: 'U', seq: '1' },
      { patent_id: 'S3', holder_id: 'U', seq: '1' },
      { patent_id: 'B1', holder_id: 'BAT', seq: '1' },
      { patent_id: 'B2', holder_id: 'BAT', seq: '1' },
      { patent_id: 'M1', holder_id: 'MED', seq: '1' },
      { patent_id: 'M2', holder_id: 'MED', seq: '1' },
      { patent_id: 'N1', holder_id: 'INST', seq: '1' },
      { patent_id: 'PV1', holder_id: 'SOL', seq: '1' },
      { patent_id: 'PV0', holder_id: 'OLD', seq: '1' },
    ],
    'inventors.csv': [
      { patent_id: 'S1', person_id: 'I1', seq: '1' },
      { patent_id: 'B1', person_id: 'I1', seq: '1' },
      { patent_id: 'N1', person_id: 'I1', seq: '1' },
      { patent_id: 'S2', person_id: 'I2', seq: '1' },
      { patent_id: 'M1', person_id: 'I2', seq: '1' },
    ],
    'citations.csv': [
      { citing_id: 'S3', cited_id: 'PV1' },
      { citing_id: 'PV1', cited_id: 'PV0' },
    ],
  });
});
afterAll(async () => {
  await writer.close();
});

const ranked = async (patentId: string, kinds?: ('enterprise' | 'research_institute')[]) =>
  (await licenseeCandidates(writer, { subject: { patentId: `${p}${patentId}` }, first: 10, kinds })).candidates;
const counts = (c: Awaited<ReturnType<typeof ranked>>[number], part: string) => Object.fromEntries(c.parts.find((x) => x.part === part)!.counts.map((x) => [x.name, x.count]));

describe('licensee ranking where the data has no classes', () => {
  it("ranks by the patent, not its holder: each of one university's patents has its own first candidate", async () => {
    const battery = await ranked('S1');
    const catheter = await ranked('S2');
    expect(battery[0]!.candidate.id).toBe(`${p}BAT`);
    expect(catheter[0]!.candidate.id).toBe(`${p}MED`);
    // Its words and its inventor, both this patent's own.
    expect(counts(battery[0]!, 'technology').textMatches).toBeGreaterThanOrEqual(2);
    expect(counts(battery[0]!, 'collaboration').patentInventors).toBe(1);
    expect(battery[0]!.reason.en).toMatch(/worded alike|inventor of this patent/);
    // 北方大学 has a region, 医械公司 too; a holder without one is "region unknown", not "another province".
    expect(battery[0]!.parts.find((x) => x.part === 'place')!.explanation.en).toMatch(/^same city/);
  });

  it('offers enterprises unless other kinds are asked for', async () => {
    expect((await ranked('S1')).map((c) => c.candidate.id)).not.toContain(`${p}INST`);
    const wider = await ranked('S1', ['enterprise', 'research_institute']);
    expect(wider.find((c) => c.candidate.id === `${p}INST`)?.candidate.kind).toBe('research_institute');
    // Institutes alone: this one first (its battery patent reads like S1), no enterprise at all.
    const only = await ranked('S1', ['research_institute']);
    expect(only[0]!.candidate.id).toBe(`${p}INST`);
    expect(only.every((c) => c.candidate.kind === 'research_institute')).toBe(true);
  });

  it('follows citations two generations back from the patent', async () => {
    const solar = await ranked('S3');
    const sol = solar.find((c) => c.candidate.id === `${p}SOL`)!;
    const old = solar.find((c) => c.candidate.id === `${p}OLD`)!;
    expect(counts(sol, 'citations')).toMatchObject({ citedByPatent: 1, citedByPatent2: 0 });
    expect(counts(old, 'citations')).toMatchObject({ citedByPatent: 0, citedByPatent2: 1 });
    expect(solar.indexOf(sol)).toBeLessThan(solar.indexOf(old));
    // The path drawn for the one removed runs through the patent between.
    expect(old.evidence!.edges.filter((e) => e.type === 'CITES')).toHaveLength(2);
  });

  it('names the evidence the subject lacks: classes and citations for S1, classes only for S3', async () => {
    const of = async (id: string) => Object.fromEntries((await licenseeEvidenceSources(writer, { patentId: `${p}${id}` })).map((s) => [s.evidence, s]));
    const s1 = await of('S1');
    expect(s1.classes).toMatchObject({ available: false, missingIn: 'subject', part: 'technology' });
    expect(s1.text).toMatchObject({ available: true, missingIn: null });
    expect(s1.citations).toMatchObject({ available: false, missingIn: 'subject' });
    expect(s1.inventors).toMatchObject({ available: true });
    expect(s1.region).toMatchObject({ available: true });
    const s3 = await of('S3');
    expect(s3.citations).toMatchObject({ available: true });
    expect(s3.inventors).toMatchObject({ available: false, missingIn: 'subject' });
  });
});

describe('licensee evidence and kinds over GraphQL', () => {
  const graph: Graph = testApiGraph();
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(graph);
  });
  afterAll(async () => {
    await api?.close();
    await graph.close();
  });

  it('answers which evidence there is, beside the ranking, in one request', async () => {
    const res = await api.gql<{ licenseeCandidates: { candidate: { id: string; kind: string } }[]; licenseeEvidence: { evidence: string; available: boolean; missingIn: string | null }[] }>(
      `query($id: ID!) { licenseeCandidates(patentId: $id, filters: { kinds: ["enterprise", "research_institute"] }) { candidate { id kind } }
        licenseeEvidence(patentId: $id) { evidence part available missingIn } }`,
      { id: `${p}S1` },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.licenseeCandidates.map((c) => c.candidate.kind)).toContain('research_institute');
    expect(res.data!.licenseeEvidence.find((s) => s.evidence === 'classes')).toMatchObject({ available: false, missingIn: 'SUBJECT' });
  });

  it('refuses a kind that is none, and a subject given twice or not at all, naming the argument', async () => {
    const kind = await api.gql(`{ licenseeCandidates(patentId: "${p}S1", filters: { kinds: ["person"] }) { score } }`);
    expect(kind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filters.kinds' });
    const both = await api.gql(`{ licenseeEvidence(patentId: "${p}S1", holderId: "${p}U", ipcPrefix: "H01M") { evidence } }`);
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'holderId' });
    const none = await api.gql('{ licenseeEvidence { evidence } }');
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'patentId' });
    const missing = await api.gql(`{ licenseeEvidence(patentId: "${p}NOPE") { evidence } }`);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'patentId' });
    const half = await api.gql(`{ licenseeEvidence(holderId: "${p}U") { evidence } }`);
    expect(half.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ipcPrefix' });
  });
});
