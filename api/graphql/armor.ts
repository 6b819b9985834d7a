import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import { QueryTooComplexError } from './errors.ts';

// Limits on the shape of a query, enforced by GraphQL Armor before anything runs (the token count
// by graphql-js's parser). The deepest useful query (entity → patent → holders → holder → id) is
// 5 levels; the web app's biggest (the detail panel) costs well under 2 000. Armor's own
// rejections say BAD_USER_INPUT; ours say QUERY_TOO_COMPLEX.

export const ARMOR_LIMITS = {
  maxDepth: 8,
  maxAliases: 10,
  maxCost: 5000,
  maxDirectives: 20,
  maxTokens: 2000,
};

const reject = (ctx: ValidationContext | null, error: GraphQLError): void => {
  ctx?.reportError(new QueryTooComplexError(error.message));
};

const callbacks = { propagateOnRejection: false, onReject: [reject] };

export function armorProtection() {
  return new ApolloArmor({
    maxDepth: { n: ARMOR_LIMITS.maxDepth, ...callbacks },
    maxAliases: { n: ARMOR_LIMITS.maxAliases, ...callbacks },
    costLimit: { maxCost: ARMOR_LIMITS.maxCost, ...callbacks },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives, ...callbacks },
    // Armor's token limit re-parses in a plugin hook and turns a refusal into an HTTP 500;
    // graphql-js's own parser limit (parseOptions.maxTokens in http/server-factory.ts) is used instead.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
