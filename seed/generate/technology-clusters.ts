/** A Chinese term with its English rendering. */
export type Term = readonly [zh: string, en: string];

export type TitleStyle = 'material' | 'method' | 'detection';

export interface TechnologyCluster {
  key: string;
  field: Term;
  /** GB/T 4754-2017 industry (major group) of enterprises working in the cluster. */
  industry: string;
  /** Real IPC symbols; the first ones are the most frequent. */
  ipc: readonly string[];
  /** Word an enterprise name carries, e.g. 锂电科技 / Lithium Battery Technology. */
  companyWords: readonly Term[];
  /** What inventions are about: products or materials for `material`, tasks for `method`, analytes for `detection`. */
  subjects: readonly Term[];
  techniques: readonly Term[];
  /** Things a utility model or design protects. */
  devices: readonly Term[];
  effects: readonly string[];
  style: TitleStyle;
  /** Clusters whose IPC codes show up as secondary classes. */
  neighbours: readonly string[];
}

export const CLUSTERS: readonly TechnologyCluster[] = [
  {
    key: 'battery',
    field: ['锂离子电池', 'lithium-ion batteries'],
    industry: '电气机械和器材制造业',
    ipc: ['H01M 10/0525', 'H01M 4/525', 'H01M 4/505', 'H01M 4/62', 'H01M 10/0562', 'H01M 50/403', 'H01M 4/36'],
    companyWords: [
      ['锂电科技', 'Lithium Battery Technology'],
      ['新能源科技', 'New Energy Technology'],
      ['电池材料', 'Battery Materials'],
      ['储能技术', 'Energy Storage Technology'],
    ],
    subjects: [
      ['锂离子电池正极材料', 'cathode material for lithium-ion batteries'],
      ['高镍三元正极材料', 'high-nickel ternary cathode material'],
      ['磷酸铁锂正极材料', 'lithium iron phosphate cathode material'],
      ['硅碳负极材料', 'silicon-carbon anode material'],
      ['硫化物固态电解质', 'sulfide solid-state electrolyte'],
      ['锂离子电池隔膜', 'separator for lithium-ion batteries'],
      ['电解液添加剂', 'electrolyte additive'],
      ['水性粘结剂', 'water-based binder'],
      ['富锂锰基正极材料', 'lithium-rich manganese-based cathode material'],
      ['钠离子电池正极材料', 'cathode material for sodium-ion batteries'],
    ],
    techniques: [
      ['喷雾干燥', 'spray drying'],
      ['共沉淀', 'co-precipitation'],
      ['固相烧结', 'solid-state sintering'],
      ['原子层沉积包覆', 'atomic layer deposition coating'],
      ['溶胶凝胶', 'sol-gel processing'],
    ],
    devices: [
      ['电池模组散热结构', 'heat dissipation structure for a battery module'],
      ['电芯极耳焊接装置', 'tab welding device for battery cells'],
      ['隔膜涂布装置', 'separator coating device'],
      ['电池包壳体', 'battery pack housing'],
    ],
    effects: ['显著提高了材料的循环稳定性', '提升了电池的能量密度', '降低了生产成本', '改善了倍率性能', '抑制了锂枝晶的生长'],
    style: 'material',
    neighbours: ['ev', 'pv'],
  },
  {
    key: 'ai',
    field: ['人工智能', 'artificial intelligence'],
    industry: '软件和信息技术服务业',
    ipc: ['G06N 3/08', 'G06N 3/045', 'G06N 3/0464', 'G06V 10/82', 'G06N 20/00', 'G06V 40/16', 'G06F 40/30'],
    companyWords: [
      ['智能科技', 'Intelligent Technology'],
      ['人工智能', 'Artificial Intelligence'],
      ['视觉科技', 'Vision Technology'],
      ['信息技术', 'Information Technology'],
    ],
    subjects: [
      ['图像识别', 'image recognition'],
      ['目标检测', 'object detection'],
      ['人脸识别', 'face recognition'],
      ['语音识别', 'speech recognition'],
      ['文本分类', 'text classification'],
      ['工业缺陷检测', 'industrial defect detection'],
      ['行人重识别', 'person re-identification'],
      ['医学影像分割', 'medical image segmentation'],
      ['意图识别', 'intent recognition'],
      ['模型训练', 'model training'],
    ],
    techniques: [
      ['深度神经网络', 'a deep neural network'],
      ['卷积神经网络', 'a convolutional neural network'],
      ['注意力机制', 'an attention mechanism'],
      ['迁移学习', 'transfer learning'],
      ['联邦学习', 'federated learning'],
      ['图神经网络', 'a graph neural network'],
      ['知识蒸馏', 'knowledge distillation'],
      ['Transformer模型', 'a Transformer model'],
    ],
    devices: [
      ['智能识别终端', 'intelligent recognition terminal'],
      ['边缘计算盒', 'edge computing box'],
      ['智能摄像装置', 'intelligent camera device'],
    ],
    effects: ['提高了识别准确率', '减少了模型参数量', '降低了数据标注成本', '提升了推理速度'],
    style: 'method',
    neighbours: ['data', 'robot', 'comms'],
  },
  {
    key: 'data',
    field: ['数据处理', 'data processing'],
    industry: '软件和信息技术服务业',
    ipc: ['G06F 16/901', 'G06F 16/27', 'G06F 16/2455', 'G06F 16/35', 'G06F 16/953', 'G06F 16/22', 'G06F 16/182'],
    companyWords: [
      ['数据科技', 'Data Technology'],
      ['软件', 'Software'],
      ['云计算', 'Cloud Computing'],
      ['信息技术', 'Information Technology'],
    ],
    subjects: [
      ['数据检索', 'data retrieval'],
      ['分布式数据存储', 'distributed data storage'],
      ['数据库查询优化', 'database query optimisation'],
      ['多副本数据同步', 'multi-replica data synchronisation'],
      ['日志分析', 'log analysis'],
      ['知识图谱构建', 'knowledge graph construction'],
      ['索引构建', 'index construction'],
      ['重复数据删除', 'data deduplication'],
    ],
    techniques: [
      ['区块链', 'blockchain'],
      ['倒排索引', 'an inverted index'],
      ['图数据库', 'a graph database'],
      ['哈希分片', 'hash sharding'],
      ['向量检索', 'vector search'],
      ['列式存储', 'columnar storage'],
      ['一致性哈希', 'consistent hashing'],
    ],
    devices: [
      ['数据存储服务器', 'data storage server'],
      ['数据采集终端', 'data acquisition terminal'],
    ],
    effects: ['提高了查询效率', '降低了存储开销', '保证了数据一致性', '提升了系统吞吐量'],
    style: 'method',
    neighbours: ['ai', 'comms'],
  },
  {
    key: 'pharma',
    field: ['医药', 'pharmaceuticals'],
    industry: '医药制造业',
    ipc: ['A61K 31/4439', 'A61K 9/20', 'A61K 39/395', 'A61P 35/00', 'A61K 36/00', 'C07D 401/04', 'A61K 9/127'],
    companyWords: [
      ['医药', 'Pharmaceutical'],
      ['药业', 'Pharmaceutical'],
      ['生物医药', 'Biopharmaceutical'],
      ['制药', 'Pharmaceutical Manufacturing'],
    ],
    subjects: [
      ['抗肿瘤药物组合物', 'antitumour pharmaceutical composition'],
      ['缓释片', 'sustained-release tablet'],
      ['单克隆抗体', 'monoclonal antibody'],
      ['中药提取物', 'traditional Chinese medicine extract'],
      ['脂质体制剂', 'liposome formulation'],
      ['口服固体制剂', 'oral solid preparation'],
      ['激酶抑制剂', 'kinase inhibitor'],
      ['注射液', 'injection'],
    ],
    techniques: [
      ['超临界萃取', 'supercritical extraction'],
      ['微丸包衣', 'pellet coating'],
      ['冷冻干燥', 'freeze drying'],
      ['高压均质', 'high-pressure homogenisation'],
    ],
    devices: [
      ['药品包装瓶', 'medicine bottle'],
      ['片剂压片装置', 'tablet press device'],
      ['中药煎煮装置', 'decoction device for traditional Chinese medicine'],
    ],
    effects: ['提高了药物的生物利用度', '降低了毒副作用', '改善了制剂的稳定性', '具有良好的抗肿瘤活性'],
    style: 'material',
    neighbours: ['bio', 'instr'],
  },
  {
    key: 'bio',
    field: ['生物技术', 'biotechnology'],
    industry: '研究和试验发展',
    ipc: ['C12N 15/113', 'C12N 15/90', 'C12N 9/22', 'C12N 5/0783', 'C12Q 1/6883', 'C12N 1/20'],
    companyWords: [
      ['生物科技', 'Biotechnology'],
      ['基因科技', 'Gene Technology'],
      ['生物工程', 'Bioengineering'],
    ],
    subjects: [
      ['CAR-T细胞', 'CAR-T cells'],
      ['基因编辑系统', 'gene editing system'],
      ['siRNA分子', 'siRNA molecule'],
      ['重组蛋白', 'recombinant protein'],
      ['工程菌株', 'engineered strain'],
      ['核酸检测试剂盒', 'nucleic acid detection kit'],
      ['腺相关病毒载体', 'adeno-associated virus vector'],
    ],
    techniques: [
      ['CRISPR/Cas9', 'CRISPR/Cas9'],
      ['定点突变', 'site-directed mutagenesis'],
      ['高通量测序', 'high-throughput sequencing'],
      ['高密度发酵', 'high-density fermentation'],
    ],
    devices: [
      ['细胞培养装置', 'cell culture device'],
      ['核酸提取装置', 'nucleic acid extraction device'],
    ],
    effects: ['提高了编辑效率', '提高了表达量', '增强了杀伤活性', '提高了检测灵敏度'],
    style: 'material',
    neighbours: ['pharma', 'instr'],
  },
  {
    key: 'comms',
    field: ['通信', 'communications'],
    industry: '计算机、通信和其他电子设备制造业',
    ipc: ['H04L 9/32', 'H04L 67/10', 'H04L 41/16', 'H04W 24/02', 'H04W 4/40', 'H04B 7/0413', 'H04L 5/00'],
    companyWords: [
      ['通信技术', 'Communication Technology'],
      ['网络科技', 'Network Technology'],
      ['物联网科技', 'IoT Technology'],
      ['电子', 'Electronics'],
    ],
    subjects: [
      ['身份认证', 'identity authentication'],
      ['无线资源调度', 'wireless resource scheduling'],
      ['网络切片管理', 'network slice management'],
      ['车联网通信', 'vehicle-to-everything communication'],
      ['信道估计', 'channel estimation'],
      ['数据加密传输', 'encrypted data transmission'],
      ['计算任务卸载', 'computation offloading'],
      ['网络故障诊断', 'network fault diagnosis'],
    ],
    techniques: [
      ['5G网络', 'a 5G network'],
      ['软件定义网络', 'software-defined networking'],
      ['多输入多输出', 'MIMO'],
      ['区块链', 'blockchain'],
      ['强化学习', 'reinforcement learning'],
    ],
    devices: [
      ['基站天线', 'base station antenna'],
      ['物联网网关', 'IoT gateway'],
      ['光模块', 'optical module'],
    ],
    effects: ['降低了通信时延', '提高了频谱利用率', '增强了通信安全性', '降低了网络能耗'],
    style: 'method',
    neighbours: ['data', 'ai', 'semi'],
  },
  {
    key: 'ev',
    field: ['新能源汽车', 'new energy vehicles'],
    industry: '汽车制造业',
    ipc: ['B60L 53/14', 'B60L 58/12', 'B60L 53/80', 'B60L 50/64', 'H02J 7/00', 'B60L 15/20'],
    companyWords: [
      ['新能源汽车', 'New Energy Vehicle'],
      ['汽车科技', 'Automotive Technology'],
      ['充电科技', 'Charging Technology'],
      ['动力系统', 'Power Systems'],
    ],
    subjects: [
      ['电动汽车充电', 'electric vehicle charging'],
      ['换电站调度', 'battery swapping station scheduling'],
      ['电池管理', 'battery management'],
      ['整车热管理', 'vehicle thermal management'],
      ['驱动电机控制', 'drive motor control'],
      ['荷电状态估计', 'state-of-charge estimation'],
    ],
    techniques: [
      ['有序充电', 'ordered charging'],
      ['卡尔曼滤波', 'Kalman filtering'],
      ['模型预测控制', 'model predictive control'],
      ['车网双向互动', 'vehicle-to-grid interaction'],
    ],
    devices: [
      ['充电桩', 'charging pile'],
      ['充电枪', 'charging gun'],
      ['电池包托盘', 'battery pack tray'],
      ['换电机器人', 'battery swapping robot'],
    ],
    effects: ['缩短了充电时间', '提高了续航里程', '提高了估计精度', '保障了充电安全'],
    style: 'method',
    neighbours: ['battery', 'robot'],
  },
  {
    key: 'semi',
    field: ['半导体', 'semiconductors'],
    industry: '计算机、通信和其他电子设备制造业',
    ipc: ['H01L 21/027', 'H01L 29/78', 'H01L 21/67', 'H01L 23/367', 'H01L 21/66', 'H01L 25/065'],
    companyWords: [
      ['半导体', 'Semiconductor'],
      ['微电子', 'Microelectronics'],
      ['集成电路', 'Integrated Circuit'],
      ['芯片科技', 'Chip Technology'],
    ],
    subjects: [
      ['碳化硅功率器件', 'silicon carbide power device'],
      ['沟槽栅MOSFET', 'trench-gate MOSFET'],
      ['晶圆级封装结构', 'wafer-level packaging structure'],
      ['光刻胶图形', 'photoresist pattern'],
      ['氮化镓外延片', 'gallium nitride epitaxial wafer'],
      ['三维堆叠芯片', 'three-dimensional stacked chip'],
    ],
    techniques: [
      ['原子层沉积', 'atomic layer deposition'],
      ['离子注入', 'ion implantation'],
      ['化学机械抛光', 'chemical mechanical polishing'],
      ['混合键合', 'hybrid bonding'],
    ],
    devices: [
      ['晶圆承载装置', 'wafer carrier'],
      ['芯片散热结构', 'chip heat dissipation structure'],
      ['探针卡', 'probe card'],
    ],
    effects: ['降低了导通电阻', '提高了器件可靠性', '提高了产品良率', '改善了散热性能'],
    style: 'material',
    neighbours: ['comms', 'pv'],
  },
  {
    key: 'instr',
    field: ['分析检测', 'analysis and testing'],
    industry: '仪器仪表制造业',
    ipc: ['G01N 21/64', 'G01N 33/53', 'G01N 30/02', 'G01N 27/327', 'G01N 21/65', 'G01N 15/06'],
    companyWords: [
      ['仪器', 'Instruments'],
      ['检测技术', 'Testing Technology'],
      ['分析仪器', 'Analytical Instruments'],
      ['传感科技', 'Sensing Technology'],
    ],
    subjects: [
      ['重金属离子', 'heavy metal ions'],
      ['食品中农药残留', 'pesticide residues in food'],
      ['肿瘤标志物', 'tumour markers'],
      ['水体总磷', 'total phosphorus in water'],
      ['挥发性有机物', 'volatile organic compounds'],
      ['病原微生物', 'pathogenic microorganisms'],
    ],
    techniques: [
      ['荧光探针', 'a fluorescent probe'],
      ['表面增强拉曼光谱', 'surface-enhanced Raman spectroscopy'],
      ['电化学传感器', 'an electrochemical sensor'],
      ['液相色谱-质谱联用', 'liquid chromatography–mass spectrometry'],
      ['微流控芯片', 'a microfluidic chip'],
    ],
    devices: [
      ['便携式检测仪', 'portable detector'],
      ['样品前处理装置', 'sample pretreatment device'],
      ['色谱柱', 'chromatographic column'],
    ],
    effects: ['提高了检测灵敏度', '缩短了检测时间', '实现了现场快速检测'],
    style: 'detection',
    neighbours: ['bio', 'pharma'],
  },
  {
    key: 'pv',
    field: ['光伏', 'photovoltaics'],
    industry: '电气机械和器材制造业',
    ipc: ['H01L 31/18', 'H01L 31/0224', 'H01L 31/048', 'H02S 50/10', 'H02J 3/38'],
    companyWords: [
      ['光伏科技', 'Photovoltaic Technology'],
      ['太阳能科技', 'Solar Technology'],
      ['新能源', 'New Energy'],
    ],
    subjects: [
      ['异质结太阳能电池', 'heterojunction solar cell'],
      ['TOPCon电池', 'TOPCon solar cell'],
      ['钙钛矿太阳能电池', 'perovskite solar cell'],
      ['双面光伏组件', 'bifacial photovoltaic module'],
      ['钝化接触结构', 'passivated contact structure'],
    ],
    techniques: [
      ['激光掺杂', 'laser doping'],
      ['丝网印刷', 'screen printing'],
      ['等离子体增强化学气相沉积', 'plasma-enhanced chemical vapour deposition'],
    ],
    devices: [
      ['光伏支架', 'photovoltaic bracket'],
      ['光伏组件清洗机器人', 'photovoltaic module cleaning robot'],
      ['光伏接线盒', 'photovoltaic junction box'],
    ],
    effects: ['提高了光电转换效率', '降低了组件衰减', '降低了制造成本'],
    style: 'material',
    neighbours: ['battery', 'semi'],
  },
  {
    key: 'robot',
    field: ['机器人', 'robotics'],
    industry: '通用设备制造业',
    ipc: ['B25J 9/16', 'B25J 15/00', 'G05B 19/418', 'B25J 11/00', 'B25J 19/02', 'G05B 19/4155'],
    companyWords: [
      ['机器人', 'Robotics'],
      ['智能装备', 'Intelligent Equipment'],
      ['自动化', 'Automation'],
      ['智能制造', 'Intelligent Manufacturing'],
    ],
    subjects: [
      ['机械臂路径规划', 'robotic arm path planning'],
      ['视觉引导抓取', 'vision-guided grasping'],
      ['人机协作', 'human-robot collaboration'],
      ['产线调度', 'production line scheduling'],
      ['焊接轨迹生成', 'welding trajectory generation'],
    ],
    techniques: [
      ['强化学习', 'reinforcement learning'],
      ['力位混合控制', 'hybrid force-position control'],
      ['数字孪生', 'a digital twin'],
      ['三维点云', '3D point clouds'],
    ],
    devices: [
      ['柔性夹爪', 'flexible gripper'],
      ['协作机器人关节', 'collaborative robot joint'],
      ['AGV搬运车', 'AGV transport vehicle'],
      ['机器人末端执行器', 'robot end effector'],
    ],
    effects: ['提高了定位精度', '提高了生产效率', '保障了作业安全'],
    style: 'method',
    neighbours: ['ai', 'ev'],
  },
];

