import type { CsvWriter } from '../csv-writer.js';
import { DATA_END, isoOf } from './dates.js';
import type { Holders } from './holders.js';
import type { OrganizationSet } from './organizations.js';
import { personId } from './persons.js';
import type { Random } from './random.js';

/** A controller owning several companies directly or through a holding company, with shared officers. */
export interface CompanyGroup {
  index: number;
  /** Person index of the ultimate controller. */
  controller: number;
  holding: number;
  /** Operating enterprises (they file patents). */
  members: number[];
  /** Companies with no business of their own, tied to the group by officers or ownership. */
  shells: number[];
  /** Person indices serving as officers across the group. */
  executives: number[];
  /** Day from which every tie inside the group is on record. */
  formed: number;
}

export interface RelatedParties {
  groups: CompanyGroup[];
  /** Group of each organization, -1 when none. */
  groupOf: Int32Array;
  /** Holder indices owning each organization. */
  owners: number[][];
  /** Person indices holding a position in each organization. */
  officers: number[][];
}

type Role = 'legal_representative' | 'director' | 'supervisor' | 'executive';

const SHARE_UNITS = 10_000;

/** A share in basis points written as a short decimal, e.g. 5100 → 0.51. */
export function formatShare(units: number): string {
  if (units >= SHARE_UNITS) return '1';
  return String(units / SHARE_UNITS);
}

/** True when the organizations share a group, an owner or an officer, or one owns the other. */
export function areRelated(rp: RelatedParties, a: number, b: number): boolean {
  const ga = rp.groupOf[a] ?? -1;
  if (ga >= 0 && ga === rp.groupOf[b]) return true;
  const ownersA = rp.owners[a] ?? [];
  const ownersB = rp.owners[b] ?? [];
  if (ownersA.includes(b) || ownersB.includes(a)) return true;
  for (const o of ownersA) if (ownersB.includes(o)) return true;
  const offA = rp.officers[a] ?? [];
  const offB = rp.officers[b] ?? [];
  for (const p of offA) if (offB.includes(p)) return true;
  return false;
}

export interface RelatedPartyWriters {
  equity: CsvWriter;
  positions: CsvWriter;
}

