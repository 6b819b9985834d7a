import { describe, expect, it } from 'vitest';
import { chineseQuery, englishQuery, escapeLucene, MAX_SEARCH_WORDS, searchWords, snippetOf } from './search-text.ts';

describe('searchWords', () => {
  it('splits Han runs from other words and lower-cases the latter', () => {
    expect(searchWords('锂离子电池 Battery-Pack AI芯片 G06N 3/08')).toEqual({ han: ['锂离子电池', '芯片'], latin: ['battery', 'pack', 'ai', 'g06n', '3', '08'] });
  });

  it('drops every Lucene operator and syntax character', () => {
    expect(searchWords('+-&&||!(){}[]^"~*?:\\/')).toEqual({ han: [], latin: [] });
    expect(searchWords('title:智图 AND (x OR y)~2 NOT z^3')).toEqual({ han: ['智图'], latin: ['title', 'and', 'x', 'or', 'y', '2', 'not', 'z', '3'] });
  });

  it('folds full-width forms and keeps at most a dozen words', () => {
    expect(searchWords('ＡＢＣ１２３').latin).toEqual(['abc123']);
    const many = searchWords(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '));
    expect(many.latin).toHaveLength(MAX_SEARCH_WORDS);
  });
});

describe('Lucene queries', () => {
  it('asks the Chinese index for phrases, bigrams, and a single character at either end of a bigram', () => {
    expect(chineseQuery({ han: ['电池', '芯'], latin: ['ai'] })).toBe('("电池"^2 OR 电池) OR (芯 OR 芯* OR *芯) OR (ai OR ai*)');
    expect(chineseQuery({ han: [], latin: [] })).toBeNull();
  });

  it('asks the English index for each word and the words it begins', () => {
    expect(englishQuery({ han: ['电池'], latin: ['batter', 'and'] })).toBe('(batter OR batter*) OR (and OR and*)');
    expect(englishQuery({ han: ['电池'], latin: [] })).toBeNull();
  });

  it('escapes syntax characters as a second fence', () => {
    expect(escapeLucene('a+b(c)*?:"\\/')).toBe('a\\+b\\(c\\)\\*\\?\\:\\"\\\\\\/');
  });
});

describe('snippetOf', () => {
  it('keeps short text whole and centres long text on the first word found', () => {
    expect(snippetOf('电池包托盘', ['电池'])).toBe('电池包托盘');
    const long = `${'前'.repeat(80)}锂离子电池${'后'.repeat(80)}`;
    const s = snippetOf(long, ['电池'], 20);
    expect(s).toContain('电池');
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect(s.length).toBe(22);
    expect(snippetOf('x'.repeat(100), ['nothing'], 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
