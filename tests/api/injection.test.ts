import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { testGraph } from '../helpers/graph.ts';
import { startTestApi, testApiGraph, type TestApi } from './helpers/api-server.ts';
import { fingerprint, plantedNodes } from './helpers/database-fingerprint.ts';
import { importSmallBundle } from './helpers/fixtures.ts';
import { postGraphql } from './helpers/http.ts';
import { inPool } from './helpers/pool.ts';
import { inlineVariables } from './helpers/inline-variables.ts';
import { OVERSIZED, payloads } from './helpers/payloads.ts';
import { problemsOf } from './helpers/response-checks.ts';
import { rootOperations, type RootOperation, type Slot } from './helpers/schema-arguments.ts';
import { validValues } from './helpers/valid-arguments.ts';

// Injection strings in every String and ID argument of every root field (and of the nested fields
// those select), the other arguments valid against the small bundle. Each answer must be data or
// a documented refusal naming that argument, with nothing of Cypher or the driver in it, and the
// database must be as it was.

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
let api: TestApi;
let p = '';

const OPERATIONS = rootOperations();

beforeAll(async () => {
  p = await importSmallBundle(writer, 'injection');
  // The machine may be busy with other tests: a time limit hit under load is not what is probed.
  api = await startTestApi(graph, { queryTimeoutMs: 60_000 });
});
afterAll(async () => {
  await api?.close();
  await graph.close();
  await writer.close();
});

const isText = (s: Slot) => s.type.leaf === 'String' || s.type.leaf === 'ID';

/** The operation's variables with `slot` set to `value` and every other slot valid. */
function variablesWith(op: RootOperation, slot: Slot, value: unknown): Record<string, unknown> {
  const values = validValues(op, p);
  values.set(slot.where, value);
  return op.variables(values);
}

describe('the probes', () => {
  it('cover every root field of the schema, with its arguments', () => {
    const fields = OPERATIONS.map((o) => o.field);
    // The contract's root fields (DESIGN.md) are among them; any other field is probed the same way.
    for (const f of ['search', 'entity', 'neighborhood', 'paths', 'licenseeCandidates', 'policiesCovering', 'actorsCoveredBy', 'policyChain', 'relatedPartyChains', 'stats']) {
      expect(fields).toContain(f);
    }
    const slots = OPERATIONS.flatMap((o) => o.slots.map((s) => s.where));
    expect(slots).toEqual(expect.arrayContaining(['Query.paths(relTypes)', 'Query.licenseeCandidates(filters.region)', 'LicenseeCandidate.reason(lang)']));
  });

  it('answer every root field without errors when every argument is valid', async () => {
    for (const op of OPERATIONS) {
      const res = await postGraphql(api.url, op.query, op.variables(validValues(op, p)));
      // The local user sees every match, so search leaves nothing out for it (lower roles: access.test.ts).
      const answer = op.field === 'searchHidden' ? null : expect.anything();
      expect({ field: op.field, status: res.status, body: res.json }).toMatchObject({ field: op.field, status: 200, body: { data: { [op.field]: answer } } });
      expect((res.json as { errors?: unknown }).errors, op.field).toBeUndefined();
      // A nested field's argument is only probed where the answer has that field.
      for (const slot of op.slots.filter((s) => !s.where.startsWith('Query.'))) {
        const field = /\.(\w+)\(/.exec(slot.where)![1]!;
        expect(res.text.includes(`"${field}":`), `${op.field} answers with no ${slot.where} to probe`).toBe(true);
      }
    }
  });
});

describe.each(OPERATIONS.filter((o) => o.slots.some(isText)).map((o) => [o.field, o] as const))('injection into %s', (_field, op) => {
  it('answers with data or a refusal naming the argument, and changes nothing', async () => {
    const before = await fingerprint(writer, p);
    const probes: (() => Promise<string[]>)[] = [];
    const probe = (what: string, query: string, variables: Record<string, unknown>, check: Parameters<typeof problemsOf>[1]) =>
      probes.push(async () => problemsOf(await postGraphql(api.url, query, variables), check).map((m) => `${what}: ${m}`));
    for (const slot of op.slots.filter(isText)) {
      const argument = { name: slot.name, variable: slot.variable };
      for (const payload of payloads(p)) {
        const value = slot.type.list ? [payload.value] : payload.value;
        const variables = variablesWith(op, slot, value);
        probe(`${slot.where} = ${payload.label} (variable)`, op.query, variables, { argument, sent: [value] });
        if (payload.literal) {
          const rest = Object.fromEntries(Object.entries(variables).filter(([k]) => k !== slot.variable));
          probe(`${slot.where} = ${payload.label} (literal)`, inlineVariables(op.query, { [slot.variable]: variables[slot.variable] }), rest, { argument, sent: [value] });
        }
      }
      // Valid values first, then the injection: a list is checked whole, not by its first item.
      if (slot.type.list) {
        const mixed = [...((validValues(op, p).get(slot.where) as unknown[] | undefined) ?? []), `' OR 1=1 //`];
        probe(`${slot.where} = valid then injection`, op.query, variablesWith(op, slot, mixed), { argument, sent: [mixed] });
      }
    }
    // Refused before it is parsed, so one argument of each field stands for all.
    const first = op.slots.find(isText)!;
    probes.push(async () => {
      const res = await postGraphql(api.url, op.query, variablesWith(op, first, first.type.list ? [OVERSIZED] : OVERSIZED));
      const problems = problemsOf(res, { statuses: [413] });
      if (!/larger than the limit/.test(res.text)) problems.push(`no word of the size limit: ${res.text.slice(0, 200)}`);
      return problems.map((m) => `${first.where} = 1 MB: ${m}`);
    });
    // Two at a time: other test files share the machine and the database.
    const problems = (await inPool(probes, 2)).flat();
    expect(problems).toEqual([]);
    expect(api.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
    expect(await fingerprint(writer, p)).toEqual(before);
    expect(await plantedNodes(writer)).toBe(0);
  });
});
