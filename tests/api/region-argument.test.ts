import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { lookUpRegion } from '../../graph/queries/region-lookup.ts';
import { testGraph } from '../helpers/graph.ts';
import { startTestApi, testApiGraph, type TestApi } from './helpers/api-server.ts';
import { importRows, importSmallBundle } from './helpers/fixtures.ts';

// Places as people type them: a code, or a name in either language with or without its suffix.
// Names are this run's own (every bundle in the test database has its own 广东省).

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
let api: TestApi;
let p = '';
let q = '';
let small = '';
const u = `${Date.now().toString(36).slice(-4)}`;
const zh = `瑰${u}`;
const en = `Gui${u}`;

const regions = [
  { code: 'CN', name: '中国', name_en: 'China', level: 'country', parent_code: '' },
  { code: 'PROV', name: `${zh}省`, name_en: `${en} Province`, level: 'province', parent_code: 'CN' },
  { code: 'CITY', name: `${zh}市`, name_en: `${en} City`, level: 'city', parent_code: 'PROV' },
];

beforeAll(async () => {
  p = await importRows(writer, 'regions-a', { 'regions.csv': regions });
  small = await importSmallBundle(writer, 'regions-policy');
  api = await startTestApi(graph);
});
afterAll(async () => {
  await api?.close();
  await graph.close();
  await writer.close();
});

describe('a region as people type it', () => {
  it('is found by its code, or by its name in Chinese or English with or without the suffix, a province before its city', async () => {
    for (const typed of [`${p}PROV`, zh, `${zh}省`, en, en.toLowerCase(), `${en} province`]) {
      expect((await lookUpRegion(graph, typed)).found?.code, typed).toBe(`${p}PROV`);
    }
    expect((await lookUpRegion(graph, `${zh}市`)).found?.code).toBe(`${p}CITY`);
    expect((await lookUpRegion(graph, `${en} City`)).found?.code).toBe(`${p}CITY`);
    expect(await lookUpRegion(graph, `无此地${u}`)).toEqual({ found: null, candidates: [] });
  });

  it('is refused in words when it names none, and with the candidates when it names several alike', async () => {
    q = await importRows(writer, 'regions-b', { 'regions.csv': regions });
    const COVERED = 'query($policyId: ID!, $region: ID) { actorsCoveredBy(policyId: $policyId, region: $region) { totalCount } }';
    const none = await api.gql(COVERED, { policyId: `${small}POL-NAT-2021-22`, region: `无此地${u}` });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'region' });
    expect(none.errors?.[0]?.message).toMatch(/No region is called "无此地.*type a region name \(广东, Guangdong\) or code/);
    // Two bundles now hold a province of that name: which one is meant is the user's to say.
    const two = await api.gql(COVERED, { policyId: `${small}POL-NAT-2021-22`, region: zh });
    expect(two.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'region' });
    expect((two.errors?.[0]?.extensions as { allowed: string[] }).allowed.sort()).toEqual([`${p}PROV`, `${q}PROV`].sort());
    // A code stays exact; the city's full name, which both bundles now hold, asks which one.
    const NAMED = 'query($policyId: ID!, $region: ID) { actorsCoveredBy(policyId: $policyId, region: $region) { region { code name nameEn } } }';
    const byCode = await api.gql<{ actorsCoveredBy: { region: { code: string; name: string; nameEn: string | null } } }>(NAMED, { policyId: `${small}POL-NAT-2021-22`, region: `${p}PROV` });
    expect(byCode.errors).toBeUndefined();
    // The answer says by which region it was filtered, in words, however it was typed.
    expect(byCode.data?.actorsCoveredBy.region).toEqual({ code: `${p}PROV`, name: `${zh}省`, nameEn: `${en} Province` });
    const byName = await api.gql<{ actorsCoveredBy: { totalCount: number } }>(COVERED, { policyId: `${small}POL-NAT-2021-22`, region: `${zh}市` });
    expect(byName.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'region' });
  });
});
