import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { differences, startGeneratedPeer } from '../../bench/generated-peer.ts';
import type { Graph } from '../../graph/driver.ts';
import { testGraph } from '../helpers/graph.ts';
import { startTestApi, testApiGraph, type TestApi } from './helpers/api-server.ts';
import { importSmallBundle } from './helpers/fixtures.ts';

// The API bench times one question (an organization with its first patents held today) on our API
// and on the official @neo4j/graphql's generated API, and only when both answer alike. Here on the
// small bundle, where organizations sold patents they applied for (their holding ended), so the
// generated API must keep only current holdings, as ours does.

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
let api: TestApi;
let peer: Awaited<ReturnType<typeof startGeneratedPeer>>;
let p = '';

beforeAll(async () => {
  p = await importSmallBundle(writer, 'peer');
  api = await startTestApi(graph);
  peer = await startGeneratedPeer(inject('neo4j').uri);
});
afterAll(async () => {
  await peer?.stop();
  await api?.close();
  await graph.close();
  await writer.close();
});

describe('the generated API beside ours', () => {
  it('answers the question as ours does, with the patents held today only', async () => {
    const ids = ['ORG-U1', 'ORG-E1', 'ORG-E2', 'ORG-E3', 'ORG-B1', 'NOPE'].map((id) => `${p}${id}`);
    const [ended] = await writer.read<{ n: number }>('MATCH (o:Organization)-[x:HOLDS]->(:Patent) WHERE o.id IN $ids AND x.until IS NOT NULL RETURN count(*) AS n', { ids });
    expect(ended!.n).toBeGreaterThan(0);
    const { differ, listed } = await differences({ ourUrl: api.url, peerUrl: peer.url, ids });
    expect(differ).toEqual([]);
    const [held] = await writer.read<{ n: number }>('MATCH (o:Organization)-[x:HOLDS]->(:Patent) WHERE o.id IN $ids AND x.until IS NULL RETURN count(*) AS n', { ids });
    expect(listed).toBe(held!.n);
  });
});
