import { distance } from 'fastest-levenshtein';
import type { OrgKind } from '../../graph/vocabulary/index.ts';

// An organization's kind from its name, as registries write names: in many languages, and often
// misspelt ("Univeristy of Minnesoota", "Univerisity of Costa Rica"). A kind word is looked for
// among the name's words, exactly or (a word of eight letters or more) within an edit or two of
// it, and in CJK names as a part of the name (大学, 银行, 研究所, a body's 局 at its end).
// Which kind wins when a name has words of several:
// 1. a university's words (a university may be a company: "University of Phoenix, Inc."),
// 2. a bank's ("Bank of America Corporation"),
// 3. a legal form (Inc, GmbH, 有限公司): a company ("SAS Institute Inc.", "Laboratory
//    Corporation of America") even when a misspelt university word is in it too,
// 4. a government body's, 5. a research institute's;
// 6. else an enterprise, guessed from no kind word at all (the converters count these).
// A word matched only within an edit or two counts below a legal form, so a company whose name is
// like a kind word stays a company; short words match exactly only ("Collage" is no college).

/** Where a guess came from: a kind word as written, one misspelt, a legal form, or nothing. */
export type KindBasis = 'word' | 'misspelt' | 'legal_form' | 'none';

export interface KindGuess {
  kind: OrgKind;
  basis: KindBasis;
  /** The word of the name it was told by (as the name writes it, upper case for Latin). */
  word: string | null;
}

/** The kinds a name's words tell, in the order they win (after them legal forms, then the misspelt). */
const ORDER = ['university', 'bank', 'agency', 'research_institute'] as const;
type Told = (typeof ORDER)[number];

/** Latin-script words per kind, upper case and without accents, one word or a phrase. */
const LATIN: Record<Told, readonly string[]> = {
  university: [
    'UNIVERSITY', 'UNIVERSITIES', 'UNIVERSITAT', 'UNIVERSITAET', 'UNIVERSITE', 'UNIVERSIDAD', 'UNIVERSIDADE',
    'UNIVERSITA', 'UNIVERSITEIT', 'UNIVERSITET', 'UNIVERSITATEA', 'UNIWERSYTET', 'UNIVERZITA', 'UNIVERSITAS',
    'UNIVERSITARIO', 'UNIVERSITARIA', 'UNIVERSITAIRE', 'COLLEGE', 'POLYTECHNIC', 'POLITECNICO', 'POLITECNICA',
    'POLYTECHNIQUE', 'POLITECHNIKA', 'POLITEKNIK', 'HOCHSCHULE', 'FACHHOCHSCHULE', 'HOGESCHOOL', 'HOGSKOLA',
    'HOGSKOLAN', 'INSTITUTE OF TECHNOLOGY', 'REGENTS', 'BOARD OF TRUSTEES', 'SCHOOL OF MEDICINE', 'ECOLE',
    'FACULDADE', 'FACULDADES', 'FACULTAD', 'AKADEMIE', 'AKADEMIA', 'ACCADEMIA', 'ACADEMIE', 'DAIGAKU',
  ],
  bank: [
    'BANK', 'BANKS', 'BANCORP', 'BANCSHARES', 'BANKING', 'BANQUE', 'BANCO', 'BANCA', 'BANKHAUS', 'SPARKASSE',
    'RAIFFEISEN', 'SAVINGS AND LOAN', 'CREDIT UNION', 'CREDITO COOPERATIVO', 'CAISSE D EPARGNE', 'CAIXA', 'CAJA',
    'GINKO',
  ],
  agency: [
    'UNITED STATES OF AMERICA', 'UNITED STATES', 'SECRETARY', 'DEPARTMENT OF', 'MINISTRY', 'MINISTERIUM',
    'MINISTERE', 'MINISTERIO', 'MINISTERO', 'BUNDESAMT', 'BUNDESMINISTERIUM', 'AGENCY', 'ADMINISTRATION',
    'GOVERNMENT', 'COMMISSION', 'BUREAU', 'OFFICE OF', 'AUTHORITY', 'COUNCIL', 'BOARD', 'COMMITTEE',
    'DIRECTORATE', 'HER MAJESTY', 'STATE OF', 'REPUBLIC OF', 'EXECUTIVE YUAN',
  ],
  research_institute: [
    'INSTITUTE', 'INSTITUTES', 'INSTITUT', 'INSTITUTO', 'ISTITUTO', 'INSTITUUT', 'LABORATORY', 'LAB',
    'NATIONAL LABORATORIES', 'LABORATOIRE', 'LABORATORIO', 'RESEARCH CENTER', 'RESEARCH CENTRE',
    'RESEARCH FOUNDATION', 'RESEARCH ORGANIZATION', 'RESEARCH ORGANISATION', 'ACADEMY', 'AKADEMIYA',
    'FRAUNHOFER', 'CNRS', 'MAX PLANCK', 'FORSCHUNGSZENTRUM', 'FORSCHUNG', 'RECHERCHE',
    'COMMISSARIAT A L ENERGIE ATOMIQUE', 'CONSIGLIO NAZIONALE DELLE RICERCHE', 'INVESTIGACIONES', 'CSIC', 'INSERM',
    'INRA', 'INRIA', 'TNO', 'KENKYUSHO', 'ACCELERATOR FACILITY',
  ],
};

