import { describe, expect, it } from 'vitest';
import { industryLabel, industryNameOf, matchIndustries, resolveIndustry, type IndustryChoice } from './industry-match.ts';

const CHOICES: IndustryChoice[] = [
  { name: '计算机、通信和其他电子设备制造业', nameEn: 'Manufacture of computers, communication and other electronic equipment', code: '39', organizations: 142 },
  { name: '软件和信息技术服务业', nameEn: 'Software and information technology services', code: '65', organizations: 146 },
  { name: '医药制造业', nameEn: 'Manufacture of medicines', code: '27', organizations: 77 },
  { name: '光伏', nameEn: null, code: null, organizations: 2 },
];
const names = (list: IndustryChoice[]) => list.map((c) => c.name);

describe('the industry filter’s choices', () => {
  it('are found by a part of either name, or the code, in any case and width', () => {
    expect(names(matchIndustries(CHOICES, '软件'))).toEqual(['软件和信息技术服务业']);
    expect(names(matchIndustries(CHOICES, 'SOFTWARE'))).toEqual(['软件和信息技术服务业']);
    expect(names(matchIndustries(CHOICES, 'ｍａｎｕｆａｃｔｕｒｅ'))).toEqual(['计算机、通信和其他电子设备制造业', '医药制造业']);
    expect(names(matchIndustries(CHOICES, '27'))).toEqual(['医药制造业']);
    expect(names(matchIndustries(CHOICES, '制造业'))).toEqual(['计算机、通信和其他电子设备制造业', '医药制造业']);
    expect(matchIndustries(CHOICES, '')).toHaveLength(4);
    expect(matchIndustries(CHOICES, '不存在')).toEqual([]);
  });

  it('put a name that starts with the text first', () => {
    expect(names(matchIndustries(CHOICES, 'm'))[0]).toBe('计算机、通信和其他电子设备制造业');
    expect(names(matchIndustries(CHOICES, 'med'))).toEqual(['医药制造业']);
  });

  it('read typed text as the one industry it names or matches, or none', () => {
    expect(resolveIndustry(CHOICES, 'software and information technology services')?.name).toBe('软件和信息技术服务业');
    expect(resolveIndustry(CHOICES, '医药')?.name).toBe('医药制造业');
    expect(resolveIndustry(CHOICES, '制造')).toBeNull();
    expect(resolveIndustry(CHOICES, '  ')).toBeNull();
  });

  it('are named in the page’s language, the data’s name when there is no English one', () => {
    expect(industryLabel(CHOICES[2]!, 'en')).toBe('Manufacture of medicines');
    expect(industryLabel(CHOICES[2]!, 'zh')).toBe('医药制造业');
    expect(industryNameOf('光伏', CHOICES, 'en')).toBe('光伏');
    expect(industryNameOf('未知', CHOICES, 'en')).toBe('未知');
    expect(industryNameOf('', CHOICES, 'en')).toBe('');
  });
});
