import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NodeInput, RelationshipInput } from '../../graph/admin-tool.ts';
import { ORG_KIND_LABEL, POLICY_LINK_TYPE, ipcAncestry, type IpcNode, type OrgKind, type PolicyLinkKind } from '../../graph/vocabulary/index.ts';
import { CsvWriter } from '../csv-writer.ts';
import { readCsv } from '../read-csv.ts';
import { CoverageScopes, rowParams } from '../import/row-params.ts';
import { holderTimeline } from '../import/holder-timeline.ts';

// A validated bundle → the CSV files of Neo4j's offline importer (header row with id spaces and
// property types). Every value goes through the online importer's rowParams, and every rule
// the online statements apply (last row of a key wins, IPC ancestry, holder timelines) is applied
// here, so both roads build the same graph; graph-equality.test.ts holds them to it.

type Cell = string | number | boolean | null | undefined | readonly string[];

/** One importer file: a typed header, then rows; notes whether a quoted cell spans lines. */
class ImporterCsv {
  private readonly writer: CsvWriter;
  multiline = false;

  constructor(path: string, header: readonly string[]) {
    this.writer = new CsvWriter(path, header);
  }

  get path(): string {
    return this.writer.path;
  }

  get rows(): number {
    return this.writer.rows;
  }

  row(cells: readonly Cell[]): void {
    const out = new Array<string>(cells.length);
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      // Empty means "no property", as null does in the online SET.
      const s = c === null || c === undefined ? '' : Array.isArray(c) ? c.join(';') : String(c);
      if (!this.multiline && (s.includes('\n') || s.includes('\r'))) this.multiline = true;
      out[i] = s;
    }
    this.writer.row(out);
  }

  async pause(): Promise<void> {
    if (this.writer.needsDrain) await this.writer.drain();
  }

  close(): Promise<void> {
    return this.writer.close();
  }
}

export interface ImporterFiles {
  nodes: NodeInput[];
  relationships: RelationshipInput[];
  multilineFields: boolean;
  /** Bundle rows read. */
  bundleRows: number;
  /** Rows written for the importer, derived ones (classes, holder segments) included. */
  importerRows: number;
  /** Coverage scopes are few and link to nodes of several kinds: written online once the store runs. */
  coverage: CoverageScopes;
  seconds: number;
}

const key = (...parts: (string | null)[]) => parts.join('\u0000');

/**
 * Reads each file of a bundle once and writes the importer's files into `outDir`. The bundle
 * must have passed validateBundle: references are not checked again here.
 */
