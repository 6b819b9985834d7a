import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootFieldRoles } from '../../api/access/field-roles.ts';
import { TYPE_DEFS } from '../../api/http/server-factory.ts';
import type { Graph } from '../../graph/driver.ts';
import { ROLE_TOKENS as TOKENS, writeAuthFile } from '../helpers/auth-file.ts';
import { testGraph } from '../helpers/graph.ts';
import { dataOf as ok, startTestApi, testApiGraph, type GraphQLResponse, type TestApi } from './helpers/api-server.ts';
import { importSmallBundle } from './helpers/fixtures.ts';

// Roles against each kind of data, over HTTP with bearer tokens from an AUTH_FILE. Every
// expectation of what is hidden is counted independently, straight from the database.

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
let api: TestApi;
let p = '';
const dir = mkdtempSync(join(tmpdir(), 'ipatlas-access-'));
const auditFile = join(dir, 'audit.log');

beforeAll(async () => {
  // A person whose rare name only this file's searches find.
  p = await importSmallBundle(writer, 'access', { 'persons.csv': [{ id: 'PER-9', name: '爨靐华', name_en: 'Cuan Bing' }] });
  api = await startTestApi(graph, { authFile: writeAuthFile(dir), auditLog: auditFile });
});
afterAll(async () => {
  await api?.close();
  await graph.close();
  await writer.close();
  rmSync(dir, { recursive: true, force: true });
});

type Role = 'viewer' | 'analyst' | 'supervisor';
const as = <T = Record<string, unknown>>(role: Role, query: string, variables?: Record<string, unknown>) => api.gqlAs<T>(TOKENS[role], query, variables);


interface HiddenCounts {
  nodes: number;
  edges: number;
  properties: number;
  byKind: { name: string; count: number }[];
  visibleTo: string;
}
const HIDDEN = 'hidden { nodes edges properties byKind { name count } visibleTo }';
const countOf = (h: HiddenCounts | null, name: string) => h?.byKind.find((c) => c.name === name)?.count ?? 0;

describe('tokens', () => {
  it('refuses a request without a token, with a wrong, malformed or expired one, as UNAUTHENTICATED', async () => {
    const missing = await api.gql('{ stats { nodes } }');
    expect(missing.status).toBe(401);
    expect(missing.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    for (const header of ['Bearer not-a-known-token', 'Basic dmVyYTpzZWNyZXQ=', `Bearer ${TOKENS.expired}`, 'Bearer']) {
      const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: header }, body: JSON.stringify({ query: '{ stats { nodes } }' }) });
      expect(res.status, header).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const body = (await res.json()) as GraphQLResponse;
      expect(body.errors?.[0]?.extensions.code, header).toBe('UNAUTHENTICATED');
      expect(body.data).toBeUndefined();
    }
    const expired = await api.gqlAs(TOKENS.expired, '{ stats { nodes } }');
    expect(expired.errors?.[0]?.message).toMatch(/expired/);
  });

  it('tells each caller their name, role and what the role adds', async () => {
    const q = '{ session { user role local grants } }';
    expect(ok(await as('viewer', q))).toEqual({ session: { user: 'vera', role: 'VIEWER', local: false, grants: [] } });
    expect(ok(await as('analyst', q))).toEqual({ session: { user: 'ali', role: 'ANALYST', local: false, grants: ['amounts', 'licensees'] } });
    expect(ok(await as('supervisor', q)).session).toMatchObject({ user: 'sun', role: 'SUPERVISOR', grants: expect.arrayContaining(['persons', 'equity', 'officers', 'related_party']) });
  });
});

