import type { CoverageDimension, PolicyLinkKind } from '../../graph/vocabulary/index.ts';
import type { CsvWriter } from '../csv-writer.js';
import { dayOf, dayOfIso, isoOf } from './dates.js';
import { FACTOR_MARKET_OPINIONS, MARKET_ECONOMY_OPINIONS, OPERATIONS_NOTICE, PATENT_TRANSFORMATION_PLAN, type ProvisionText, type RealPolicy } from './notice-2021.js';
import type { OrganizationSet } from './organizations.js';
import type { Random } from './random.js';
import { COUNTRY_CODE, PROVINCES } from './regions.js';
import { CLUSTERS } from './technology-clusters.js';

type Level = 'national' | 'provincial' | 'municipal';
type Condition = readonly [CoverageDimension, string];

interface Policy {
  id: string;
  title: string;
  titleEn: string;
  docNumber: string;
  issuer: number;
  issued: number;
  effective: number;
  /** -1 when open-ended. */
  expires: number;
  level: Level;
  summary: string;
  provisions: ProvisionText[];
  links: { to: Policy; kind: PolicyLinkKind }[];
  /** OR of scopes, each an AND of conditions. */
  scopes: Condition[][];
}

export interface PolicyWriters {
  policies: CsvWriter;
  provisions: CsvWriter;
  links: CsvWriter;
  coverage: CsvWriter;
}

// Local policies are invented for the demo; the summary says so, since their issuers are real offices.
const FICTIONAL = '（演示数据：虚构的地方政策）';

const PROVINCIAL_PROVISIONS = (place: string): ProvisionText[] => [
  { title: '激励高校院所专利转化', text: `支持${place}高校和科研机构通过许可、转让、作价入股等方式向企业转移转化专利，对登记的转化项目给予奖励。`, category: '促进运营' },
  { title: '推进知识产权质押融资', text: '鼓励银行业金融机构扩大知识产权质押融资规模，对符合条件的企业给予贴息支持。', category: '促进运营' },
  { title: '加强运营平台管理', text: '知识产权运营平台应当建立交易主体审查制度，核实交易当事人背景，防范利用关联交易和虚假交易牟利。', category: '规范管理' },
  { title: '加强交易信息监测', text: '建立专利转让、许可和质押交易信息监测机制，对短期内频繁转让、价格异常上涨后随即质押的交易开展核查。', category: '规范管理' },
  { title: '强化工作保障', text: '各市知识产权管理部门应当明确责任分工，定期报送运营工作进展和绩效。', category: '工作保障' },
];

