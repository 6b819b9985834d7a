import { afterAll, describe, expect, inject, it } from 'vitest';
import { connectGraph, type Graph } from '../graph/driver.ts';
import { startTestApi, testApiGraph, type TestApi } from './api/helpers/api-server.ts';
import { uniquePrefix } from './helpers/graph.ts';

// The routing scheme a cluster or Aura is reached by (neo4j://, neo4j+s://), against the run's one
// embedded instance: the driver asks it for a routing table, which names the address it advertises
// (the port in use), then sends reads and writes where the table says. The same code runs on a
// cluster, where reads go to followers and read replicas.

const n = inject('neo4j');
const routed = n.uri.replace(/^bolt:/, 'neo4j:');
const opened: { close(): Promise<void> }[] = [];

afterAll(async () => {
  for (const x of opened.reverse()) await x.close();
});

describe('the routing scheme (neo4j://)', () => {
  it('reads what this process wrote, in READ and WRITE transactions routed by the server’s table', async () => {
    expect(routed).toMatch(/^neo4j:\/\//);
    const graph: Graph = connectGraph({ uri: routed, user: n.user, password: n.password, database: n.database, readTimeoutMs: 30_000 });
    opened.push(graph);
    const id = `${uniquePrefix('routing')}ORG`;
    await graph.write('CREATE (:Party:Organization:Enterprise {id: $id, name: $name})', { id, name: '路由测试公司' });
    // A read right after the write, in another session: the shared bookmarks make it see the write.
    const rows = await graph.read<{ name: string }>('MATCH (o:Organization {id: $id}) RETURN o.name AS name', { id });
    expect(rows).toEqual([{ name: '路由测试公司' }]);
    await graph.write('MATCH (o:Organization {id: $id}) DETACH DELETE o', { id });
    expect(await graph.read('MATCH (o:Organization {id: $id}) RETURN o', { id })).toEqual([]);
  });

  it('serves the API over it as over bolt://', async () => {
    const graph = testApiGraph(routed);
    opened.push(graph);
    const api: TestApi = await startTestApi(graph);
    opened.push(api);
    const id = `${uniquePrefix('routing-api')}ORG`;
    await graph.write('CREATE (:Party:Organization:Enterprise {id: $id, name: $name})', { id, name: '路由接口公司' });
    const r = await api.gql<{ entity: { node: { name: string } } | null }>('query($id: ID!) { entity(id: $id) { node { name } } }', { id });
    expect(r.errors).toBeUndefined();
    expect(r.data?.entity?.node.name).toBe('路由接口公司');
    await graph.write('MATCH (o:Organization {id: $id}) DETACH DELETE o', { id });
  });
});
