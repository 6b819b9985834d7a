import type { CsvWriter } from '../csv-writer.js';

export type RegionLevel = 'country' | 'province' | 'city' | 'district';

export interface Region {
  code: string;
  name: string;
  nameEn: string;
  level: RegionLevel;
  parent?: string;
}

/**
 * The country has no GB/T 2260 code; it is written `CN` (ISO 3166-1), which cannot collide with
 * a six-digit administrative code.
 */
export const COUNTRY_CODE = 'CN';

interface ProvinceSpec {
  code: string;
  name: string;
  nameEn: string;
  /** Share of the actors located in the province. */
  weight: number;
  /** Technology clusters the province is strong in. */
  strengths: readonly string[];
  /** Cities (or, for the municipalities, nothing) with their districts. */
  cities: readonly { code: string; name: string; nameEn: string; districts: readonly (readonly [string, string, string])[] }[];
  /** Districts directly under a municipality. */
  districts?: readonly (readonly [string, string, string])[];
}

// GB/T 2260 codes and names of a handful of provinces, cities and districts.
export const PROVINCES: readonly ProvinceSpec[] = [
  {
    code: '110000',
    name: '北京市',
    nameEn: 'Beijing',
    weight: 0.15,
    strengths: ['ai', 'data', 'bio', 'pharma', 'semi'],
    cities: [],
    districts: [
      ['110108', '海淀区', 'Haidian District'],
      ['110105', '朝阳区', 'Chaoyang District'],
      ['110114', '昌平区', 'Changping District'],
      ['110115', '大兴区', 'Daxing District'],
    ],
  },
  {
    code: '310000',
    name: '上海市',
    nameEn: 'Shanghai',
    weight: 0.12,
    strengths: ['pharma', 'bio', 'semi', 'ai', 'ev'],
    cities: [],
    districts: [
      ['310115', '浦东新区', 'Pudong New Area'],
      ['310104', '徐汇区', 'Xuhui District'],
      ['310112', '闵行区', 'Minhang District'],
      ['310110', '杨浦区', 'Yangpu District'],
    ],
  },
  {
    code: '320000',
    name: '江苏省',
    nameEn: 'Jiangsu Province',
    weight: 0.18,
    strengths: ['pv', 'battery', 'pharma', 'semi', 'robot'],
    cities: [
      {
        code: '320100',
        name: '南京市',
        nameEn: 'Nanjing',
        districts: [
          ['320102', '玄武区', 'Xuanwu District'],
          ['320113', '栖霞区', 'Qixia District'],
          ['320115', '江宁区', 'Jiangning District'],
        ],
      },
      {
        code: '320500',
        name: '苏州市',
        nameEn: 'Suzhou',
        districts: [
          ['320505', '虎丘区', 'Huqiu District'],
          ['320506', '吴中区', 'Wuzhong District'],
          ['320508', '姑苏区', 'Gusu District'],
        ],
      },
      { code: '320200', name: '无锡市', nameEn: 'Wuxi', districts: [] },
      { code: '320400', name: '常州市', nameEn: 'Changzhou', districts: [] },
    ],
  },
  {
    code: '330000',
    name: '浙江省',
    nameEn: 'Zhejiang Province',
    weight: 0.14,
    strengths: ['data', 'robot', 'pharma', 'comms', 'ev'],
    cities: [
      {
        code: '330100',
        name: '杭州市',
        nameEn: 'Hangzhou',
        districts: [
          ['330106', '西湖区', 'Xihu District'],
          ['330108', '滨江区', 'Binjiang District'],
          ['330110', '余杭区', 'Yuhang District'],
        ],
      },
      { code: '330200', name: '宁波市', nameEn: 'Ningbo', districts: [] },
    ],
  },
  {
    code: '440000',
    name: '广东省',
    nameEn: 'Guangdong Province',
    weight: 0.22,
    strengths: ['comms', 'battery', 'ev', 'ai', 'robot'],
    cities: [
      {
        code: '440100',
        name: '广州市',
        nameEn: 'Guangzhou',
        districts: [
          ['440106', '天河区', 'Tianhe District'],
          ['440112', '黄埔区', 'Huangpu District'],
        ],
      },
      {
        code: '440300',
        name: '深圳市',
        nameEn: 'Shenzhen',
        districts: [
          ['440304', '福田区', 'Futian District'],
          ['440305', '南山区', 'Nanshan District'],
          ['440306', '宝安区', "Bao'an District"],
          ['440307', '龙岗区', 'Longgang District'],
        ],
      },
      { code: '440600', name: '佛山市', nameEn: 'Foshan', districts: [] },
      { code: '441900', name: '东莞市', nameEn: 'Dongguan', districts: [] },
    ],
  },
  {
    code: '510000',
    name: '四川省',
    nameEn: 'Sichuan Province',
    weight: 0.09,
    strengths: ['semi', 'comms', 'pharma', 'instr'],
    cities: [
      {
        code: '510100',
        name: '成都市',
        nameEn: 'Chengdu',
        districts: [
          ['510104', '锦江区', 'Jinjiang District'],
          ['510107', '武侯区', 'Wuhou District'],
          ['510116', '双流区', 'Shuangliu District'],
        ],
      },
      { code: '510700', name: '绵阳市', nameEn: 'Mianyang', districts: [] },
    ],
  },
  {
    code: '420000',
    name: '湖北省',
    nameEn: 'Hubei Province',
    weight: 0.1,
    strengths: ['comms', 'instr', 'bio', 'ev'],
    cities: [
      {
        code: '420100',
        name: '武汉市',
        nameEn: 'Wuhan',
        districts: [
          ['420106', '武昌区', 'Wuchang District'],
          ['420111', '洪山区', 'Hongshan District'],
        ],
      },
    ],
  },
];