/** Builds company groups, cap tables and officers, writing equity.csv and positions.csv as it goes. */
export function buildRelatedParties(
  random: Random,
  { set, holders, groupCount, out }: { set: OrganizationSet; holders: Holders; groupCount: number; out: RelatedPartyWriters },
): RelatedParties {
  const { orgs, byRole, byKind } = set;
  const layout = holders.persons;
  const owners: number[][] = orgs.map(() => []);
  const officers: number[][] = orgs.map(() => []);
  const groupOf = new Int32Array(orgs.length).fill(-1);

  let businessCursor = 0;
  const nextBusiness = (): number => {
    // Once every business person has a seat, seats go to people who already hold one elsewhere.
    const i = businessCursor < layout.businessSize ? businessCursor++ : random.below(layout.businessSize);
    return layout.businessStart + i;
  };
  const staffOf = (org: number, rank: number): number | undefined => {
    const size = layout.staffSize[org]!;
    return size > 0 ? layout.staffStart[org]! + Math.min(rank, size - 1) : undefined;
  };
  const sinceAfter = (from: number, maxDelay: number): number => Math.min(DATA_END - 30, from + random.int(0, maxDelay));

  const writeCapTable = (company: number, entries: { owner: number; units: number; since: number }[]): void => {
    let total = 0;
    let floatSum = 0;
    for (const e of entries) {
      if (e.units <= 0 || e.owner === company) continue;
      let units = Math.min(e.units, SHARE_UNITS - total);
      if (units <= 0) break;
      // Keep the sum of the written decimals ≤ 1 even after binary rounding.
      while (units > 0 && floatSum + Number(formatShare(units)) > 1) units--;
      if (units <= 0) break;
      total += units;
      floatSum += Number(formatShare(units));
      owners[company]!.push(e.owner);
      out.equity.row([holders.id(e.owner), orgs[company]!.id, formatShare(units), isoOf(e.since)]);
    }
  };
  const position = (person: number | undefined, org: number, role: Role, since: number): void => {
    if (person === undefined) return;
    officers[org]!.push(person);
    out.positions.row([personId(layout, person), orgs[org]!.id, role, isoOf(since)]);
  };
  const asHolder = (person: number): number => holders.ofPerson(person);
  const roundUnits = (min: number, max: number): number => random.int(min / 100, max / 100) * 100;

  const freeOperating = random.shuffle(byRole.operating.slice());
  const freeShells = byRole.shell.slice();
  const groups: CompanyGroup[] = [];
  const count = Math.min(groupCount, byRole.holding.length);

  for (let g = 0; g < count; g++) {
    const holding = byRole.holding[g]!;
    const H = orgs[holding]!;
    const controller = nextBusiness();
    const executives = [nextBusiness(), nextBusiness()];
    if (random.chance(0.5)) executives.push(nextBusiness());
    const group: CompanyGroup = { index: g, controller, holding, members: [], shells: [], executives, formed: H.founded };
    groupOf[holding] = g;

    const controllerUnits = random.chance(0.5) ? SHARE_UNITS : roundUnits(6000, 9500);
    writeCapTable(holding, [
      { owner: asHolder(controller), units: controllerUnits, since: H.founded },
      { owner: asHolder(nextBusiness()), units: SHARE_UNITS - controllerUnits, since: H.founded },
    ]);
    position(controller, holding, 'legal_representative', H.founded);
    position(executives[0], holding, 'director', H.founded);
    position(executives[1], holding, 'director', H.founded);
    position(nextBusiness(), holding, 'supervisor', H.founded);

    const memberCount = Math.min(freeOperating.length, random.int(2, 6));
    for (let k = 0; k < memberCount; k++) {
      const m = freeOperating.pop()!;
      const M = orgs[m]!;
      groupOf[m] = g;
      group.members.push(m);
      // Group companies are the bigger filers of their cluster.
      M.weight = M.weight * 1.5 + 0.5;
      const r = random.float();
      const parent = k === 0 || r < 0.65 ? holding : r < 0.85 ? -1 : group.members[random.below(k)]!;
      const parentHolder = parent === -1 ? asHolder(controller) : parent;
      const since = sinceAfter(Math.max(M.founded, holders.existsFrom(parentHolder)), 500);
      const majority = parent === -1 ? roundUnits(5000, 8000) : random.chance(0.3) ? SHARE_UNITS : roundUnits(5100, 9500);
      const entries = [{ owner: parentHolder, units: majority, since }];
      let rest = SHARE_UNITS - majority;
      while (rest >= 300) {
        const units = random.chance(0.5) ? rest : roundUnits(100, Math.max(100, rest - 100));
        const minority = random.chance(0.35) && byRole.investor.length > 0 ? random.pick(byRole.investor) : asHolder(nextBusiness());
        entries.push({ owner: minority, units, since: sinceAfter(since, 700) });
        rest -= units;
      }
      writeCapTable(m, entries);
      group.formed = Math.max(group.formed, since);
      position(random.chance(0.5) ? random.pick(executives) : nextBusiness(), m, 'legal_representative', since);
      if (random.chance(0.6)) position(controller, m, 'director', since);
      if (random.chance(0.7)) position(random.pick(executives), m, 'director', since);
      if (random.chance(0.5)) position(nextBusiness(), m, 'executive', since);
      // A supervisor may not sit on the board or run the company it supervises.
      const freeExecutive = executives.find((p) => !officers[m]!.includes(p));
      position(freeExecutive !== undefined && random.chance(0.4) ? freeExecutive : nextBusiness(), m, 'supervisor', since);
    }

    const shellCount = Math.min(freeShells.length, random.chance(0.5) ? 1 : 2);
    for (let k = 0; k < shellCount; k++) {
      const s = freeShells.pop()!;
      const S = orgs[s]!;
      groupOf[s] = g;
      group.shells.push(s);
      const since = sinceAfter(Math.max(S.founded, H.founded), 200);
      const nominee = nextBusiness();
      // Half the shells are held through a nominee: only the shared officer ties them to the group.
      const owner = random.chance(0.5) ? holding : asHolder(nominee);
      writeCapTable(s, [{ owner, units: SHARE_UNITS, since }]);
      position(random.chance(0.8) ? random.pick(executives) : nominee, s, 'legal_representative', since);
      if (random.chance(0.5)) position(nextBusiness(), s, 'supervisor', since);
      group.formed = Math.max(group.formed, since);
    }
    groups.push(group);
  }

  for (const m of freeOperating) {
    const M = orgs[m]!;
    const founderFromStaff = random.chance(0.4);
    const founder1 = founderFromStaff ? (staffOf(m, 0) ?? nextBusiness()) : nextBusiness();
    const since = M.founded;
    const entries: { owner: number; units: number; since: number }[] = [];
    const first = roundUnits(4000, 9000);
    entries.push({ owner: asHolder(founder1), units: first, since });
    let rest = SHARE_UNITS - first;
    if (random.chance(0.3) && byRole.investor.length > 0 && rest >= 500) {
      const units = Math.min(rest, roundUnits(500, 2000));
      entries.push({ owner: random.pick(byRole.investor), units, since: sinceAfter(since, 1500) });
      rest -= units;
    }
    let founder2: number | undefined;
    if (rest > 0) {
      founder2 = random.chance(0.3) ? (staffOf(m, 1) ?? nextBusiness()) : nextBusiness();
      entries.push({ owner: asHolder(founder2), units: random.chance(0.7) ? rest : roundUnits(100, Math.max(100, rest)), since });
    }
    writeCapTable(m, entries);
    position(founder1, m, 'legal_representative', since);
    if (founder2 !== undefined && random.chance(0.6)) position(founder2, m, 'director', since);
    if (random.chance(0.3)) position(random.chance(0.5) ? staffOf(m, 2) : nextBusiness(), m, 'executive', sinceAfter(since, 1000));
    if (random.chance(0.3)) position(nextBusiness(), m, 'supervisor', since);
  }

  for (const s of freeShells) {
    const nominee = nextBusiness();
    writeCapTable(s, [{ owner: asHolder(nominee), units: SHARE_UNITS, since: orgs[s]!.founded }]);
    position(nominee, s, 'legal_representative', orgs[s]!.founded);
  }
  for (const v of byRole.investor) {
    const a = nextBusiness();
    const b = nextBusiness();
    const units = roundUnits(5000, 8000);
    const since = orgs[v]!.founded;
    writeCapTable(v, [
      { owner: asHolder(a), units, since },
      { owner: asHolder(b), units: SHARE_UNITS - units, since },
    ]);
    position(a, v, 'legal_representative', since);
    position(b, v, 'director', since);
  }
  for (const o of [...byKind.platform, ...byKind.service_org]) {
    const a = nextBusiness();
    const since = orgs[o]!.founded;
    writeCapTable(o, [{ owner: asHolder(a), units: SHARE_UNITS, since }]);
    position(a, o, 'legal_representative', since);
  }
  for (const u of [...byKind.university, ...byKind.research_institute]) {
    // Heads of universities and institutes come from their own researchers.
    position(staffOf(u, 0), u, 'legal_representative', sinceAfter(Math.max(orgs[u]!.founded, DATA_END - 3650), 2500));
  }
  for (const b of byKind.bank) position(nextBusiness(), b, 'executive', sinceAfter(orgs[b]!.founded, 3000));

  return { groups, groupOf, owners, officers };
}
