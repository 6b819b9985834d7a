import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../../graph/driver.ts';
import { BUNDLE_FILES, splitList } from '../../seed/bundle-format.ts';
import { readCsv } from '../../seed/read-csv.ts';
import { normaliseIpc, normaliseIpcPrefix } from '../../graph/vocabulary/index.ts';

// What a bundle's rows say, and what a graph holds, written as the same canonical lines per file:
// key fields joined with '|', lists sorted and joined with ';', numbers as JavaScript prints
// them, empty for absent. A file's checksum is the sha256 of its sorted lines. The bundle's rows
// are kept once per key (the last one, as the importer keeps them); the graph's lines are not
// deduplicated, so a relationship written twice changes the checksum.

type Rec = Record<string, string>;
type Cell = string | number | null | undefined;

const s = (v: Cell): string => (v === null || v === undefined ? '' : String(v).trim());
const n = (v: Cell): string => (v === null || v === undefined || String(v).trim() === '' ? '' : String(Number(v)));
const list = (v: readonly Cell[]): string => [...v.map(s)].sort().join(';');
const line = (...cells: string[]) => cells.join('|');

const POLICY_LINK_KIND: Record<string, string> = { IMPLEMENTS: 'implements', CITES_POLICY: 'cites', SUPERSEDES: 'supersedes', AMENDS: 'amends' };

interface FileLines {
  /** A bundle row's key (the importer keeps the last row of a key) and its line. */
  fromRow(r: Rec): { key: string; line: string } | { key: string; line: string }[];
  /** The same lines, read back from the graph. */
  cypher: string;
  fromGraph(r: Record<string, Cell & unknown>): string | string[];
}