export async function writeImporterFiles(bundleDir: string, outDir: string, log: (line: string) => void = () => {}): Promise<ImporterFiles> {
  const started = performance.now();
  mkdirSync(outDir, { recursive: true });
  const nodes: NodeInput[] = [];
  const relationships: RelationshipInput[] = [];
  const open: ImporterCsv[] = [];
  let bundleRows = 0;

  const csv = (name: string, header: readonly string[]) => {
    const f = new ImporterCsv(join(outDir, name), header);
    open.push(f);
    return f;
  };
  const nodeFile = (name: string, labels: readonly string[] | undefined, header: readonly string[]) => {
    const f = csv(name, header);
    nodes.push({ labels, file: f.path });
    return f;
  };
  const relFile = (name: string, type: string | undefined, header: readonly string[]) => {
    const f = csv(name, header);
    relationships.push({ type, file: f.path });
    return f;
  };

  async function each(file: string, onRow: (r: Record<string, string>) => void, pauseOn: ImporterCsv[] = []): Promise<void> {
    const path = join(bundleDir, file);
    if (!existsSync(path)) return;
    const t0 = performance.now();
    let rows = 0;
    for await (const { record } of readCsv(path, file)) {
      onRow(record);
      if (++rows % 4096 === 0) for (const w of pauseOn) await w.pause();
    }
    bundleRows += rows;
    log(`${file.padEnd(18)} ${String(rows).padStart(9)} rows ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`);
  }

  // Regions.
  const regions = nodeFile('regions.csv', ['Region'], ['code:ID(Region)', 'id', 'name', 'name_en', 'level', 'parent_code']);
  const regionParts = relFile('region-parts.csv', 'PART_OF', [':START_ID(Region)', ':END_ID(Region)']);
  await each('regions.csv', (r) => {
    const p = rowParams['regions.csv'](r);
    regions.row([p.code, p.code, p.name, p.name_en, p.level, p.parent_code]);
    if (p.parent_code !== null) regionParts.row([p.code, p.parent_code]);
  });

  // Organizations and persons share the Party id space, as applicants and parties name either.
  const orgs = nodeFile('organizations.csv', undefined, ['id:ID(Party)', ':LABEL', 'kind', 'name', 'name_en', 'industry', 'founded:date', 'credit_code', 'region_code']);
  const located = relFile('located-in.csv', 'LOCATED_IN', [':START_ID(Party)', ':END_ID(Region)']);
  await each(
    'organizations.csv',
    (r) => {
      const p = rowParams['organizations.csv'](r);
      orgs.row([p.id, ['Organization', 'Party', ORG_KIND_LABEL[p.kind as OrgKind]], p.kind, p.name, p.name_en, p.industry, p.founded, p.credit_code, p.region_code]);
      if (p.region_code !== null) located.row([p.id, p.region_code]);
    },
    [orgs, located],
  );
  const persons = nodeFile('persons.csv', ['Person', 'Party'], ['id:ID(Party)', 'name', 'name_en']);
  await each(
    'persons.csv',
    (r) => {
      const p = rowParams['persons.csv'](r);
      persons.row([p.id, p.name, p.name_en]);
    },
    [persons],
  );

  // Patents, their IPC classes and the class hierarchy above them.
  const patents = nodeFile('patents.csv', ['Patent'], ['id:ID(Patent)', 'title', 'title_en', 'kind', 'ipc:string[]', 'filed:date', 'granted:date', 'status', 'abstract']);
  const classified = relFile('classified-as.csv', 'CLASSIFIED_AS', [':START_ID(Patent)', ':END_ID(IpcClass)', 'main:boolean']);
  const ipcClasses = new Map<string, IpcNode>();
  const filed = new Map<string, string | null>();
  await each(
    'patents.csv',
    (r) => {
      const p = rowParams['patents.csv'](r);
      // An empty list is stored as no property, which is all the importer can say.
      patents.row([p.id, p.title, p.title_en, p.kind, p.ipc, p.filed, p.granted, p.status, p.abstract]);
      filed.set(p.id!, p.filed);
      for (let i = 0; i < p.ipc.length; i++) {
        const code = p.ipc[i]!;
        if (!ipcClasses.has(code)) for (const node of ipcAncestry(code)) if (!ipcClasses.has(node.code)) ipcClasses.set(node.code, node);
        if (ipcClasses.has(code)) classified.row([p.id, code, i === 0]);
      }
    },
    [patents, classified],
  );
  const classes = nodeFile('ipc-classes.csv', ['IpcClass'], ['code:ID(IpcClass)', 'id', 'level']);
  const classParts = relFile('ipc-parts.csv', 'PART_OF', [':START_ID(IpcClass)', ':END_ID(IpcClass)']);
  for (const c of ipcClasses.values()) {
    classes.row([c.code, c.code, c.level]);
    if (c.parent !== null) classParts.row([c.code, c.parent]);
  }

  // Applicants are kept to the end: holder timelines need the assignments too.
  const applicants = new Map<string, { patent: string; holder: string; seq: number | null }>();
  await each('applicants.csv', (r) => {
    const p = rowParams['applicants.csv'](r);
    const k = key(p.patent_id, p.holder_id);
    applicants.set(k, { patent: p.patent_id!, holder: p.holder_id!, seq: p.seq });
  });

  const inventors = new Map<string, { patent: string; person: string; seq: number | null }>();
  await each('inventors.csv', (r) => {
    const p = rowParams['inventors.csv'](r);
    inventors.set(key(p.patent_id, p.person_id), { patent: p.patent_id!, person: p.person_id!, seq: p.seq });
  });
  const invented = relFile('invented.csv', 'INVENTED', [':START_ID(Party)', ':END_ID(Patent)', 'seq:double']);
  for (const v of inventors.values()) {
    invented.row([v.person, v.patent, v.seq]);
    if (invented.rows % 4096 === 0) await invented.pause();
  }
  inventors.clear();

  const cites = relFile('cites.csv', 'CITES', [':START_ID(Patent)', ':END_ID(Patent)']);
  const citePairs = new Set<string>();
  await each(
    'citations.csv',
    (r) => {
      const p = rowParams['citations.csv'](r);
      const k = key(p.citing_id, p.cited_id);
      if (citePairs.has(k)) return;
      citePairs.add(k);
      cites.row([p.citing_id, p.cited_id]);
    },
    [cites],
  );
  citePairs.clear();

  // Transactions: the node, its parties and platform (Party ids), its patents (Patent ids).
  const transactions = nodeFile('transactions.csv', ['Transaction'], [
    'id:ID(Transaction)',
    'kind',
    'date:date',
    'amount_cny:double',
    'license_type',
    'registration_no',
    'patent_ids:string[]',
    'from_id',
    'to_id',
    'platform_id',
  ]);
  const txParties = relFile('transaction-parties.csv', undefined, [':START_ID(Transaction)', ':END_ID(Party)', ':TYPE']);
  const txPatents = relFile('transaction-patents.csv', 'OF_PATENT', [':START_ID(Transaction)', ':END_ID(Patent)']);
  const assignments = new Map<string, { id: string; date: string; to: string }[]>();
  await each(
    'transactions.csv',
    (r) => {
      const p = rowParams['transactions.csv'](r);
      transactions.row([p.id, p.kind, p.date, p.amount_cny, p.license_type, p.registration_no, p.patent_ids, p.from_id, p.to_id, p.platform_id]);
      txParties.row([p.id, p.from_id, 'FROM_PARTY']);
      txParties.row([p.id, p.to_id, 'TO_PARTY']);
      if (p.platform_id !== null) txParties.row([p.id, p.platform_id, 'VIA_PLATFORM']);
      for (const pid of p.patent_ids) {
        txPatents.row([p.id, pid]);
        if (p.kind === 'assignment') (assignments.get(pid) ?? assignments.set(pid, []).get(pid)!).push({ id: p.id!, date: p.date!, to: p.to_id! });
      }
    },
    [transactions, txParties, txPatents],
  );

  // Holder timelines (DESIGN.md): applicants from the filing date, then each assignment's assignee.
  const applied = relFile('applied-for.csv', 'APPLIED_FOR', [':START_ID(Party)', ':END_ID(Patent)', 'seq:double']);
  const holds = relFile('holds.csv', 'HOLDS', [':START_ID(Party)', ':END_ID(Patent)', 'from:date', 'until:date', 'via']);
  const applicantsOfAssigned = new Map<string, string[]>();
  for (const a of applicants.values()) {
    applied.row([a.holder, a.patent, a.seq]);
    if (assignments.has(a.patent)) (applicantsOfAssigned.get(a.patent) ?? applicantsOfAssigned.set(a.patent, []).get(a.patent)!).push(a.holder);
    else holds.row([a.holder, a.patent, filed.get(a.patent) ?? null, null, 'application']);
    if (applied.rows % 4096 === 0) {
      await applied.pause();
      await holds.pause();
    }
  }
  applicants.clear();
  for (const [patent, list] of assignments) {
    for (const s of holderTimeline({ filed: filed.get(patent) ?? null, applicants: applicantsOfAssigned.get(patent) ?? [], assignments: list })) {
      holds.row([s.holder, patent, s.from, s.until, s.via]);
    }
  }
  filed.clear();

  // Equity and posts: one relationship per pair (per role for posts), the last row's values.
  const stakes = new Map<string, Cell[]>();
  await each('equity.csv', (r) => {
    const p = rowParams['equity.csv'](r);
    stakes.set(key(p.owner_id, p.company_id), [p.owner_id, p.company_id, p.share, p.since, p.until]);
  });
  const owns = relFile('owns.csv', 'OWNS', [':START_ID(Party)', ':END_ID(Party)', 'share:double', 'since:date', 'until:date']);
  for (const row of stakes.values()) owns.row(row);
  const posts = new Map<string, Cell[]>();
  await each('positions.csv', (r) => {
    const p = rowParams['positions.csv'](r);
    posts.set(key(p.person_id, p.org_id, p.role), [p.person_id, p.org_id, p.role, p.since, p.until]);
  });
  const officers = relFile('officer-of.csv', 'OFFICER_OF', [':START_ID(Party)', ':END_ID(Party)', 'role', 'since:date', 'until:date']);
  for (const row of posts.values()) officers.row(row);

  // Policies, their provisions and the links between them.
  const policies = nodeFile('policies.csv', ['Policy'], ['id:ID(Policy)', 'title', 'doc_number', 'title_en', 'issuer_id', 'issued:date', 'effective:date', 'expires:date', 'level', 'summary']);
  const issued = relFile('issued-by.csv', 'ISSUED_BY', [':START_ID(Policy)', ':END_ID(Party)']);
  await each('policies.csv', (r) => {
    const p = rowParams['policies.csv'](r);
    policies.row([p.id, p.title, p.doc_number, p.title_en, p.issuer_id, p.issued, p.effective, p.expires, p.level, p.summary]);
    issued.row([p.id, p.issuer_id]);
  });
  const provisionRows = new Map<string, Cell[]>();
  await each('provisions.csv', (r) => {
    const p = rowParams['provisions.csv'](r);
    provisionRows.set(p.id, [p.id, p.policy_id, p.seq, p.title, p.text, p.category]);
  });
  const provisions = nodeFile('provisions.csv', ['Provision'], ['id:ID(Provision)', 'policy_id', 'seq:double', 'title', 'text', 'category']);
  const hasProvision = relFile('has-provision.csv', 'HAS_PROVISION', [':START_ID(Policy)', ':END_ID(Provision)']);
  for (const row of provisionRows.values()) {
    provisions.row(row);
    hasProvision.row([row[1], row[0]]);
  }
  const links = new Set<string>();
  const policyLinks = relFile('policy-links.csv', undefined, [':START_ID(Policy)', ':END_ID(Policy)', ':TYPE']);
  await each('policy_links.csv', (r) => {
    const p = rowParams['policy_links.csv'](r);
    const type = POLICY_LINK_TYPE[p.kind as PolicyLinkKind];
    const k = key(p.from_id, p.to_id, type);
    if (links.has(k)) return;
    links.add(k);
    policyLinks.row([p.from_id, p.to_id, type]);
  });

  const coverage = new CoverageScopes();
  await each('coverage.csv', (r) => coverage.add(r));

  for (const f of open) await f.close();
  return {
    nodes,
    relationships,
    multilineFields: open.some((f) => f.multiline),
    bundleRows,
    importerRows: open.reduce((a, f) => a + f.rows, 0),
    coverage,
    seconds: (performance.now() - started) / 1000,
  };
}
