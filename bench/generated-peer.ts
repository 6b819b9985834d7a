import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../graph/config.ts';
import { freePort } from '../graph/free-port.ts';
import { API_NODE_FLAGS } from './api-process.ts';
import { codeList, type Outcome } from './fault-report.ts';
import { fmt } from './format.ts';
import { ms } from './latency.ts';
import { answeredLatency, connectionHeaders, drive } from './load.ts';

// One question asked of our API and of the generated one (bench/generated-peer-server.ts): an
// organization with its first 20 patents held today, newest filing first. Both answer with the
// organization's id and name and each patent's id and title.

const FIRST_PATENTS = 20;

const OUR_QUESTION = `query Org($id: ID!) { entity(id: $id) { node { id name } organization { patents(first: ${FIRST_PATENTS}) { id name } } } }`;

// The generated API has no "current holder" of its own: its connection filters HOLDS on `until`
// and sorts as our statement does (filed descending, then id). Neo4j sorts an undated patent first
// where ours lists it last; every generated patent has a filing date, so the answers agree here.
const PEER_QUESTION = `query Org($id: ID!) { organizations(where: { id: { eq: $id } }) { id name
  patentsConnection(first: ${FIRST_PATENTS}, where: { edge: { until: { eq: null } } }, sort: [{ node: { filed: DESC } }, { node: { id: ASC } }]) {
    edges { node { id title } } } } }`;

interface OurAnswer {
  data?: { entity: { node: { id: string; name: string }; organization: { patents: { id: string; name: string }[] } | null } | null };
}
interface PeerAnswer {
  data?: { organizations: { id: string; name: string | null; patentsConnection: { edges: { node: { id: string; title: string | null } }[] } }[] };
}

/** What both answers say, in one shape: the organization's name and its patents' ids and titles; null when there is no such organization. */
function ourSummary(body: unknown): { name: string; patents: string[] } | null {
  const e = (body as OurAnswer).data?.entity;
  if (!e?.organization) return null;
  return { name: e.node.name, patents: e.organization.patents.map((p) => `${p.id} ${p.name}`) };
}

function peerSummary(body: unknown): { name: string; patents: string[] } | null {
  const o = (body as PeerAnswer).data?.organizations[0];
  if (!o) return null;
  return { name: o.name ?? '', patents: o.patentsConnection.edges.map((e) => `${e.node.id} ${e.node.title ?? ''}`) };
}

interface GeneratedPeer {
  url: string;
  stop(): Promise<void>;
}

/** The generated API in a process of its own (with the API's Node flags), on a free port of 127.0.0.1. */
export async function startGeneratedPeer(uri: string): Promise<GeneratedPeer> {
  const port = await freePort();
  const child = spawn(join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), [...API_NODE_FLAGS, 'bench/generated-peer-server.ts', '--uri', uri, '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const answers = () =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) }).then((r) => r.ok, () => false);
  for (let waited = 0; !(await answers()); waited += 200) {
    if (child.exitCode !== null) throw new Error(`the generated peer exited (code ${child.exitCode}): ${errors.slice(-2000)}`);
    if (waited > 120_000) throw new Error(`the generated peer did not answer on ${url} within 2 minutes`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const done = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      await done;
    },
  };
}

const CLIENTS = 20;
const RUN_SECONDS = 10;
const WARM_SECONDS = 5;

async function ask(url: string, query: string, id: string): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { id } }) });
  return res.json();
}

interface Difference {
  id: string;
  ours: unknown;
  generated: unknown;
}

/** The organizations among `ids` for which the two APIs answer the question differently (names, patent ids and titles, in order). */
export async function differences({ ourUrl, peerUrl, ids }: { ourUrl: string; peerUrl: string; ids: readonly string[] }): Promise<{ differ: Difference[]; listed: number }> {
  const differ: Difference[] = [];
  let listed = 0;
  for (const id of ids) {
    const ours = ourSummary(await ask(ourUrl, OUR_QUESTION, id));
    const generated = peerSummary(await ask(peerUrl, PEER_QUESTION, id));
    if (JSON.stringify(ours) !== JSON.stringify(generated)) differ.push({ id, ours, generated });
    listed += ours?.patents.length ?? 0;
  }
  return { differ, listed };
}

/**
 * The same question, on the same organizations, of our API at `ourUrl` and of the generated API:
 * first every answer compared (timing only when all agree), then CLIENTS clients in a closed loop
 * on each, in the order ours, peer, peer, ours, so neither always runs on the warmer machine.
 */
export async function compareWithGeneratedApi({ ourUrl, uri, ids }: { ourUrl: string; uri: string; ids: readonly string[] }): Promise<void> {
  const peer = await startGeneratedPeer(uri);
  try {
    const { differ, listed } = await differences({ ourUrl, peerUrl: peer.url, ids });
    if (differ.length > 0) {
      const d = differ[0]!;
      console.log(`generated API: answers differ for ${differ.length} of ${ids.length} organizations, not timed; ${d.id}:\n  ours      ${JSON.stringify(d.ours)}\n  generated ${JSON.stringify(d.generated)}`);
      return;
    }
    const apis = { ours: { url: ourUrl, query: OUR_QUESTION }, generated: { url: peer.url, query: PEER_QUESTION } };
    const outcomes: Record<keyof typeof apis, Outcome[]> = { ours: [], generated: [] };
    const seconds = { ours: 0, generated: 0 };
    const run = async (name: keyof typeof apis, duration: number) => {
      const mix = [{ name, weight: 1, query: apis[name].query, inputs: ids.map((id) => ({ id })) }];
      return drive({ url: apis[name].url, mix, seed: 1, connections: CLIENTS, duration, headers: connectionHeaders([]) });
    };
    for (const name of ['ours', 'generated'] as const) await run(name, WARM_SECONDS);
    for (const name of ['ours', 'generated', 'generated', 'ours'] as const) {
      const r = await run(name, RUN_SECONDS);
      outcomes[name].push(...r.outcomes);
      seconds[name] += r.seconds;
    }
    const figures = (name: keyof typeof apis) => {
      const l = answeredLatency(outcomes[name]);
      const failed = new Map<string, number>();
      for (const x of outcomes[name]) if (x.code !== 'ok') failed.set(x.code, (failed.get(x.code) ?? 0) + 1);
      return { rps: outcomes[name].length / seconds[name], median: l.median, p95: l.p95, failed };
    };
    const ours = figures('ours');
    const generated = figures('generated');
    console.log(
      `same question of the generated API (@neo4j/graphql ${peerVersion()}): an organization with its first ${FIRST_PATENTS} patents held today, ${ids.length} organizations ` +
        `(${fmt(listed)} patents listed, every answer equal to ours), ${CLIENTS} clients, 2 × ${RUN_SECONDS} s each:`,
    );
    for (const [name, f] of [['ours', ours], ['generated', generated]] as const) {
      console.log(`  ${name.padEnd(10)}${fmt(f.rps).padStart(7)} req/s   median ${ms(f.median)} ms   p95 ${ms(f.p95)} ms   failed: ${codeList(f.failed)}`);
    }
    console.log(`  ours ÷ generated: ${(ours.rps / generated.rps).toFixed(2)}× req/s, median ${(ours.median / generated.median).toFixed(2)}×, p95 ${(ours.p95 / generated.p95).toFixed(2)}×`);
  } finally {
    await peer.stop();
  }
}

/** The installed version (the package exports no package.json of its own). */
function peerVersion(): string {
  const main = createRequire(import.meta.url).resolve('@neo4j/graphql');
  return (JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string }).version;
}
