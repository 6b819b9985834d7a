import { describe, expect, it } from 'vitest';
import type { Evidenced } from '../../../graph/queries/licensees/licensees.ts';
import type { RawEvidence } from '../../../graph/queries/licensees/score.ts';
import { crossValidate, evaluateWeights, fitWeights, type Case } from './fit.ts';

const none: RawEvidence = {
  tech: 0, heldMatches: 0, licensedMatches: 0, textMatches: 0, citesPatent: 0, citesPatent2: 0, citedByPatent: 0,
  citedByPatent2: 0, citesLicensor: 0, coApplications: 0, sharedInventors: 0, patentInventors: 0, dealsWithLicensor: 0, licensedSubject: 0, behaviour: 0, fromUniversities: 0, sharedRegion: null, regionUnknown: false, sharedPolicies: 0,
};
const candidate = (id: string, raw: Partial<RawEvidence>): Evidenced => ({
  candidate: { id, kind: 'enterprise', name: id, nameEn: null, industry: null, regions: [], portfolio: 1 },
  raw: { ...none, ...raw },
  place: { region: null, policies: [] },
});
// Part values near 1 or 0: `tech` and `collab` saturate fully. Ties go by id, so the
// technology-only candidates ('z…') lose them.
const tech = { tech: 1000, heldMatches: 10 };
const collab = { coApplications: 1000 };
const ones = { technology: 1, citations: 1, collaboration: 1, behaviour: 1, place: 1 };

describe('licensee weight fit', () => {
  // A: the licensee collaborated; a technology-only rival passes it once technology outweighs
  // collaboration. B: a technology-only licensee behind nine candidates strong in both and two
  // collaborators, whom it passes (rank 12 → 10) once technology outweighs collaboration.
  // Technology ≤ collaboration: hit@10 0.5, MRR (1 + 1/12)/2; above: hit@10 1, MRR (1/2 + 1/10)/2.
  const a: Case = { licensee: 'a', candidates: [candidate('a', collab), candidate('zx', tech)] };
  const b: Case = {
    licensee: 'zb',
    candidates: [
      candidate('zb', tech),
      ...Array.from({ length: 9 }, (_, i) => candidate(`b${i}`, { ...tech, ...collab })),
      candidate('c0', collab),
      candidate('c1', collab),
    ],
  };

  it('fits for hit@10 by default, and for MRR when asked', () => {
    const byHit = fitWeights([a, b], ones);
    const byMrr = fitWeights([a, b], ones, { objective: 'mrr' });
    expect(byHit.quality.hitAt10).toBe(1);
    expect(byHit.weights.technology).toBeGreaterThan(byHit.weights.collaboration);
    expect(byMrr.quality.hitAt10).toBe(0.5);
    expect(byMrr.quality.mrr).toBeCloseTo((1 + 1 / 12) / 2);
    expect(evaluateWeights([a, b], byHit.weights)).toEqual(byHit.quality);
  });

  it('cross-validates on the cases each fold left out', () => {
    // Each fold fits on one A and one B and is judged on the other pair.
    const folds = [a, a, b, b];
    expect(crossValidate(folds, ones, 'hitAt10')).toMatchObject({ cases: 4, hitAt10: 1 });
    expect(crossValidate(folds, ones, 'mrr')).toMatchObject({ cases: 4, hitAt10: 0.5 });
  });
});
