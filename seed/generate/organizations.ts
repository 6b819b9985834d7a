import type { OrgKind } from '../../graph/vocabulary/index.ts';
import { creditCode, type CreditCodePrefix } from './credit-code.js';
import type { CsvWriter } from '../csv-writer.js';
import { dayOf, isoOf } from './dates.js';
import { brandName, FICTIONAL_PREFIXES, UNIVERSITY_TYPES } from './names.js';
import type { Random } from './random.js';
import { COUNTRY_CODE, localities, PROVINCES, type Locality } from './regions.js';
import type { Counts } from './scale.js';
import { CLUSTER_NEIGHBOURS, CLUSTERS, clusterIndex, type Term } from './technology-clusters.js';

/** Founding day of actors whose founding is not written; they exist on every day. */
export const UNKNOWN_FOUNDING = Number.NEGATIVE_INFINITY;

/** What an enterprise is for in the generated economy. */
export type EnterpriseRole = 'operating' | 'holding' | 'shell' | 'investor';

export interface Organization {
  index: number;
  id: string;
  kind: OrgKind;
  name: string;
  nameEn: string;
  region: string;
  /** Index into PROVINCES; -1 for national bodies. */
  province: number;
  /** City code (the province code for a municipality); '' for national bodies. */
  city: string;
  industry: string;
  /** Day number; UNKNOWN_FOUNDING when not written (agencies). */
  founded: number;
  creditCode: string;
  /** Technology clusters the actor files patents in, the first being its main one. */
  clusters: number[];
  role?: EnterpriseRole;
  /** Relative patenting activity. */
  weight: number;
  /** Universities and institutes: enterprises they work with. Enterprises: the universities they work with. */
  partners: number[];
}

export interface Agencies {
  centralCommittee: number;
  stateCouncilOffice: number;
  cnipa: number;
  /** Provincial IP office by province index. */
  provincial: number[];
  /** Municipal IP office by city code. */
  municipal: Map<string, number>;
}

export interface OrganizationSet {
  orgs: Organization[];
  agencies: Agencies;
  byKind: Record<OrgKind, number[]>;
  byRole: Record<EnterpriseRole, number[]>;
  /** Operating enterprises whose clusters include each cluster. */
  enterprisesByCluster: number[][];
  /** Founding day by organization index, for hot loops (-Infinity when unknown). */
  founded: Float64Array;
}

const INDUSTRY = {
  education: '教育',
  research: '研究和试验发展',
  techService: '科技推广和应用服务业',
  business: '商务服务业',
  banking: '货币金融服务',
  capital: '资本市场服务',
  government: '国家机构',
} as const;

const INSTITUTE_FIELDS: Record<string, Term> = {
  battery: ['新能源', 'New Energy'],
  ai: ['人工智能', 'Artificial Intelligence'],
  data: ['大数据', 'Big Data'],
  pharma: ['药物', 'Drug Research'],
  bio: ['生物医药', 'Biomedicine'],
  comms: ['通信技术', 'Communication Technology'],
  ev: ['新能源汽车', 'New Energy Vehicles'],
  semi: ['集成电路', 'Integrated Circuits'],
  instr: ['精密仪器', 'Precision Instruments'],
  pv: ['光伏技术', 'Photovoltaic Technology'],
  robot: ['智能制造', 'Intelligent Manufacturing'],
};

// Which clusters a university of each type works in.
const UNIVERSITY_FOCUS: Record<string, readonly string[]> = {
  理工大学: ['battery', 'robot', 'semi', 'ev', 'instr', 'pv'],
  工业大学: ['robot', 'ev', 'battery', 'pv', 'instr'],
  科技大学: ['ai', 'data', 'comms', 'semi', 'battery'],
  大学: ['ai', 'data', 'pharma', 'bio', 'instr', 'battery'],
  医科大学: ['pharma', 'bio', 'instr'],
  交通大学: ['ev', 'comms', 'robot', 'data'],
  师范大学: ['ai', 'data', 'instr', 'bio'],
  电子科技大学: ['comms', 'semi', 'ai', 'data'],
};

const REAL_UNIVERSITY_NAMES = new Set(['江南大学']);

class LocationPicker {
  private readonly byProvince: Locality[][];
  private readonly provinceWeights: number[];

  constructor(private readonly random: Random) {
    const all = localities();
    this.byProvince = PROVINCES.map((_, p) => all.filter((l) => l.province === p));
    this.provinceWeights = PROVINCES.map((p) => p.weight);
  }

  /** A province drawn by economic weight; `clusterBias` favours provinces strong in that cluster. */
  province(clusterBias?: number): number {
    if (clusterBias === undefined) return this.random.weightedIndex(this.provinceWeights);
    const key = CLUSTERS[clusterBias]!.key;
    return this.random.weightedIndex(PROVINCES.map((p) => p.weight * (p.strengths.includes(key) ? 3 : 1)));
  }