describe('fields beyond the role', () => {
  const CALLS: Record<string, string> = {
    licenseeCandidates: `{ licenseeCandidates(patentId: "${'$P'}CN113000002A") { score } }`,
    portfolioLicenseeCandidates: `{ portfolioLicenseeCandidates(holderId: "${'$P'}ORG-U1", ipcPrefix: "G06F") { score } }`,
    relatedPartyChains: `{ relatedPartyChains(holderId: "${'$P'}ORG-E3") { id } }`,
    relatedPartyChainPage: `{ relatedPartyChainPage(holderId: "${'$P'}ORG-E3") { totalCount } }`,
    relatedPartyChain: '{ relatedPartyChain(id: "none") { id } }',
    relatedPartySettings: '{ relatedPartySettings }',
  };

  it('names in the schema the least role of every root field it restricts', () => {
    const restricted = [...rootFieldRoles(TYPE_DEFS)].filter(([, role]) => role !== 'viewer');
    expect(Object.fromEntries(restricted)).toEqual({
      licenseeCandidates: 'analyst',
      licenseeEvidence: 'analyst',
      portfolioLicenseeCandidates: 'analyst',
      relatedPartyChains: 'supervisor',
      relatedPartyChainPage: 'supervisor',
      relatedPartyChain: 'supervisor',
      relatedPartySettings: 'supervisor',
    });
  });

  it('answers FORBIDDEN, naming the field and the role it needs, to every role below it', async () => {
    const roles = rootFieldRoles(TYPE_DEFS);
    for (const [field, query] of Object.entries(CALLS)) {
      const least = roles.get(field)!;
      for (const role of ['viewer', 'analyst', 'supervisor'] as const) {
        const r = await as(role, query.replaceAll('$P', p));
        const allowed = role === 'supervisor' || (role === 'analyst' && least === 'analyst');
        if (allowed) expect(r.errors?.map((e) => e.extensions.code) ?? [], `${role} ${field}`).not.toContain('FORBIDDEN');
        else {
          expect(r.errors?.[0]?.extensions, `${role} ${field}`).toMatchObject({ code: 'FORBIDDEN', field, role: least.toUpperCase() });
          expect(r.errors?.[0]?.message).toContain(least);
        }
      }
    }
  });
});

