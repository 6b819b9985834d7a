import { loadStatement } from '../../cypher-file.ts';
import type { Graph, PlainPath, PlainRun, QueryOptions } from '../../driver.ts';
import { SubgraphBuilder, type SubgraphView } from '../graph-elements.ts';
import { NodeNotFoundError } from '../node-by-id.ts';
import { ORG_KIND_LABEL, type OrgKind } from '../../vocabulary/index.ts';
import { similarityQuery } from './similar-text.ts';
import { classWeights, explainParts, partValues, reasonOf, scoreOf, type PartExplanation, type RawEvidence, type SubjectClass } from './score.ts';
import { BEHAVIOUR_HALF_LIFE_YEARS, DEFAULT_WEIGHTS, SPECIFICITY, type Weights } from './weights.ts';

const statement = (name: string) => loadStatement(new URL(`./${name}.cypher`, import.meta.url));
const SUBJECT = statement('subject');
const PATENT_COUNT = statement('patent-count');
const PORTFOLIO = statement('portfolio');
const HOLDER_CLASSES = statement('holder-classes');
const GATHER = statement('gather');
const FEATURES = statement('features');
const PLACE = statement('place');
const EVIDENCE = statement('evidence');

/** Bounds of every walk (see gather.cypher and features.cypher). */
export const CAPS = {
  /** The licensor's most recent patents walked for collaboration and citations. */
  holderPatentCap: 300,
  /** Patents read per inventor of the licensor's patents (storage order): one inventor of thousands costs what one of a hundred does. */
  inventorPatentCap: 100,
  /**
   * Patents sampled per IPC subgroup and main group of the subject. On the held-out licences of
   * the scale-1 evaluation, 500 gathered the licensee for 82 of 87, 1 000 for 85 (at scale 50,
   * 7 ms more of the ranking's median).
   */
  classSample: 1000,
  /** Other main groups of a subject's subclass sampled, and patents sampled from each. */
  subclassMainGroups: 10,
  subclassSample: 40,
  /**
   * The latest licences and sales from universities read for who takes them. At scale 50, 2 000
   * of them cost 20 ms of the ranking's median (read down the date index, each checked for a
   * university seller); 500 cost 5.
   */
  dealSample: 500,
  /** Who took most of them, kept as candidates. */
  dealTakers: 400,
  /** Patents read per citation generation of the subject (each way). */
  citationCap: 300,
  /** Patents read from the full-text index when the subject has no classes. */
  textSample: 200,
  /** Enterprises kept per walk. */
  perSource: 150,
  /**
   * Candidates read in full (features.cypher), the best by what the walks found. On the
   * validation licences 50, 60 and 80 gave the same hit@10 and MRR (the licensees reached only
   * by the wider cut ranked below the first page); 60 keeps a margin for filters at less cost.
   */
  scored: 60,
  /** A candidate's patents (and licensed patents) read for technology closeness. */
  portfolioCap: 40,
  /** A candidate's deals with universities read for behaviour. */
  dealCap: 100,
  /** Patents of a portfolio query ranked together. */
  portfolioPatents: 30,
} as const;

export const MAX_FIRST = 50;

/** Licensee kinds when none are asked for: companies take licences; the rest is asked for by name. */
export const DEFAULT_KINDS: readonly OrgKind[] = ['enterprise'];

export interface CandidateFilters {
  /** A region code: the candidate lies in it or below it. */
  region?: string | null;
  industry?: string | null;
  /** Bounds on the number of patents the candidate holds or held. */
  minPortfolio?: number | null;
  maxPortfolio?: number | null;
}

export interface SubjectPatent {
  id: string;
  title: string;
  titleEn: string | null;
  abstract: string | null;
}

export interface SubjectView {
  patents: SubjectPatent[];
  /** Holders of the subject patents on the reference date: the licensors. */
  holders: string[];
  /**
   * Parties that licensed a subject patent before: ranked like any other candidate (a licence is
   * renewed, widened or made exclusive), with that licence as evidence of their behaviour.
   */
  licensees: string[];
  classes: SubjectClass[];
}

export interface CandidateInfo {
  id: string;
  /** Its organization kind (enterprise, university, …). */
  kind: string;
  name: string;
  nameEn: string | null;
  industry: string | null;
  /** Its region code and those above it. */
  regions: string[];
  /** Patents it holds or held (HOLDS relationships). */
  portfolio: number;
}

