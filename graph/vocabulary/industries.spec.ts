import { describe, expect, it } from 'vitest';
import { industryByName, industryValue, INDUSTRIES } from './industries.ts';

describe('industries', () => {
  it('lists the 97 major groups of GB/T 4754-2017 once each, every one with an English name', () => {
    expect(INDUSTRIES).toHaveLength(97);
    expect(new Set(INDUSTRIES.map((i) => i.code)).size).toBe(97);
    expect(new Set(INDUSTRIES.map((i) => i.name)).size).toBe(97);
    expect(new Set(INDUSTRIES.map((i) => i.nameEn.toLowerCase())).size).toBe(97);
    expect(INDUSTRIES.every((i) => /^\d{2}$/.test(i.code) && i.nameEn.trim() !== '')).toBe(true);
  });

  it('names the data’s value in English', () => {
    expect(industryByName('软件和信息技术服务业')?.nameEn).toBe('Software and information technology services');
    expect(industryByName('不是行业')).toBeNull();
  });

  it('reads a code, or a name in either language, as the data’s value; anything else as typed', () => {
    expect(industryValue('65')).toBe('软件和信息技术服务业');
    expect(industryValue('  software and INFORMATION technology services ')).toBe('软件和信息技术服务业');
    expect(industryValue('医药制造业')).toBe('医药制造业');
    expect(industryValue(' 光伏 ')).toBe('光伏');
  });
});
