import { readdirSync, readFileSync } from 'node:fs';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { buildSchema, parse, validate, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from './generated/graphql.ts';

// The API refuses, before running it, a document deeper or costlier than GraphQL Armor allows
// (api/armor.ts: these numbers are its ARMOR_LIMITS), and Armor counts every fragment spread as a
// level: nested spreads once made the licensee and detail-panel queries fail in the browser only.
const LIMITS = { maxDepth: 8, maxCost: 5000, maxTokens: 2000 };

const schema = buildSchema(
  ['api/schema.graphql', ...readdirSync('api/schema').filter((f) => f.endsWith('.graphql')).map((f) => `api/schema/${f}`)].map((f) => readFileSync(f, 'utf8')).join('\n'),
);
const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document'));

describe("the web app's documents", () => {
  it.each(documents)('%s fits the API’s depth, cost and token limits', (_name, document) => {
    const refusals: string[] = [];
    const onReject = [(_ctx: unknown, err: GraphQLError) => refusals.push(err.message)];
    const ast = parse(String(document), { maxTokens: LIMITS.maxTokens });
    validate(schema, ast, [
      maxDepthRule({ n: LIMITS.maxDepth, exposeLimits: true, propagateOnRejection: false, onReject }),
      costLimitRule({ maxCost: LIMITS.maxCost, exposeLimits: true, propagateOnRejection: false, onReject }),
    ]);
    expect(refusals).toEqual([]);
  });
});
