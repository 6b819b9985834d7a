import type { CsvWriter } from '../csv-writer.js';
import { personName } from './names.js';
import type { Organization } from './organizations.js';
import type { Random } from './random.js';

/**
 * Who the persons are. Internal indices are laid out in ranges (staff of each organization,
 * business people, independent inventors); the written ids are a shuffled permutation of them so
 * an id says nothing about a person's role.
 */
export interface PersonLayout {
  count: number;
  /** Staff range of each organization (inventors); size 0 for actors that file no patents. */
  staffStart: Int32Array;
  staffSize: Int32Array;
  businessStart: number;
  businessSize: number;
  independentStart: number;
  independentSize: number;
  /** Written id number of each internal index. */
  idNumber: Int32Array;
  /** Id strings made so far; inventors' ids are written millions of times. */
  idCache: (string | undefined)[];
}

export function personId(layout: PersonLayout, person: number): string {
  let id = layout.idCache[person];
  if (id === undefined) {
    id = `P-${String(layout.idNumber[person]! + 1).padStart(7, '0')}`;
    layout.idCache[person] = id;
  }
  return id;
}

export function layoutPersons(random: Random, count: number, orgs: readonly Organization[]): PersonLayout {
  const businessSize = Math.max(40, Math.round(count * 0.35));
  const independentSize = Math.max(5, Math.round(count * 0.04));
  const filers = orgs.filter((o) => o.weight > 0);
  const minimum = (o: Organization): number => (o.kind === 'university' ? 6 : o.kind === 'research_institute' ? 4 : 2);
  const minimums = filers.reduce((sum, o) => sum + minimum(o), 0);
  const staffTotal = Math.max(0, count - businessSize - independentSize - minimums);
  const demand = filers.map((o) => Math.pow(o.weight, 0.8));
  const demandTotal = demand.reduce((a, b) => a + b, 0);
  const staffStart = new Int32Array(orgs.length);
  const staffSize = new Int32Array(orgs.length);
  let next = 0;
  filers.forEach((o, i) => {
    const size = minimum(o) + Math.round((staffTotal * demand[i]!) / demandTotal);
    staffStart[o.index] = next;
    staffSize[o.index] = size;
    next += size;
  });
  const businessStart = next;
  const independentStart = businessStart + businessSize;
  const total = independentStart + independentSize;
  const idNumber = new Int32Array(total);
  for (let i = 0; i < total; i++) idNumber[i] = i;
  for (let i = total - 1; i > 0; i--) {
    const j = random.below(i + 1);
    const t = idNumber[i]!;
    idNumber[i] = idNumber[j]!;
    idNumber[j] = t;
  }
  return { count: total, staffStart, staffSize, businessStart, businessSize, independentStart, independentSize, idNumber, idCache: new Array<string | undefined>(total) };
}

/** Names are drawn row by row in id order; nothing else refers to them, so none are kept. */
export async function writePersons(writer: CsvWriter, { random, layout, drain }: { random: Random; layout: PersonLayout; drain: () => Promise<void> }): Promise<void> {
  for (let n = 0; n < layout.count; n++) {
    const [name, nameEn] = personName(random);
    writer.row([`P-${String(n + 1).padStart(7, '0')}`, name, nameEn]);
    if ((n & 4095) === 4095) await drain();
  }
}
