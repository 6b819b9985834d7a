import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages.ts';
import { asLang, pickLang } from './index.ts';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]!).sort();
}

const { en, zh } = MESSAGES;

describe('the two languages', () => {
  it('have the same messages', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it('use the same placeholders in each message', () => {
    const get = (o: object, k: string) => k.split('.').reduce<unknown>((x, p) => (x as Record<string, unknown>)[p], o) as string;
    for (const k of keys(en)) expect(placeholders(get(zh, k)), k).toEqual(placeholders(get(en, k)));
  });

  it('write Chinese with full-width punctuation on the licensee finder (专利：, （CSV）)', () => {
    const strings = (o: unknown): string[] => (typeof o === 'string' ? [o] : Object.values(o as object).flatMap(strings));
    // A half-width mark beside a Chinese character (a space between allowed), outside ICU syntax.
    const halfWidth = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef] ?[,:;()?!]|[,:;()?!] ?[\u3400-\u9fff]/;
    const offending = [...strings(zh.licensees), ...strings(zh.jobs)].filter((s) => halfWidth.test(s.replace(/\{\w+, (plural|select),/g, '')));
    expect(offending).toEqual([]);
  });

  it('picks the cookie, then the browser preference, then Chinese', () => {
    expect(pickLang({ cookie: 'en', acceptLanguage: 'zh-CN' })).toBe('en');
    expect(pickLang({ cookie: 'fr', acceptLanguage: 'de-DE,en-US;q=0.8' })).toBe('en');
    expect(pickLang({ acceptLanguage: 'zh-TW,zh;q=0.9' })).toBe('zh');
    expect(pickLang({})).toBe('zh');
    expect(asLang('en-US')).toBe('en');
    expect(asLang(null)).toBe('zh');
  });
});