  /** A district or city in the province; the first (capital) city is the busiest. */
  in(province: number): Locality {
    const spots = this.byProvince[province]!;
    const capitalCity = spots[0]!.city;
    const weights = spots.map((s) => (s.city === capitalCity ? 2 : 1));
    return spots[this.random.weightedIndex(weights)]!;
  }
}

/** Builds every organization; agencies first so their ids are the same at every scale. */
export function buildOrganizations(random: Random, counts: Counts): OrganizationSet {
  const orgs: Organization[] = [];
  const names = new Set<string>();
  const codes = new Set<string>();
  const where = new LocationPicker(random);

  const add = (o: Omit<Organization, 'index' | 'id' | 'creditCode' | 'partners'>, prefix?: CreditCodePrefix): Organization => {
    // Every organization gets the same fields in the same order, so hot loops see one object shape.
    const org: Organization = {
      index: orgs.length,
      id: '',
      kind: o.kind,
      name: o.name,
      nameEn: o.nameEn,
      region: o.region,
      province: o.province,
      city: o.city,
      industry: o.industry,
      founded: o.founded,
      creditCode: prefix ? creditCode(random, { prefix, regionCode: o.region, used: codes }) : '',
      clusters: o.clusters,
      role: o.role,
      weight: o.weight,
      partners: [],
    };
    names.add(o.name);
    names.add(o.nameEn);
    orgs.push(org);
    return org;
  };

  const uniqueName = (make: () => Term): Term => {
    for (let attempt = 0; ; attempt++) {
      const t = make();
      if (!names.has(t[0]) && !names.has(t[1])) return t;
      if (attempt > 200) throw new Error(`cannot find an unused name like ${t[0]}`);
    }
  };

  const national = { region: COUNTRY_CODE, province: -1, city: '', industry: INDUSTRY.government, founded: UNKNOWN_FOUNDING, clusters: [], weight: 0 };
  const agencies: Agencies = {
    centralCommittee: add({ ...national, kind: 'agency', name: '中共中央 国务院', nameEn: 'CPC Central Committee and the State Council' }).index,
    stateCouncilOffice: add({ ...national, kind: 'agency', name: '国务院办公厅', nameEn: 'General Office of the State Council' }).index,
    cnipa: add({ ...national, kind: 'agency', name: '国家知识产权局', nameEn: 'China National Intellectual Property Administration (CNIPA)' }).index,
    provincial: [],
    municipal: new Map(),
  };
  PROVINCES.forEach((p, province) => {
    const municipality = p.cities.length === 0;
    const en = municipality ? `${p.nameEn} Municipal Intellectual Property Administration` : `${p.nameEn.replace(/ Province$/, '')} Provincial Intellectual Property Administration`;
    agencies.provincial.push(
      add({ kind: 'agency', name: `${p.name}知识产权局`, nameEn: en, region: p.code, province, city: p.code, industry: INDUSTRY.government, founded: UNKNOWN_FOUNDING, clusters: [], weight: 0 }).index,
    );
  });
  PROVINCES.forEach((p, province) => {
    for (const c of p.cities) {
      const org = add({
        kind: 'agency',
        name: `${c.name}知识产权局`,
        nameEn: `${c.nameEn} Municipal Intellectual Property Administration`,
        region: c.code,
        province,
        city: c.code,
        industry: INDUSTRY.government,
        founded: UNKNOWN_FOUNDING,
        clusters: [],
        weight: 0,
      });
      agencies.municipal.set(c.code, org.index);
    }
  });

  const dayIn = (fromYear: number, toYear: number): number => dayOf(random.int(fromYear, toYear), random.int(1, 12), random.int(1, 28));

  for (let i = 0; i < counts.universities; i++) {
    const [type, typeEn] = random.pick(UNIVERSITY_TYPES);
    const [name, nameEn] = uniqueName(() => {
      for (;;) {
        const [p, pe] = random.pick(FICTIONAL_PREFIXES);
        if (!REAL_UNIVERSITY_NAMES.has(p + type)) return [p + type, `${pe} ${typeEn}`];
      }
    });
    const focus = UNIVERSITY_FOCUS[type]!.map(clusterIndex);
    const clusters = random.sample(focus, random.int(2, Math.min(4, focus.length)));
    const loc = where.in(where.province());
    add(
      { kind: 'university', name, nameEn, region: loc.code, province: loc.province, city: loc.city, industry: INDUSTRY.education, founded: dayIn(1902, 1992), clusters, weight: 30 * random.pareto(1.6) },
      '12',
    );
  }

  for (let i = 0; i < counts.institutes; i++) {
    const main = random.below(CLUSTERS.length);
    const [field, fieldEn] = INSTITUTE_FIELDS[CLUSTERS[main]!.key]!;
    const suffix = random.chance(0.6) ? (['研究院', 'Research Institute'] as const) : (['研究所', 'Institute'] as const);
    const [name, nameEn] = uniqueName(() => {
      const [p, pe] = random.pick(FICTIONAL_PREFIXES);
      return [`${p}${field}${suffix[0]}`, `${pe} ${suffix[1]} of ${fieldEn}`];
    });
    const clusters = random.chance(0.5) ? [main, random.pick(CLUSTER_NEIGHBOURS[main]!)] : [main];
    const loc = where.in(where.province(main));
    add(
      { kind: 'research_institute', name, nameEn, region: loc.code, province: loc.province, city: loc.city, industry: INDUSTRY.research, founded: dayIn(1958, 2018), clusters, weight: 12 * random.pareto(1.8) },
      '12',
    );
  }

  const companyName = (loc: Locality, brand: Term, word: Term, form: 'ltd' | 'joint'): Term => {
    const zh = `${loc.cityShort}${brand[0]}${word[0]}${form === 'ltd' ? '有限公司' : '股份有限公司'}`;
    const en = `${loc.cityShortEn} ${brand[1]} ${word[1]} Co., Ltd.`;
    return [zh, en];
  };
  const nonAgencyStart = orgs.length;

  for (let i = 0; i < counts.platforms; i++) {
    const loc = where.in(where.province());
    const [name, nameEn] = uniqueName(() => companyName(loc, brandName(random), ['知识产权运营中心', 'Intellectual Property Operation Center'], 'ltd'));
    add({ kind: 'platform', name, nameEn, region: loc.code, province: loc.province, city: loc.city, industry: INDUSTRY.techService, founded: dayIn(2014, 2020), clusters: [], weight: 0 }, '91');
  }

  const serviceKinds: readonly Term[] = [
    ['知识产权代理', 'Intellectual Property Agency'],
    ['资产评估', 'Asset Appraisal'],
    ['专利代理', 'Patent Agency'],
    ['科技咨询', 'Technology Consulting'],
  ];
  for (let i = 0; i < counts.serviceOrgs; i++) {
    const loc = where.in(where.province());
    const word = random.pick(serviceKinds);
    const [name, nameEn] = uniqueName(() => companyName(loc, brandName(random), word, 'ltd'));
    add({ kind: 'service_org', name, nameEn, region: loc.code, province: loc.province, city: loc.city, industry: INDUSTRY.business, founded: dayIn(2000, 2019), clusters: [], weight: 0 }, '91');
  }

  const bankBrands = random.sample(FICTIONAL_PREFIXES, Math.max(3, Math.min(FICTIONAL_PREFIXES.length, Math.ceil(counts.banks / 6))));
  for (let i = 0; i < counts.banks; i++) {
    const [b, be] = bankBrands[i % bankBrands.length]!;
    let loc = where.in(where.province());
    for (let tries = 0; names.has(`${b}银行股份有限公司${loc.cityShort}分行`) && tries < 50; tries++) loc = where.in(where.province());
    const [name, nameEn] = uniqueName(() => [`${b}银行股份有限公司${loc.cityShort}分行`, `${be} Bank Co., Ltd. ${loc.cityShortEn} Branch`]);
    add({ kind: 'bank', name, nameEn, region: loc.code, province: loc.province, city: loc.city, industry: INDUSTRY.banking, founded: dayIn(1996, 2012), clusters: [], weight: 0 }, '91');
  }

  const holdings = counts.groups;
  const shells = Math.round(counts.groups * 1.5);
  const investors = Math.max(2, Math.round(counts.enterprises * 0.03));
  const operating = Math.max(10, counts.enterprises - holdings - shells - investors);
  for (let i = 0; i < operating; i++) {
    const main = random.below(CLUSTERS.length);
    const cluster = CLUSTERS[main]!;
    const loc = where.in(where.province(main));
    const word = random.pick(cluster.companyWords);
    const [name, nameEn] = uniqueName(() => companyName(loc, brandName(random), word, random.chance(0.2) ? 'joint' : 'ltd'));
    const clusters = random.chance(0.3) ? [main, random.pick(CLUSTER_NEIGHBOURS[main]!)] : [main];
    // Most companies behind today's patents were founded before the filing window opened.
    const founded = random.chance(0.8) ? dayIn(1993, 2011) : dayIn(2012, 2021);
    add(
      { kind: 'enterprise', role: 'operating', name, nameEn, region: loc.code, province: loc.province, city: loc.city, industry: cluster.industry, founded, clusters, weight: random.pareto(1.15) },
      '91',
    );
  }
  for (let i = 0; i < holdings; i++) {
    const loc = where.in(where.province());
    const [name, nameEn] = uniqueName(() => companyName(loc, brandName(random), ['控股集团', 'Holding Group'], 'ltd'));
    add({ kind: 'enterprise', role: 'holding', name, nameEn, region: loc.code, province: loc.province, city: loc.city, industry: INDUSTRY.business, founded: dayIn(1998, 2010), clusters: [], weight: 0 }, '91');
  }
  const shellWords: readonly Term[] = [
    ['科技发展', 'Technology Development'],
    ['企业管理咨询', 'Enterprise Management Consulting'],
    ['商贸', 'Trading'],
    ['技术服务', 'Technical Services'],
    ['实业', 'Industrial'],
  ];
  for (let i = 0; i < shells; i++) {
    const loc = where.in(where.province());
    const word = random.pick(shellWords);
    const [name, nameEn] = uniqueName(() => companyName(loc, brandName(random), word, 'ltd'));
    const industry = word[0] === '商贸' ? '批发业' : word[0] === '企业管理咨询' ? INDUSTRY.business : INDUSTRY.techService;
    add({ kind: 'enterprise', role: 'shell', name, nameEn, region: loc.code, province: loc.province, city: loc.city, industry, founded: dayIn(2003, 2016), clusters: [], weight: 0 }, '91');
  }
  for (let i = 0; i < investors; i++) {
    const loc = where.in(where.province());
    const [name, nameEn] = uniqueName(() => companyName(loc, brandName(random), ['创业投资', 'Venture Capital'], 'ltd'));
    add({ kind: 'enterprise', role: 'investor', name, nameEn, region: loc.code, province: loc.province, city: loc.city, industry: INDUSTRY.capital, founded: dayIn(2000, 2012), clusters: [], weight: 0 }, '91');
  }

  // Ids are handed out in shuffled order so an id range says nothing about an actor's role.
  const rest = orgs.slice(nonAgencyStart);
  random.shuffle(rest);
  const ordered = [...orgs.slice(0, nonAgencyStart), ...rest];
  const remap = new Int32Array(orgs.length);
  ordered.forEach((o, i) => {
    remap[o.index] = i;
    o.index = i;
    o.id = `ORG-${String(i + 1).padStart(6, '0')}`;
  });
  agencies.centralCommittee = remap[agencies.centralCommittee]!;
  agencies.stateCouncilOffice = remap[agencies.stateCouncilOffice]!;
  agencies.cnipa = remap[agencies.cnipa]!;
  agencies.provincial = agencies.provincial.map((i) => remap[i]!);
  for (const [k, v] of agencies.municipal) agencies.municipal.set(k, remap[v]!);

  const byKind = { university: [], enterprise: [], research_institute: [], agency: [], platform: [], service_org: [], bank: [] } as Record<OrgKind, number[]>;
  const byRole = { operating: [], holding: [], shell: [], investor: [] } as Record<EnterpriseRole, number[]>;
  const enterprisesByCluster: number[][] = CLUSTERS.map(() => []);
  for (const o of ordered) {
    byKind[o.kind].push(o.index);
    if (o.role) byRole[o.role].push(o.index);
    if (o.role === 'operating') for (const c of o.clusters) enterprisesByCluster[c]!.push(o.index);
  }

  linkPartners(random, ordered, byKind, enterprisesByCluster);
  const founded = Float64Array.from(ordered, (o) => o.founded);
  return { orgs: ordered, agencies, byKind, byRole, enterprisesByCluster, founded };
}

/** Each university or institute works with a few enterprises of its clusters, mostly nearby. */
function linkPartners(random: Random, orgs: Organization[], byKind: Record<OrgKind, number[]>, byCluster: number[][]): void {
  for (const u of [...byKind.university, ...byKind.research_institute]) {
    const uni = orgs[u]!;
    const wanted = uni.kind === 'university' ? random.int(3, 8) : random.int(1, 4);
    const chosen = new Set<number>();
    for (let tries = 0; chosen.size < wanted && tries < wanted * 20; tries++) {
      const pool = byCluster[random.pick(uni.clusters)]!;
      if (pool.length === 0) continue;
      const e = random.pick(pool);
      if (orgs[e]!.province !== uni.province && random.chance(0.6)) continue;
      chosen.add(e);
    }
    for (const e of chosen) {
      uni.partners.push(e);
      orgs[e]!.partners.push(u);
    }
  }
}

export function writeOrganizations(writer: CsvWriter, orgs: readonly Organization[]): void {
  for (const o of orgs) {
    writer.row([o.id, o.kind, o.name, o.nameEn, o.region, o.industry, Number.isFinite(o.founded) ? isoOf(o.founded) : '', o.creditCode]);
  }
}
