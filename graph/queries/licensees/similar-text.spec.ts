import { describe, expect, it } from 'vitest';
import { MAX_TEXT_WORDS, similarityQuery } from './similar-text.ts';

describe('similarityQuery', () => {
  it('keeps the words of titles and abstract, in both scripts, once each', () => {
    expect(similarityQuery(['锂离子电池正极材料', 'Cathode material for lithium-ion batteries', 'Cathode coating'])).toBe(
      '锂离子电池正极材料 cathode material for lithium ion batteries coating',
    );
  });

  it('lets no Lucene operator through: brackets, quotes, wildcards and AND/OR/NOT are gone or words', () => {
    const q = similarityQuery(['A (B) "C" D* AND OR NOT title:x \\ ~2 ^3 [a TO b]']);
    expect(q).toBe('and or not title to');
    expect(q).not.toMatch(/[()"*:\\~^[\]]/);
  });

  it('is empty for a patent without words, and bounded for a long abstract', () => {
    expect(similarityQuery([null, '', '—', undefined])).toBe('');
    const long = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ');
    expect(similarityQuery([long]).split(' ')).toHaveLength(MAX_TEXT_WORDS);
  });
});
