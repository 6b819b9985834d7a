import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { licenseeCandidates } from '../../graph/queries/licensees/licensees.ts';
import { testGraph } from '../helpers/graph.ts';
import { startTestApi, testApiGraph, type TestApi } from '../api/helpers/api-server.ts';
import { importRows } from '../api/helpers/fixtures.ts';

// A handmade graph where the answer is clear. 东湖大学 (city A) holds the subject patent S in
// A01K 67/033. 近邻科技 sits in the same city, holds three patents in that subgroup, applied for one
// patent together with the university and shares an inventor with it. 远方制造 is in another
// province and holds one patent in the subgroup. 共有实业 co-owns S and 被许可公司 already licensed it:
// both must be left out.

const writer: Graph = testGraph();
let p = '';
const IPC = 'A01K 67/033';

const patent = (id: string, ipc: string, filed = '2019-01-01') => ({ id, title: `专利${id}`, title_en: `Patent ${id}`, kind: 'invention', ipc, filed });

beforeAll(async () => {
  p = await importRows(writer, 'licensees', {
    'regions.csv': [
      { code: 'CN', name: '中国', level: 'country', parent_code: '' },
      { code: 'P1', name: '甲省', name_en: 'Province One', level: 'province', parent_code: 'CN' },
      { code: 'P1-A', name: '甲市', name_en: 'City A', level: 'city', parent_code: 'P1' },
      { code: 'P2', name: '乙省', name_en: 'Province Two', level: 'province', parent_code: 'CN' },
      { code: 'P2-B', name: '乙市', name_en: 'City B', level: 'city', parent_code: 'P2' },
    ],
    'organizations.csv': [
      { id: 'U', kind: 'university', name: '东湖大学', name_en: 'Donghu University', region_code: 'P1-A' },
      { id: 'U2', kind: 'university', name: '西山大学', name_en: 'Xishan University', region_code: 'P2-B' },
      { id: 'CLOSE', kind: 'enterprise', name: '近邻科技', name_en: 'Nearby Tech', region_code: 'P1-A', industry: '农业' },
      { id: 'FAR', kind: 'enterprise', name: '远方制造', name_en: 'Faraway Manufacturing', region_code: 'P2-B', industry: '制造' },
      { id: 'COOWNER', kind: 'enterprise', name: '共有实业', name_en: 'Co-owner Industries', region_code: 'P1-A' },
      { id: 'LIC', kind: 'enterprise', name: '被许可公司', name_en: 'Licensee Co', region_code: 'P1-A' },
      // 西山大学's co-applicant on W1 sits in 近邻科技's city; 西山大学 itself does not.
      { id: 'PARTNER', kind: 'research_institute', name: '甲市研究院', name_en: 'City A Institute', region_code: 'P1-A' },
    ],
    'persons.csv': [
      { id: 'INV1', name: '王一', name_en: 'Wang Yi' },
      { id: 'INV2', name: '李二', name_en: 'Li Er' },
    ],
    'patents.csv': [
      patent('S', IPC, '2020-01-01'),
      patent('U-OTHER', 'A01K 67/027'),
      patent('JOINT', 'A01K 67/027'),
      patent('C1', IPC),
      patent('C2', IPC),
      patent('C3', IPC),
      patent('F1', IPC),
      patent('L1', IPC),
      patent('O1', IPC),
      patent('W1', IPC),
    ],
    'applicants.csv': [
      { patent_id: 'S', holder_id: 'U', seq: '1' },
      { patent_id: 'S', holder_id: 'COOWNER', seq: '2' },
      { patent_id: 'U-OTHER', holder_id: 'U', seq: '1' },
      { patent_id: 'JOINT', holder_id: 'U', seq: '1' },
      { patent_id: 'JOINT', holder_id: 'CLOSE', seq: '2' },
      { patent_id: 'C1', holder_id: 'CLOSE', seq: '1' },
      { patent_id: 'C2', holder_id: 'CLOSE', seq: '1' },
      { patent_id: 'C3', holder_id: 'CLOSE', seq: '1' },
      { patent_id: 'F1', holder_id: 'FAR', seq: '1' },
      { patent_id: 'L1', holder_id: 'LIC', seq: '1' },
      { patent_id: 'O1', holder_id: 'COOWNER', seq: '1' },
      { patent_id: 'W1', holder_id: 'U2', seq: '1' },
      { patent_id: 'W1', holder_id: 'PARTNER', seq: '2' },
    ],
    'inventors.csv': [
      { patent_id: 'U-OTHER', person_id: 'INV1', seq: '1' },
      { patent_id: 'C1', person_id: 'INV1', seq: '1' },
      { patent_id: 'S', person_id: 'INV2', seq: '1' },
    ],
    'citations.csv': [{ citing_id: 'C2', cited_id: 'U-OTHER' }],
    'transactions.csv': [
      { id: 'TX-LIC', kind: 'license', patent_ids: 'S', from_id: 'U', to_id: 'LIC', date: '2021-03-01', license_type: 'ordinary' },
      { id: 'TX-FAR', kind: 'license', patent_ids: 'F1', from_id: 'U2', to_id: 'FAR', date: '2021-05-01', license_type: 'ordinary' },
    ],
  });
});
afterAll(async () => {
  await writer.close();
});

