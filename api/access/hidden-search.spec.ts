import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNT_INDEXES } from '../../graph/queries/search.ts';
import { ROLES, visibilityOf } from './roles.ts';

describe('what search leaves out', () => {
  it('can be counted for every label a role hides: each has full-text indexes of its own in graph/schema.cypher', () => {
    const schema = readFileSync(new URL('../../graph/schema.cypher', import.meta.url), 'utf8');
    const hidden = new Set(ROLES.flatMap((role) => visibilityOf(role).hiddenLabels));
    expect(hidden.size).toBeGreaterThan(0);
    for (const label of hidden) {
      const indexes = COUNT_INDEXES[label];
      expect(indexes, label).toBeDefined();
      for (const name of [indexes!.zh, indexes!.en]) expect(schema, name).toMatch(new RegExp(`CREATE FULLTEXT INDEX ${name} IF NOT EXISTS\\s+FOR \\(n:${label}\\)`));
    }
  });
});
