import { describe, expect, it } from 'vitest';
import type { LicenseeSubjectQuery } from '../../lib/api/generated/graphql.ts';
import { subjectOf } from './finder-lookups.ts';

type Hit = LicenseeSubjectQuery['search'][number];
const hit = (over: Partial<Hit>): Hit => ({
  id: 'CN1B',
  kind: 'patent',
  name: '语音识别方法',
  nameEn: 'Speech recognition method',
  exact: true,
  matchedBy: 'NUMBER',
  holder: '万松大学',
  holderEn: 'Wansong University',
  otherHolders: 0,
  patentKind: 'invention',
  date: '2008-01-02',
  dateKind: 'FILED',
  docNumber: null,
  level: null,
  region: null,
  regionEn: null,
  importance: null,
  ...over,
});

describe('the chosen patent or holder, from the id in the URL', () => {
  it('is the exact search hit, with what its row says beside the name', () => {
    const s = subjectOf('CN1B', { search: [hit({ id: 'CN1A', exact: false }), hit({})], entity: null });
    expect(s).toMatchObject({ id: 'CN1B', kind: 'patent', name: '语音识别方法', nameEn: 'Speech recognition method' });
    expect(s!.context).toMatchObject({ holder: '万松大学', date: '2008-01-02', dateKind: 'FILED', patentKind: 'invention' });
    expect(s!.context).not.toHaveProperty('id');
  });

  it('is the node of that id when search has no exact hit, and nothing when neither knows it', () => {
    const node = { id: 'ORG-1', kind: 'university', name: '万松大学', nameEn: null };
    expect(subjectOf('ORG-1', { search: [hit({ id: 'ORG-2', exact: false })], entity: { node } })).toEqual({ ...node, context: null });
    expect(subjectOf('ORG-9', { search: [], entity: null })).toBeNull();
  });
});
