import { describe, expect, it } from 'vitest';
import {
  cpcToIpc, looksLikePerson, normalizeOrgName, normalizePatentNumber, parseSourceDate, personDisplayName,
} from './normalize.ts';
import { conveyanceOutcome, conveyanceTypeOfText } from './conveyance.ts';
import { placeOfAddress, placeSlug } from './regions.ts';

describe('organization names', () => {
  it('gives two spellings of one company the same form', () => {
    expect(normalizeOrgName('Acme Robotics, Inc.')).toBe('ACME ROBOTICS');
    expect(normalizeOrgName('ACME ROBOTICS INC')).toBe('ACME ROBOTICS');
    expect(normalizeOrgName('Helix Biotech L.L.C.')).toBe(normalizeOrgName('HELIX BIOTECH, LLC'));
    expect(normalizeOrgName('Tokyo Denki Kabushiki Kaisha')).toBe(normalizeOrgName('TOKYO DENKI K.K.'));
    expect(normalizeOrgName('The Procter & Gamble Company')).toBe('PROCTER AND GAMBLE');
    expect(normalizeOrgName('Société Générale S.A.')).toBe('SOCIETE GENERALE');
  });

  it('keeps names apart that differ in more than the legal form', () => {
    expect(normalizeOrgName('Acme Robotics Inc')).not.toBe(normalizeOrgName('Acme Automation Inc'));
    // A name that is only a legal form word keeps it rather than becoming empty.
    expect(normalizeOrgName('Company')).toBe('COMPANY');
  });

  it('tells an individual\'s "FAMILY, GIVEN" name from a company with a comma', () => {
    expect(looksLikePerson('SMITH, JOHN A.')).toBe(true);
    expect(personDisplayName('SMITH, JOHN A.')).toBe('JOHN A. SMITH');
    expect(looksLikePerson('ACME ROBOTICS, INC.')).toBe(false);
    expect(looksLikePerson('REGENTS OF THE UNIVERSITY OF MICHIGAN, THE')).toBe(false);
    expect(looksLikePerson('SILICON VALLEY BANK')).toBe(false);
  });
});

describe('patent numbers, CPC codes, dates', () => {
  it('spells US patent numbers one way for both sources', () => {
    expect(normalizePatentNumber('10000001')).toBe('10000001');
    expect(normalizePatentNumber('07654321')).toBe('7654321');
    expect(normalizePatentNumber('D0900001')).toBe('D900001');
    expect(normalizePatentNumber('re049001')).toBe('RE49001');
    expect(normalizePatentNumber('PP30,001')).toBe('PP30001');
    expect(normalizePatentNumber('')).toBeUndefined();
    expect(normalizePatentNumber('0')).toBeUndefined();
    expect(normalizePatentNumber('NULL')).toBeUndefined();
    expect(normalizePatentNumber('US2019/0123456')).toBeUndefined();
  });

  it('writes CPC symbols in the bundle\'s IPC form and drops the Y section', () => {
    expect(cpcToIpc('G06N3/08')).toBe('G06N 3/08');
    expect(cpcToIpc('B25J15/0009')).toBe('B25J 15/0009');
    expect(cpcToIpc('H01L21/187')).toBe('H01L 21/187');
    expect(cpcToIpc('Y02E10/56')).toBeUndefined();
    expect(cpcToIpc('nonsense')).toBeUndefined();
  });

  it('reads the date spellings of CSV and DTA-derived files', () => {
    expect(parseSourceDate('2019-03-01')).toBe('2019-03-01');
    expect(parseSourceDate('2019-03-01 00:00:00')).toBe('2019-03-01');
    expect(parseSourceDate('20190301')).toBe('2019-03-01');
    expect(parseSourceDate('3/1/2019')).toBe('2019-03-01');
    expect(parseSourceDate('15jun2021')).toBe('2021-06-15');
    expect(parseSourceDate('0000-00-00')).toBeUndefined();
    expect(parseSourceDate('2019-02-30')).toBeUndefined();
    expect(parseSourceDate('not a date')).toBeUndefined();
    expect(parseSourceDate('')).toBeUndefined();
  });

  it('makes region codes from place names', () => {
    expect(placeSlug('San José')).toBe('SAN-JOSE');
    expect(placeSlug(' München ')).toBe('MUNCHEN');
  });

  it('reads the Assignment Dataset\'s postal addresses as country, state and city', () => {
    expect(placeOfAddress('SAN JOSE', 'CALIFORNIA', '')).toEqual({ country: 'US', state: 'CA', city: 'SAN JOSE' });
    expect(placeOfAddress('AUSTIN', 'TX', '')).toEqual({ country: 'US', state: 'TX', city: 'AUSTIN' });
    expect(placeOfAddress('TOKYO', '', 'JAPAN')).toEqual({ country: 'JP', state: '', city: 'TOKYO' });
    expect(placeOfAddress('SEOUL', '', 'KOREA, REPUBLIC OF')).toEqual({ country: 'KR', state: '', city: 'SEOUL' });
    expect(placeOfAddress('NOWHERE', '', '')).toBeUndefined();
  });
});

describe('conveyance types', () => {
  it('maps transfers, security interests, releases and licences to bundle transactions', () => {
    expect(conveyanceOutcome('assignment', false)).toEqual({ kind: 'assignment' });
    expect(conveyanceOutcome('merger', false)).toEqual({ kind: 'assignment' });
    expect(conveyanceOutcome('security', false)).toEqual({ kind: 'pledge' });
    expect(conveyanceOutcome('release', false)).toEqual({ kind: 'pledge_release' });
    expect(conveyanceOutcome('license', false)).toEqual({ kind: 'license' });
  });

  it('skips what moves no patent between holders, with a reason', () => {
    for (const t of ['namechg', 'correct', 'govern', 'other', 'missing']) expect(conveyanceOutcome(t, false)).toHaveProperty('skip');
    expect(conveyanceOutcome('assignment', true)).toEqual({ skip: expect.stringMatching(/employer/) });
    expect(conveyanceOutcome('gift', false)).toEqual({ skip: 'unknown conveyance type "gift"' });
  });

  it('reads the type from the conveyance text when the conveyance table has no row', () => {
    expect(conveyanceTypeOfText('ASSIGNMENT OF ASSIGNORS INTEREST (SEE DOCUMENT FOR DETAILS).')).toBe('assignment');
    expect(conveyanceTypeOfText('SECURITY INTEREST (SEE DOCUMENT FOR DETAILS).')).toBe('security');
    expect(conveyanceTypeOfText('RELEASE OF SECURITY INTEREST')).toBe('release');
    expect(conveyanceTypeOfText('CORRECTIVE ASSIGNMENT TO CORRECT THE ASSIGNEE NAME')).toBe('correct');
    expect(conveyanceTypeOfText('CHANGE OF NAME (SEE DOCUMENT FOR DETAILS).')).toBe('namechg');
    expect(conveyanceTypeOfText('CONFIRMATORY LICENSE (SEE DOCUMENT FOR DETAILS).')).toBe('govern');
  });
});
