import { get } from 'svelte/store';
import { _, locale } from 'svelte-i18n';
import { beforeAll, describe, expect, it } from 'vitest';
import './i18n/index.ts';
import { industryName, scopeWords, shortPolicyTitle, type ScopeParts } from './policy-words.ts';

type T = Parameters<typeof scopeWords>[2];
const t: Record<'zh' | 'en', T> = { zh: (() => '') as T, en: (() => '') as T };
beforeAll(() => {
  locale.set('zh-CN');
  const format = get(_);
  t.zh = ((id, o) => format(id, { ...o, locale: 'zh-CN' })) as T;
  t.en = ((id, o) => format(id, { ...o, locale: 'en' })) as T;
});

const region = (name: string, nameEn: string, level = 'province') => ({ name, nameEn, properties: { level } });
const CN = region('中华人民共和国', "People's Republic of China", 'country');
const GD = region('广东省', 'Guangdong Province');
const SZ = region('苏州市', 'Suzhou', 'city');
const scope = (parts: Partial<ScopeParts>): ScopeParts => ({ regions: [], orgKinds: [], industries: [], ipcPrefixes: [], organizations: [], ...parts });
const both = (s: ScopeParts) => [scopeWords(s, 'zh', t.zh), scopeWords(s, 'en', t.en)];

describe('scopeWords', () => {
  it('reads a scope by who it covers and where, the country as nationwide', () => {
    expect(both(scope({ regions: [GD], orgKinds: ['university'] }))).toEqual(['广东省高校', 'Universities in Guangdong Province']);
    expect(both(scope({ regions: [CN], orgKinds: ['enterprise'] }))).toEqual(['全国企业', 'Enterprises nationwide']);
    expect(both(scope({ regions: [CN] }))).toEqual(['全国所有单位', 'All organizations nationwide']);
    expect(both(scope({ regions: [GD] }))).toEqual(['广东省所有单位', 'All organizations in Guangdong Province']);
    expect(both(scope({ orgKinds: ['research_institute'] }))).toEqual(['全部科研院所', 'All research institutes']);
    expect(both(scope({}))).toEqual(['所有单位', 'All organizations']);
  });

  it('says the industry in the page language, and the IPC classes held', () => {
    expect(both(scope({ regions: [GD], orgKinds: ['enterprise'], industries: ['软件和信息技术服务业'] }))).toEqual([
      '广东省软件和信息技术服务业企业',
      'Enterprises in Guangdong Province in software and information technology services',
    ]);
    expect(both(scope({ regions: [SZ], orgKinds: ['enterprise'], ipcPrefixes: ['H01M'] }))).toEqual(['苏州市持有 IPC H01M 专利的企业', 'Enterprises in Suzhou holding patents under IPC H01M']);
    expect(both(scope({ regions: [GD], ipcPrefixes: ['H04L'] }))).toEqual(['广东省持有 IPC H04L 专利的单位', 'Organizations in Guangdong Province holding patents under IPC H04L']);
    expect(industryName('医药制造业', 'en')).toBe('pharmaceutical manufacturing');
    expect(industryName('半导体', 'en')).toBe('半导体');
  });

  it('names the organizations a programme lists', () => {
    expect(both(scope({ organizations: [{ name: '星河大学', nameEn: 'Xinghe University' }] }))).toEqual(['政策点名的单位：星河大学', 'Named by the policy: Xinghe University']);
  });
});

describe('shortPolicyTitle', () => {
  const policy = (name: string, nameEn: string | null, docNumber = '') => ({ name, nameEn, properties: { doc_number: docNumber } });
  it('keeps the place and the kind of document, or the number, or the start of the title', () => {
    const gd = policy('广东省知识产权局关于促进和规范知识产权运营工作的实施意见', 'Guangdong Province Implementing Opinions on Promoting and Regulating IP Operations');
    expect([shortPolicyTitle(gd, 'zh'), shortPolicyTitle(gd, 'en')]).toEqual(['广东省实施意见', 'Guangdong Implementing Opinions']);
    const old = policy('江苏省知识产权运营服务体系建设实施方案（2018—2020年）', 'Jiangsu Province Implementation Plan for Building the IP Operation Service System (2018–2020)');
    expect([shortPolicyTitle(old, 'zh'), shortPolicyTitle(old, 'en')]).toEqual(['江苏省实施方案（2018—2020年）', 'Jiangsu Implementation Plan (2018–2020)']);
    const city = policy('苏州市知识产权运营资金管理办法', 'Suzhou Measures for the Management of IP Operation Funds');
    expect([shortPolicyTitle(city, 'zh'), shortPolicyTitle(city, 'en')]).toEqual(['苏州市管理办法', 'Suzhou Measures']);
    const notice = policy('关于促进和规范知识产权运营工作的通知', 'Notice on Promoting and Regulating IP Operations', '国知发运字〔2021〕22号');
    expect([shortPolicyTitle(notice, 'zh'), shortPolicyTitle(notice, 'en')]).toEqual(['国知发运字〔2021〕22号', 'Notice on Promoting and Regulating…']);
    expect(shortPolicyTitle(policy('广东省专利权质押融资管理办法', null), 'en')).toBe('广东省专利权质押融资管理办法');
    expect(shortPolicyTitle(policy('关于修改《江苏省专利权质押融资管理办法》的决定', null), 'zh')).toBe('修改《江苏省专利权质押融资…');
  });
});