export interface Evidenced {
  candidate: CandidateInfo;
  raw: RawEvidence;
  /** The shared region's code and the shared policies, for the evidence paths. */
  place: { region: string | null; policies: { policy: string; region: string }[] };
}

export interface RankedCandidate extends Evidenced {
  score: number;
  parts: PartExplanation[];
  reason: { zh: string; en: string };
  evidence: SubgraphView | null;
}

export interface Ranking {
  subject: SubjectView;
  /** Candidates reached and scored before filters and the cut to `first`. */
  considered: number;
  candidates: RankedCandidate[];
}

interface SubjectRow {
  id: string;
  title: string;
  titleEn: string | null;
  abstract: string | null;
  holders: string[];
  licensees: string[];
  classes: SubjectClass[];
}

interface FeatureRow {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  industry: string | null;
  regions: string[];
  holdings: number;
  portfolio: number;
  tech: number;
  heldMatches: number;
  licensedMatches: number;
  fromUniversities: number;
  behaviour: number;
}

interface PlaceRow {
  id: string;
  kind: string | null;
  regions: { code: string; level: string }[];
  policies: { policy: string; region: string; orgKinds: string[]; industries: string[] }[];
}

const today = () => new Date().toISOString().slice(0, 10);

export class NoPatentsError extends Error {
  constructor(
    readonly holderId: string,
    readonly ipcPrefix: string,
    /** The subclasses the holder's patents are under, most patents first: what to offer instead. */
    readonly classes: readonly { code: string; patents: number }[],
  ) {
    super(`${holderId} holds no patent under ${ipcPrefix}`);
  }
}

/** The IPC subclasses the holder's current patents are under, most patents first (at most 12). */
export async function holderClasses(graph: Graph, holderId: string, opts: QueryOptions = {}): Promise<{ code: string; patents: number }[]> {
  return graph.read<{ code: string; patents: number }>(HOLDER_CLASSES, { holderId }, opts);
}

/** The patents of a holder under an IPC prefix (most recently filed first, capped). */
export async function portfolioPatents(run: PlainRun, { holderId, ipcPrefix, asOf }: { holderId: string; ipcPrefix: string; asOf: string | null }): Promise<string[]> {
  const [row] = await run<{ patentIds: string[] }>(PORTFOLIO, { holderId, ipcPrefix, asOf, cap: CAPS.portfolioPatents });
  return row?.patentIds ?? [];
}

/**
 * Every candidate reached from the subject patents, with its raw evidence, as of `asOf` (null:
 * now). Holders of the subject are left out; its earlier licensees are candidates with that
 * licence counted. Throws NodeNotFoundError
 * for a patent id that does not exist.
 */
