import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Logger } from 'pino';
import type { ApiConfig } from './config.ts';
import type { Graph } from '../../graph/driver.ts';
import { forgetPlans } from '../../graph/queries/plan-first.ts';
import { auditLog } from '../access/audit.ts';
import { loadAuthFile } from '../access/auth-file.ts';
import { authenticate, requestCaller } from '../access/authenticate.ts';
import { checkBind } from '../access/public-bind.ts';
import { rateLimitPerCaller } from '../access/rate-limit.ts';
import { ARMOR_LIMITS, armorProtection } from '../graphql/armor.ts';
import { bodyErrors } from './body-errors.ts';
import { DateArgumentsRule } from '../graphql/date-arguments.ts';
import type { ApiContext, RequestRecord } from '../graphql/context.ts';
import type { Caller } from '../access/roles.ts';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { compiledExecution } from '../graphql/compiled-execution.ts';
import { awaitDatabase, concurrencyGate, settledWithRequest } from './concurrency-gate.ts';
import { trackAvailability } from '../database/availability.ts';
import { corsForOrigins } from './cors.ts';
import { formatError } from '../graphql/errors.ts';
import { healthHandler } from './health.ts';
import { requestCostLimit } from '../graphql/request-cost.ts';
import { loggingPlugin, recordOf, requestLogging } from './logging.ts';
import { guardedResolvers } from '../resolvers/index.ts';
import { SCHEMA_FILES } from '../graphql/schema-files.ts';

/** api/schema.graphql, then each job's `extend type Query` in api/schema/*.graphql. */
export const TYPE_DEFS = SCHEMA_FILES.map((file) => readFileSync(file, 'utf8'));

/** Largest request body accepted; queries are small, and armor limits their tokens anyway. */
export const BODY_LIMIT = '64kb';

/** Requests a minute per client when AUTH_FILE is set and API_RATE_LIMIT is not. */
export const DEFAULT_RATE_LIMIT = 600;

export interface ApiServerOptions {
  graph: Graph;
  config: ApiConfig;
  log: Logger;
}

export interface RunningApi {
  /** The GraphQL endpoint. */
  url: string;
  port: number;
  /** Runs an operation in this process as `caller`, past HTTP and its token check (the start-up warm-up). */
  execute(query: string, variables: Record<string, unknown>, caller: Caller): Promise<{ errorCode?: string }>;
  /** Calls `listener` each time a probe finds Neo4j answering again after it was found down. */
  whenDatabaseBack(listener: () => void): void;
  close(): Promise<void>;
}

/** Starts the HTTP server: POST/GET /graphql and GET /health, on config.host:config.port (0: any free port). */
export async function startApiServer({ graph: untracked, config, log }: ApiServerOptions): Promise<RunningApi> {
  const availability = trackAvailability(untracked);
  const graph = availability.graph;
  // A Neo4j found down may come back restarted, with no plans cached: they are made again (whenDatabaseBack).
  availability.onDown(forgetPlans);
  checkBind(config);
  const users = config.authFile ? loadAuthFile(config.authFile) : null;
  // One local user has nobody to share with; with users, each gets a fair share by default.
  const perMinute = config.rateLimitPerMinute ?? (users ? DEFAULT_RATE_LIMIT : 0);
  if (users) log.info({ users: users.length, authFile: config.authFile, rateLimitPerMinute: perMinute }, 'access control on: each request needs a bearer token from AUTH_FILE');
  else log.info('no AUTH_FILE: one local user with every role (supervisor data included); set AUTH_FILE before letting anyone else in');
  const audit = auditLog(config.auditLog);
  // One deadline per request, from when it reached the queue: every read it makes shares the limit,
  // and a wait for a slot is part of it (a client waits for both alike).
  const contextFor = (record: RequestRecord, caller: Caller): ApiContext => ({
    graph,
    read: { timeoutMs: config.queryTimeoutMs, deadline: (record.arrivedAt ?? Date.now()) + config.queryTimeoutMs },
    log,
    record,
    caller,
    audit: [],
  });
  const app = express();
  app.disable('x-powered-by');
  // No ETag: answers are not cached (cache control is off), so hashing every body would be waste.
  app.set('etag', false);
  const httpServer: Server = createServer(app);
  const armor = armorProtection();
  const apollo = new ApolloServer<ApiContext>({
    gateway: compiledExecution(makeExecutableSchema({ typeDefs: TYPE_DEFS, resolvers: guardedResolvers(TYPE_DEFS) })),
    formatError,
    csrfPrevention: true,
    // The process owns its signals: npm start stops the API, then the web app, then Neo4j.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    allowBatchedHttpRequests: false,
    // Apollo's persisted-query cache is one for every caller: a hash registered by one user's
    // request would run for another's, or for a request whose token was never checked against it.
    persistedQueries: false,
    validationRules: [...armor.validationRules, DateArgumentsRule],
    parseOptions: { maxTokens: ARMOR_LIMITS.maxTokens },
    logger: log,
    plugins: [
      ...armor.plugins,
      requestCostLimit(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // The local Sandbox helps while developing alone; with users (AUTH_FILE) every request needs a
      // token, the page's own GET included, and production serves no page at all.
      config.production || users ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      loggingPlugin(log),
      audit.plugin,
      settledWithRequest(),
    ],
  });
  await apollo.start();

  app.use(requestLogging(log));
  app.get('/health', healthHandler(graph));
  app.use(
    '/graphql',
    corsForOrigins(config.corsOrigins),
    authenticate(users),
    express.json({ limit: BODY_LIMIT }),
    awaitDatabase(availability),
    rateLimitPerCaller(perMinute),
    // After the body is read, so a client sending slowly holds no slot.
    concurrencyGate({
      concurrent: config.maxConcurrent,
      maxQueued: config.maxQueued,
      maxQueueWaitMs: config.maxQueueWaitMs,
      // With users, no one of them holds more than half the slots; alone, the local user has them all.
      maxPerCaller: users ? Math.max(1, Math.ceil(config.maxConcurrent / 2)) : config.maxConcurrent,
      // And keeps at most a few batches of an explorer's requests waiting, so no one fills the queue.
      maxWaitingPerCaller: users ? Math.max(16, 4 * config.maxConcurrent) : config.maxQueued,
      callerOf: (res) => requestCaller(res).user,
      // Past its deadline a request's reads are given up (plus a second for the driver to say so).
      workLimitMs: config.queryTimeoutMs + 1_000,
      availability,
    }),
    expressMiddleware(apollo, {
      context: async ({ res }): Promise<ApiContext> => contextFor(recordOf(res), requestCaller(res)),
    }),
  );
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'not found; GraphQL is at /graphql, health at /health' });
  });
  // Malformed JSON and oversized bodies: say so without express's HTML page or a stack.
  app.use(bodyErrors(log, BODY_LIMIT));

  await new Promise<void>((resolveListen, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolveListen());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    async execute(query, variables, caller) {
      const res = await apollo.executeOperation({ query, variables }, { contextValue: contextFor({ operationName: null, errorCodes: [] }, caller) });
      const errors = res.body.kind === 'single' ? res.body.singleResult.errors : undefined;
      const code = errors?.[0]?.extensions?.code;
      return typeof code === 'string' ? { errorCode: code } : {};
    },
    whenDatabaseBack: (listener) => availability.onBack(listener),
    close: async () => {
      await apollo.stop();
      await audit.close();
    },
  };
}
