// The real national policies the demo data starts from (see shared/seed-policy.md), restated as data.

export interface ProvisionText {
  title: string;
  text: string;
  category: string;
}

export interface RealPolicy {
  title: string;
  titleEn: string;
  docNumber: string;
  issued: string;
  effective: string;
  expires: string;
  summary: string;
  provisions: ProvisionText[];
}

export const FACTOR_MARKET_OPINIONS: RealPolicy = {
  title: '关于构建更加完善的要素市场化配置体制机制的意见',
  titleEn: 'Opinions on Building a More Complete System and Mechanism for the Market-based Allocation of Factors of Production',
  docNumber: '',
  issued: '2020-03-30',
  effective: '2020-03-30',
  expires: '',
  summary: '中共中央、国务院印发，推进土地、劳动力、资本、技术、数据等要素市场化配置，提出加快发展技术要素市场。',
  provisions: [
    {
      title: '加快发展技术要素市场',
      text: '健全职务科技成果产权制度，完善科技创新资源配置方式，培育发展技术转移机构和技术经理人，促进技术要素与资本要素融合发展。',
      category: '技术要素',
    },
  ],
};

export const MARKET_ECONOMY_OPINIONS: RealPolicy = {
  title: '关于新时代加快完善社会主义市场经济体制的意见',
  titleEn: 'Opinions on Accelerating the Improvement of the Socialist Market Economic System in the New Era',
  docNumber: '',
  issued: '2020-05-11',
  effective: '2020-05-11',
  expires: '',
  summary: '中共中央、国务院印发，提出完善产权制度、推进要素市场制度建设、全面完善知识产权保护制度等要求。',
  provisions: [
    {
      title: '完善产权制度和要素市场化配置',
      text: '健全以公平为原则的产权保护制度，全面完善知识产权保护制度，构建更加完善的要素市场化配置体制机制。',
      category: '产权制度',
    },
  ],
};

// CNIPA published its interpretation on 2021-07-31; the notice is dated here 2021-07-28 and taken
// to apply from that day (an assumption: the source summary gives no issue date).
export const OPERATIONS_NOTICE: RealPolicy = {
  title: '关于促进和规范知识产权运营工作的通知',
  titleEn: 'Notice on Promoting and Regulating IP Operations',
  docNumber: '国知发运字〔2021〕22号',
  issued: '2021-07-28',
  effective: '2021-07-28',
  expires: '',
  summary:
    '国家知识产权局首个系统部署知识产权运营工作的政策文件。以推动知识产权转化实施为主线，从制度激励、服务供给、供需对接、有序流转、融资、评估和环境建设等方面提出四部分十二项任务，促进与规范并重。',
  provisions: [
    { title: '目标导向与问题导向结合，协同有序推进运营工作', text: '坚持目标导向与问题导向相结合，厘清政府与市场的关系，协同有序推进知识产权运营工作，推动知识产权转化实施。', category: '提高认识' },
    { title: '完善激励、激发知识产权转移转化活力', text: '完善知识产权转移转化激励机制，激发高校、科研机构和企业转移转化知识产权的活力。', category: '促进运营' },
    { title: '分类指导、优化知识产权运营服务供给', text: '对知识产权运营服务机构分类指导，优化知识产权运营服务供给。', category: '促进运营' },
    { title: '拓宽渠道、推进知识产权运营供需对接', text: '拓宽供需对接渠道，加强需求信息挖掘，推进知识产权运营供需精准对接。', category: '促进运营' },
    { title: '推动转化、促进加强知识产权融资服务', text: '加强知识产权质押融资等融资服务，以融资服务推动知识产权转化实施。', category: '促进运营' },
    { title: '促进实施、引导知识产权有序流转', text: '引导知识产权通过转让、许可等方式有序流转，促进知识产权实施。', category: '促进运营' },
    { title: '保障流转、提升知识产权评估服务能力', text: '提升知识产权价值评估服务能力，为知识产权流转和融资提供保障。', category: '促进运营' },
    { title: '完善环境、加强知识产权交易信息监测和信用监管', text: '加强知识产权交易信息监测和信用监管，堵塞违规交易牟利的渠道。', category: '规范管理' },
    { title: '规范运行、加强知识产权运营平台管理', text: '加强对知识产权运营平台（中心）的管理，规范平台运行。', category: '规范管理' },
    { title: '加强监督、完善知识产权运营资金使用管理', text: '加强对知识产权运营资金使用的监督，完善资金使用管理。', category: '规范管理' },
    { title: '强化责任、推进知识产权运营绩效提升', text: '强化各级知识产权管理部门的责任，推进知识产权运营绩效提升。', category: '工作保障' },
    { title: '完善保障、促进能力提升', text: '完善工作保障措施，促进知识产权运营能力提升。', category: '工作保障' },
    {
      title: '国家知识产权局',
      text: '负责全国知识产权运营工作机制与环境建设，制定规则和指引，开展信用监管和监督评价，统计发布运营数据；对中央财政服务业发展资金支持的项目开展绩效评价。',
      category: '职责分工',
    },
    {
      title: '省级知识产权局',
      text: '负责本地区知识产权运营工作机制建设，推进融资和评估服务，开展运营数据统计；承担中央财政资金支持项目的，负责资金监管、检查和资金绩效的总体责任；建设运营平台的，应明确法人实体负责运营。',
      category: '职责分工',
    },
    {
      title: '知识产权运营服务体系建设重点城市知识产权局',
      text: '负责资金使用和绩效管理，保障资金安全，规范资金分配程序。',
      category: '职责分工',
    },
    { title: '其他地方知识产权局', text: '制定本地政策，推进市场化的知识产权运营机制建设。', category: '职责分工' },
    {
      title: '知识产权运营平台（中心）和服务机构',
      text: '线上线下服务实体经济，连接产业与高校、科研机构，挖掘需求；协助净化交易市场，严格审查交易主体和当事人背景，堵塞违规交易牟利渠道。',
      category: '职责分工',
    },
    { title: '创新主体和市场主体', text: '加强自身知识产权运营能力建设，用好融资、评估和转移转化服务，公平参与市场竞争。', category: '职责分工' },
  ],
};

export const PATENT_TRANSFORMATION_PLAN: RealPolicy = {
  title: '专利转化运用专项行动方案（2023—2025年）',
  titleEn: 'Special Action Plan for the Transformation and Use of Patents (2023–2025)',
  docNumber: '国办发〔2023〕37号',
  issued: '2023-10-17',
  effective: '2023-10-17',
  // The plan runs through 2025; its coverage here ends with that period.
  expires: '2026-01-01',
  summary: '国务院办公厅印发，部署梳理盘活高校和科研机构存量专利、以专利产业化促进中小企业成长、推进重点产业知识产权强链增效等任务。',
  provisions: [
    { title: '梳理盘活高校和科研机构存量专利', text: '推动高校和科研机构盘点存量专利，筛选具有潜在市场价值的专利向企业推广转化。', category: '促进运营' },
    { title: '以专利产业化促进中小企业成长', text: '支持中小企业获取和实施专利，推动专利产业化，促进中小企业成长。', category: '促进运营' },
  ],
};