/** Legal forms of companies and words only companies use (upper case, periods dropped: L.L.C. is LLC; not Norway's AS, an English word). */
const LEGAL_FORMS = new Set([
  'INC', 'INCORPORATED', 'CORP', 'CORPORATION', 'CO', 'COMPANY', 'LLC', 'LC', 'LTD', 'LIMITED', 'PLC', 'LP', 'LLP',
  'GMBH', 'AG', 'SA', 'SAS', 'SARL', 'SPA', 'SRL', 'NV', 'BV', 'AB', 'ASA', 'OY', 'OYJ', 'KK', 'KABUSHIKI',
  'KAISHA', 'PTY', 'PTE', 'SE', 'KG', 'KGAA', 'SL', 'LTDA', 'SPZOO', 'HOLDINGS', 'TECHNOLOGIES', 'INDUSTRIES',
]);

/** CJK words per kind: found anywhere in the name, or (`end`) only as its last characters. */
const CJK: Record<Told, { anywhere: readonly string[]; end?: readonly string[] }> = {
  university: { anywhere: ['大学', '大學', '대학교', '대학', '学院', '學院', '高等专科学校', '职业技术学校'] },
  bank: { anywhere: ['银行', '銀行', '은행', '信用社', '信用合作社', '金庫'] },
  agency: {
    anywhere: ['人民政府', '政府', '国务院', '國務院', '委员会', '委員會', '管理局', '监督管理', '办公厅', '辦公廳'],
    end: ['局', '厅', '廳', '部', '署', '办公室', '省', '庁', '청', '부', '처', '위원회'],
  },
  research_institute: { anywhere: ['研究院', '研究所', '研究中心', '科学院', '科學院', '实验室', '實驗室', '研究機構', '연구원', '연구소'] },
};
/** CJK legal forms of companies. */
const CJK_LEGAL_FORMS = ['有限公司', '有限责任公司', '股份', '公司', '集团', '集團', '株式会社', '有限会社', '주식회사', '(주)', '㈜', '企業', '企业', '厂', '廠'];
/** An academy of sciences, whose 学院 is no college's. */
const ACADEMY = /科学院|科學院/g;

/** Upper case, accents dropped, every run of other than letters and digits one space. */
function latinForm(name: string): string {
  return ' ' + name.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/ß/g, 'SS').toUpperCase().replace(/\./g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim() + ' ';
}

/** How far a word may be from a kind word and still be it: none below eight letters, one, two from nine. */
const slack = (word: string) => (word.length < 8 ? 0 : word.length < 9 ? 1 : 2);

/** A one-word kind word in `words`: exactly, or within its slack with the same first letter. */
function findWord(words: readonly string[], kindWord: string): { word: string; exact: boolean } | null {
  for (const w of words) if (w === kindWord) return { word: w, exact: true };
  const allowed = slack(kindWord);
  if (allowed === 0) return null;
  for (const w of words) {
    if (w[0] !== kindWord[0] || Math.abs(w.length - kindWord.length) > allowed || !/^\p{Script=Latin}+$/u.test(w)) continue;
    if (distance(w, kindWord) <= allowed) return { word: w, exact: false };
  }
  return null;
}

