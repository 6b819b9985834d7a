import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { dataOf, startRolesApi, testApiGraph, type TestApi } from '../api/helpers/api-server.ts';
import { importRows } from '../api/helpers/fixtures.ts';
import { ROLE_TOKENS } from '../helpers/auth-file.ts';
import { testGraph } from '../helpers/graph.ts';

// Innocent chains that look like planted ones, read by a supervisor (the role the monitor needs):
// a group trading slowly at ordinary prices, strangers flipping a patent a group company sold
// them, and companies that once shared a director, all ranked against a group's escalating flips.

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
let api: TestApi;
let p = '';

const org = (id: string, kind = 'enterprise') => ({ id, kind, name: `${id}公司`, name_en: `${id} Ltd`, region_code: 'R-A' });
const patent = (id: string) => ({ id, title: `专利${id}`, kind: 'invention', filed: '2015-01-01' });
const tx = (id: string, kind: string, pat: string, from: string, to: string, date: string, amount: string, platform = '') => ({
  id, kind, patent_ids: pat, from_id: from, to_id: to, date, amount_cny: amount, license_type: '', platform_id: platform, registration_no: '',
});
const GROUP = ['K1', 'K2', 'K3', 'K4', 'K5'];

beforeAll(async () => {
  p = await importRows(writer, 'rpl', {
    'regions.csv': [
      { code: 'R', name: '国', name_en: 'Country', level: 'country', parent_code: '' },
      { code: 'R-A', name: '甲省', name_en: 'Province A', level: 'province', parent_code: 'R' },
    ],
    'organizations.csv': [...['G', ...GROUP, 'X', 'Y', 'Z', 'E1', 'E2', 'E3'].map((id) => org(id)), org('BANK', 'bank'), org('PL', 'platform')],
    'persons.csv': ['CTRL', 'EX'].map((id) => ({ id, name: `${id}先生`, name_en: `Mr ${id}` })),
    'patents.csv': ['PT1', 'PT2', 'PT3', 'PT4', 'PT5', 'PT6'].map(patent),
    'applicants.csv': [
      { patent_id: 'PT1', holder_id: 'K1', seq: '1' },
      { patent_id: 'PT2', holder_id: 'K1', seq: '1' },
      { patent_id: 'PT3', holder_id: 'K1', seq: '1' },
      { patent_id: 'PT4', holder_id: 'E1', seq: '1' },
      { patent_id: 'PT5', holder_id: 'E1', seq: '1' },
      { patent_id: 'PT6', holder_id: 'K1', seq: '1' },
    ],
    'equity.csv': [{ owner_id: 'CTRL', company_id: 'G', share: '0.8', since: '2010-01-01' }, ...GROUP.map((id) => ({ owner_id: 'G', company_id: id, share: '0.6', since: '2010-01-01' }))],
    'positions.csv': [
      // A director of E1 until 2019, an executive of E2 from 2015: E1 and E2 are related only before 2019.
      { person_id: 'EX', org_id: 'E1', role: 'director', since: '2012-01-01', until: '2019-01-01' },
      { person_id: 'EX', org_id: 'E2', role: 'executive', since: '2015-01-01' },
    ],
    'transactions.csv': [
      // Each group company keeps PT1 half a year and sells it for half as much again, on one platform, then a loan.
      tx('T1a', 'assignment', 'PT1', 'K1', 'K2', '2019-01-01', '100000', 'PL'),
      tx('T1b', 'assignment', 'PT1', 'K2', 'K3', '2019-07-01', '150000', 'PL'),
      tx('T1c', 'assignment', 'PT1', 'K3', 'K4', '2020-01-01', '225000', 'PL'),
      tx('T1d', 'assignment', 'PT1', 'K4', 'K5', '2020-07-01', '340000', 'PL'),
      tx('T1e', 'pledge', 'PT1', 'K5', 'BANK', '2020-08-01', '200000'),
      // PT2 flips through the group in three months at a price tripling.
      tx('T2a', 'assignment', 'PT2', 'K1', 'K2', '2021-01-01', '100000'),
      tx('T2b', 'assignment', 'PT2', 'K2', 'K3', '2021-02-15', '180000'),
      tx('T2c', 'assignment', 'PT2', 'K3', 'K4', '2021-04-01', '320000'),
      // PT3 leaves the group at an ordinary price, then strangers flip it up and pledge it.
      tx('T3a', 'assignment', 'PT3', 'K1', 'K2', '2019-06-01', '100000'),
      tx('T3b', 'assignment', 'PT3', 'K2', 'X', '2020-01-01', '100000'),
      tx('T3c', 'assignment', 'PT3', 'X', 'Y', '2020-02-01', '180000'),
      tx('T3d', 'assignment', 'PT3', 'Y', 'Z', '2020-03-15', '350000'),
      tx('T3e', 'pledge', 'PT3', 'Z', 'BANK', '2020-04-15', '300000'),
      // PT4: E1 to E2 a year after their shared director left E1; PT5: while he sat at both.
      tx('T4a', 'assignment', 'PT4', 'E1', 'E2', '2020-01-10', '100000'),
      tx('T4b', 'assignment', 'PT4', 'E2', 'E3', '2020-03-01', '400000'),
      tx('T4c', 'pledge', 'PT4', 'E3', 'BANK', '2020-04-01', '300000'),
      tx('T5', 'assignment', 'PT5', 'E1', 'E2', '2018-06-01', '100000'),
      // PT6 goes round to the company that controls its first seller.
      tx('T6a', 'assignment', 'PT6', 'K1', 'K2', '2022-01-01', '100000'),
      tx('T6b', 'assignment', 'PT6', 'K2', 'G', '2022-05-01', '100000'),
    ],
  });
  api = await startRolesApi(graph);
});
afterAll(async () => {
  await api?.close();
  await graph.close();
  await writer.close();
});

