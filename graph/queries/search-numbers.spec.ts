import { describe, expect, it } from 'vitest';
import { documentKey, documentPattern, numberKeys } from './search-numbers.ts';

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

  it('reads a part of a document number: the number with 号, the bracketed year and number, the issuer and number', () => {
    // As Cypher's =~ reads the pattern: the whole stored number must match.
    const finds = (typed: string, stored: string) => new RegExp(`^(?:${documentPattern(typed)})$`, 'u').test(documentKey(stored));
    const notice = '国知发运字〔2021〕22号';
    for (const typed of ['22号', '第22号', '〔2021〕22', '[2021]22号', '【2021】22', '（2021）22号', '［2021］ 22', '(2021) 22', '〔2021〕', '国知发运字22号', '国知发运字 22 号', '国知发运字〔2021〕', '运字〔2021〕22号', '2021年22号', '[2021] No. 22', 'No.22', '２２号', notice]) {
      expect(finds(typed, notice), typed).toBe(true);
    }
    // Stored in another bracket style, or with the year written out.
    expect(finds('22号', '国知发运字[2021]22号')).toBe(true);
    expect(finds('〔2021〕22', '国知发运字 (2021) 22 号')).toBe(true);
    expect(finds('国知发运字22号', '国知发运字2021年第22号')).toBe(true);
    // A whole number only, and the parts in their places.
    for (const typed of ['2号', '122号', '〔2021〕2', '〔2021〕221', '〔2022〕22', '国知发22号', '粤知〔2021〕22号', '国知发运字〔2021〕23号']) {
      expect(finds(typed, notice), typed).toBe(false);
    }
    expect(finds('22号', '国知发运字〔2021〕122号')).toBe(false);
    expect(numberKeys('22号')).toMatchObject({ ids: [], idPrefixes: [], docKey: null });
    expect(numberKeys('〔2021〕22')?.docKey).toBe('〔2021〕22');
  });

  it('reads no document number where none is typed: a bare number, a year, a word', () => {
    for (const typed of ['22', '2021年', '国知发运字', '知识产权运营', '第号', 'No.', '〔21〕22号']) expect(documentPattern(typed), typed).toBeNull();
  });

  it('finds no number in words', () => {
    for (const typed of ['', '   ', 'lithium battery', '锂离子电池', '海川交通大学', 'x'.repeat(81)]) expect(numberKeys(typed)).toBeNull();
  });
});
