import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../i18n/messages.ts';
import { contextParts, type ContextFields, type Translate } from './hit-context.ts';

/** The app's own messages with their `{name}` placeholders filled (plurals as their `other` form). */
function translator(lang: 'zh' | 'en'): Translate {
  return (key, values = {}) => {
    let node: unknown = MESSAGES[lang];
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'string') return key;
    return node
      .replace(/\{(\w+), plural,[^{]*\{[^}]*\}\s*other \{([^}]*)\}\}/g, (_, name: string, other: string) => other.replace('#', String(values[name])))
      .replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
  };
}

const base: ContextFields = {
  kind: 'patent',
  matchedBy: 'TEXT',
  holder: null,
  holderEn: null,
  otherHolders: 0,
  patentKind: null,
  date: null,
  dateKind: null,
  docNumber: null,
  level: null,
  region: null,
  regionEn: null,
  importance: null,
};

const line = (hit: Partial<ContextFields>, lang: 'zh' | 'en') => contextParts({ ...base, ...hit }, lang, translator(lang));

describe('contextParts', () => {
  it('a patent: holder in the reader’s language, date and kind in words', () => {
    const patent = { holder: '钱塘理工大学', holderEn: 'Qiantang University of Technology', patentKind: 'utility_model', date: '2021-05-20', dateKind: 'FILED' as const };
    expect(line(patent, 'zh').map((p) => p.text)).toEqual(['钱塘理工大学', '申请日 2021-05-20', '实用新型']);
    expect(line(patent, 'en').map((p) => p.text)).toEqual(['Qiantang University of Technology', 'filed 2021-05-20', 'Utility model']);
    expect(line({ ...patent, otherHolders: 2 }, 'en')[0]?.text).toBe('Qiantang University of Technology and 2 others');
  });

  it('marks the holder a patent was found through, and says nothing of a holder it may not name', () => {
    expect(line({ holder: '海川交通大学', matchedBy: 'HOLDER' }, 'zh')[0]).toEqual({ text: '海川交通大学', matched: true });
    expect(line({ patentKind: 'invention' }, 'zh')).toEqual([{ text: '发明专利' }]);
  });

  it('a policy: document number, issue date, level', () => {
    const policy = { kind: 'policy', docNumber: '国知发运字〔2021〕22号', date: '2021-07-31', dateKind: 'ISSUED' as const, level: 'national' };
    expect(line(policy, 'zh').map((p) => p.text)).toEqual(['国知发运字〔2021〕22号', '发布日 2021-07-31', '国家级']);
    expect(line(policy, 'en').map((p) => p.text)).toEqual(['国知发运字〔2021〕22号', 'issued 2021-07-31', 'National']);
  });

  it('an organization: kind and region; anything else: its kind; never a raw value', () => {
    expect(line({ kind: 'university', region: '杭州市', regionEn: 'Hangzhou' }, 'en').map((p) => p.text)).toEqual(['University', 'Hangzhou']);
    expect(line({ kind: 'bank' }, 'zh').map((p) => p.text)).toEqual(['银行']);
    expect(line({ kind: 'region' }, 'en').map((p) => p.text)).toEqual(['Region']);
    expect(line({ patentKind: 'plant' }, 'en')).toEqual([]);
  });

  it('an organization: how active it is, what search ranked it by, so namesakes stand apart', () => {
    expect(line({ kind: 'enterprise', region: '深圳市', regionEn: 'Shenzhen', importance: 23961 }, 'en').map((p) => p.text)).toEqual(['Enterprise', 'Shenzhen', '23961 patents and trades']);
    expect(line({ kind: 'enterprise', importance: 12 }, 'zh').map((p) => p.text)).toEqual(['企业', '12 件专利与交易']);
    // Nothing held or traded, or found by its number alone: nothing said.
    expect(line({ kind: 'enterprise', importance: 0 }, 'en').map((p) => p.text)).toEqual(['Enterprise']);
    expect(line({ kind: 'enterprise', importance: null }, 'en').map((p) => p.text)).toEqual(['Enterprise']);
  });
});
