import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Graph } from '../../graph/driver.ts';
import { loadCypher } from '../../graph/cypher-file.ts';
import { applySchema } from '../../graph/schema.ts';
import { ORG_KIND_LABEL, POLICY_LINK_TYPE, type OrgKind, type PolicyLinkKind } from '../../graph/vocabulary/index.ts';
import { readCsv } from '../read-csv.ts';
import { validateBundle, type ValidationReport } from '../validate.ts';
import { PipelinedWriter, addCounters, emptyCounters, type WriteCounters } from './batch-writer.ts';
import { CoverageScopes, rowParams } from './row-params.ts';
import { ipcAncestry } from '../../graph/vocabulary/index.ts';
import { deriveHolders } from './derive-holders.ts';
import { bundleChecksum } from './bundle-checksum.ts';
import { writeCoverageScopes } from './write-coverage.ts';
import { knownIdsIn } from './known-ids.ts';
import { TimelineFacts, type CreatedSegment } from './timeline-facts.ts';

const cypher = (name: string) => loadCypher(new URL(`./cypher/${name}.cypher`, import.meta.url));

const Q = {
  regions: cypher('regions'),
  regionParents: cypher('region-parents'),
  organizations: cypher('organizations'),
  persons: cypher('persons'),
  ipcClasses: cypher('ipc-classes'),
  patents: cypher('patents'),
  patentClasses: cypher('patent-classes'),
  applicants: cypher('applicants'),
  inventors: cypher('inventors'),
  citations: cypher('citations'),
  transactions: cypher('transactions'),
  equity: cypher('equity'),
  positions: cypher('positions'),
  policies: cypher('policies'),
  provisions: cypher('provisions'),
  policyLinks: cypher('policy-links'),
  holdersCreate: cypher('holders-create'),
  patentsNew: cypher('patents-new'),
  transactionsNew: cypher('transactions-new'),
};


export interface ImportProgress {
  file: string;
  rows: number;
  done: boolean;
}

export interface ImportOptions {
  graph: Graph;
  dir: string;
  batchSize?: number;
  /** Skip validation only when the caller has just validated the same bundle. */
  validated?: ValidationReport;
  onProgress?: (p: ImportProgress) => void;
  log?: (line: string) => void;
}

export interface ImportSummary {
  ok: boolean;
  validation: ValidationReport;
  rows: number;
  files: { file: string; rows: number; seconds: number }[];
  counters: WriteCounters;
  holderTimelinesWritten: number;
  /** Of `seconds`: the holder timelines of the patents the bundle touched. */
  timelineSeconds: number;
  seconds: number;
  rowsPerSecond: number;
}

/** The items `test` holds for, then the others. */
function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

/** Keeps the last row of each key: statements that create what is missing need unique rows per batch. */
function lastPerKey(rows: Record<string, string>[], key: (r: Record<string, string>) => string): Record<string, string>[] {
  const byKey = new Map<string, Record<string, string>>();
  for (const r of rows) byKey.set(key(r), r);
  return byKey.size === rows.length ? rows : [...byKey.values()];
}

export class BundleInvalidError extends Error {
  constructor(readonly report: ValidationReport) {
    super(`the bundle has ${report.problemCount} problem(s); nothing was imported`);
  }
}

/**
 * Validates the whole bundle, then writes it in batched, parameterized MERGEs. A second import
 * of the same bundle changes nothing; an interrupted one completes when run again.
 */
