import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NodeInput, RelationshipInput } from '../../graph/admin-tool.ts';
import { ORG_KIND_LABEL, POLICY_LINK_TYPE, ipcAncestry, type IpcNode, type OrgKind, type PolicyLinkKind } from '../../graph/vocabulary/index.ts';
import { CsvWriter } from '../csv-writer.ts';
import type { RowSink } from '../validate.ts';
import { CoverageScopes, rowParams } from '../import/row-params.ts';
import { holderTimeline } from '../import/holder-timeline.ts';

// A bundle's rows, as the validator reads them → the CSV files of Neo4j's offline importer (header
// row with id spaces and property types). Every value goes through the online importer's rowParams, and every rule
// the online statements apply (last row of a key wins, IPC ancestry, holder timelines) is applied
// here, so both roads build the same graph; tests/bulk-load.test.ts holds them to it.

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
  /** Rows written for the importer, derived ones (classes, holder segments) included. */
  importerRows: number;
  /** Coverage scopes are few and link to nodes of several kinds: written online once the store runs. */
  coverage: CoverageScopes;
}

type Rec = Record<string, string>;

const key = (...parts: (string | null)[]) => parts.join('\u0000');
const unkey = (k: string) => k.split('\u0000') as [string, string];

/**
 * Fed by validateBundle (a RowSink), so the bundle is read once. Files come in the format's
 * order, each referring only to earlier ones; what needs a later file (holder timelines need the
 * assignments) is kept until that file is done.
 */
export class ImporterFileWriter implements RowSink {
  private readonly nodes: NodeInput[] = [];
  private readonly relationships: RelationshipInput[] = [];
  private readonly files: ImporterCsv[] = [];
  private readonly onRow: Record<string, (r: Rec) => void>;
  private readonly onEnd: Record<string, () => Promise<void>>;
  readonly coverage = new CoverageScopes();

