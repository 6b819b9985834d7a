import type { CsvWriter } from '../csv-writer.js';
import { isoOf, yearOf } from './dates.js';
import type { Holders } from './holders.js';
import { patentId, type PatentStore } from './patents.js';
import { ASSIGNMENT, LICENSE, LICENSE_TYPE_NAMES, PLEDGE, PLEDGE_RELEASE, TX_KIND_NAMES, type Trade } from './trade-state.js';

/**
 * Sorts every trade by date and gives ids and registration numbers in that order, so neither an
 * id nor a number tells how a trade came about. Returns the id of each trade.
 */
export async function writeTrades(
  writer: CsvWriter,
  { trades, patents, holders, drain }: { trades: Trade[]; patents: PatentStore; holders: Holders; drain: () => Promise<void> },
): Promise<Map<Trade, string>> {
  trades.sort((a, b) => a.day - b.day || a.order - b.order);
  const ids = new Map<Trade, string>();
  const registration = new Map<Trade, string>();
  const counters = new Map<string, number>();
  const next = (key: string): number => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  const platformCode = new Map<number, string>();
  for (const p of holders.orgs) if (p.kind === 'platform') platformCode.set(p.index, `P${String(platformCode.size + 1).padStart(3, '0')}`);

  for (let i = 0; i < trades.length; i++) {
    const t = trades[i]!;
    const id = `TX-${String(i + 1).padStart(7, '0')}`;
    ids.set(t, id);
    const year = yearOf(t.day);
    let reg = '';
    if (t.kind === PLEDGE_RELEASE) {
      reg = (t.releases && registration.get(t.releases)) ?? '';
    } else if (t.registered) {
      if (t.kind === LICENSE) reg = `X${year}980${String(next(`X${year}`)).padStart(7, '0')}`;
      else if (t.kind === PLEDGE) reg = `Y${year}980${String(next(`Y${year}`)).padStart(7, '0')}`;
      else if (t.kind === ASSIGNMENT && t.platform >= 0) {
        const code = platformCode.get(t.platform)!;
        reg = `${code}-${year}-${String(next(`${code}${year}`)).padStart(5, '0')}`;
      }
    }
    registration.set(t, reg);
    let patentCell = '';
    for (let j = 0; j < t.patents.length; j++) patentCell += (j > 0 ? ';' : '') + patentId(patents, t.patents[j]!);
    writer.row([
      id,
      TX_KIND_NAMES[t.kind]!,
      patentCell,
      holders.id(t.from),
      holders.id(t.to),
      isoOf(t.day),
      t.amount >= 0 ? String(t.amount) : '',
      t.licenseType >= 0 ? LICENSE_TYPE_NAMES[t.licenseType]! : '',
      t.platform >= 0 ? holders.orgs[t.platform]!.id : '',
      reg,
    ]);
    if ((i & 4095) === 4095) await drain();
  }
  return ids;
}