const FILES: Record<string, FileLines> = {
  'regions.csv': {
    fromRow: (r) => ({ key: s(r.code), line: line(s(r.code), s(r.name), s(r.level), s(r.parent_code)) }),
    cypher: 'MATCH (r:Region) OPTIONAL MATCH (r)-[:PART_OF]->(p:Region) RETURN r.code AS code, r.name AS name, r.level AS level, p.code AS parent',
    fromGraph: (r) => line(s(r.code), s(r.name), s(r.level), s(r.parent)),
  },
  'organizations.csv': {
    fromRow: (r) => ({ key: s(r.id), line: line(s(r.id), s(r.kind), s(r.name), s(r.founded), s(r.region_code)) }),
    cypher: 'MATCH (o:Organization) OPTIONAL MATCH (o)-[:LOCATED_IN]->(r:Region) RETURN o.id AS id, o.kind AS kind, o.name AS name, o.founded AS founded, r.code AS region',
    fromGraph: (r) => line(s(r.id), s(r.kind), s(r.name), s(r.founded), s(r.region)),
  },
  'persons.csv': {
    fromRow: (r) => ({ key: s(r.id), line: line(s(r.id), s(r.name)) }),
    cypher: 'MATCH (p:Person) RETURN p.id AS id, p.name AS name',
    fromGraph: (r) => line(s(r.id), s(r.name)),
  },
  'patents.csv': {
    fromRow: (r) => ({
      key: s(r.id),
      line: line(s(r.id), s(r.title), s(r.kind), s(r.filed), s(r.granted), s(r.status), list([...new Set(splitList(r.ipc ?? '').map(normaliseIpc).filter((x) => x !== null))])),
    }),
    cypher: 'MATCH (p:Patent) RETURN p.id AS id, p.title AS title, p.kind AS kind, p.filed AS filed, p.granted AS granted, p.status AS status, [(p)-[:CLASSIFIED_AS]->(c) | c.code] AS ipc',
    fromGraph: (r) => line(s(r.id), s(r.title), s(r.kind), s(r.filed), s(r.granted), s(r.status), list(r.ipc as unknown as string[])),
  },
  'applicants.csv': {
    fromRow: (r) => ({ key: `${s(r.patent_id)}|${s(r.holder_id)}`, line: line(s(r.patent_id), s(r.holder_id), n(r.seq)) }),
    cypher: 'MATCH (h)-[r:APPLIED_FOR]->(p:Patent) RETURN p.id AS patent, h.id AS holder, r.seq AS seq',
    fromGraph: (r) => line(s(r.patent), s(r.holder), n(r.seq)),
  },
  'inventors.csv': {
    fromRow: (r) => ({ key: `${s(r.patent_id)}|${s(r.person_id)}`, line: line(s(r.patent_id), s(r.person_id), n(r.seq)) }),
    cypher: 'MATCH (h)-[r:INVENTED]->(p:Patent) RETURN p.id AS patent, h.id AS person, r.seq AS seq',
    fromGraph: (r) => line(s(r.patent), s(r.person), n(r.seq)),
  },
  'citations.csv': {
    fromRow: (r) => ({ key: `${s(r.citing_id)}|${s(r.cited_id)}`, line: line(s(r.citing_id), s(r.cited_id)) }),
    cypher: 'MATCH (a:Patent)-[:CITES]->(b:Patent) RETURN a.id AS citing, b.id AS cited',
    fromGraph: (r) => line(s(r.citing), s(r.cited)),
  },
  'transactions.csv': {
    fromRow: (r) => ({
      key: s(r.id),
      line: line(s(r.id), s(r.kind), s(r.date), n(r.amount_cny), s(r.from_id), s(r.to_id), list([...new Set(splitList(r.patent_ids ?? ''))]), s(r.platform_id)),
    }),
    cypher: `MATCH (t:Transaction) RETURN t.id AS id, t.kind AS kind, t.date AS date, t.amount_cny AS amount,
      [(t)-[:FROM_PARTY]->(x) | x.id] AS from, [(t)-[:TO_PARTY]->(x) | x.id] AS to,
      [(t)-[:OF_PATENT]->(x) | x.id] AS patents, [(t)-[:VIA_PLATFORM]->(x) | x.id] AS platform`,
    fromGraph: (r) =>
      line(s(r.id), s(r.kind), s(r.date), n(r.amount), list(r.from as unknown as string[]), list(r.to as unknown as string[]), list(r.patents as unknown as string[]), list(r.platform as unknown as string[])),
  },
  'equity.csv': {
    fromRow: (r) => ({ key: `${s(r.owner_id)}|${s(r.company_id)}`, line: line(s(r.owner_id), s(r.company_id), n(r.share), s(r.since), s(r.until)) }),
    cypher: 'MATCH (o)-[r:OWNS]->(c:Organization) RETURN o.id AS owner, c.id AS company, r.share AS share, r.since AS since, r.until AS until',
    fromGraph: (r) => line(s(r.owner), s(r.company), n(r.share), s(r.since), s(r.until)),
  },
  'positions.csv': {
    fromRow: (r) => ({ key: `${s(r.person_id)}|${s(r.org_id)}|${s(r.role)}`, line: line(s(r.person_id), s(r.org_id), s(r.role), s(r.since), s(r.until)) }),
    cypher: 'MATCH (p:Person)-[r:OFFICER_OF]->(o:Organization) RETURN p.id AS person, o.id AS org, r.role AS role, r.since AS since, r.until AS until',
    fromGraph: (r) => line(s(r.person), s(r.org), s(r.role), s(r.since), s(r.until)),
  },
  'policies.csv': {
    fromRow: (r) => ({ key: s(r.id), line: line(s(r.id), s(r.title), s(r.level), s(r.issued), s(r.issuer_id)) }),
    cypher: 'MATCH (p:Policy) RETURN p.id AS id, p.title AS title, p.level AS level, p.issued AS issued, [(p)-[:ISSUED_BY]->(a) | a.id] AS issuer',
    fromGraph: (r) => line(s(r.id), s(r.title), s(r.level), s(r.issued), list(r.issuer as unknown as string[])),
  },
  'provisions.csv': {
    fromRow: (r) => ({ key: `${s(r.policy_id)}|${n(r.seq)}`, line: line(s(r.policy_id), n(r.seq), s(r.text)) }),
    cypher: 'MATCH (p:Policy)-[:HAS_PROVISION]->(v:Provision) RETURN p.id AS policy, v.seq AS seq, v.text AS text',
    fromGraph: (r) => line(s(r.policy), n(r.seq), s(r.text)),
  },
  'policy_links.csv': {
    fromRow: (r) => ({ key: `${s(r.from_id)}|${s(r.to_id)}|${s(r.kind)}`, line: line(s(r.from_id), s(r.to_id), s(r.kind)) }),
    cypher: 'MATCH (a:Policy)-[r:IMPLEMENTS|CITES_POLICY|SUPERSEDES|AMENDS]->(b:Policy) RETURN a.id AS from, b.id AS to, type(r) AS type',
    fromGraph: (r) => line(s(r.from), s(r.to), POLICY_LINK_KIND[String(r.type)] ?? String(r.type)),
  },
  'coverage.csv': {
    fromRow: (r) => {
      const value = r.dimension === 'ipc' ? normaliseIpcPrefix(r.value ?? '') : s(r.value);
      const l = line(s(r.policy_id), s(r.scope), s(r.dimension), value);
      return { key: l, line: l };
    },
    cypher: `MATCH (p:Policy)-[:HAS_SCOPE]->(c:CoverageScope)
      RETURN p.id AS policy, c.scope AS scope, c.region_codes AS region, c.org_kinds AS org_kind, c.industries AS industry, c.ipc_prefixes AS ipc, c.org_ids AS org`,
    fromGraph: (r) =>
      (['region', 'org_kind', 'industry', 'ipc', 'org'] as const).flatMap((dim) => ((r[dim] as unknown as string[] | null) ?? []).map((v) => line(s(r.policy), s(r.scope), dim, s(v)))),
  },
};

const sha256 = (lines: readonly string[]) => createHash('sha256').update([...lines].sort().join('\n')).digest('hex');

export interface FileChecksum {
  lines: number;
  sha256: string;
}

/** Per bundle file present: how many distinct keyed rows it has and the checksum of their lines. */
export async function bundleRowChecksums(dir: string): Promise<Record<string, FileChecksum>> {
  const out: Record<string, FileChecksum> = {};
  for (const { file } of BUNDLE_FILES) {
    const spec = FILES[file];
    if (!spec || !existsSync(join(dir, file))) continue;
    const byKey = new Map<string, string>();
    for await (const row of readCsv(join(dir, file), file)) {
      const made = spec.fromRow(row.record);
      for (const m of Array.isArray(made) ? made : [made]) byKey.set(m.key, m.line);
    }
    out[file] = { lines: byKey.size, sha256: sha256([...byKey.values()]) };
  }
  return out;
}

/** The same, rebuilt from what the graph holds, for the files `files` names. */
export async function graphRowChecksums(graph: Graph, files: readonly string[]): Promise<Record<string, FileChecksum>> {
  const out: Record<string, FileChecksum> = {};
  for (const file of files) {
    const spec = FILES[file]!;
    const rows = await graph.read<Record<string, Cell>>(spec.cypher, {}, { timeoutMs: 120_000 });
    const lines = rows.flatMap((r) => spec.fromGraph(r as Record<string, Cell & unknown>));
    out[file] = { lines: lines.length, sha256: sha256(lines) };
  }
  return out;
}