interface Chain {
  id: string;
  risk: number;
  rules: string[];
  riskParts: { rule: string; factor: number }[];
  transactions: { id: string; relation: string | null }[];
  relations: { kind: string; via: string | null }[];
  reason: string;
}

async function chainsOf(holder: string): Promise<Chain[]> {
  const r = await api.gqlAs<{ relatedPartyChains: Chain[] }>(
    ROLE_TOKENS.supervisor,
    'query($h: ID) { relatedPartyChains(holderId: $h) { id risk rules riskParts { rule factor } transactions { id relation } relations { kind via } reason } }',
    { h: `${p}${holder}` },
  );
  return dataOf(r).relatedPartyChains;
}

const byPatent = (list: Chain[], pt: string): Chain => {
  const c = list.find((x) => x.id.startsWith(`${p}${pt}~`));
  expect(c, pt).toBeDefined();
  return c!;
};

describe('related-party look-alikes, as a supervisor reads them', () => {
  it('ranks a group\'s slow trades at ordinary, compounding prices below its escalating flips', async () => {
    const list = await chainsOf('K2');
    const slow = byPatent(list, 'PT1');
    const flips = byPatent(list, 'PT2');
    expect(slow.risk).toBeLessThan(flips.risk);
    expect(list.indexOf(slow)).toBeGreaterThan(list.indexOf(flips));
    expect(slow.rules).toEqual(['related_party_trade', 'same_platform']);
    expect(flips.rules).toEqual(['related_party_trade', 'rapid_flip', 'price_escalation']);
  });

  it('weighs strangers\' quick escalation down though a group company sold them the patent', async () => {
    const list = await chainsOf('K2');
    const strangers = byPatent(list, 'PT3');
    expect(strangers.risk).toBeLessThan(byPatent(list, 'PT2').risk);
    expect(strangers.rules).toEqual(['related_party_trade', 'rapid_flip', 'price_escalation', 'escalation_pledge']);
    for (const part of strangers.riskParts.filter((x) => x.rule !== 'related_party_trade')) expect(part.factor, part.rule).toBeLessThan(1);
    expect(strangers.transactions.filter((t) => t.relation !== null).map((t) => t.id)).toEqual([`${p}T3a`]);
    expect(strangers.reason).toMatch(/rapid flips: 3 transfers in 74 days between unrelated parties/);
  });

  it('relates two companies through a shared director only while he sat at both', async () => {
    const list = await chainsOf('E2');
    const after = byPatent(list, 'PT4');
    expect(after.rules).toEqual(['price_escalation', 'escalation_pledge']);
    expect(after.relations).toEqual([]);
    expect(after.transactions.every((t) => t.relation === null)).toBe(true);
    expect(after.riskParts.every((x) => x.factor < 1)).toBe(true);
    const before = byPatent(list, 'PT5');
    expect(before.rules).toEqual(['related_party_trade']);
    expect(before.relations[0]).toMatchObject({ kind: 'shared_officer', via: `${p}EX` });
  });

  it('counts a return to the company controlling the first seller as a round trip', async () => {
    const round = byPatent(await chainsOf('K1'), 'PT6');
    expect(round.rules).toEqual(['related_party_trade', 'round_trip']);
    expect(round.relations).toContainEqual({ kind: 'control', via: `${p}G` });
  });
});
