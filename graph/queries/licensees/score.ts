import { countEn, timesEn } from '../english-count.ts';
import {
  BEHAVIOUR_HALF_LIFE_YEARS,
  CITES_SUBJECT_FACTOR,
  LICENSED_SUBJECT_FACTOR,
  PARTS,
  PATENT_INVENTOR_FACTOR,
  SECOND_GENERATION_FACTOR,
  TEXT_MATCH_TECH,
  PLACE,
  SATURATION,
  SHARED_INVENTOR_FACTOR,
  SPECIFICITY,
  type Part,
  type Weights,
} from './weights.ts';

// Pure scoring: raw evidence counts in, parts, score and a one-line reason out. No database here,
// so the evaluation can refit weights without asking Neo4j again.

export interface SubjectClass {
  subgroup: string;
  mainGroup: string;
  subclass: string;
  subgroupSize: number;
  mainGroupSize: number;
  subclassSize: number;
}

/** Weight of each of the subject's classes: specificity × rarity (ln of patents over class size). */
export function classWeights(classes: readonly SubjectClass[], patents: number): Record<string, number> {
  const idf = (size: number) => Math.log(Math.max(patents, 1) / Math.max(size, 1));
  const out: Record<string, number> = {};
  const keep = (code: string, w: number) => {
    if (w > 0 && w > (out[code] ?? 0)) out[code] = w;
  };
  for (const c of classes) {
    keep(c.subgroup, SPECIFICITY.subgroup * idf(c.subgroupSize));
    keep(c.mainGroup, SPECIFICITY.mainGroup * idf(c.mainGroupSize));
    keep(c.subclass, SPECIFICITY.subclass * idf(c.subclassSize));
  }
  return out;
}

/** What the walks and the candidate's own side counted. */
export interface RawEvidence {
  tech: number;
  heldMatches: number;
  licensedMatches: number;
  /** Its patents worded like a subject patent that has no classes (the full-text index). */
  textMatches: number;
  /** Its patents that cite a subject patent, and those citing these. */
  citesPatent: number;
  citesPatent2: number;
  /** Its patents a subject patent cites, and those these cite. */
  citedByPatent: number;
  citedByPatent2: number;
  citesLicensor: number;
  coApplications: number;
  sharedInventors: number;
  /** Inventors of a subject patent who also invented for it. */
  patentInventors: number;
  /** Earlier licences and sales from the licensor to the candidate. */
  dealsWithLicensor: number;
  /** Subject patents it licensed before (also among dealsWithLicensor when the licensor granted them). */
  licensedSubject: number;
  behaviour: number;
  fromUniversities: number;
  /** 'city', 'province' or null: the closest region shared with the licensor. */
  sharedRegion: 'city' | 'province' | null;
  /** The candidate or the licensor has no region on record: nothing shared, nothing known. */
  regionUnknown: boolean;
  sharedPolicies: number;
}

export type PartValues = Record<Part, number>;

const saturate = (raw: number, scale: number) => (raw > 0 ? 1 - Math.exp(-raw / scale) : 0);

export function partValues(r: RawEvidence): PartValues {
  const region = r.sharedRegion === 'city' ? PLACE.sameCity : r.sharedRegion === 'province' ? PLACE.sameProvince : 0;
  return {
    technology: saturate(r.tech + TEXT_MATCH_TECH * r.textMatches, SATURATION.technology),
    citations: saturate(citationsRaw(r), SATURATION.citations),
    collaboration: saturate(r.coApplications + SHARED_INVENTOR_FACTOR * r.sharedInventors + PATENT_INVENTOR_FACTOR * r.patentInventors, SATURATION.collaboration),
    behaviour: saturate(r.behaviour + r.dealsWithLicensor + LICENSED_SUBJECT_FACTOR * r.licensedSubject, SATURATION.behaviour),
    place: PLACE.regionShare * region + PLACE.policyShare * Math.min(1, r.sharedPolicies / PLACE.policiesForFull),
  };
}

/** Citations of the subject itself count most, then the licensor's, then a second generation's. */
function citationsRaw(r: RawEvidence): number {
  return (
    CITES_SUBJECT_FACTOR * (r.citesPatent + r.citedByPatent) +
    r.citesLicensor +
    SECOND_GENERATION_FACTOR * (r.citesPatent2 + r.citedByPatent2)
  );
}

/** The weighted mean of the parts, in [0, 1]. */
export function scoreOf(parts: PartValues, weights: Weights): number {
  let sum = 0;
  let total = 0;
  for (const p of PARTS) {
    sum += weights[p] * parts[p];
    total += weights[p];
  }
  return total > 0 ? sum / total : 0;
}

