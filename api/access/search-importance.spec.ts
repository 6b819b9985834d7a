import { describe, expect, it } from 'vitest';
import { IMPORTANCE } from '../../graph/queries/search-importance.ts';
import { ROLES, visibilityOf } from './roles.ts';

// Search ranks a hit by its relevance weighed with what importance counts. Were a count to include
// a relationship some role that sees the hit may not see, that role's ranking would move with it:
// two namesakes' order would tell a viewer which one has (say) more shareholders.
describe('what search counts as importance', () => {
  it('is seen by every role that sees the hit', () => {
    for (const role of ROLES) {
      const hidden = visibilityOf(role);
      for (const [label, counts] of Object.entries(IMPORTANCE)) {
        if (hidden.hiddenLabels.includes(label)) continue;
        for (const { type } of counts) expect(hidden.hiddenRelTypes, `${role} sees ${label} but not ${type}`).not.toContain(type);
      }
    }
  });
});