export const CLUSTER_INDEX: ReadonlyMap<string, number> = new Map(CLUSTERS.map((c, i) => [c.key, i]));

export function clusterIndex(key: string): number {
  const i = CLUSTER_INDEX.get(key);
  if (i === undefined) throw new Error(`unknown technology cluster ${key}`);
  return i;
}

/** Every IPC symbol of every cluster, indexed, so per-actor holdings fit in a byte matrix. */
export const IPC_CODES: readonly string[] = [...new Set(CLUSTERS.flatMap((c) => c.ipc))];
const IPC_CODE_INDEX = new Map(IPC_CODES.map((code, i) => [code, i]));

export function ipcCodeIndex(code: string): number {
  const i = IPC_CODE_INDEX.get(code);
  if (i === undefined) throw new Error(`unknown IPC code ${code}`);
  return i;
}

/** Subclass (e.g. H01M) of each indexed IPC code, as a small integer. */
const SUBCLASSES = [...new Set(IPC_CODES.map((c) => c.slice(0, 4)))];
export const IPC_SUBCLASS_OF: readonly number[] = IPC_CODES.map((c) => SUBCLASSES.indexOf(c.slice(0, 4)));
export const IPC_SUBCLASS_COUNT = SUBCLASSES.length;
// Per-organization subclass sets are 32-bit masks.
if (IPC_SUBCLASS_COUNT > 32) throw new Error('more than 32 IPC subclasses in the technology clusters');

/** Per cluster, the indexed IPC codes in the cluster's order. */
export const CLUSTER_IPC: readonly (readonly number[])[] = CLUSTERS.map((c) => c.ipc.map(ipcCodeIndex));
export const CLUSTER_NEIGHBOURS: readonly (readonly number[])[] = CLUSTERS.map((c) => c.neighbours.map(clusterIndex));
