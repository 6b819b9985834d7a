import { describe, expect, it } from 'vitest';
import { needsDatabase } from './needs-database.ts';

describe('which requests read Neo4j', () => {
  it('is every operation with a root field beyond session and introspection', () => {
    expect(needsDatabase({ query: '{ stats { nodes } }' })).toBe(true);
    expect(needsDatabase({ query: '{ session { user } stats { nodes } }' })).toBe(true);
    expect(needsDatabase({ query: 'query { ...F } fragment F on Query { search(text: "x") { id } }' })).toBe(true);
    expect(needsDatabase({ query: 'query { ... on Query { entity(id: "P1") { node { id } } } }' })).toBe(true);
  });

  it('is not session, __typename or introspection, nor a body Apollo will refuse anyway', () => {
    expect(needsDatabase({ query: '{ session { user role } }' })).toBe(false);
    expect(needsDatabase({ query: '{ __typename }' })).toBe(false);
    expect(needsDatabase({ query: '{ __schema { types { name } } }' })).toBe(false);
    expect(needsDatabase({ query: 'query { ...A } fragment A on Query { ...A __typename }' })).toBe(false);
    expect(needsDatabase({ query: '{ stats {' })).toBe(false);
    expect(needsDatabase(undefined)).toBe(false);
    expect(needsDatabase({ query: 42 })).toBe(false);
  });
});