export async function importBundle(opts: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const { graph, dir } = opts;
  const batchSize = opts.batchSize ?? 5000;
  const log = opts.log ?? (() => {});
  // The schema first: looking up what a delta refers to seeks the id indexes (nothing else is written before the bundle is valid).
  await applySchema(graph);
  const known = knownIdsIn(graph);
  const validation = opts.validated ?? (await validateBundle(dir, { known }));
  if (!validation.ok) throw new BundleInvalidError(validation);

  const runId = randomUUID();
  const checksum = await bundleChecksum(dir);
  await graph.write('MERGE (r:ImportRun {id: $id}) SET r.bundle = $dir, r.bundle_sha256 = $checksum, r.started = datetime(), r.status = "running"', { id: runId, dir, checksum });

  const counters = emptyCounters();
  const files: ImportSummary['files'] = [];
  const timelines = new TimelineFacts(graph, known);
  const seenIpc = new Set<string>();
  let totalRows = 0;

  async function eachBatch(file: string, onBatch: (rows: Record<string, string>[], writer: PipelinedWriter) => Promise<void>): Promise<void> {
    const path = join(dir, file);
    if (!existsSync(path)) return;
    const t0 = performance.now();
    const writer = new PipelinedWriter(graph);
    let batch: Record<string, string>[] = [];
    let rows = 0;
    for await (const row of readCsv(path, file)) {
      batch.push(row.record);
      rows++;
      if (batch.length >= batchSize) {
        await onBatch(batch, writer);
        batch = [];
        opts.onProgress?.({ file, rows, done: false });
      }
    }
    if (batch.length > 0) await onBatch(batch, writer);
    await writer.drain();
    addCounters(counters, writer.counters);
    totalRows += rows;
    const seconds = (performance.now() - t0) / 1000;
    files.push({ file, rows, seconds });
    opts.onProgress?.({ file, rows, done: true });
    log(`${file.padEnd(18)} ${String(rows).padStart(9)} rows  ${seconds.toFixed(1).padStart(6)} s  ${Math.round(rows / Math.max(seconds, 1e-3)).toLocaleString('en-US').padStart(9)} rows/s`);
  }

  const simple = (file: keyof typeof rowParams, query: string, key?: (r: Record<string, string>) => string) =>
    eachBatch(file, (rows, w) => {
      const toParams: (r: Record<string, string>) => unknown = rowParams[file];
      return w.submit(query, { rows: (key ? lastPerKey(rows, key) : rows).map((r) => toParams(r)) });
    });

  await simple('regions.csv', Q.regions);
  await simple('regions.csv', Q.regionParents);
  await eachBatch('organizations.csv', (rows, w) =>
    w.submit(Q.organizations, {
      rows: rows.map((r) => {
        const p = rowParams['organizations.csv'](r);
        return { ...p, label: ORG_KIND_LABEL[p.kind as OrgKind] };
      }),
    }),
  );
  await simple('persons.csv', Q.persons);
  await eachBatch('patents.csv', async (rows, w) => {
    const params = rows.map(rowParams['patents.csv']);
    const stored = await timelines.patents(params as { id: string; filed: string | null }[]);
    const newClasses = [];
    for (const p of params) {
      for (const code of p.ipc) {
        for (const node of ipcAncestry(code)) {
          if (seenIpc.has(node.code)) continue;
          seenIpc.add(node.code);
          newClasses.push(node);
        }
      }
    }
    if (newClasses.length > 0) await w.submit(Q.ipcClasses, { rows: newClasses });
    const [old, fresh] = partition(params, (p) => stored.has(p.id!));
    if (fresh.length > 0) await w.submit(Q.patentsNew, { rows: fresh });
    if (old.length > 0) {
      await w.submit(Q.patents, { rows: old });
      await w.submit(Q.patentClasses, { rows: old.map((p) => ({ id: p.id, ipc: p.ipc })) });
    }
  });
  await eachBatch('applicants.csv', async (rows, w) => {
    const params = lastPerKey(rows, (r) => `${r.patent_id?.trim()}\u0000${r.holder_id?.trim()}`).map(rowParams['applicants.csv']);
    for (const p of params) timelines.applicant(p.patent_id!, p.holder_id!);
    await w.submit(Q.applicants, { rows: params });
  });
  await simple('inventors.csv', Q.inventors, (r) => `${r.patent_id?.trim()}\u0000${r.person_id?.trim()}`);
  await simple('citations.csv', Q.citations, (r) => `${r.citing_id?.trim()}\u0000${r.cited_id?.trim()}`);
  await eachBatch('transactions.csv', async (rows, w) => {
    const params = rows.map(rowParams['transactions.csv']);
    const stored = await timelines.transactions(params as Parameters<TimelineFacts['transactions']>[0]);
    const [old, fresh] = partition(params, (p) => stored.has(p.id!));
    if (fresh.length > 0) await w.submit(Q.transactionsNew, { rows: fresh });
    if (old.length > 0) await w.submit(Q.transactions, { rows: old });
  });
  await simple('equity.csv', Q.equity);
  await simple('positions.csv', Q.positions);
  await simple('policies.csv', Q.policies);
  await simple('provisions.csv', Q.provisions);
  await eachBatch('policy_links.csv', (rows, w) =>
    w.submit(Q.policyLinks, {
      rows: rows.map((r) => {
        const p = rowParams['policy_links.csv'](r);
        return { ...p, type: POLICY_LINK_TYPE[p.kind as PolicyLinkKind] };
      }),
    }),
  );
  const scopes = new CoverageScopes();
  await eachBatch('coverage.csv', async (rows) => {
    for (const r of rows) scopes.add(r);
  });
  addCounters(counters, await writeCoverageScopes(graph, scopes, batchSize));

  const t0 = performance.now();
  const created = await createTimelines(graph, timelines, batchSize);
  addCounters(counters, created.counters);
  const holders = await deriveHolders(graph, [...timelines.stored], batchSize);
  addCounters(counters, holders.counters);
  const timelineSeconds = (performance.now() - t0) / 1000;
  log(
    `holder timelines    ${String(created.patents).padStart(9)} new, ${timelines.stored.size} stored patents ${timelineSeconds.toFixed(1).padStart(6)} s  ` +
      `(${holders.written} rewritten)`,
  );

  await graph.run('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  await graph.write(
    `MATCH (r:ImportRun {id: $id}) SET r.status = "complete", r.finished = datetime(), r.rows = $rows
     WITH r
     // Interrupted runs of the same bundle: this run has written everything they meant to.
     OPTIONAL MATCH (old:ImportRun {status: "running", bundle_sha256: $checksum}) WHERE old.id <> $id
     SET old.status = "resumed", old.resumed_by = $id`,
    { id: runId, rows: totalRows, checksum },
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    ok: true,
    validation,
    rows: totalRows,
    files,
    counters,
    holderTimelinesWritten: created.patents + holders.written,
    timelineSeconds,
    seconds,
    rowsPerSecond: totalRows / Math.max(seconds, 1e-3),
  };
}

/** Writes the timelines of the patents this import created, derived from the bundle alone. */
async function createTimelines(graph: Graph, timelines: TimelineFacts, batchSize: number): Promise<{ patents: number; counters: WriteCounters }> {
  const writer = new PipelinedWriter(graph);
  const patents = new Set<string>();
  let batch: CreatedSegment[] = [];
  for (const seg of timelines.createdSegments()) {
    patents.add(seg.patent);
    batch.push(seg);
    if (batch.length >= batchSize) {
      await writer.submit(Q.holdersCreate, { segments: batch });
      batch = [];
    }
  }
  if (batch.length > 0) await writer.submit(Q.holdersCreate, { segments: batch });
  await writer.drain();
  return { patents: patents.size, counters: writer.counters };
}
