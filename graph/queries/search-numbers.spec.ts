import { describe, expect, it } from 'vitest';
import { documentKey, numberKeys } from './search-numbers.ts';

describe('numberKeys', () => {
  it('reads a publication number in any case, spacing and punctuation, with or without its kind code or country', () => {
    for (const typed of ['CN118918747A', 'cn118918747a', 'CN 118918747 A', ' cn-118918747-A ']) expect(numberKeys(typed)?.ids).toContain('CN118918747A');
    expect(numberKeys('CN118918747')?.idPrefixes).toEqual(['CN118918747']);
    expect(numberKeys('US 4,322,455')?.idPrefixes).toEqual(['US4322455']);
    expect(numberKeys('US4322455B2')?.ids).toContain('US4322455B2');
    expect(numberKeys('118918747')?.idPrefixes).toEqual(['CN118918747', 'US118918747']);
    expect(numberKeys('4,322,455 A')?.ids).toEqual(['CN4322455A', 'US4322455A']);
  });

  it('reads a document number in any bracket style, and ids as typed', () => {
    const want = '国知发运字〔2021〕22号';
    for (const typed of ['国知发运字〔2021〕22号', '国知发运字[2021]22号', '国知发运字【2021】22号', '国知发运字（2021）22号', '国知发运字 (2021) 22 号', '国知发运字［2021］22号']) {
      expect(numberKeys(typed)?.docKey).toBe(want);
    }
    expect(documentKey('粤知 [2022] 1号')).toBe('粤知〔2022〕1号');
    expect(numberKeys('ENT-332395')?.ids).toEqual(['ENT-332395']);
    expect(numberKeys('pol-0001')?.ids).toEqual(['pol-0001', 'POL-0001']);
  });

  it('finds no number in words', () => {
    for (const typed of ['', '   ', 'lithium battery', '锂离子电池', '海川交通大学', 'x'.repeat(81)]) expect(numberKeys(typed)).toBeNull();
  });
});
