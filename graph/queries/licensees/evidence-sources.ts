import { loadStatement } from '../../cypher-file.ts';
import type { Graph, PlainRun, QueryOptions } from '../../driver.ts';
import { NodeNotFoundError } from '../node-by-id.ts';
import { subjectPatentIds, type LicenseeSubject } from './licensees.ts';
import type { Part } from './weights.ts';

// Which kinds of evidence a ranking could use and which the data lacks, so the answer says what
// it could not weigh: a ranking without citations is not the same claim as one with them.

const SOURCES = loadStatement(new URL('./evidence-sources.cypher', import.meta.url));

export const EVIDENCE_KINDS = ['classes', 'text', 'citations', 'inventors', 'deals', 'region', 'policies'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Where a kind of evidence is missing: in the whole database, or in these patents and their holders. */
export type MissingIn = 'database' | 'subject';

export interface EvidenceSource {
  evidence: EvidenceKind;
  /** The score part it feeds. */
  part: Part;
  /** Whether the ranking could draw on it for this subject. */
  available: boolean;
  /** Null when available. */
  missingIn: MissingIn | null;
}

interface Row {
  found: number;
  classified: number;
  cites: number;
  invented: number;
  deals: number;
  located: number;
  regionScopes: number;
  patentClasses: number;
  patentCitations: number;
  patentInventors: number;
  patentTexts: number;
  holderRegions: number;
}

const PART: Record<EvidenceKind, Part> = {
  classes: 'technology',
  text: 'technology',
  citations: 'citations',
  inventors: 'collaboration',
  deals: 'behaviour',
  region: 'place',
  policies: 'place',
};

/** Each kind of evidence, whether the subject has it, and where it is missing. */
export function evidenceSourcesOf(r: Row): EvidenceSource[] {
  // Text stands in for classes only where the patents have none (gather.cypher), so it is
  // "missing" only when neither is there.
  const has: Record<EvidenceKind, [inDatabase: boolean, inSubject: boolean]> = {
    classes: [r.classified > 0, r.patentClasses > 0],
    text: [true, r.patentTexts > 0],
    citations: [r.cites > 0, r.patentCitations > 0],
    inventors: [r.invented > 0, r.patentInventors > 0],
    deals: [r.deals > 0, true],
    region: [r.located > 0, r.holderRegions > 0],
    policies: [r.regionScopes > 0, r.holderRegions > 0],
  };
  return Object.entries(has).map(([evidence, [inDatabase, inSubject]]) => ({
    evidence: evidence as EvidenceKind,
    part: PART[evidence as EvidenceKind],
    available: inDatabase && inSubject,
    missingIn: !inDatabase ? 'database' : !inSubject ? 'subject' : null,
  }));
}

async function sourcesOfPatents(run: PlainRun, patentIds: readonly string[], argument: string): Promise<EvidenceSource[]> {
  const [row] = await run<Row>(SOURCES, { patentIds });
  if (!row || row.found < patentIds.length) throw new NodeNotFoundError(argument, patentIds[0] ?? '');
  return evidenceSourcesOf(row);
}

/** The evidence sources of a licensee ranking's subject (errors as licenseeCandidates throws them). */
export async function licenseeEvidenceSources(graph: Graph, subject: LicenseeSubject, opts: QueryOptions = {}): Promise<EvidenceSource[]> {
  return graph.readTx(async (run) => {
    const { patentIds, argument } = await subjectPatentIds(run, subject);
    return sourcesOfPatents(run, patentIds, argument);
  }, opts);
}
