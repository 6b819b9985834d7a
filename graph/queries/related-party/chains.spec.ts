import { describe, expect, it } from 'vitest';
import { buildChains, cachedRelate, scoreChain, type Trade } from './chains.ts';
import { relationOn, type PartyFacts } from './relatedness.ts';
import { thresholds } from './thresholds.ts';

const T = thresholds();

function facts(id: string, over: Partial<PartyFacts> = {}): PartyFacts {
  return { id, name: id, nameEn: null, kind: 'enterprise', regions: [], place: null, ownerChains: [], officers: [], posts: [], ...over };
}
const own = (owner: string, company: string, share: number, since: string | null = null, until: string | null = null) => ({ owner, company, share, since, until });
const tr = (id: string, kind: string, from: string, to: string, date: string, amount: number | null = null, patents = ['P1'], platform: string | null = null): Trade => ({ id, kind, from, to, date, amount, patents, platform });

describe('relationOn', () => {
  const world = new Map<string, PartyFacts>([
    ['A', facts('A', { ownerChains: [[own('H', 'A', 0.6)], [own('X', 'H', 0.8), own('H', 'A', 0.6)]] })],
    ['B', facts('B', { ownerChains: [[own('X', 'B', 0.7, '2010-01-01', '2020-01-01')]] })],
    ['C', facts('C', { ownerChains: [[own('A', 'C', 0.3)]] })],
    ['D', facts('D', { officers: [{ person: 'M', org: 'D', role: 'director', since: null, until: null }] })],
    ['E', facts('E', { officers: [{ person: 'M', org: 'E', role: 'legal_representative', since: '2015-01-01', until: null }] })],
    ['F', facts('F', { officers: [{ person: 'Q', org: 'F', role: 'director', since: '2012-01-01', until: '2019-01-01' }] })],
    ['H', facts('H', { officers: [{ person: 'Q', org: 'H', role: 'executive', since: '2015-01-01', until: null }, { person: 'R', org: 'H', role: 'director', since: '2021-06-01', until: null }] })],
    ['J', facts('J', { officers: [{ person: 'R', org: 'J', role: 'director', since: '2010-01-01', until: null }] })],
  ]);
  const rel = (a: string, b: string, d: string) => relationOn({ a, b, date: d, factsOf: (id) => world.get(id), thresholds: T.related });

  it('finds control through a chain of holding companies', () => {
    expect(rel('X', 'A', '2018-01-01')).toMatchObject({ kind: 'control', via: 'X' });
  });
  it('finds a common controller only while both holdings last', () => {
    expect(rel('A', 'B', '2018-01-01')).toMatchObject({ kind: 'common_controller', via: 'X' });
    expect(rel('A', 'B', '2020-01-01')).toBeNull();
  });
  it('finds a cross-holding of 25 % or more, and no control from it', () => {
    expect(rel('C', 'A', '2018-01-01')).toMatchObject({ kind: 'cross_holding', share: 0.3 });
  });
  it('finds a shared officer from the day both offices are held', () => {
    expect(rel('D', 'E', '2016-01-01')).toMatchObject({ kind: 'shared_officer', via: 'M' });
    expect(rel('D', 'E', '2014-12-31')).toBeNull();
  });
  it('does not relate the parties through an officer whose post ended before the trade, or began after it', () => {
    expect(rel('F', 'H', '2018-12-31')).toMatchObject({ kind: 'shared_officer', via: 'Q' });
    expect(rel('F', 'H', '2019-01-01')).toBeNull();
    expect(rel('H', 'J', '2021-05-31')).toBeNull();
    expect(rel('H', 'J', '2021-06-01')).toMatchObject({ kind: 'shared_officer', via: 'R' });
  });
  it('respects the control threshold', () => {
    const strict = thresholds({ related: { controlShare: 0.65 } });
    expect(relationOn({ a: 'X', b: 'A', date: '2018-01-01', factsOf: (id) => world.get(id), thresholds: strict.related })).toBeNull();
  });
});