export async function gatherEvidence(
  run: PlainRun,
  {
    patentIds,
    asOf,
    argument = 'patentId',
    weightsForShortlist = DEFAULT_WEIGHTS,
    licensors,
    kinds = DEFAULT_KINDS,
  }: {
    patentIds: readonly string[];
    /** The organization kinds a candidate may be. */
    kinds?: readonly OrgKind[];
    asOf: string | null;
    argument?: string;
    weightsForShortlist?: Weights;
    /**
     * Whose place a candidate is compared with. A portfolio's patents have co-applicants: the
     * licensor is the holder that was asked for, not whichever co-applicant shares a city.
     * Default: every holder of the patents.
     */
    licensors?: readonly string[];
  },
): Promise<{ subject: SubjectView; candidates: Evidenced[]; gathered: string[] }> {
  const subjectRows = await run<SubjectRow>(SUBJECT, { patentIds, asOf });
  const found = new Set(subjectRows.map((r) => r.id));
  const missing = patentIds.find((id) => !found.has(id));
  if (missing !== undefined) throw new NodeNotFoundError(argument, missing);
  const subject: SubjectView = {
    patents: subjectRows.map((r) => ({ id: r.id, title: r.title, titleEn: r.titleEn, abstract: r.abstract })),
    holders: [...new Set(subjectRows.flatMap((r) => r.holders))],
    licensees: [...new Set(subjectRows.flatMap((r) => r.licensees))],
    classes: subjectRows.flatMap((r) => r.classes),
  };
  const excluded = new Set(subject.holders);
  const [{ patents } = { patents: 0 }] = await run<{ patents: number }>(PATENT_COUNT);
  const weights = classWeights(subject.classes, patents);
  const subgroups = [...new Set(subject.classes.map((c) => c.subgroup))];
  // Words stand in for classes only where a subject patent has none.
  const classless = subjectRows.filter((r) => r.classes.length === 0);

  const counts = new Map<string, Record<string, number>>();
  const gathered = await run<{ id: string; source: string; n: number }>(GATHER, {
    patentIds,
    holderIds: subject.holders,
    subgroups,
    mainGroups: [...new Set(subject.classes.map((c) => c.mainGroup))],
    subclasses: [...new Set(subject.classes.map((c) => c.subclass))],
    text: similarityQuery(classless.flatMap((r) => [r.title, r.titleEn, r.abstract])),
    kinds: kinds.map((k) => ORG_KIND_LABEL[k]),
    asOf,
    holderPatentCap: CAPS.holderPatentCap,
    inventorPatentCap: CAPS.inventorPatentCap,
    classSample: CAPS.classSample,
    subclassMainGroups: CAPS.subclassMainGroups,
    subclassSample: CAPS.subclassSample,
    citationCap: CAPS.citationCap,
    dealSample: CAPS.dealSample,
    dealTakers: CAPS.dealTakers,
    textSample: CAPS.textSample,
    perSource: CAPS.perSource,
  });
  for (const g of gathered) {
    if (excluded.has(g.id)) continue;
    const c = counts.get(g.id) ?? {};
    c[g.source] = g.n;
    counts.set(g.id, c);
  }
  if (counts.size === 0) return { subject, candidates: [], gathered: [] };
  const shortlist = preselect(counts, weightsForShortlist, CAPS.scored);

  const ref = today();
  const [features, places] = [
    await run<FeatureRow>(FEATURES, { candidates: shortlist, classWeights: weights, asOf, today: ref, portfolioCap: CAPS.portfolioCap, dealCap: CAPS.dealCap, halfLifeYears: BEHAVIOUR_HALF_LIFE_YEARS }),
    await run<PlaceRow>(PLACE, { holderIds: licensors ?? subject.holders, asOf, today: ref }),
  ];
  const candidates = features.map((f) => {
    const c = counts.get(f.id) ?? {};
    const place = placeOf(f, places);
    const raw: RawEvidence = {
      tech: f.tech,
      heldMatches: f.heldMatches,
      licensedMatches: f.licensedMatches,
      textMatches: c.similarText ?? 0,
      citesPatent: c.citesPatent ?? 0,
      citesPatent2: c.citesPatent2 ?? 0,
      citedByPatent: c.citedByPatent ?? 0,
      citedByPatent2: c.citedByPatent2 ?? 0,
      citesLicensor: c.citesLicensor ?? 0,
      coApplications: c.coApplications ?? 0,
      sharedInventors: c.sharedInventors ?? 0,
      patentInventors: c.patentInventors ?? 0,
      dealsWithLicensor: c.dealsWithLicensor ?? 0,
      licensedSubject: c.licensedSubject ?? 0,
      behaviour: f.behaviour,
      fromUniversities: f.fromUniversities,
      sharedRegion: place.level,
      regionUnknown: place.unknown,
      sharedPolicies: place.policies.length,
    };
    return {
      candidate: { id: f.id, kind: f.kind, name: f.name, nameEn: f.nameEn, industry: f.industry, regions: f.regions, portfolio: f.holdings },
      raw,
      place: { region: place.region, policies: place.policies },
    };
  });
  return { subject, candidates, gathered: [...counts.keys()] };
}

/**
 * The candidates worth reading in full: scored with what the walks alone counted (the
 * technology part from the class sample), best first, ties by id.
 */
