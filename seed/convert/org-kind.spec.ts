import { describe, expect, it } from 'vitest';
import { guessOrgKind, orgKindOfName } from './org-kind.ts';
import { ConvertReport } from './report.ts';

// Names as registries hold them (PatentsView's assignees, CNIPA's applicants), typos included.
// How well it does on a labelled sample of real names: `npm run eval -- org-kinds`, held by bench/eval/org-kinds.spec.ts.

const kinds = (names: readonly string[], government = false) => names.map((n) => [n, orgKindOfName(n, government)]);
const all = (names: readonly string[], kind: string) => names.map((n) => [n, kind]);

describe("an organization's kind from its name", () => {
  it('reads the kind words of English names', () => {
    const cases: [string, string][] = [
      ['Northfield University', 'university'],
      ['Massachusetts Institute of Technology', 'university'],
      ['The Regents of the University of California', 'university'],
      ['SILICON VALLEY BANK', 'bank'],
      ['Bank of America Corporation', 'bank'],
      ['Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V.', 'research_institute'],
      ['UNITED STATES OF AMERICA AS REPRESENTED BY THE SECRETARY OF ENERGY', 'agency'],
      ['Battelle Memorial Institute', 'research_institute'],
      ['Acme Robotics, Inc.', 'enterprise'],
    ];
    expect(kinds(cases.map(([n]) => n))).toEqual(cases);
  });

  it('survives the typos registries are full of', () => {
    const universities = [
      'Univeristy of Minnesoota',
      'The Trustees of Columbia Univeristy in the City of New York',
      'Univerisity of Costa Rica',
      'Universty of Florida Research Foundation',
      'Unversity of Utah',
      'Board of Regents, The Univesity of Texas System',
    ];
    expect(kinds(universities)).toEqual(all(universities, 'university'));
    expect(guessOrgKind('Univeristy of Minnesoota')).toEqual({ kind: 'university', basis: 'misspelt', word: 'UNIVERISTY' });
    const institutes = ['Southwest Reserach Insitute', 'Lawrence Livermore National Laboratroy'];
    expect(kinds(institutes)).toEqual(all(institutes, 'research_institute'));
  });

  it('reads the kind words of other languages', () => {
    const cases: [string, string][] = [
      ['Technische Universität München', 'university'],
      ['Universidad Nacional Autónoma de México', 'university'],
      ['Université Paris-Saclay', 'university'],
      ['Università degli Studi di Milano', 'university'],
      ['Universiteit Leiden', 'university'],
      ['Politecnico di Milano', 'university'],
      ['清华大学', 'university'],
      ['國立臺灣大學', 'university'],
      ['中国科学院大学', 'university'],
      ['서울대학교', 'university'],
      ['中国工商银行股份有限公司', 'bank'],
      ['Banco Santander, S.A.', 'bank'],
      ['Commerzbank AG', 'bank'],
      ['Raiffeisenbank Region Fehring eGen', 'bank'],
      ['Sparebanken Øst', 'bank'],
      ['Türkiye Vakıflar Bankası T.A.O.', 'bank'],
      ['АО "Ситибанк Казахстан"', 'bank'],
      ['CAJA DE AHORROS PROVINCIAL DE ZAMORA', 'bank'],
      ["People's Bank of China", 'agency'],
      ['中国人民银行', 'agency'],
      ['Ecole Nationale Supérieure de Chimie de Montpellier', 'university'],
      ['Akademia Podlaska', 'university'],
      ['中国科学院计算技术研究所', 'research_institute'],
      ['中国科学院', 'research_institute'],
      ['Max-Planck-Gesellschaft zur Förderung der Wissenschaften e.V.', 'research_institute'],
      ['Consejo Superior de Investigaciones Científicas', 'research_institute'],
      ['한국전자통신연구원', 'research_institute'],
      ['国家知识产权局', 'agency'],
      ['广东省科学技术厅', 'agency'],
      ['国家发展和改革委员会', 'agency'],
      ['深圳市人民政府', 'agency'],
      ['特許庁', 'agency'],
      ['Bundesministerium für Bildung und Forschung', 'agency'],
      ['华为技术有限公司', 'enterprise'],
      ['株式会社東芝', 'enterprise'],
    ];
    expect(kinds(cases.map(([n]) => n))).toEqual(cases);
  });

  it("takes a company's legal form over research or government words, and a misspelt kind word", () => {
    // …though a corporation's research institute is one.
    expect(orgKindOfName('China Aerospace Science and Technology Corporation 1st Academy 702 Research Institute')).toBe('research_institute');
    expect(orgKindOfName('中国建筑科学研究院有限公司')).toBe('enterprise');
    const companies = ['SAS Institute Inc.', 'Laboratory Corporation of America Holdings', 'Research In Motion Limited', 'Univeristy Medical Products Inc.', 'Collage Technologies LLC', 'Diversity Systems Inc', 'Universal Display Corporation'];
    expect(kinds(companies)).toEqual(all(companies, 'enterprise'));
    // …but not over a university's or a bank's: a university may be incorporated, a bank is.
    expect(orgKindOfName('University of Phoenix, Inc.')).toBe('university');
    expect(orgKindOfName('中国银行股份有限公司')).toBe('bank');
  });

  it('says when nothing in the name told the kind', () => {
    expect(guessOrgKind('Acme Robotics, Inc.')).toEqual({ kind: 'enterprise', basis: 'legal_form', word: 'INC' });
    expect(guessOrgKind('Motorola')).toEqual({ kind: 'enterprise', basis: 'none', word: null });
    expect(guessOrgKind('小米')).toEqual({ kind: 'enterprise', basis: 'none', word: null });
    // The source's word that it is a government body holds below a university's and a bank's words.
    expect(kinds(['Acme Robotics, Inc.', 'Tennessee Valley'], true)).toEqual(all(['Acme Robotics, Inc.', 'Tennessee Valley'], 'agency'));
    expect(orgKindOfName('University of Utah', true)).toBe('university');
  });

  it("is in the converter's report when no word or a misspelt one told it", () => {
    const report = new ConvertReport(() => {});
    for (const name of ['Motorola', 'Univeristy of Utah', 'Acme Robotics, Inc.', '小米', 'Northfield University']) report.kindGuessed(guessOrgKind(name));
    const lines = report.summary().filter((l) => l.startsWith('note'));
    expect(lines).toEqual([
      expect.stringMatching(/^note\s+2 {2}organizations whose name has no kind word nor legal form \(made enterprises\)$/),
      expect.stringMatching(/^note\s+1 {2}organizations made university by a misspelt word/),
    ]);
  });
});