export interface PartExplanation {
  part: Part;
  value: number;
  weight: number;
  /** The part's share of the score: weight × value / Σ weights. */
  contribution: number;
  explanation: { zh: string; en: string };
  /** The evidence counts behind the value. */
  counts: { name: string; count: number }[];
}

/** `patents`: how many patents the subject has (a portfolio has several: "this patent" would be wrong). */
export function explainParts(r: RawEvidence, parts: PartValues, weights: Weights, { patents = 1 }: { patents?: number } = {}): PartExplanation[] {
  const total = PARTS.reduce((n, p) => n + weights[p], 0) || 1;
  const subjectZh = patents > 1 ? `这 ${patents} 件专利` : '本专利';
  const subjectEn = patents > 1 ? `these ${patents} patents` : 'this patent';
  const region = { city: { zh: '同城', en: 'same city' }, province: { zh: '同省', en: 'same province' } };
  const texts: Record<Part, { zh: string; en: string; counts: Record<string, number> }> = {
    technology: {
      zh: `同领域持有专利 ${r.heldMatches} 件、获许可专利 ${r.licensedMatches} 件` + (r.textMatches > 0 ? `，标题与摘要相近的专利 ${r.textMatches} 件` : ''),
      en:
        `${countEn(r.heldMatches, 'patent', 'patents')} held and ${r.licensedMatches} licensed in the same classes` +
        (r.textMatches > 0 ? `, ${countEn(r.textMatches, 'patent', 'patents')} worded like ${subjectEn}` : ''),
      counts: { heldMatches: r.heldMatches, licensedMatches: r.licensedMatches, textMatches: r.textMatches },
    },
    citations: {
      zh:
        `引用${subjectZh} ${r.citesPatent} 次、被${subjectZh}引用 ${r.citedByPatent} 次、引用该权利人其他专利 ${r.citesLicensor} 次` +
        (r.citesPatent2 + r.citedByPatent2 > 0 ? `，间接引用关系 ${r.citesPatent2 + r.citedByPatent2} 次` : ''),
      en: citesEn(subjectEn, r),
      counts: {
        citesPatent: r.citesPatent,
        citedByPatent: r.citedByPatent,
        citesPatent2: r.citesPatent2,
        citedByPatent2: r.citedByPatent2,
        citesLicensor: r.citesLicensor,
      },
    },
    collaboration: {
      zh: `与该权利人共同申请 ${r.coApplications} 件、共同发明人 ${r.sharedInventors} 位` + (r.patentInventors > 0 ? `，${subjectZh}的发明人 ${r.patentInventors} 位曾为其发明` : ''),
      en:
        `${countEn(r.coApplications, 'joint application', 'joint applications')} and ${countEn(r.sharedInventors, 'shared inventor', 'shared inventors')} with the licensor` +
        (r.patentInventors > 0 ? `; ${countEn(r.patentInventors, 'inventor', 'inventors')} of ${subjectEn} invented for it` : ''),
      counts: { coApplications: r.coApplications, sharedInventors: r.sharedInventors, patentInventors: r.patentInventors },
    },
    behaviour: {
      zh:
        (r.licensedSubject > 0 ? `已获${subjectZh}许可；` : '') +
        `曾从高校获得许可或受让 ${r.fromUniversities} 次（近期权重更高），其中来自该权利人 ${r.dealsWithLicensor} 次`,
      en:
        (r.licensedSubject > 0 ? `already licenses ${subjectEn}; ` : '') +
        `${countEn(r.fromUniversities, 'licence or purchase', 'licences or purchases')} from universities (recent ones weigh more), ${r.dealsWithLicensor} from the licensor`,
      counts: { fromUniversities: r.fromUniversities, dealsWithLicensor: r.dealsWithLicensor, licensedSubject: r.licensedSubject },
    },
    place: {
      zh: `${r.sharedRegion ? region[r.sharedRegion].zh : r.regionUnknown ? '地区不详' : '不同省'}，共同适用地方政策 ${r.sharedPolicies} 项`,
      en: `${r.sharedRegion ? region[r.sharedRegion].en : r.regionUnknown ? 'region unknown' : 'another province'}, ${countEn(r.sharedPolicies, 'local policy covers', 'local policies cover')} both`,
      counts: { sharedPolicies: r.sharedPolicies },
    },
  };
  return PARTS.map((part) => ({
    part,
    value: parts[part],
    weight: weights[part],
    contribution: (weights[part] * parts[part]) / total,
    explanation: { zh: texts[part].zh, en: texts[part].en },
    counts: Object.entries(texts[part].counts).map(([name, count]) => ({ name, count })),
  }));
}