export function preselect(counts: ReadonlyMap<string, Record<string, number>>, weights: Weights, cap: number): string[] {
  const partial = (c: Record<string, number>) =>
    scoreOf(
      partValues({
        // A sampled patent in a subgroup of the subject stands for one class match of full
        // specificity, in its main group or subclass for one of less (SPECIFICITY).
        tech: (c.classPeers ?? 0) + SPECIFICITY.mainGroup * (c.mainGroupPeers ?? 0) + SPECIFICITY.subclass * (c.subclassPeers ?? 0),
        heldMatches: 0,
        licensedMatches: 0,
        textMatches: c.similarText ?? 0,
        citesPatent: c.citesPatent ?? 0,
        citesPatent2: c.citesPatent2 ?? 0,
        citedByPatent: c.citedByPatent ?? 0,
        citedByPatent2: c.citedByPatent2 ?? 0,
        citesLicensor: c.citesLicensor ?? 0,
        coApplications: c.coApplications ?? 0,
        sharedInventors: c.sharedInventors ?? 0,
        patentInventors: c.patentInventors ?? 0,
        dealsWithLicensor: c.dealsWithLicensor ?? 0,
        licensedSubject: c.licensedSubject ?? 0,
        behaviour: 0,
        fromUniversities: 0,
        sharedRegion: null,
        regionUnknown: false,
        sharedPolicies: 0,
      }),
      weights,
    );
  return [...counts]
    .map(([id, c]) => ({ id, s: partial(c) }))
    .sort((a, b) => b.s - a.s || a.id.localeCompare(b.id))
    .slice(0, cap)
    .map((x) => x.id);
}

/** The closest region a candidate shares with a licensor, and the local policies that reach both. */
function placeOf(f: FeatureRow, licensors: readonly PlaceRow[]) {
  let level: 'city' | 'province' | null = null;
  let region: string | null = null;
  const policies = new Map<string, { policy: string; region: string }>();
  const mine = new Set(f.regions);
  for (const l of licensors) {
    for (const r of l.regions) {
      if (!mine.has(r.code)) continue;
      const shared = r.level === 'city' || r.level === 'district' ? 'city' : r.level === 'province' ? 'province' : null;
      if (shared === 'city' || (shared === 'province' && level === null)) {
        level = shared;
        region = r.code;
      }
    }
    // A policy reaches the licensor through some scope and the candidate through some scope.
    const licensorKind = l.kind ?? '';
    const reachesLicensor = new Set(l.policies.filter((s) => s.orgKinds.length === 0 || s.orgKinds.includes(licensorKind)).map((s) => s.policy));
    for (const s of l.policies) {
      if (!reachesLicensor.has(s.policy) || !mine.has(s.region)) continue;
      if (s.orgKinds.length > 0 && !s.orgKinds.includes(f.kind)) continue;
      if (s.industries.length > 0 && !(f.industry && s.industries.includes(f.industry))) continue;
      if (!policies.has(s.policy)) policies.set(s.policy, { policy: s.policy, region: s.region });
    }
  }
  // Without a region on one side nothing can be shared, and "another province" would be a guess.
  const unknown = f.regions.length === 0 || licensors.every((l) => l.regions.length === 0);
  return { level, region, unknown, policies: [...policies.values()] };
}

export function passesFilters(c: CandidateInfo, f: CandidateFilters): boolean {
  if (f.region && !c.regions.includes(f.region)) return false;
  if (f.industry && c.industry !== f.industry) return false;
  if (f.minPortfolio != null && c.portfolio < f.minPortfolio) return false;
  if (f.maxPortfolio != null && c.portfolio > f.maxPortfolio) return false;
  return true;
}

/** Scores, sorts (score, then id, so ties are stable) and filters; evidence is left for later. */
export function rankEvidence(candidates: readonly Evidenced[], weights: Weights, filters: CandidateFilters = {}, { patents = 1 }: { patents?: number } = {}): RankedCandidate[] {
  return candidates
    .filter((c) => passesFilters(c.candidate, filters))
    .map((c) => {
      const values = partValues(c.raw);
      const parts = explainParts(c.raw, values, weights, { patents });
      return { ...c, score: scoreOf(values, weights), parts, reason: reasonOf(c.raw, parts, { patents }), evidence: null };
    })
    .sort((a, b) => b.score - a.score || a.candidate.id.localeCompare(b.candidate.id));
}

