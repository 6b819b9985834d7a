import type { Logger } from 'pino';
import type { Graph } from '../../graph/driver.ts';
import { callerOf, ROLES, visibilityOf, type Caller } from '../access/roles.ts';
import type { RunningApi } from '../http/server-factory.ts';
import { warmCoverage } from '../../graph/queries/policies/actors-covered-by.ts';
import { planAhead } from '../../graph/queries/plan-first.ts';
import { traversalStatements } from '../../graph/queries/traversal-family.ts';
import { entityFamily } from '../../graph/queries/entity.ts';
import type { PlannedStatement } from '../../graph/queries/plan-first.ts';

// Neo4j plans a long statement the first time it sees it, and on a busy machine that can take
// seconds: the first user of each job page would wait for it, or hit the request time limit. Once
// the API listens, the whole family of the traversals' statements and the detail panel's is
// planned (plan-first.ts; requests meanwhile wait for the plan they need, up to their deadline),
// then one request per job field, on ids the data really has, leaves the jobs' plans in Neo4j's
// cache. It runs through the API's own resolvers (as a supervisor, and the neighborhood as a
// viewer, whose count of hidden links is a statement of its own) so the statements and parameter
// types are exactly those users' requests send. Then the policy tracer's coverage caches are read.

const SAMPLE_IDS = `
OPTIONAL MATCH (p:Patent)<-[:HOLDS]-(:University) WITH p LIMIT 1
OPTIONAL MATCH (o:Enterprise) WITH p, o LIMIT 1
OPTIONAL MATCH (pol:Policy) WITH p, o, pol ORDER BY pol.level LIMIT 1
OPTIONAL MATCH (t:Transaction)-[:FROM_PARTY]->(h) WITH p, o, pol, h LIMIT 1
RETURN p.id AS patent, o.id AS enterprise, pol.id AS policy, h.id AS holder`;

interface SampleIds {
  patent: string | null;
  enterprise: string | null;
  policy: string | null;
  holder: string | null;
}

interface WarmUpRequest {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  caller?: Caller;
}

/** Every statement of the traversals, for every role's rules, and the detail panel's: what start-up plans ahead. */
export function statementsToPlan(): PlannedStatement[] {
  return [...traversalStatements(ROLES.map(visibilityOf)), ...entityFamily()];
}

/** The viewer's neighborhood also counts what it hides, in a statement of its own. */
const VIEWER = callerOf('warm-up', 'viewer');
const SUPERVISOR = callerOf('warm-up', 'supervisor');

function requests(ids: SampleIds): WarmUpRequest[] {
  const out: WarmUpRequest[] = [];
  if (ids.patent) {
    out.push({ name: 'licenseeCandidates', query: 'query WarmUp($id: ID!) { licenseeCandidates(patentId: $id, first: 10) { score } }', variables: { id: ids.patent } });
    const neighborhood = 'query WarmUp($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { truncated } }';
    out.push({ name: 'neighborhood', query: neighborhood, variables: { id: ids.patent }, caller: VIEWER });
  }
  if (ids.enterprise) {
    out.push({ name: 'policiesCovering', query: 'query WarmUp($id: ID!) { policiesCovering(actorId: $id) { scope } }', variables: { id: ids.enterprise } });
  }
  if (ids.policy) {
    out.push({ name: 'actorsCoveredBy', query: 'query WarmUp($id: ID!) { actorsCoveredBy(policyId: $id, first: 20) { totalCount } }', variables: { id: ids.policy } });
  }
  if (ids.holder) {
    out.push({ name: 'relatedPartyChains', query: 'query WarmUp($id: ID!) { relatedPartyChains(holderId: $id, first: 10) { id } }', variables: { id: ids.holder } });
  }
  return out;
}

/**
 * Runs one request per job field in the API, one after another, retrying once a request that ran
 * out of time (its plan is usually cached by then). Never throws: a cold plan is a slow first
 * request, not a failure.
 */
export async function warmUp(graph: Graph, api: Pick<RunningApi, 'execute'>, log: Logger): Promise<void> {
  const started = performance.now();
  try {
    const planned = await planAhead(graph, statementsToPlan());
    log.info(planned, 'start-up planning: every traversal and detail-panel statement planned');
    const [ids] = await graph.read<SampleIds>(SAMPLE_IDS, {}, { timeoutMs: 60_000 });
    if (!ids) return;
    for (const r of requests(ids)) {
      for (let attempt = 1; attempt <= 2; attempt++) {
        const { errorCode } = await api.execute(r.query, r.variables, r.caller ?? SUPERVISOR);
        if (errorCode !== 'TIMEOUT') break;
        log.debug({ field: r.name, attempt }, 'warm-up request ran out of time');
      }
    }
    // The policy tracer's per-import holder spans of each IPC prefix: without them the first
    // request for a policy with IPC scopes waits a second or two to read them.
    await warmCoverage(graph);
    log.info({ ms: Math.round(performance.now() - started) }, 'warm-up: job queries planned, coverage caches read');
  } catch (err) {
    log.warn({ err: (err as Error).message }, 'warm-up did not finish');
  }
}