function citesEn(subject: string, r: RawEvidence): string {
  const second = r.citesPatent2 + r.citedByPatent2;
  const indirect = second > 0 ? `; ${countEn(second, 'citation', 'citations')} one step removed` : '';
  if (r.citesPatent === 0 && r.citedByPatent === 0 && r.citesLicensor === 0) return `cites neither ${subject} nor the licensor's other patents, nor is cited by ${subject}${indirect}`;
  return `cites ${subject} ${timesEn(r.citesPatent)}, is cited by it ${timesEn(r.citedByPatent)}, cites the licensor's other patents ${timesEn(r.citesLicensor)}${indirect}`;
}

/** The subject in words: this patent, or these N patents of a portfolio. */
type SubjectWords = { zh: string; en: string };
const subjectWords = (patents: number): SubjectWords => (patents > 1 ? { zh: `这 ${patents} 件专利`, en: `these ${patents} patents` } : { zh: '本专利', en: 'this patent' });

const SHORT: Record<Part, (r: RawEvidence, subject: SubjectWords) => { zh: string; en: string }> = {
  technology: (r) =>
    r.heldMatches + r.licensedMatches > 0 || r.textMatches === 0
      ? { zh: `同领域专利 ${r.heldMatches + r.licensedMatches} 件`, en: `${countEn(r.heldMatches + r.licensedMatches, 'patent', 'patents')} in the same field` }
      : { zh: `相近专利 ${r.textMatches} 件`, en: `${countEn(r.textMatches, 'patent', 'patents')} worded alike` },
  citations: (r) => {
    const n = r.citesPatent + r.citedByPatent + r.citesLicensor + r.citesPatent2 + r.citedByPatent2;
    return { zh: `引用关系 ${n} 次`, en: countEn(n, 'citation', 'citations') };
  },
  collaboration: (r, s) => ({
    zh: [
      r.coApplications > 0 ? `合作申请 ${r.coApplications} 件` : '',
      r.patentInventors > 0 ? `${s.zh}发明人 ${r.patentInventors} 位曾为其发明` : r.sharedInventors > 0 ? `共同发明人 ${r.sharedInventors} 位` : '',
    ]
      .filter(Boolean)
      .join('、'),
    en: [
      r.coApplications > 0 ? countEn(r.coApplications, 'joint application', 'joint applications') : '',
      r.patentInventors > 0
        ? `${countEn(r.patentInventors, 'inventor', 'inventors')} of ${s.en} invented for it`
        : r.sharedInventors > 0
          ? countEn(r.sharedInventors, 'shared inventor', 'shared inventors')
          : '',
    ]
      .filter(Boolean)
      .join(', '),
  }),
  behaviour: (r) =>
    r.dealsWithLicensor > 0
      ? { zh: `此前从该权利人获许可或受让 ${r.dealsWithLicensor} 次`, en: `${countEn(r.dealsWithLicensor, 'earlier deal', 'earlier deals')} with the licensor` }
      : { zh: `从高校获许可或受让 ${r.fromUniversities} 次`, en: `${countEn(r.fromUniversities, 'deal', 'deals')} with universities` },
  place: (r) => ({
    zh: [r.sharedRegion === 'city' ? '同城' : r.sharedRegion === 'province' ? '同省' : '', r.sharedPolicies > 0 ? `${r.sharedPolicies} 项地方政策共同覆盖` : ''].filter(Boolean).join('，'),
    en: [r.sharedRegion === 'city' ? 'same city' : r.sharedRegion === 'province' ? 'same province' : '', r.sharedPolicies > 0 ? `${countEn(r.sharedPolicies, 'local policy covers', 'local policies cover')} both` : ''].filter(Boolean).join(', '),
  }),
};

/** One line naming the (up to three) parts that contribute most. */
export function reasonOf(r: RawEvidence, explained: readonly PartExplanation[], { patents = 1 }: { patents?: number } = {}): { zh: string; en: string } {
  const top = [...explained].filter((p) => p.contribution > 0).sort((a, b) => b.contribution - a.contribution).slice(0, 3);
  if (top.length === 0) return { zh: '证据很少', en: 'little evidence' };
  const subject = subjectWords(patents);
  const lines = top.map((p) => SHORT[p.part](r, subject)).filter((t) => t.en.length > 0);
  // Whatever weighs most, a licence of the patent already held is the first thing to know.
  if (r.licensedSubject > 0) lines.unshift({ zh: '现有被许可人', en: 'an existing licensee' });
  return { zh: lines.map((l) => l.zh).join('；'), en: lines.map((l) => l.en).join('; ') };
}

export { BEHAVIOUR_HALF_LIFE_YEARS };
