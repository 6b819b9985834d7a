import type { RelatednessThresholds } from './thresholds.ts';

// Who is related to whom on a given day, from each party's ownership closure and officers. Every
// link carries its own [since, until) so a shareholder who sold out, or a director who left, no
// longer ties the parties after that day.

export interface OwnershipLink {
  owner: string;
  company: string;
  share: number;
  since: string | null;
  until: string | null;
}

export interface OfficerLink {
  person: string;
  org: string;
  role: string;
  since: string | null;
  until: string | null;
}

export interface PartyFacts {
  id: string;
  name: string;
  nameEn: string | null;
  kind: string;
  /** The party's region and every region above it. */
  regions: string[];
  /** Where the party is, in words: 广东省深圳市南山区 / Nanshan District, Shenzhen, Guangdong (null: no region). */
  place: { zh: string; en: string } | null;
  /** Chains of holdings that end at this party, top owner first (each link's company is the next link's owner). */
  ownerChains: OwnershipLink[][];
  /** People in office at this organization. */
  officers: OfficerLink[];
  /** Offices this person holds (persons only). */
  posts: OfficerLink[];
}

export type RelationKind = 'control' | 'common_controller' | 'cross_holding' | 'shared_officer' | 'officer';

export interface Relation {
  kind: RelationKind;
  a: string;
  b: string;
  date: string;
  /** The controller, the common controller or the shared person, when there is one. */
  via: string | null;
  share: number | null;
  ownership: OwnershipLink[];
  offices: OfficerLink[];
}

export type FactsOf = (id: string) => PartyFacts | undefined;

export function validOn(link: { since: string | null; until: string | null }, date: string): boolean {
  return (link.since === null || link.since <= date) && (link.until === null || date < link.until);
}

/** Controllers of a party on a date: owner → the chain of links from that owner down to the party. */
export function controllersOn(facts: PartyFacts | undefined, date: string, t: RelatednessThresholds): Map<string, OwnershipLink[]> {
  const out = new Map<string, OwnershipLink[]>();
  if (!facts) return out;
  for (const chain of facts.ownerChains) {
    if (chain.length > t.maxOwnershipDepth) continue;
    // Any suffix of a control chain is a control chain too: every owner along it controls the party.
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i]!;
      if (link.share < t.controlShare || !validOn(link, date)) break;
      const tail = chain.slice(i);
      const known = out.get(link.owner);
      if (!known || known.length > tail.length) out.set(link.owner, tail);
    }
  }
  return out;
}

function directHolding(holder: string, company: PartyFacts | undefined, date: string, min: number): OwnershipLink | undefined {
  if (!company) return undefined;
  for (const chain of company.ownerChains) {
    const link = chain[chain.length - 1]!;
    if (link.owner === holder && link.share >= min && validOn(link, date)) return link;
  }
  return undefined;
}

function activeOffices(list: readonly OfficerLink[], date: string, roles: readonly string[]): OfficerLink[] {
  return list.filter((o) => roles.includes(o.role) && validOn(o, date));
}

const tieKeys = new WeakMap<PartyFacts, Set<string>>();

/** Every party a tie could run through, whatever the date: itself, its owners up the chains, its officers and posts. */
function keysOf(f: PartyFacts): Set<string> {
  let keys = tieKeys.get(f);
  if (!keys) {
    keys = new Set([f.id]);
    for (const chain of f.ownerChains) for (const l of chain) keys.add(l.owner);
    for (const o of f.officers) keys.add(o.person);
    for (const o of f.posts) keys.add(o.org);
    tieKeys.set(f, keys);
  }
  return keys;
}

/** False when no tie between the two is possible on any date (most pairs, so the sweep asks this first). */
function mayBeRelated(fa: PartyFacts | undefined, fb: PartyFacts | undefined, a: string, b: string): boolean {
  const ka = fa ? keysOf(fa) : new Set([a]);
  const kb = fb ? keysOf(fb) : new Set([b]);
  const [small, large] = ka.size <= kb.size ? [ka, kb] : [kb, ka];
  for (const k of small) if (large.has(k)) return true;
  return false;
}

/** The strongest tie between a and b on `date`, or null when they are unrelated then. */
export function relationOn({ a, b, date, factsOf, thresholds: t }: { a: string; b: string; date: string; factsOf: FactsOf; thresholds: RelatednessThresholds }): Relation | null {
  if (a === b) return null;
  const fa = factsOf(a);
  const fb = factsOf(b);
  if (!mayBeRelated(fa, fb, a, b)) return null;
  const base = { a, b, date, offices: [] as OfficerLink[] };
  const ca = controllersOn(fa, date, t);
  const cb = controllersOn(fb, date, t);
  const aOverB = cb.get(a);
  if (aOverB) return { ...base, kind: 'control', via: a, share: aOverB[0]!.share, ownership: aOverB };
  const bOverA = ca.get(b);
  if (bOverA) return { ...base, kind: 'control', via: b, share: bOverA[0]!.share, ownership: bOverA };
  let best: { via: string; links: OwnershipLink[] } | null = null;
  for (const [owner, la] of ca) {
    const lb = cb.get(owner);
    if (lb && (!best || la.length + lb.length < best.links.length)) best = { via: owner, links: [...la, ...lb] };
  }
  if (best) return { ...base, kind: 'common_controller', via: best.via, share: null, ownership: best.links };
  const cross = directHolding(a, fb, date, t.crossHoldingShare) ?? directHolding(b, fa, date, t.crossHoldingShare);
  if (cross) return { ...base, kind: 'cross_holding', via: null, share: cross.share, ownership: [cross] };
  if (fa && fb) {
    const atB = activeOffices(fb.officers, date, t.officerRoles);
    for (const oa of activeOffices(fa.officers, date, t.officerRoles)) {
      const ob = atB.find((o) => o.person === oa.person);
      if (ob) return { ...base, kind: 'shared_officer', via: oa.person, share: null, ownership: [], offices: [oa, ob] };
    }
    const post = activeOffices(fa.posts, date, t.officerRoles).find((o) => o.org === b) ?? activeOffices(fb.posts, date, t.officerRoles).find((o) => o.org === a);
    if (post) return { ...base, kind: 'officer', via: post.person, share: null, ownership: [], offices: [post] };
  }
  return null;
}
