import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../lib/api/fragments.ts';
import { MESSAGES } from '../../lib/i18n/messages.ts';
import { describeNode, type EvidenceContext, type Translate } from './node-facts.ts';

// A candidate's evidence as the API draws it: the subject patent held by a university, a licence
// from it to the candidate, places up to the city.

const node = (id: string, kind: string, name: string, nameEn: string | null, properties: Record<string, unknown> = {}): GraphNode => ({ id, kind, labels: [], name, nameEn, properties });
const edge = (type: string, source: string, target: string): GraphEdge => ({ id: `${type}:${source}->${target}`, type, source, target, properties: {} });

const NODES = [
  node('CN1B', 'patent', '语音识别方法', 'Speech recognition method', { kind: 'invention', status: 'active', filed: '2008-01-02', granted: '2009-05-07', ipc: ['G06N 3/08', 'G06F 16/2455'] }),
  node('U', 'university', '万松大学', 'Wansong University', { industry: '教育', founded: '1965-01-10', region_code: '510107' }),
  node('E', 'enterprise', '信芯公司', 'Xinxin Co.', { industry: '软件和信息技术服务业', region_code: '510104' }),
  node('TX', 'transaction', 'license 2025-09-18', null, { kind: 'license', license_type: 'exclusive', date: '2025-09-18', amount_cny: 579000 }),
  node('D', 'region', '武侯区', 'Wuhou District', { level: 'district' }),
  node('C', 'region', '成都市', 'Chengdu', { level: 'city' }),
  node('G', 'ipc_class', 'G06N 3/08', null, { level: 'subgroup' }),
];
const EDGES = [
  edge('HOLDS', 'U', 'CN1B'),
  edge('CLASSIFIED_AS', 'CN1B', 'G'),
  edge('FROM_PARTY', 'TX', 'U'),
  edge('TO_PARTY', 'TX', 'E'),
  edge('OF_PATENT', 'TX', 'CN1B'),
  edge('LOCATED_IN', 'U', 'D'),
  edge('PART_OF', 'D', 'C'),
];

/** svelte-i18n's lookup, reduced: the message with its values put in, else the key. */
function translator(lang: 'zh' | 'en'): Translate {
  return (key, values = {}) => {
    const found = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], MESSAGES[lang]);
    if (typeof found !== 'string') return key;
    return found.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
  };
}

const ctx = (lang: 'zh' | 'en'): EvidenceContext => ({
  nodes: NODES,
  edges: EDGES,
  lang,
  t: translator(lang),
  industryName: (v) => (lang === 'en' && v === '教育' ? 'Education' : v),
  candidate: { id: 'E', rank: 3, portfolio: 49 },
  subjectId: 'CN1B',
});
const facts = (id: string, lang: 'zh' | 'en') => Object.fromEntries(describeNode(NODES.find((n) => n.id === id)!, ctx(lang)).facts.map((f) => [f.label, f.value]));

describe('a node of the evidence, in words', () => {
  it('says what the subject patent is: kind, status, dates, classes and holder, in the page’s language', () => {
    const zh = describeNode(NODES[0]!, ctx('zh'));
    expect(zh).toMatchObject({ kind: '专利', name: '语音识别方法', otherName: 'Speech recognition method', role: '推荐对象：本专利' });
    expect(facts('CN1B', 'zh')).toEqual({ 类型: '发明专利', 状态: '有效', 申请日: '2008-01-02', 授权日: '2009-05-07', IPC: 'G06N 3/08、G06F 16/2455', 权利人: '万松大学' });
    expect(facts('CN1B', 'en')).toMatchObject({ IPC: 'G06N 3/08, G06F 16/2455', 'Held by': 'Wansong University' });
    // The holding is told among the facts, not again among the ties.
    expect(zh.ties).toEqual([
      { relation: '分类为', direction: 'out', other: 'G06N 3/08' },
      { relation: '涉及专利', direction: 'in', other: '许可 2025-09-18' },
    ]);
  });

  it('places an organization as each language writes a place, its industry named in the language', () => {
    expect(facts('U', 'zh')).toEqual({ 行业: '教育', 所在地: '成都市武侯区', 成立日期: '1965-01-10' });
    expect(facts('U', 'en')).toMatchObject({ Industry: 'Education', 'Located in': 'Wuhou District, Chengdu' });
    expect(describeNode(NODES[2]!, ctx('en')).role).toBe('Candidate ranked 3');
    expect(facts('E', 'zh')['持有专利']).toBe('49 件专利');
  });

  it('names a licence’s parties by their role in it, and its amount as money', () => {
    const tx = describeNode(NODES[3]!, ctx('zh'));
    expect(tx).toMatchObject({ kind: '许可', name: '许可 2025-09-18', otherName: null });
    expect(facts('TX', 'zh')).toMatchObject({ 许可类型: '独占许可', 许可方: '万松大学', 被许可方: '信芯公司', 涉及专利: '语音识别方法' });
    expect(facts('TX', 'en')).toMatchObject({ Licensor: 'Wansong University', Licensee: 'Xinxin Co.', Amount: 'CN¥579,000' });
  });

  it('reads the data’s keys for classes and regions as words', () => {
    expect(facts('G', 'zh')).toEqual({ 分类层级: '小组' });
    expect(facts('D', 'en')).toEqual({ Level: 'District', Within: 'Chengdu' });
  });
});
