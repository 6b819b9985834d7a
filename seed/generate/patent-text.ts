import type { Random } from './random.js';
import type { TechnologyCluster, Term } from './technology-clusters.js';

export type PatentKind = 'invention' | 'utility_model' | 'design';

export interface PatentText {
  title: string;
  titleEn: string;
  abstract: string;
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

type Template = (subject: Term, technique: Term) => Term;

const MATERIAL_TITLES: readonly Template[] = [
  ([s, se]) => [`一种${s}的制备方法`, `Method for preparing ${se}`],
  ([s, se]) => [`${s}及其制备方法和应用`, `${upperFirst(se)}, preparation method therefor and use thereof`],
  ([s, se], [t, te]) => [`一种采用${t}的${s}制备方法`, `Method for preparing ${se} by ${te}`],
  ([s, se]) => [`一种${s}及其制备方法`, `${upperFirst(se)} and preparation method therefor`],
  ([s, se]) => [`一种改性${s}`, `Modified ${se}`],
];

const METHOD_TITLES: readonly Template[] = [
  ([s, se], [t, te]) => [`一种基于${t}的${s}方法`, `${upperFirst(se)} method based on ${te}`],
  ([s, se], [t, te]) => [`基于${t}的${s}方法、装置、设备及存储介质`, `${upperFirst(se)} method, apparatus, device and storage medium based on ${te}`],
  ([s, se]) => [`一种${s}系统及方法`, `${upperFirst(se)} system and method`],
  ([s, se]) => [`${s}方法、电子设备及计算机可读存储介质`, `${upperFirst(se)} method, electronic device and computer-readable storage medium`],
];

const DETECTION_TITLES: readonly Template[] = [
  ([s, se], [t, te]) => [`一种基于${t}的${s}检测方法`, `Method for detecting ${se} based on ${te}`],
  ([s, se]) => [`一种${s}的快速检测方法及试剂盒`, `Rapid detection method and kit for ${se}`],
  ([s, se], [t, te]) => [`一种用于${s}检测的${t}及其制备方法`, `${upperFirst(te.replace(/^an? /, ''))} for detecting ${se} and preparation method therefor`],
];

const TITLES = { material: MATERIAL_TITLES, method: METHOD_TITLES, detection: DETECTION_TITLES } as const;

const MEANS = ['采用', '通过', '利用', '结合'];

const HOW = {
  material: (means: string, t: string, s: string) => `该方案${means}${t}工艺制备${s}`,
  method: (means: string, t: string, s: string) => `该方法${means}${t}实现${s}`,
  detection: (means: string, t: string, s: string) => `该方法${means}${t}对${s}进行定量检测`,
} as const;

/** Title, English title and a short abstract for a patent of the cluster. */
export function patentText(random: Random, cluster: TechnologyCluster, kind: PatentKind): PatentText {
  const technique = random.pick(cluster.techniques);
  const effect = random.pick(cluster.effects);
  if (kind === 'design') {
    const [d, de] = random.pick(cluster.devices);
    return {
      title: d,
      titleEn: upperFirst(de),
      abstract: `本外观设计产品的名称为${d}，用于${cluster.field[0]}领域。设计要点在于产品的形状与图案的结合。`,
    };
  }
  if (kind === 'utility_model') {
    const [d, de] = random.pick(cluster.devices);
    return {
      title: `一种${d}`,
      titleEn: upperFirst(de),
      abstract: `本实用新型涉及${cluster.field[0]}技术领域，公开了一种${d}，包括主体和连接组件，结构简单，${effect}。`,
    };
  }
  const subject = random.pick(cluster.subjects);
  const [title, titleEn] = random.pick(TITLES[cluster.style])(subject, technique);
  return {
    title,
    titleEn,
    abstract: `本发明涉及${cluster.field[0]}技术领域，公开了${title}。${HOW[cluster.style](random.pick(MEANS), technique[0], subject[0])}，${effect}。`,
  };
}