describe('chains and rules', () => {
  const world = new Map<string, PartyFacts>([
    ['G', facts('G')],
    ...['A', 'B', 'C', 'D', 'E'].map((id): [string, PartyFacts] => [id, facts(id, { ownerChains: [[own('G', id, 1)]] })]),
    // F sat at X's board with X's director until 2019: strangers on later dates.
    ['F', facts('F', { officers: [{ person: 'Q', org: 'F', role: 'director', since: '2012-01-01', until: '2019-01-01' }] })],
    ['X', facts('X', { officers: [{ person: 'Q', org: 'X', role: 'director', since: '2015-01-01', until: null }] })],
  ]);
  const relate = cachedRelate((id) => world.get(id), T);
  const one = (trades: Trade[]) => {
    const chains = buildChains(trades, T.chain.maxGapDays);
    expect(chains).toHaveLength(1);
    return scoreChain(chains[0]!, relate, T);
  };

  it('splits a patent history at long gaps and joins packages', () => {
    const chains = buildChains(
      [tr('t1', 'assignment', 'A', 'B', '2010-01-01', 1, ['P1', 'P2']), tr('t2', 'assignment', 'B', 'C', '2010-03-01', 1, ['P1', 'P2']), tr('t3', 'assignment', 'C', 'D', '2015-01-01', 1, ['P1'])],
      730,
    );
    expect(chains.map((c) => [c.id, c.patents, c.trades.map((t) => t.id)])).toEqual([
      ['P1~t1', ['P1', 'P2'], ['t1', 't2']],
      ['P1~t3', ['P1'], ['t3']],
    ]);
  });

  it('flags a round trip among related parties', () => {
    const c = one([tr('t1', 'assignment', 'A', 'B', '2020-01-01', 100), tr('t2', 'assignment', 'B', 'A', '2020-03-01', 100)]);
    expect(c.rules).toEqual(['related_party_trade', 'round_trip']);
    expect(c.hits[1]!.numbers).toMatchObject({ days: 60, returnedTo: 'A' });
  });

  it('flags a return to the first holder\'s group only after the right left it', () => {
    const away = one([tr('t1', 'assignment', 'A', 'X', '2020-01-01'), tr('t2', 'assignment', 'X', 'C', '2020-03-01')]);
    expect(away.rules).toContain('round_trip');
    const inside = one([tr('t1', 'assignment', 'A', 'B', '2020-01-01'), tr('t2', 'assignment', 'B', 'C', '2020-03-01')]);
    expect(inside.rules).toEqual(['related_party_trade']);
  });

  it('flags a return to the company that controls the first seller as a round trip', () => {
    const c = one([tr('t1', 'assignment', 'A', 'B', '2020-01-01', 100), tr('t2', 'assignment', 'B', 'G', '2020-05-01', 100)]);
    expect(c.rules).toEqual(['related_party_trade', 'round_trip']);
    expect(c.hits[1]!.numbers).toMatchObject({ returnedTo: 'G' });
    expect(c.hits[1]!.relations[0]).toMatchObject({ kind: 'control', via: 'G' });
  });

  it('flags a round trip only within its window, and does not discount one among strangers', () => {
    const quick = one([tr('t1', 'assignment', 'X', 'Y', '2020-01-01'), tr('t2', 'assignment', 'Y', 'X', '2020-06-01')]);
    expect(quick.rules).toEqual(['round_trip']);
    expect(quick.parts[0]!.factor).toBe(1);
    const late = one([tr('t1', 'assignment', 'X', 'Y', '2020-01-01'), tr('t2', 'assignment', 'Y', 'X', '2021-06-01')]);
    expect(late.rules).toEqual([]);
  });

  it('flags rapid flips within the window and not beyond', () => {
    const fast = one([tr('t1', 'assignment', 'X', 'Y', '2020-01-01'), tr('t2', 'assignment', 'Y', 'Z', '2020-03-01'), tr('t3', 'assignment', 'Z', 'W', '2020-06-01')]);
    expect(fast.rules).toEqual(['rapid_flip']);
    expect(fast.parts[0]!.factor).toBe(T.weights.unrelatedFactor);
    const slow = one([tr('t1', 'assignment', 'X', 'Y', '2020-01-01'), tr('t2', 'assignment', 'Y', 'Z', '2020-05-01'), tr('t3', 'assignment', 'Z', 'W', '2020-08-01')]);
    expect(slow.rules).toEqual([]);
  });

  it('flags price escalation and a pledge soon after, with the numbers', () => {
    const c = one([
      tr('t1', 'assignment', 'A', 'B', '2020-01-01', 100_000),
      tr('t2', 'assignment', 'B', 'C', '2020-04-01', 450_000),
      tr('t3', 'pledge', 'C', 'BANK', '2020-05-01', 400_000),
    ]);
    expect(c.rules).toEqual(['related_party_trade', 'price_escalation', 'escalation_pledge']);
    expect(c.hits[1]!.numbers).toMatchObject({ ratio: 4.5 });
    expect(c.hits[2]!.numbers).toMatchObject({ days: 30 });
  });

  it('ranks related trades at ordinary, slowly compounding prices below related escalating flips', () => {
    // Each holder keeps the patent half a year and sells it for half as much again: ×3.4 in 18 months, never ×3 within a year.
    const slow = one([
      tr('s1', 'assignment', 'A', 'B', '2019-01-01', 100_000, ['P1'], 'PL'),
      tr('s2', 'assignment', 'B', 'C', '2019-07-01', 150_000, ['P1'], 'PL'),
      tr('s3', 'assignment', 'C', 'D', '2020-01-01', 225_000, ['P1'], 'PL'),
      tr('s4', 'assignment', 'D', 'E', '2020-07-01', 340_000, ['P1'], 'PL'),
      tr('s5', 'pledge', 'E', 'BANK', '2020-08-01', 200_000),
    ]);
    const flips = one([tr('f1', 'assignment', 'A', 'B', '2020-01-01', 100_000), tr('f2', 'assignment', 'B', 'C', '2020-02-15', 180_000), tr('f3', 'assignment', 'C', 'D', '2020-04-01', 320_000)]);
    expect(slow.risk).toBeLessThan(flips.risk);
    expect(slow.rules).toEqual(['related_party_trade', 'same_platform']);
    expect(flips.rules).toEqual(['related_party_trade', 'rapid_flip', 'price_escalation']);
  });

  it('weighs strangers\' rapid escalation and pledge down even after a related trade earlier in the chain', () => {
    const strangers = one([
      tr('u1', 'assignment', 'A', 'B', '2019-06-01', 100_000),
      tr('u2', 'assignment', 'B', 'X', '2020-01-01', 100_000),
      tr('u3', 'assignment', 'X', 'Y', '2020-02-01', 180_000),
      tr('u4', 'assignment', 'Y', 'Z', '2020-03-15', 350_000),
      tr('u5', 'pledge', 'Z', 'BANK', '2020-04-15', 300_000),
    ]);
    const relatedFlip = one([tr('f1', 'assignment', 'A', 'B', '2020-01-01', 100_000), tr('f2', 'assignment', 'B', 'C', '2020-02-15', 100_000), tr('f3', 'assignment', 'C', 'D', '2020-04-01', 100_000)]);
    expect(relatedFlip.rules).toEqual(['related_party_trade', 'rapid_flip']);
    expect(strangers.risk).toBeLessThan(relatedFlip.risk);
    expect(strangers.rules).toEqual(['related_party_trade', 'rapid_flip', 'price_escalation', 'escalation_pledge']);
    for (const p of strangers.parts.filter((x) => x.rule !== 'related_party_trade')) expect(p.factor, p.rule).toBe(T.weights.unrelatedFactor);
  });

  it('ranks a round trip between parties with no other tie above chains without a related pattern', () => {
    const round = one([tr('r1', 'assignment', 'X', 'Y', '2020-01-01', 100_000), tr('r2', 'assignment', 'Y', 'X', '2020-06-01', 100_000)]);
    const platform = one([tr('p1', 'assignment', 'A', 'B', '2020-01-01', 100_000, ['P1'], 'PL'), tr('p2', 'assignment', 'B', 'C', '2020-09-01', 100_000, ['P1'], 'PL')]);
    const strangers = one([
      tr('u1', 'assignment', 'A', 'B', '2019-06-01', 100_000),
      tr('u2', 'assignment', 'B', 'X', '2020-01-01', 100_000),
      tr('u3', 'assignment', 'X', 'Y', '2020-02-01', 180_000),
      tr('u4', 'assignment', 'Y', 'Z', '2020-03-15', 350_000),
      tr('u5', 'pledge', 'Z', 'BANK', '2020-04-15', 300_000),
    ]);
    expect(platform.rules).toEqual(['related_party_trade', 'same_platform']);
    expect(round.risk).toBeGreaterThan(platform.risk);
    expect(round.risk).toBeGreaterThan(strangers.risk);
  });

  it('does not relate parties through an officer who left the seller before they traded', () => {
    const c = one([tr('o1', 'assignment', 'F', 'X', '2020-01-01', 100_000), tr('o2', 'assignment', 'X', 'Y', '2020-02-15', 400_000), tr('o3', 'pledge', 'Y', 'BANK', '2020-03-01', 300_000)]);
    expect(c.rules).toEqual(['price_escalation', 'escalation_pledge']);
    expect(c.relations).toEqual([]);
    expect(c.parts.every((p) => p.factor === T.weights.unrelatedFactor)).toBe(true);
  });

  it('ranks a related escalation-and-pledge above unrelated fast trades and a plain related trade', () => {
    const planted = one([tr('t1', 'assignment', 'A', 'B', '2020-01-01', 100_000), tr('t2', 'assignment', 'B', 'C', '2020-04-01', 450_000), tr('t3', 'pledge', 'C', 'BANK', '2020-05-01')]);
    const strangers = one([tr('u1', 'assignment', 'X', 'Y', '2020-01-01', 1), tr('u2', 'assignment', 'Y', 'Z', '2020-02-01', 5), tr('u3', 'assignment', 'Z', 'W', '2020-03-01', 9)]);
    const plain = one([tr('v1', 'assignment', 'A', 'B', '2020-01-01', 100_000)]);
    expect(planted.risk).toBeGreaterThan(strangers.risk);
    expect(planted.risk).toBeGreaterThan(plain.risk);
  });
});
