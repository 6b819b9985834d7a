import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLE_FILES, headerOf, splitList, type EntityKind } from '../bundle-format.js';
import { readCsv, type CsvRow } from '../read-csv.js';
import { GROUND_TRUTH_DIR } from './index.js';

/**
 * What the generator promises about its own output beyond the column types: references resolve,
 * citations point back in time, every trade comes from the holder of its day, cap tables add up,
 * and the ground truth names real rows. Returns the broken promises (empty when all hold).
 */
export async function checkBundleInvariants(dir: string, maxProblems = 50): Promise<string[]> {
  const problems: string[] = [];
  const problem = (msg: string): void => {
    if (problems.length < maxProblems) problems.push(msg);
  };
  const ids: Record<EntityKind, Set<string>> = {
    region: new Set(),
    organization: new Set(),
    person: new Set(),
    patent: new Set(),
    transaction: new Set(),
    policy: new Set(),
  };
  const orgKind = new Map<string, string>();
  const filed = new Map<string, string>();
  const applicants = new Map<string, string[]>();
  const citations: [string, string][] = [];
  const trades: Record<string, string>[] = [];
  const shares = new Map<string, number>();

  for (const spec of BUNDLE_FILES) {
    const rows: CsvRow[] = [];
    for await (const row of readCsv(join(dir, spec.file), spec.file, (h) => {
      if (h.columns.join(',') !== headerOf(spec.file).join(',')) problem(`${spec.file}: header ${h.columns.join(',')}`);
    })) {
      rows.push(row);
    }
    for (const { record: r, line } of rows) {
      const where = `${spec.file}:${line}`;
      if (spec.defines) {
        const id = r[spec.defines.idColumn]!;
        const seen = ids[spec.defines.kind];
        if (seen.has(id)) problem(`${where}: duplicate id ${id}`);
        seen.add(id);
        if (spec.defines.kind === 'person' && ids.organization.has(id)) problem(`${where}: person id ${id} is also an organization id`);
      }
      for (const col of spec.columns) {
        const cell = r[col.name] ?? '';
        if (col.required && cell === '') problem(`${where}: ${col.name} is empty`);
        if (!col.references || cell === '') continue;
        const values = col.type.kind === 'list' ? splitList(cell) : [cell];
        for (const v of values) {
          if (!col.references.some((k) => ids[k].has(v))) problem(`${where}: ${col.name} ${v} does not exist`);
          if (col.referencesOrgKind && !col.referencesOrgKind.includes(orgKind.get(v) as never)) problem(`${where}: ${col.name} ${v} is a ${orgKind.get(v)}`);
        }
      }
      switch (spec.file) {
        case 'organizations.csv':
          orgKind.set(r.id!, r.kind!);
          break;
        case 'patents.csv':
          filed.set(r.id!, r.filed!);
          if (r.granted && r.granted < r.filed!) problem(`${where}: granted before filed`);
          break;
        case 'applicants.csv':
          applicants.set(r.patent_id!, [...(applicants.get(r.patent_id!) ?? []), r.holder_id!]);
          break;
        case 'citations.csv':
          citations.push([r.citing_id!, r.cited_id!]);
          break;
        case 'transactions.csv':
          trades.push(r);
          if (r.amount_cny !== '' && !(Number(r.amount_cny) >= 0)) problem(`${where}: amount ${r.amount_cny}`);
          break;
        case 'equity.csv': {
          const s = Number(r.share);
          if (!(s >= 0 && s <= 1)) problem(`${where}: share ${r.share}`);
          shares.set(r.company_id!, (shares.get(r.company_id!) ?? 0) + s);
          break;
        }
      }
    }
  }

  for (const [company, total] of shares) if (total > 1 + 1e-9) problem(`equity.csv: shares of ${company} add up to ${total}`);
  for (const [citing, cited] of citations) {
    if (citing === cited) problem(`citations.csv: ${citing} cites itself`);
    else if (!(filed.get(cited)! < filed.get(citing)!)) problem(`citations.csv: ${citing} (${filed.get(citing)}) cites later-filed ${cited} (${filed.get(cited)})`);
  }
  checkHolders(trades, filed, applicants, problem);
  await checkGroundTruth(dir, ids, problem);
  return problems;
}

/** Replays trades in date order: assignments move the patent, everything else must come from the holder. */
function checkHolders(trades: Record<string, string>[], filed: Map<string, string>, applicants: Map<string, string[]>, problem: (m: string) => void): void {
  const ordered = [...trades].sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id! < b.id! ? -1 : 1));
  const holder = new Map<string, string[]>();
  const pledged = new Map<string, string>();
  const lastDay = new Map<string, string>();
  for (const t of ordered) {
    if (t.from_id === t.to_id) problem(`${t.id}: from_id equals to_id`);
    for (const p of splitList(t.patent_ids!)) {
      if (!(t.date! > filed.get(p)!)) problem(`${t.id}: dated ${t.date} but ${p} was filed ${filed.get(p)}`);
      if (lastDay.get(p) === t.date) problem(`${t.id}: a second trade of ${p} on ${t.date}`);
      lastDay.set(p, t.date!);
      const current = holder.get(p) ?? applicants.get(p) ?? [];
      if (t.kind === 'pledge_release') {
        if (pledged.get(p) !== `${t.to_id}>${t.from_id}`) problem(`${t.id}: releases ${p}, which ${t.from_id} does not hold in pledge from ${t.to_id}`);
        pledged.delete(p);
        continue;
      }
      if (!current.includes(t.from_id!)) problem(`${t.id}: ${t.kind} of ${p} from ${t.from_id}, but the holder on ${t.date} is ${current.join('+')}`);
      if (t.kind === 'assignment') holder.set(p, [t.to_id!]);
      if (t.kind === 'pledge') pledged.set(p, `${t.from_id}>${t.to_id}`);
    }
  }
}

async function checkGroundTruth(dir: string, ids: Record<EntityKind, Set<string>>, problem: (m: string) => void): Promise<void> {
  const read = async (file: string) => JSON.parse(await readFile(join(dir, GROUND_TRUTH_DIR, file), 'utf8'));
  const planted = (await read('planted-chains.json')).chains as { id: string; transactions: string[]; patents: string[]; parties: string[] }[];
  const alikes = (await read('look-alikes.json')).items as { id: string; transactions: string[]; patents: string[]; parties: string[] }[];
  for (const c of [...planted, ...alikes]) {
    if (c.transactions.length === 0) problem(`${c.id}: no transactions`);
    for (const t of c.transactions) if (!ids.transaction.has(t)) problem(`${c.id}: transaction ${t} does not exist`);
    for (const p of c.patents) if (!ids.patent.has(p)) problem(`${c.id}: patent ${p} does not exist`);
    for (const h of c.parties) if (!ids.organization.has(h) && !ids.person.has(h)) problem(`${c.id}: party ${h} does not exist`);
  }
}