  constructor(outDir: string) {
    mkdirSync(outDir, { recursive: true });
    const csv = (name: string, header: readonly string[]) => {
      const f = new ImporterCsv(join(outDir, name), header);
      this.files.push(f);
      return f;
    };
    const nodeFile = (name: string, labels: readonly string[] | undefined, header: readonly string[]) => {
      const f = csv(name, header);
      this.nodes.push({ labels, file: f.path });
      return f;
    };
    const relFile = (name: string, type: string | undefined, header: readonly string[]) => {
      const f = csv(name, header);
      this.relationships.push({ type, file: f.path });
      return f;
    };
    const drain = async (f: ImporterCsv, i: number) => {
      if (i % 4096 === 0) await f.pause();
    };

    const regions = nodeFile('regions.csv', ['Region'], ['code:ID(Region)', 'id', 'name', 'name_en', 'level', 'parent_code']);
    const regionParts = relFile('region-parts.csv', 'PART_OF', [':START_ID(Region)', ':END_ID(Region)']);
    // Organizations and persons share the Party id space, as applicants and parties name either.
    const orgs = nodeFile('organizations.csv', undefined, ['id:ID(Party)', ':LABEL', 'kind', 'name', 'name_en', 'industry', 'founded:date', 'credit_code', 'region_code']);
    const located = relFile('located-in.csv', 'LOCATED_IN', [':START_ID(Party)', ':END_ID(Region)']);
    const persons = nodeFile('persons.csv', ['Person', 'Party'], ['id:ID(Party)', 'name', 'name_en']);
    const patents = nodeFile('patents.csv', ['Patent'], ['id:ID(Patent)', 'title', 'title_en', 'kind', 'ipc:string[]', 'filed:date', 'granted:date', 'status', 'abstract']);
    const classified = relFile('classified-as.csv', 'CLASSIFIED_AS', [':START_ID(Patent)', ':END_ID(IpcClass)', 'main:boolean']);
    const classes = nodeFile('ipc-classes.csv', ['IpcClass'], ['code:ID(IpcClass)', 'id', 'level']);
    const classParts = relFile('ipc-parts.csv', 'PART_OF', [':START_ID(IpcClass)', ':END_ID(IpcClass)']);
    const invented = relFile('invented.csv', 'INVENTED', [':START_ID(Party)', ':END_ID(Patent)', 'seq:double']);
    const cites = relFile('cites.csv', 'CITES', [':START_ID(Patent)', ':END_ID(Patent)']);
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
    const applied = relFile('applied-for.csv', 'APPLIED_FOR', [':START_ID(Party)', ':END_ID(Patent)', 'seq:double']);
    const holds = relFile('holds.csv', 'HOLDS', [':START_ID(Party)', ':END_ID(Patent)', 'from:date', 'until:date', 'via']);
    const owns = relFile('owns.csv', 'OWNS', [':START_ID(Party)', ':END_ID(Party)', 'share:double', 'since:date', 'until:date']);
    const officers = relFile('officer-of.csv', 'OFFICER_OF', [':START_ID(Party)', ':END_ID(Party)', 'role', 'since:date', 'until:date']);
    const policies = nodeFile('policies.csv', ['Policy'], ['id:ID(Policy)', 'title', 'doc_number', 'title_en', 'issuer_id', 'issued:date', 'effective:date', 'expires:date', 'level', 'summary']);
    const issued = relFile('issued-by.csv', 'ISSUED_BY', [':START_ID(Policy)', ':END_ID(Party)']);
    const provisions = nodeFile('provisions.csv', ['Provision'], ['id:ID(Provision)', 'policy_id', 'seq:double', 'title', 'text', 'category']);
    const hasProvision = relFile('has-provision.csv', 'HAS_PROVISION', [':START_ID(Policy)', ':END_ID(Provision)']);
    const policyLinks = relFile('policy-links.csv', undefined, [':START_ID(Policy)', ':END_ID(Policy)', ':TYPE']);

    // What a later file needs, or what only the last row of a key decides.
    const ipcClasses = new Map<string, IpcNode>();
    const filed = new Map<string, string | null>();
    // Pair key → seq: a national bundle has millions of pairs, so no object per pair.
    const applicants = new Map<string, number | null>();
    const inventors = new Map<string, number | null>();
    const citePairs = new Set<string>();
    const assignments = new Map<string, { id: string; date: string; to: string }[]>();
    const stakes = new Map<string, Cell[]>();
    const posts = new Map<string, Cell[]>();
    const provisionRows = new Map<string, Cell[]>();
    const links = new Set<string>();

    this.onRow = {
      'regions.csv': (r) => {
        const p = rowParams['regions.csv'](r);
        regions.row([p.code, p.code, p.name, p.name_en, p.level, p.parent_code]);
        if (p.parent_code !== null) regionParts.row([p.code, p.parent_code]);
      },
      'organizations.csv': (r) => {
        const p = rowParams['organizations.csv'](r);
        orgs.row([p.id, ['Organization', 'Party', ORG_KIND_LABEL[p.kind as OrgKind]], p.kind, p.name, p.name_en, p.industry, p.founded, p.credit_code, p.region_code]);
        if (p.region_code !== null) located.row([p.id, p.region_code]);
      },
      'persons.csv': (r) => {
        const p = rowParams['persons.csv'](r);
        persons.row([p.id, p.name, p.name_en]);
      },
      'patents.csv': (r) => {
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
      // Applicants are kept to the end: holder timelines need the assignments too.
      'applicants.csv': (r) => {
        const p = rowParams['applicants.csv'](r);
        applicants.set(key(p.patent_id, p.holder_id), p.seq);
      },
      'inventors.csv': (r) => {
        const p = rowParams['inventors.csv'](r);
        inventors.set(key(p.patent_id, p.person_id), p.seq);
      },
      'citations.csv': (r) => {
        const p = rowParams['citations.csv'](r);
        const k = key(p.citing_id, p.cited_id);
        if (citePairs.has(k)) return;
        citePairs.add(k);
        cites.row([p.citing_id, p.cited_id]);
      },
      'transactions.csv': (r) => {
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
      // Equity and posts: one relationship per pair (per role for posts), the last row's values.
      'equity.csv': (r) => {
        const p = rowParams['equity.csv'](r);
        stakes.set(key(p.owner_id, p.company_id), [p.owner_id, p.company_id, p.share, p.since, p.until]);
      },
      'positions.csv': (r) => {
        const p = rowParams['positions.csv'](r);
        posts.set(key(p.person_id, p.org_id, p.role), [p.person_id, p.org_id, p.role, p.since, p.until]);
      },
      'policies.csv': (r) => {
        const p = rowParams['policies.csv'](r);
        policies.row([p.id, p.title, p.doc_number, p.title_en, p.issuer_id, p.issued, p.effective, p.expires, p.level, p.summary]);
        issued.row([p.id, p.issuer_id]);
      },
      'provisions.csv': (r) => {
        const p = rowParams['provisions.csv'](r);
        provisionRows.set(p.id, [p.id, p.policy_id, p.seq, p.title, p.text, p.category]);
      },
      'policy_links.csv': (r) => {
        const p = rowParams['policy_links.csv'](r);
        const type = POLICY_LINK_TYPE[p.kind as PolicyLinkKind];
        const k = key(p.from_id, p.to_id, type);
        if (links.has(k)) return;
        links.add(k);
        policyLinks.row([p.from_id, p.to_id, type]);
      },
      'coverage.csv': (r) => this.coverage.add(r),
    };

    this.onEnd = {
      'patents.csv': async () => {
        let i = 0;
        for (const c of ipcClasses.values()) {
          classes.row([c.code, c.code, c.level]);
          if (c.parent !== null) classParts.row([c.code, c.parent]);
          await drain(classes, ++i);
        }
      },
      'inventors.csv': async () => {
        let i = 0;
        for (const [k, seq] of inventors) {
          const [patent, person] = unkey(k);
          invented.row([person, patent, seq]);
          await drain(invented, ++i);
        }
        inventors.clear();
      },
      'citations.csv': async () => citePairs.clear(),
      // Holder timelines (DESIGN.md): applicants from the filing date, then each assignment's assignee.
      'transactions.csv': async () => {
        const applicantsOfAssigned = new Map<string, string[]>();
        let i = 0;
        for (const [k, seq] of applicants) {
          const [patent, holder] = unkey(k);
          applied.row([holder, patent, seq]);
          if (assignments.has(patent)) (applicantsOfAssigned.get(patent) ?? applicantsOfAssigned.set(patent, []).get(patent)!).push(holder);
          else holds.row([holder, patent, filed.get(patent) ?? null, null, 'application']);
          if (++i % 4096 === 0) {
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
      },
      'equity.csv': async () => {
        for (const row of stakes.values()) owns.row(row);
      },
      'positions.csv': async () => {
        for (const row of posts.values()) officers.row(row);
      },
      'provisions.csv': async () => {
        for (const row of provisionRows.values()) {
          provisions.row(row);
          hasProvision.row([row[1], row[0]]);
        }
      },
    };
  }

  row(file: string, record: Rec): void {
    this.onRow[file]?.(record);
  }

  async flush(file: string, fileDone: boolean): Promise<void> {
    for (const f of this.files) await f.pause();
    if (fileDone) await this.onEnd[file]?.();
  }

  /** Closes every file; call once validation has passed. */
  async close(): Promise<ImporterFiles> {
    for (const f of this.files) await f.close();
    return {
      nodes: this.nodes,
      relationships: this.relationships,
      multilineFields: this.files.some((f) => f.multiline),
      importerRows: this.files.reduce((a, f) => a + f.rows, 0),
      coverage: this.coverage,
    };
  }

  /** Stops writing (the bundle was invalid); the caller removes the folder. */
  async discard(): Promise<void> {
    for (const f of this.files) await f.close().catch(() => {});
  }
}
