import type { Graph } from '../../graph/driver.ts';
import { loadCypher } from '../../graph/cypher-file.ts';
import type { KnownIds } from '../validate.ts';
import { holderTimeline, type HolderSegment, type TimelineInput } from './holder-timeline.ts';

const STORED_TRANSACTIONS = loadCypher(new URL('./cypher/stored-transactions.cypher', import.meta.url));

export interface CreatedSegment extends HolderSegment {
  patent: string;
}

/**
 * Which patents' holder timelines an import changes, and what they are made of. A patent the
 * import creates has every fact of its timeline in the bundle (nothing stored can name it), so its
 * timeline is derived here as the rows go by; a patent already stored has facts in the database
 * too, so its timeline is derived from there afterwards (deriveHolders). Either way the work
 * grows with the bundle, not with the graph.
 */
export class TimelineFacts {
  private readonly created = new Map<string, TimelineInput>();
  readonly stored = new Set<string>();

  constructor(
    private readonly graph: Graph,
    private readonly known: KnownIds,
  ) {}

  /** Before a batch of patents is written: returns which of them the database has already. */
  async patents(rows: { id: string; filed: string | null }[]): Promise<Set<string>> {
    const there = await this.known.find('patent', rows.map((r) => r.id));
    for (const r of rows) {
      if (there.has(r.id)) this.stored.add(r.id);
      else this.created.set(r.id, { filed: r.filed, applicants: [], assignments: [] });
    }
    return new Set(there.keys());
  }

  applicant(patentId: string, holderId: string): void {
    const facts = this.created.get(patentId);
    if (facts) facts.applicants.push(holderId);
    else this.stored.add(patentId);
  }

  /**
   * Before a batch of transactions is written: returns which of them the database has already.
   * Assignments stored now may be rewritten to name other patents, or none.
   */
  async transactions(rows: { id: string; kind: string; date: string | null; to_id: string | null; patent_ids: string[] }[]): Promise<Set<string>> {
    const before = await this.graph.read<{ id: string; patents: string[] }>(STORED_TRANSACTIONS, { ids: rows.map((r) => r.id) }, { timeoutMs: 120_000 });
    for (const t of before) for (const pid of t.patents) this.stored.add(pid);
    for (const t of rows) {
      if (t.kind !== 'assignment') continue;
      for (const pid of t.patent_ids) {
        const facts = this.created.get(pid);
        if (facts) facts.assignments.push({ id: t.id, date: t.date!, to: t.to_id! });
        else this.stored.add(pid);
      }
    }
    return new Set(before.map((t) => t.id));
  }

  /** The HOLDS segments of the patents this import created. */
  *createdSegments(): Generator<CreatedSegment> {
    for (const [patent, facts] of this.created) for (const s of holderTimeline(facts)) yield { patent, ...s };
  }
}