export function allRegions(): Region[] {
  const out: Region[] = [{ code: COUNTRY_CODE, name: '中华人民共和国', nameEn: "People's Republic of China", level: 'country' }];
  for (const p of PROVINCES) {
    out.push({ code: p.code, name: p.name, nameEn: p.nameEn, level: 'province', parent: COUNTRY_CODE });
    for (const [code, name, nameEn] of p.districts ?? []) out.push({ code, name, nameEn, level: 'district', parent: p.code });
    for (const c of p.cities) {
      out.push({ code: c.code, name: c.name, nameEn: c.nameEn, level: 'city', parent: p.code });
      for (const [code, name, nameEn] of c.districts) out.push({ code, name, nameEn, level: 'district', parent: c.code });
    }
  }
  return out;
}

/**
 * Places where an actor can be located: every district, and cities without listed districts.
 * `province` is the index into PROVINCES; `city` the city code, or the province code for a municipality.
 */
export interface Locality {
  code: string;
  province: number;
  city: string;
  /** Chinese short name used in company names, e.g. 苏州 / Suzhou. */
  cityShort: string;
  cityShortEn: string;
}

function shortName(name: string): string {
  return name.replace(/(市|省)$/, '');
}

export function localities(): Locality[] {
  const out: Locality[] = [];
  PROVINCES.forEach((p, province) => {
    for (const [code] of p.districts ?? []) {
      out.push({ code, province, city: p.code, cityShort: shortName(p.name), cityShortEn: p.nameEn });
    }
    for (const c of p.cities) {
      const spots = c.districts.length > 0 ? c.districts.map(([code]) => code) : [c.code];
      for (const code of spots) out.push({ code, province, city: c.code, cityShort: shortName(c.name), cityShortEn: c.nameEn });
    }
  });
  return out;
}

export function writeRegions(writer: CsvWriter): void {
  for (const r of allRegions()) writer.row([r.code, r.name, r.nameEn, r.level, r.parent ?? '']);
}