/** The policy corpus: the real notice, its upstream and a later national plan, then local ones that implement them. */
export function buildPolicies(random: Random, set: OrganizationSet): Policy[] {
  const { orgs, agencies } = set;
  const policies: Policy[] = [];
  const add = (p: Omit<Policy, 'id' | 'links'> & { links?: Policy['links'] }): Policy => {
    const policy: Policy = { ...p, id: `POL-${String(policies.length + 1).padStart(4, '0')}`, links: p.links ?? [] };
    policies.push(policy);
    return policy;
  };
  const real = (r: RealPolicy, issuer: number, scopes: Condition[][], links: Policy['links'] = []): Policy =>
    add({
      title: r.title,
      titleEn: r.titleEn,
      docNumber: r.docNumber,
      issuer,
      issued: dayOfIso(r.issued),
      effective: dayOfIso(r.effective),
      expires: r.expires ? dayOfIso(r.expires) : -1,
      level: 'national',
      summary: r.summary,
      provisions: r.provisions,
      scopes,
      links,
    });
  const dayBetween = (from: number, to: number): number => from + random.below(to - from + 1);

  const everyone: Condition[][] = [[['region', COUNTRY_CODE]]];
  const factor = real(FACTOR_MARKET_OPINIONS, agencies.centralCommittee, everyone);
  const economy = real(MARKET_ECONOMY_OPINIONS, agencies.centralCommittee, everyone);
  const nationwide = (kind: string): Condition[] => [
    ['region', COUNTRY_CODE],
    ['org_kind', kind],
  ];
  const notice = real(
    OPERATIONS_NOTICE,
    agencies.cnipa,
    ['agency', 'platform', 'service_org', 'university', 'research_institute', 'enterprise'].map(nationwide),
    [
      { to: factor, kind: 'cites' },
      { to: economy, kind: 'cites' },
    ],
  );
  const plan = real(PATENT_TRANSFORMATION_PLAN, agencies.stateCouncilOffice, [[['org_kind', 'university']], [['org_kind', 'research_institute']]]);

  const provincialNew = new Map<number, Policy>();
  PROVINCES.forEach((prov, p) => {
    const issuer = agencies.provincial[p]!;
    const office = orgs[issuer]!.name;
    const place = prov.name;
    const strength = CLUSTERS.find((c) => c.key === prov.strengths[0])!;
    const links: Policy['links'] = [{ to: notice, kind: 'implements' }];
    if (['320000', '330000', '440000', '510000'].includes(prov.code)) {
      const issued = dayBetween(dayOf(2018, 3, 1), dayOf(2018, 9, 30));
      const old = add({
        title: `${place}知识产权运营服务体系建设实施方案（2018—2020年）`,
        titleEn: `${prov.nameEn} Implementation Plan for Building the IP Operation Service System (2018–2020)`,
        docNumber: '',
        issuer,
        issued,
        effective: issued,
        expires: dayOf(2021, 1, 1),
        level: 'provincial',
        summary: `${place}2018—2020年知识产权运营服务体系建设的目标与任务。${FICTIONAL}`,
        provisions: PROVINCIAL_PROVISIONS(place).slice(0, 2),
        scopes: [[['region', prov.code]]],
      });
      links.push({ to: old, kind: 'supersedes' });
    }
    const issued = dayBetween(dayOf(2021, 10, 1), dayOf(2022, 6, 30));
    provincialNew.set(
      p,
      add({
        title: `${office}关于促进和规范知识产权运营工作的实施意见`,
        titleEn: `${prov.nameEn} Implementing Opinions on Promoting and Regulating IP Operations`,
        docNumber: '',
        issuer,
        issued,
        effective: issued + random.int(0, 30),
        expires: -1,
        level: 'provincial',
        summary: `落实国家知识产权局关于促进和规范知识产权运营工作的通知，结合${place}实际提出的实施意见。${FICTIONAL}`,
        provisions: PROVINCIAL_PROVISIONS(place),
        scopes: [
          [['region', prov.code], ['org_kind', 'university']],
          [['region', prov.code], ['org_kind', 'research_institute']],
          [['region', prov.code], ['org_kind', 'platform']],
          [['region', prov.code], ['org_kind', 'enterprise'], ['industry', strength.industry]],
          [['region', prov.code], ['ipc', strength.ipc[0]!.slice(0, 4)]],
        ],
        links,
      }),
    );
    if (['320000', '440000', '420000'].includes(prov.code)) {
      const pIssued = dayBetween(dayOf(2019, 1, 1), dayOf(2020, 12, 31));
      const title = `${place}专利权质押融资管理办法`;
      const pledgeRules = add({
        title,
        titleEn: `${prov.nameEn} Measures for the Administration of Patent Pledge Financing`,
        docNumber: '',
        issuer,
        issued: pIssued,
        effective: pIssued + 30,
        expires: -1,
        level: 'provincial',
        summary: `规范${place}专利权质押融资的登记、评估、贴息和风险补偿。${FICTIONAL}`,
        provisions: [
          { title: '质押登记', text: '专利权质押应当依法办理质押登记，质权人为依法设立的银行业金融机构。', category: '促进运营' },
          { title: '贴息与风险补偿', text: '对按期还款的企业给予贷款贴息，对银行发生的坏账损失给予一定比例的风险补偿。', category: '促进运营' },
          { title: '评估管理', text: '质押专利应当由具备资质的评估机构评估，评估报告作为授信参考。', category: '规范管理' },
        ],
        scopes: [
          [['region', prov.code], ['org_kind', 'enterprise']],
          [['region', prov.code], ['org_kind', 'bank']],
        ],
        links: [{ to: factor, kind: 'cites' }],
      });
      const aIssued = dayBetween(dayOf(2024, 1, 1), dayOf(2024, 12, 31));
      add({
        title: `关于修改《${title}》的决定`,
        titleEn: `Decision on Amending the ${prov.nameEn} Measures for the Administration of Patent Pledge Financing`,
        docNumber: '',
        issuer,
        issued: aIssued,
        effective: aIssued,
        expires: -1,
        level: 'provincial',
        summary: `提高质押融资风险补偿比例，增加对关联交易后质押的审查要求。${FICTIONAL}`,
        provisions: [{ title: '增加关联交易审查', text: '质权人应当审查出质专利近一年内的转让记录，对关联方之间价格明显偏高的转让予以重点核查。', category: '规范管理' }],
        scopes: [[['region', prov.code], ['org_kind', 'bank']]],
        links: [{ to: pledgeRules, kind: 'amends' }],
      });
    }
    if (['440000', '330000'].includes(prov.code)) {
      // Issued but not yet in force on the data's "today".
      const fIssued = dayBetween(dayOf(2026, 9, 1), dayOf(2026, 10, 31));
      add({
        title: `${place}高价值专利转化运用促进办法`,
        titleEn: `${prov.nameEn} Measures for Promoting the Use of High-value Patents`,
        docNumber: '',
        issuer,
        issued: fIssued,
        effective: dayOf(2027, 1, 1),
        expires: -1,
        level: 'provincial',
        summary: `推动${place}高校存量专利向中小企业转化实施。${FICTIONAL}`,
        provisions: [{ title: '存量专利盘活', text: '高校和科研机构应当每年梳理存量专利，对具有市场前景的专利开展推广对接。', category: '促进运营' }],
        scopes: [
          [['region', prov.code], ['org_kind', 'university']],
          [['region', prov.code], ['ipc', 'G06N']],
        ],
        links: [{ to: plan, kind: 'implements' }],
      });
    }
  });

  const keyCities = ['320100', '320500', '330100', '330200', '440100', '440300', '510100', '420100'];
  for (const cityCode of keyCities) {
    const issuer = agencies.municipal.get(cityCode);
    if (issuer === undefined) continue;
    const agency = orgs[issuer]!;
    const parent = provincialNew.get(agency.province)!;
    const cityName = agency.name.replace(/知识产权局$/, '');
    const issued = dayBetween(dayOf(2022, 3, 1), dayOf(2023, 6, 30));
    // A named programme: the city's biggest filers, by name.
    const named = orgs
      .filter((o) => o.city === cityCode && (o.kind === 'university' || o.role === 'operating'))
      .sort((a, b) => b.weight - a.weight || a.index - b.index)
      .slice(0, 3);
    add({
      title: `${cityName}知识产权运营资金管理办法`,
      titleEn: `${agency.nameEn.replace(/ Municipal Intellectual Property Administration$/, '')} Measures for the Management of IP Operation Funds`,
      docNumber: '',
      issuer,
      issued,
      effective: issued + random.int(0, 20),
      expires: cityCode === '320500' || cityCode === '510100' ? dayOf(2025, 12, 31) : -1,
      level: 'municipal',
      summary: `规范${cityName}知识产权运营资金的申报、拨付和绩效评价，确定重点培育单位。${FICTIONAL}`,
      provisions: [
        { title: '资金用途', text: '运营资金用于支持运营平台建设、专利转化项目和知识产权质押融资贴息。', category: '规范管理' },
        { title: '绩效评价', text: '对使用运营资金的项目开展年度绩效评价，评价结果与后续资金安排挂钩。', category: '工作保障' },
        { title: '重点培育单位', text: '对列入名单的重点培育单位给予专利转化和运营服务优先支持。', category: '促进运营' },
      ],
      scopes: [
        [['region', cityCode], ['org_kind', 'platform']],
        [['region', cityCode], ['org_kind', 'service_org']],
        ...named.map((o): Condition[] => [['org', o.id]]),
      ],
      links: [{ to: parent, kind: 'implements' }],
    });
    if (cityCode === '320500' || cityCode === '440300') {
      const rIssued = dayBetween(dayOf(2024, 2, 1), dayOf(2024, 11, 30));
      const focus = cityCode === '320500' ? 'H01M' : 'H04L';
      add({
        title: `${cityName}高校专利转化奖励实施细则`,
        titleEn: `${agency.nameEn.replace(/ Municipal Intellectual Property Administration$/, '')} Rules on Rewards for University Patent Transfers`,
        docNumber: '',
        issuer,
        issued: rIssued,
        effective: rIssued + 15,
        expires: -1,
        level: 'municipal',
        summary: `对向本市企业许可或转让专利的高校及受让企业给予奖励。${FICTIONAL}`,
        provisions: [
          { title: '高校奖励', text: '高校向本市企业许可或转让专利的，按技术合同成交额给予一定比例奖励。', category: '促进运营' },
          { title: '企业奖励', text: '本市企业受让或获得高校专利许可并实施的，给予资助。', category: '促进运营' },
        ],
        scopes: [
          [['region', cityCode], ['org_kind', 'university']],
          [['region', cityCode], ['org_kind', 'enterprise'], ['ipc', focus]],
        ],
        links: [{ to: parent, kind: 'implements' }],
      });
    }
  }
  return policies;
}

export function writePolicies(out: PolicyWriters, policies: readonly Policy[], set: OrganizationSet): void {
  for (const p of policies) {
    out.policies.row([
      p.id,
      p.title,
      p.docNumber,
      p.titleEn,
      set.orgs[p.issuer]!.id,
      isoOf(p.issued),
      isoOf(p.effective),
      p.expires >= 0 ? isoOf(p.expires) : '',
      p.level,
      p.summary,
    ]);
    p.provisions.forEach((v, i) => out.provisions.row([p.id, String(i + 1), v.title, v.text, v.category]));
    for (const l of p.links) out.links.row([p.id, l.to.id, l.kind]);
    p.scopes.forEach((scope, i) => {
      for (const [dimension, value] of scope) out.coverage.row([p.id, `s${i + 1}`, dimension, value]);
    });
  }
}