describe('persons, equity and officers', () => {
  it('answers a person by id below supervisor as an id no node has, and keeps persons out of search', async () => {
    const person = await as('analyst', `{ entity(id: "${p}PER-2") { node { id name } } }`);
    const nobody = await as('analyst', `{ entity(id: "${p}PER-0") { node { id name } } }`);
    expect(person).toEqual(nobody);
    expect(person).toMatchObject({ status: 200, data: { entity: null } });
    expect(person.errors).toBeUndefined();
    expect(ok(await as('supervisor', `{ entity(id: "${p}PER-2") { node { id name } } }`))).toEqual({ entity: { node: { id: `${p}PER-2`, name: '李华' } } });

    const search = '{ search(text: "爨靐华", first: 100) { id kind } }';
    const seen = ok(await as('supervisor', search)) as { search: { id: string; kind: string }[] };
    expect(seen.search.map((h) => h.id)).toContain(`${p}PER-9`);
    const notSeen = ok(await as('viewer', search)) as { search: { id: string; kind: string }[] };
    expect(notSeen.search.filter((h) => h.kind === 'person')).toEqual([]);
    const asked = await as('viewer', '{ search(text: "爨靐华", kinds: ["person"]) { id } }');
    expect(asked.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', argument: 'kinds', role: 'SUPERVISOR' });
    // A person's id typed into search is no number a viewer may look up: the answer of an id nobody has.
    const byId = (id: string) => `{ search(text: "${id}") { id kind exact } }`;
    // Found first and as the only exact hit; words of the id ("access") may also match other titles in the run's database.
    const bySupervisor = ok(await as('supervisor', byId(`${p}PER-2`))) as { search: { id: string; kind: string; exact: boolean }[] };
    expect(bySupervisor.search[0]).toEqual({ id: `${p}PER-2`, kind: 'person', exact: true });
    expect(bySupervisor.search.filter((h) => h.exact)).toHaveLength(1);
    for (const role of ['viewer', 'analyst'] as const) expect(ok(await as(role, byId(`${p}PER-2`))), role).toEqual(ok(await as(role, byId(`${p}PER-0`))));
  });

  it('tells a role below supervisor which kinds its search leaves out, never how many matched', async () => {
    type H = { searchHidden: { kinds: string[]; visibleTo: string } | null };
    const left = async (role: 'viewer' | 'analyst' | 'supervisor', kinds = '') => ok(await as<H>(role, `{ searchHidden${kinds} { kinds visibleTo } }`)).searchHidden;
    for (const role of ['viewer', 'analyst'] as const) {
      expect(await left(role), role).toEqual({ kinds: ['person'], visibleTo: 'SUPERVISOR' });
      expect(await left(role, '(kinds: ["person", "patent"])'), role).toEqual({ kinds: ['person'], visibleTo: 'SUPERVISOR' });
    }
    expect(await left('supervisor')).toBeNull();
    // Only patents asked: no person would have been listed.
    expect(await left('viewer', '(kinds: ["patent"])')).toBeNull();
  });

  it("leaves a patent's person applicant, inventor and holder out, counted at each place", async () => {
    const q = `{ entity(id: "${p}CN214000003U") { relationshipCounts { type direction count } ${HIDDEN}
      patent { applicants { id } inventors { id } holders { holder { id } via } ${HIDDEN} } } }`;
    type E = { entity: { relationshipCounts: { type: string; count: number }[]; hidden: HiddenCounts | null; patent: { applicants: { id: string }[]; inventors: { id: string }[]; holders: { holder: { id: string } | null }[]; hidden: HiddenCounts | null } } };
    const full = ok(await as<E>('supervisor', q)).entity;
    expect(full.patent.applicants.map((a) => a.id).sort()).toEqual([`${p}ORG-E3`, `${p}PER-4`]);
    expect(full.patent.hidden).toBeNull();
    expect(full.hidden).toBeNull();

    const viewer = ok(await as<E>('viewer', q)).entity;
    expect(viewer.patent.applicants.map((a) => a.id)).toEqual([`${p}ORG-E3`]);
    expect(viewer.patent.inventors).toEqual([]);
    expect(viewer.patent.holders.map((h) => h.holder?.id ?? null).sort()).toEqual([`${p}ORG-E3`, null].sort());
    // 陈刚 (PER-4) is applicant, holder and inventor: counted at each of the three places, as three
    // persons would be (counted once, the count would tell they are one person).
    expect(viewer.patent.hidden).toMatchObject({ nodes: 3, visibleTo: 'SUPERVISOR' });
    expect(countOf(viewer.patent.hidden, 'person')).toBe(3);
    expect(viewer.relationshipCounts.map((c) => c.type)).not.toContain('INVENTED');
    expect(countOf(viewer.hidden, 'INVENTED')).toBe(1);
  });

  it("leaves an organization's owners, holdings and officers out, with their counts", async () => {
    const q = `{ entity(id: "${p}ORG-E3") { relationshipCounts { type } organization { owners { owner { id } share } holdings { company { id } } officers { person { id } role } ${HIDDEN} } } }`;
    type O = { entity: { relationshipCounts: { type: string }[]; organization: { owners: unknown[]; holdings: unknown[]; officers: unknown[]; hidden: HiddenCounts | null } } };
    const full = ok(await as<O>('supervisor', q)).entity;
    expect(full.organization.owners).toHaveLength(2);
    expect(full.organization.officers).toHaveLength(2);
    for (const role of ['viewer', 'analyst'] as const) {
      const o = ok(await as<O>(role, q)).entity;
      expect(o.organization).toMatchObject({ owners: [], holdings: [], officers: [] });
      expect(countOf(o.organization.hidden, 'OWNS')).toBe(2);
      expect(countOf(o.organization.hidden, 'OFFICER_OF')).toBe(2);
      // 李华 owns and directs it, 陈刚 represents it: three places where a person stands.
      expect(countOf(o.organization.hidden, 'person')).toBe(3);
      expect(o.relationshipCounts.map((c) => c.type)).not.toEqual(expect.arrayContaining(['OWNS']));
      expect(o.relationshipCounts.map((c) => c.type)).not.toContain('OFFICER_OF');
    }
  });
});

describe('amounts', () => {
  it('shows transaction amounts from analyst up, and counts them as hidden for a viewer', async () => {
    const q = `{ entity(id: "${p}TX-5") { node { properties } transaction { amountCny } ${HIDDEN} } }`;
    type T = { entity: { node: { properties: Record<string, unknown> }; transaction: { amountCny: number | null }; hidden: HiddenCounts | null } };
    const analyst = ok(await as<T>('analyst', q)).entity;
    expect(analyst.node.properties.amount_cny).toBe(2_000_000);
    expect(analyst.transaction.amountCny).toBe(2_000_000);
    const viewer = ok(await as<T>('viewer', q)).entity;
    expect(viewer.node.properties).not.toHaveProperty('amount_cny');
    expect(viewer.transaction.amountCny).toBeNull();
    expect(viewer.hidden).toMatchObject({ properties: 1, visibleTo: 'ANALYST' });
  });
});

interface Sub {
  nodes: { id: string; kind: string; properties: Record<string, unknown> }[];
  edges: { id: string; type: string; source: string; target: string }[];
  hidden: HiddenCounts | null;
}

describe('traversals', () => {
  const hood = (depth: number) => `{ neighborhood(id: "${p}ORG-E3", depth: ${depth}, limit: 500) { nodes { id kind properties } edges { id type source target } ${HIDDEN} } }`;

  it('never reaches a person, nor passes through one, nor follows equity or officers below supervisor', async () => {
    const full = ok(await as<{ neighborhood: Sub }>('supervisor', hood(1))).neighborhood;
    const fullIds = full.nodes.map((n) => n.id);
    expect(fullIds).toEqual(expect.arrayContaining([`${p}PER-2`, `${p}PER-4`, `${p}ORG-E1`]));
    for (const role of ['viewer', 'analyst'] as const) {
      for (const depth of [1, 2]) {
        const n = ok(await as<{ neighborhood: Sub }>(role, hood(depth))).neighborhood;
        expect(n.nodes.filter((x) => x.kind === 'person'), `${role} depth ${depth}`).toEqual([]);
        expect(n.edges.filter((e) => ['OWNS', 'OFFICER_OF', 'INVENTED'].includes(e.type))).toEqual([]);
        const ids = new Set(n.nodes.map((x) => x.id));
        for (const e of n.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
        if (depth === 1) {
          // 智图 (ORG-E1) is one hop away only through its 40% stake: out of a viewer's depth 1.
          expect(ids.has(`${p}ORG-E1`)).toBe(false);
        }
        // What was left out is what the database holds next to each node shown, added up node by
        // node (never told apart across nodes): links to persons, and hidden-type relationships.
        const [expected] = await writer.read<{ persons: number; rels: number }>(
          `MATCH (n) WHERE n.id IN $ids
           CALL (n) {
             MATCH (n)-[r]-(m) WHERE m:Person OR type(r) IN ['OWNS', 'OFFICER_OF', 'INVENTED']
             RETURN count(CASE WHEN m:Person THEN r END) AS persons, count(r) AS rels
           }
           RETURN sum(persons) AS persons, sum(rels) AS rels`,
          { ids: [...ids] },
        );
        expect(n.hidden, `${role} depth ${depth}`).toMatchObject({ nodes: expected!.persons, edges: expected!.rels, visibleTo: 'SUPERVISOR' });
        expect(countOf(n.hidden, 'person')).toBe(expected!.persons);
      }
    }
  });

  it('counts as hidden the asked types only, and hidden relationships whatever their date and far kind', async () => {
    const hidden = async (args: string) => ok(await as<{ neighborhood: Sub }>('viewer', `{ neighborhood(id: "${p}ORG-E3", depth: 1, limit: 500${args}) { nodes { id } ${HIDDEN} } }`)).neighborhood.hidden;
    // 鹏芯 has owners 李华 (since 2019-07-22) and 智图 (since 2020-05-06), officers 李华 and 陈刚 (both since 2019-07-22).
    const always = await hidden('');
    expect(countOf(always, 'OWNS')).toBe(2);
    expect(countOf(always, 'OFFICER_OF')).toBe(2);
    // A count that stepped on the day a stake began would date it (and match its two ends): the
    // stakes and offices count on every date (the answer's patents, and so their inventors, do change).
    for (const asOf of ['2019-12-31', '2019-01-01']) {
      const dated = await hidden(`, asOf: "${asOf}"`);
      expect([countOf(dated, 'OWNS'), countOf(dated, 'OFFICER_OF')]).toEqual([2, 2]);
    }
    // Holdings only: of its two patents' holders, 陈刚 is the one hidden.
    expect(await hidden(', relTypes: ["HOLDS"]')).toMatchObject({ nodes: 1, edges: 1, byKind: expect.arrayContaining([{ name: 'HOLDS', count: 1 }, { name: 'person', count: 1 }]) });
    // Patents only: the stakes and offices still count (what kind of party holds them is not the
    // viewer's to learn); the person holding a patent was not asked for.
    const patents = await hidden(', labels: ["Patent"]');
    expect([countOf(patents, 'OWNS'), countOf(patents, 'OFFICER_OF'), countOf(patents, 'HOLDS')]).toEqual([2, 2, 0]);
  });

  it('strips amounts from the nodes of a viewer, not of an analyst', async () => {
    const viewer = ok(await as<{ neighborhood: Sub }>('viewer', hood(1))).neighborhood;
    const analyst = ok(await as<{ neighborhood: Sub }>('analyst', hood(1))).neighborhood;
    const tx = (s: Sub) => s.nodes.find((x) => x.id === `${p}TX-5`)!;
    expect(tx(analyst).properties.amount_cny).toBe(2_000_000);
    expect(tx(viewer).properties).not.toHaveProperty('amount_cny');
    const withAmounts = analyst.nodes.filter((x) => 'amount_cny' in x.properties).length;
    expect(withAmounts).toBeGreaterThan(0);
    expect(viewer.hidden?.properties).toBe(withAmounts);
    expect(countOf(viewer.hidden, 'amount_cny')).toBe(withAmounts);
    expect(analyst.hidden?.properties).toBe(0);
  });

  it('answers a start from a person below supervisor as a start from an id no node has', async () => {
    const unknown = (r: Awaited<ReturnType<typeof as>>) => JSON.stringify(r).replaceAll(`${p}PER-0`, 'ID');
    const person = (r: Awaited<ReturnType<typeof as>>) => JSON.stringify(r).replaceAll(`${p}PER-2`, 'ID');
    const hood = (id: string) => as('viewer', `{ neighborhood(id: "${id}") { nodes { id } } }`);
    const r = await hood(`${p}PER-2`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
    expect(person(r)).toBe(unknown(await hood(`${p}PER-0`)));
    const path = (from: string) => as('analyst', `{ paths(from: "${from}", to: "${p}ORG-E3") { paths { length } } }`);
    const viaPerson = await path(`${p}PER-2`);
    expect(viaPerson.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'from' });
    expect(person(viaPerson)).toBe(unknown(await path(`${p}PER-0`)));
  });

  it('finds paths around what the role may not see, and says nothing of what it left out', async () => {
    const q = `{ paths(from: "${p}ORG-E1", to: "${p}ORG-E3", maxHops: 2, limit: 20) { paths { nodeIds edgeIds length } graph { nodes { id kind } edges { type } } } }`;
    type P = { paths: { paths: { nodeIds: string[]; edgeIds: string[]; length: number }[]; graph: { nodes: { kind: string }[]; edges: { type: string }[] } } };
    const full = ok(await as<P>('supervisor', q)).paths;
    // 智图 owns 40% of 鹏芯: one hop.
    expect(full.paths.map((x) => x.length)).toEqual([1]);
    const viewer = ok(await as<P>('viewer', q)).paths;
    expect(viewer.paths.length).toBeGreaterThan(0);
    // Around it: through the 2024 assignment TX-5, two hops.
    expect(viewer.paths.every((x) => x.length === 2)).toBe(true);
    expect(viewer.paths.some((x) => x.nodeIds.includes(`${p}TX-5`))).toBe(true);
    expect(viewer.graph.nodes.filter((x) => x.kind === 'person')).toEqual([]);
    expect(viewer.graph.edges.filter((e) => e.type === 'OWNS' || e.type === 'OFFICER_OF')).toEqual([]);

    const all = ok(await as<P>('analyst', q.replace('limit: 20', 'limit: 20, mode: ALL'))).paths;
    for (const x of all.paths) expect(x.nodeIds.some((id) => id.includes('PER-'))).toBe(false);
    expect(all.graph.edges.filter((e) => e.type === 'OWNS' || e.type === 'OFFICER_OF')).toEqual([]);
  });

  it('answers paths over only the types a role may not see as over a type that links nothing', async () => {
    const q = (types: string, mode = 'SHORTEST') =>
      `{ paths(from: "${p}ORG-E1", to: "${p}ORG-E3", maxHops: 3, relTypes: ${types}, mode: ${mode}) { paths { nodeIds } graph { nodes { id } edges { id } truncated omitted { nodes } hidden { nodes } } truncated cut } }`;
    // Equity and officers link these two for a supervisor; a viewer learns nothing of it.
    expect(ok(await as<{ paths: { paths: unknown[] } }>('supervisor', q('["OWNS", "OFFICER_OF"]'))).paths.paths.length).toBeGreaterThan(0);
    for (const mode of ['SHORTEST', 'ALL']) {
      const hidden = await as('viewer', q('["OWNS", "OFFICER_OF"]', mode));
      const nothing = await as('viewer', q('["SCOPE_IPC"]', mode));
      expect(hidden.errors).toBeUndefined();
      expect(hidden).toEqual(nothing);
    }
    // An unknown end is still named.
    const unknown = await as('viewer', `{ paths(from: "${p}ORG-NONE", to: "${p}ORG-E3", relTypes: ["OWNS"]) { cut } }`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'from' });
  });

  it("keeps persons out of an analyst's licensee evidence", async () => {
    const r = ok(await as<{ licenseeCandidates: { evidence: Sub }[] }>('analyst', `{ licenseeCandidates(patentId: "${p}CN113000002A", first: 10) { evidence { nodes { id kind properties } edges { id type source target } ${HIDDEN} } } }`));
    for (const c of r.licenseeCandidates) {
      expect(c.evidence.nodes.filter((n) => n.kind === 'person')).toEqual([]);
      expect(c.evidence.edges.filter((e) => e.type === 'INVENTED' || e.type === 'OWNS' || e.type === 'OFFICER_OF')).toEqual([]);
    }
  });
});

describe('the audit log', () => {
  it('records who asked for supervisor-level data, with the arguments, and never a token', async () => {
    const before = readAudit().length;
    ok(await as('supervisor', `query Trace { neighborhood(id: "${p}ORG-E3", depth: 1) { nodes { id } } }`));
    ok(await as('viewer', `{ neighborhood(id: "${p}ORG-E3", depth: 1) { nodes { id } } }`));
    ok(await as('supervisor', '{ stats { nodes } }'));
    const lines = readAudit().slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ user: 'sun', role: 'supervisor', operation: 'Trace', outcome: 'ok', fields: [{ field: 'neighborhood', args: { id: `${p}ORG-E3`, depth: 1 } }] });
    expect(typeof lines[0]!.time).toBe('string');
    const text = readFileSync(auditFile, 'utf8');
    for (const token of Object.values(TOKENS)) expect(text).not.toContain(token);
    expect(JSON.stringify(api.logs)).not.toContain(TOKENS.supervisor);
  });
});

function readAudit(): Record<string, unknown>[] {
  let text = '';
  try {
    text = readFileSync(auditFile, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