/** The paths behind each candidate's parts, as one subgraph per candidate. */
async function attachEvidence(run: PlainRun, subject: SubjectView, ranked: RankedCandidate[]): Promise<void> {
  if (ranked.length === 0) return;
  const rows = await run<{ id: string; part: string; path: PlainPath }>(EVIDENCE, {
    candidates: ranked.map((r) => ({
      id: r.candidate.id,
      sharedRegion: r.place.region ?? '',
      policies: r.place.policies,
      has: {
        heldMatches: r.raw.heldMatches > 0,
        licensedMatches: r.raw.licensedMatches > 0,
        citesPatent: r.raw.citesPatent > 0,
        citedByPatent: r.raw.citedByPatent > 0,
        secondGeneration: r.raw.citesPatent2 + r.raw.citedByPatent2 > 0,
        patentInventors: r.raw.patentInventors > 0,
        citesLicensor: r.raw.citesLicensor > 0,
        coApplications: r.raw.coApplications > 0,
        sharedInventors: r.raw.sharedInventors > 0,
        dealsWithLicensor: r.raw.dealsWithLicensor > 0,
        fromUniversities: r.raw.fromUniversities > 0,
      },
    })),
    patentIds: subject.patents.map((p) => p.id),
    holderIds: subject.holders,
    subgroups: [...new Set(subject.classes.map((c) => c.subgroup))],
    mainGroups: [...new Set(subject.classes.map((c) => c.mainGroup))],
    portfolioCap: CAPS.portfolioCap,
    holderPatentCap: CAPS.holderPatentCap,
  });
  const builders = new Map(ranked.map((r) => [r.candidate.id, new SubgraphBuilder()]));
  for (const row of rows) {
    const b = builders.get(row.id);
    if (!b) continue;
    for (const n of row.path.nodes) b.addNode(n);
    for (const r of row.path.relationships) b.addRelationship(r);
  }
  for (const r of ranked) r.evidence = builders.get(r.candidate.id)!.build();
}

export type LicenseeSubject = { patentId: string } | { holderId: string; ipcPrefix: string };

export interface LicenseeQuery {
  /** One patent, or a portfolio: a holder and an IPC prefix. */
  subject: LicenseeSubject;
  first: number;
  filters?: CandidateFilters;
  /** The organization kinds a candidate may be (default DEFAULT_KINDS). */
  kinds?: readonly OrgKind[];
  weights?: Weights;
}

/**
 * The subject's patents: the one asked for, or a portfolio's (its holder's under the prefix,
 * capped). Throws NodeNotFoundError for a holder no party has, NoPatentsError for a prefix that
 * matches none of its patents; a patent id is checked by the step that reads it.
 */
export async function subjectPatentIds(run: PlainRun, subject: LicenseeSubject): Promise<{ patentIds: string[]; argument: string }> {
  if ('patentId' in subject) return { patentIds: [subject.patentId], argument: 'patentId' };
  const { holderId, ipcPrefix } = subject;
  const patentIds = await portfolioPatents(run, { holderId, ipcPrefix, asOf: null });
  if (patentIds.length === 0) {
    const [exists] = await run<{ n: number }>('MATCH (h:Party {id: $id}) RETURN count(h) AS n', { id: holderId });
    if (!exists || exists.n === 0) throw new NodeNotFoundError('holderId', holderId);
    throw new NoPatentsError(holderId, ipcPrefix, await run<{ code: string; patents: number }>(HOLDER_CLASSES, { holderId }));
  }
  return { patentIds, argument: 'holderId' };
}

/** The ranked licensee candidates with their parts, reasons and evidence subgraphs, in one read transaction. */
export async function licenseeCandidates(graph: Graph, q: LicenseeQuery, opts: QueryOptions = {}): Promise<Ranking> {
  return graph.readTx(async (run) => {
    const { patentIds, argument } = await subjectPatentIds(run, q.subject);
    const licensors = 'holderId' in q.subject ? [q.subject.holderId] : undefined;
    const { subject, candidates } = await gatherEvidence(run, { patentIds, asOf: null, argument, licensors, kinds: q.kinds });
    const ranked = rankEvidence(candidates, q.weights ?? DEFAULT_WEIGHTS, q.filters ?? {}, { patents: subject.patents.length }).slice(0, q.first);
    await attachEvidence(run, subject, ranked);
    return { subject, considered: candidates.length, candidates: ranked };
  }, opts);
}