function latinMatch(form: string, words: readonly string[], kindWords: readonly string[]): { word: string; exact: boolean } | null {
  let fuzzy: { word: string; exact: boolean } | null = null;
  for (const k of kindWords) {
    if (k.includes(' ')) {
      if (form.includes(` ${k} `)) return { word: k, exact: true };
      continue;
    }
    const found = findWord(words, k);
    if (found?.exact) return found;
    fuzzy ??= found;
  }
  return fuzzy;
}

function cjkMatch(name: string, kind: Told): string | null {
  const { anywhere, end = [] } = CJK[kind];
  const tail = name.replace(/[\s()（）]+$/u, '');
  // 中国科学院 is an academy (its 学院 is part of 科学院), 中国科学院大学 a university.
  const academy = kind === 'university' ? name.replace(ACADEMY, '') : name;
  for (const w of anywhere) if (academy.includes(w)) return w;
  for (const w of end) if (tail.endsWith(w)) return w;
  return null;
}

/** A bank's word inside a compound (Volksbank, Sparebanken, Bankası) or in Cyrillic (БАНК). */
const bankCompound = (words: readonly string[]) => words.find((w) => /^\p{L}*(BANK|BANKEN|BANKASI|BANKA)$/u.test(w) || w.includes('БАНК'));

/** Central banks and the like: government bodies, though their names say bank. */
const CENTRAL_BANKS = ['CENTRAL BANK', 'RESERVE BANK', 'FEDERAL RESERVE', 'PEOPLE S BANK OF CHINA', 'BANK OF ENGLAND', 'BANK OF JAPAN', '中央银行', '中央銀行', '人民银行'];
/** Research words a legal form does not outweigh: a corporation's research institute is one. */
const RESEARCH_UNITS = ['RESEARCH INSTITUTE', 'RESEARCH ACADEMY', 'RESEARCH LABORATORY'];

/** An organization's kind from its name, with what told it. `government`: the source says so (PatentsView's assignee types 6–9). */
export function guessOrgKind(name: string, government = false): KindGuess {
  const form = latinForm(name);
  const words = form.trim().split(' ').filter((w) => w.length > 0);
  const cjk = name.normalize('NFKC');
  const legal = words.find((w) => LEGAL_FORMS.has(w)) ?? CJK_LEGAL_FORMS.find((w) => cjk.includes(w)) ?? null;
  const central = CENTRAL_BANKS.find((w) => form.includes(` ${w} `) || cjk.includes(w));
  if (central) return { kind: 'agency', basis: 'word', word: central };
  const unit = RESEARCH_UNITS.find((w) => form.includes(` ${w} `));
  for (const kind of ORDER) {
    // A company's research or government words are part of its name: its legal form tells.
    const outweighed = legal !== null && (kind === 'agency' || kind === 'research_institute');
    const byCjk = cjkMatch(cjk, kind);
    if (byCjk && !outweighed) return { kind, basis: 'word', word: byCjk };
    if (kind === 'research_institute' && unit) return { kind, basis: 'word', word: unit };
    const compound = kind === 'bank' ? bankCompound(words) : undefined;
    const byLatin = compound ? { word: compound, exact: true } : latinMatch(form, words, LATIN[kind]);
    if (byLatin?.exact) {
      if (outweighed) continue;
      return { kind, basis: 'word', word: byLatin.word };
    }
    // Misspelt, it keeps its kind's place unless the name has a legal form.
    if (byLatin && !legal) return { kind, basis: 'misspelt', word: byLatin.word };
    if (kind === 'bank' && government) return { kind: 'agency', basis: 'word', word: null };
  }
  if (legal) return { kind: 'enterprise', basis: 'legal_form', word: legal };
  return { kind: 'enterprise', basis: 'none', word: null };
}

/** The kind alone (see guessOrgKind). */
export function orgKindOfName(name: string, government = false): OrgKind {
  return guessOrgKind(name, government).kind;
}
