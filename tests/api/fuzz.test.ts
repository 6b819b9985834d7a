import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseError, type Graph } from '../../graph/driver.ts';
import { testGraph } from '../helpers/graph.ts';
import { startTestApi, testApiGraph, type TestApi } from './helpers/api-server.ts';
import { callOf, plain, type Call } from './helpers/arbitraries.ts';
import { fingerprint, plantedNodes } from './helpers/database-fingerprint.ts';
import { importSmallBundle } from './helpers/fixtures.ts';
import { postGraphql } from './helpers/http.ts';
import { inlineVariables } from './helpers/inline-variables.ts';
import { problemsOf } from './helpers/response-checks.ts';
import { rootOperations, type RootOperation } from './helpers/schema-arguments.ts';

// Property tests of every root field's arguments: values of the right and the wrong type, sent
// as variables or written in the query. Whatever arrives, the answer is well-formed GraphQL, a
// refusal carries a documented code and names an argument of the field, nothing internal shows,
// and the database is unchanged. Seeded, so a failure can be replayed: FUZZ_SEED=<seed>.

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_126);
/** Runs over all fields together, sized for a 2-core CI machine. */
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 240);

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
let api: TestApi;
let p = '';

const OPERATIONS = rootOperations().filter((o) => o.slots.length > 0);
const RUNS_PER_FIELD = Math.max(5, Math.floor(TOTAL_RUNS / OPERATIONS.length));

beforeAll(async () => {
  p = await importSmallBundle(writer, 'fuzz');
  // The machine may be busy with other tests: a time limit hit under load is not what is probed.
  api = await startTestApi(graph, { queryTimeoutMs: 60_000 });
});
afterAll(async () => {
  await api?.close();
  await graph.close();
  await writer.close();
});

/** Sends one generated call and returns what is wrong with the answer. */
async function problemsOfCall(url: string, op: RootOperation, call: Call): Promise<string[]> {
  const names = [...new Set(op.slots.flatMap((s) => [s.name, s.variable, s.name.split('.')[0]!]))];
  const sent = [...call.values.values(), ...Object.values(call.overrides)];
  if (call.literal) {
    const written = Object.fromEntries(
      [...call.values.entries()].flatMap(([where, v]) => {
        const slot = op.slots.find((s) => s.where === where)!;
        return v === undefined || slot.field ? [] : [[slot.variable, v]];
      }),
    );
    const rest = Object.fromEntries(Object.entries(plain(op.variables(call.values, call.overrides)) as Record<string, unknown>).filter(([k]) => !(k in written)));
    let query: string;
    try {
      query = inlineVariables(op.query, written);
    } catch {
      // A value no literal can spell (none of JSON's): nothing to send.
      return [];
    }
    return problemsOf(await postGraphql(url, query, rest), { argumentNames: names, sent });
  }
  const variables = plain(op.variables(call.values, call.overrides)) as Record<string, unknown>;
  return problemsOf(await postGraphql(url, op.query, variables), { argumentNames: names, sent });
}

describe.each(OPERATIONS.map((o, i) => [o.field, o, i] as const))('arbitrary arguments of %s', (field, op, index) => {
  it('get well-formed answers with documented codes, and change nothing', async () => {
    const before = await fingerprint(writer, p);
    const seed = SEED + index;
    const outcome = await fc.check(
      fc.asyncProperty(callOf(op, p), async (call) => {
        const problems = await problemsOfCall(api.url, op, call);
        if (problems.length > 0) throw new Error(problems.join('\n'));
      }),
      { seed, numRuns: RUNS_PER_FIELD },
    );
    if (outcome.failed) {
      const example = outcome.counterexample?.[0] as Call | undefined;
      const shown = example ? JSON.stringify({ values: Object.fromEntries(example.values), overrides: example.overrides, literal: example.literal }) : '?';
      expect.fail(`${field}: FUZZ_SEED=${SEED} (seed ${seed}, path ${outcome.counterexamplePath}) fails with ${shown}:\n${String((outcome.errorInstance as Error | undefined)?.message ?? outcome.errorInstance)}`);
    }
    // An internal error the client never saw would still be in the log.
    expect(api.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
    expect(await fingerprint(writer, p)).toEqual(before);
    expect(await plantedNodes(writer)).toBe(0);
  });
});

describe('the property', () => {
  it('fails on an API that answers INTERNAL_SERVER_ERROR', async () => {
    const error = new DatabaseError('Neo.ClientError.Statement.SyntaxError: MATCH (n) near line 1', 'Neo.ClientError.Statement.SyntaxError');
    const failing = { ...graph, read: () => Promise.reject(error), readTx: () => Promise.reject(error) } as Graph;
    const broken = await startTestApi(failing, {}, { quiet: true });
    try {
      const op = OPERATIONS.find((o) => o.field === 'neighborhood')!;
      const outcome = await fc.check(
        fc.asyncProperty(callOf(op, p), async (call) => {
          const problems = await problemsOfCall(broken.url, op, call);
          if (problems.length > 0) throw new Error(problems.join('\n'));
        }),
        { seed: SEED, numRuns: 50, endOnFailure: true },
      );
      expect(outcome.failed).toBe(true);
      expect(String((outcome.errorInstance as Error).message)).toMatch(/code INTERNAL_SERVER_ERROR/);
    } finally {
      await broken.close();
    }
  });
});
