import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../latency.ts';
import { measure, misspell, readSample } from './org-kinds.ts';

// The converters' kinds from names on the labelled sample of real names (tests/fixtures/org-kinds):
// the shares `npm run eval -- org-kinds` printed when the rules were last changed, less a little,
// so a rule that costs many names fails here. Before the rules read other languages, typos and
// compounds: 57.2 % right as written, 45.2 % with a typo.
const share = (t: { n: number; right: number } | undefined) => (t ? t.right / t.n : 0);

describe('kinds from names on the labelled sample', () => {
  const f = measure(readSample());

  it('are right for most names as written, and with a typo in their longest word', () => {
    expect(share(f.asWritten.get('all'))).toBeGreaterThanOrEqual(0.93);
    expect(share(f.withTypo.get('all'))).toBeGreaterThanOrEqual(0.89);
  });

  it('are right for most names of every kind', () => {
    const floors: Record<string, number> = { university: 0.97, bank: 0.93, research_institute: 0.95, enterprise: 0.97, agency: 0.72 };
    for (const [kind, floor] of Object.entries(floors)) expect(share(f.asWritten.get(kind)), kind).toBeGreaterThanOrEqual(floor);
  });

  it('puts one typo in a long word, never in its first letter', () => {
    const random = seededRandom(7);
    for (const name of ['University of Minnesota', 'Raiffeisenbank Kreis Kelheim', 'Lawrence Livermore National Laboratory']) {
      const typo = misspell(name, random)!;
      expect(typo).not.toBe(name);
      expect(distance(typo, name)).toBeLessThanOrEqual(2);
      expect(typo[0]).toBe(name[0]);
    }
    expect(misspell('清华大学', random)).toBeNull();
  });
});