describe('licenseeCandidates (graph query)', () => {
  it('ranks the close, collaborating enterprise above the distant one, leaves out holders and names an existing licensee as one', async () => {
    const r = await licenseeCandidates(writer, { subject: { patentId: `${p}S` }, first: 10 });
    const ids = r.candidates.map((c) => c.candidate.id);
    expect(ids).toContain(`${p}CLOSE`);
    expect(ids).toContain(`${p}FAR`);
    expect(ids.indexOf(`${p}CLOSE`)).toBeLessThan(ids.indexOf(`${p}FAR`));
    expect(ids).not.toContain(`${p}COOWNER`);
    expect(ids).not.toContain(`${p}U`);
    // A licensee may take the patent again (renewed, widened, made exclusive): its licence is its evidence.
    const lic = r.candidates.find((c) => c.candidate.id === `${p}LIC`)!;
    expect(lic.parts.find((x) => x.part === 'behaviour')!.counts).toEqual(expect.arrayContaining([{ name: 'licensedSubject', count: 1 }, { name: 'dealsWithLicensor', count: 1 }]));
    expect(lic.reason.en).toContain('an existing licensee');
    expect(lic.parts.find((x) => x.part === 'behaviour')!.explanation.zh).toMatch(/^已获本专利许可；/);
    // The kinds asked for hold for existing licensees too: an enterprise is no research institute.
    const institutes = await licenseeCandidates(writer, { subject: { patentId: `${p}S` }, first: 10, kinds: ['research_institute'] });
    expect(institutes.candidates.map((c) => c.candidate.id)).not.toContain(`${p}LIC`);
    const close = r.candidates.find((c) => c.candidate.id === `${p}CLOSE`)!;
    const part = (name: string) => close.parts.find((x) => x.part === name)!;
    expect(part('collaboration').counts).toEqual(expect.arrayContaining([{ name: 'coApplications', count: 1 }, { name: 'sharedInventors', count: 1 }]));
    // Its three patents in the subject's subgroup; the joint one (same main group) counts too
    // when that group is rare enough in the database to carry weight.
    expect(part('technology').counts.find((x) => x.name === 'heldMatches')!.count).toBeGreaterThanOrEqual(3);
    expect(part('place').value).toBeGreaterThan(0);
    expect(close.reason.en.length).toBeGreaterThan(0);
    expect(close.reason.zh).toMatch(/[\u4e00-\u9fff]/);
    const score = close.parts.reduce((n, x) => n + x.contribution, 0);
    expect(close.score).toBeCloseTo(score, 9);
  });

  it('draws evidence whose every edge exists in the database', async () => {
    const r = await licenseeCandidates(writer, { subject: { patentId: `${p}S` }, first: 10 });
    let checked = 0;
    for (const c of r.candidates) {
      const ev = c.evidence!;
      const nodes = new Map(ev.nodes.map((n) => [n.id, n]));
      expect(nodes.has(c.candidate.id)).toBe(true);
      for (const e of ev.edges) {
        expect(nodes.has(e.source) && nodes.has(e.target)).toBe(true);
        const label = nodes.get(e.source)!.labels[0]!;
        const [row] = await writer.read<{ n: number }>(
          `MATCH (a:\`${label}\` {id: $source})-[r]->(b {id: $target}) WHERE type(r) = $type RETURN count(r) AS n`,
          { source: e.source, target: e.target, type: e.type },
        );
        expect(row?.n, e.id).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    const close = r.candidates.find((c) => c.candidate.id === `${p}CLOSE`)!;
    const types = new Set(close.evidence!.edges.map((e) => e.type));
    for (const t of ['CLASSIFIED_AS', 'APPLIED_FOR', 'INVENTED', 'LOCATED_IN', 'HOLDS']) expect(types).toContain(t);
  });

  it('filters by region and portfolio size', async () => {
    const byRegion = await licenseeCandidates(writer, { subject: { patentId: `${p}S` }, first: 10, filters: { region: `${p}P2` } });
    expect(byRegion.candidates.map((c) => c.candidate.id)).toEqual([`${p}FAR`]);
    const small = await licenseeCandidates(writer, { subject: { patentId: `${p}S` }, first: 10, filters: { maxPortfolio: 1 } });
    expect(small.candidates.map((c) => c.candidate.id)).not.toContain(`${p}CLOSE`);
  });
});

describe('licenseeCandidates over GraphQL', () => {
  const graph: Graph = testApiGraph();
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(graph);
  });
  afterAll(async () => {
    await api?.close();
    await graph.close();
  });

  const QUERY = `query($id: ID!, $first: Int) { licenseeCandidates(patentId: $id, first: $first) {
    rank candidate { id name } score reason reasonEn: reason(lang: "en")
    parts { part value weight contribution explanation(lang: "en") counts { name count } }
    evidence { nodes { id } edges { id source target } } } }`;

  it('answers the contract shape, reasons in both languages', async () => {
    const res = await api.gql<{ licenseeCandidates: { rank: number; candidate: { id: string }; reason: string; reasonEn: string; parts: { part: string }[]; evidence: { edges: unknown[] } }[] }>(QUERY, { id: `${p}S`, first: 5 });
    expect(res.errors).toBeUndefined();
    const list = res.data!.licenseeCandidates;
    expect(list[0]!.rank).toBe(1);
    expect(list.map((c) => c.candidate.id)).toContain(`${p}CLOSE`);
    expect(list[0]!.parts.map((x) => x.part)).toEqual(['technology', 'citations', 'collaboration', 'behaviour', 'place']);
    expect(list[0]!.reason).not.toEqual(list[0]!.reasonEn);
    expect(list[0]!.evidence.edges.length).toBeGreaterThan(0);
  });

  it('ranks a portfolio: a holder and an IPC prefix', async () => {
    const ranked = async (prefix: string) => {
      const res = await api.gql<{ portfolioLicenseeCandidates: { candidate: { id: string } }[] }>(
        `{ portfolioLicenseeCandidates(holderId: "${p}U", ipcPrefix: "${prefix}", first: 5) { candidate { id } } }`,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.portfolioLicenseeCandidates.map((c) => c.candidate.id);
    };
    expect(await ranked(IPC)).toContain(`${p}CLOSE`);
    // A portfolio is compared by the place of the holder asked for: 西山大学 is in another province
    // than 近邻科技, although its co-applicant on W1 shares 近邻科技's city.
    const place = await api.gql<{ portfolioLicenseeCandidates: { candidate: { id: string }; parts: { part: string; explanation: string }[] }[] }>(
      `{ portfolioLicenseeCandidates(holderId: "${p}U2", ipcPrefix: "${IPC}", first: 10) { candidate { id } parts { part explanation(lang: "en") } } }`,
    );
    expect(place.errors).toBeUndefined();
    const close = place.data!.portfolioLicenseeCandidates.find((c) => c.candidate.id === `${p}CLOSE`)!;
    expect(close.parts.find((x) => x.part === 'place')!.explanation).toMatch(/^another province/);
    // The main group takes in the joint patent too, which 近邻科技 co-holds: it is left out.
    const group = await ranked('A01K 67');
    expect(group).toContain(`${p}FAR`);
    expect(group).not.toContain(`${p}CLOSE`);
  });

  it('filters by an industry named in either language or by its code, and names the industries there are', async () => {
    const byIndustry = async (industry: string) => {
      const res = await api.gql<{ licenseeCandidates: { candidate: { id: string; industry: string | null; industryEn: string | null } }[] }>(
        `query($id: ID!, $industry: String) { licenseeCandidates(patentId: $id, first: 10, filters: { industry: $industry }) { candidate { id industry industryEn } } }`,
        { id: `${p}S`, industry },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.licenseeCandidates.map((c) => c.candidate);
    };
    const close = [{ id: `${p}CLOSE`, industry: '农业', industryEn: 'Agriculture' }];
    expect(await byIndustry('农业')).toEqual(close);
    expect(await byIndustry(' agriculture ')).toEqual(close);
    expect(await byIndustry('01')).toEqual(close);
    // A value outside the standard is matched as the data writes it, and has no English name.
    expect(await byIndustry('制造')).toEqual([{ id: `${p}FAR`, industry: '制造', industryEn: null }]);

    const res = await api.gql<{ industries: { name: string; nameEn: string | null; code: string | null; organizations: number }[] }>('{ industries { name nameEn code organizations } }');
    expect(res.errors).toBeUndefined();
    const list = res.data!.industries;
    expect(list.find((i) => i.name === '农业')).toMatchObject({ nameEn: 'Agriculture', code: '01' });
    expect(list.find((i) => i.name === '制造')).toMatchObject({ nameEn: null, code: null });
    expect(list.every((i) => i.organizations > 0)).toBe(true);
    const counts = list.map((i) => i.organizations);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const bad = await api.gql('{ industries(kind: "person") { name } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'kind' });
  });

  it('names the bad argument', async () => {
    const missing = await api.gql(QUERY, { id: `${p}NOPE`, first: 5 });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(missing.errors?.[0]?.extensions?.argument).toBe('patentId');
    const zero = await api.gql(QUERY, { id: `${p}S`, first: 0 });
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(zero.errors?.[0]?.extensions?.argument).toBe('first');
    const prefix = await api.gql(`{ portfolioLicenseeCandidates(holderId: "${p}U", ipcPrefix: "banana") { score } }`);
    expect(prefix.errors?.[0]?.extensions?.argument).toBe('ipcPrefix');
    // A word is no IPC code: the answer offers the fields the holder has patents in.
    expect(prefix.errors?.[0]?.extensions?.allowed).toEqual(['A01K']);
    // A prefix that matches none of the holder's patents is answered with the classes it has.
    const none = await api.gql(`{ portfolioLicenseeCandidates(holderId: "${p}U", ipcPrefix: "H01M") { score } }`);
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ipcPrefix', allowed: ['A01K'] });
    expect(none.errors?.[0]?.message).toContain('A01K (3)');
  });
});
