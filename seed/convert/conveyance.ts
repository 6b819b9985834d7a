import type { TransactionKind } from '../../graph/vocabulary/index.ts';

/** What a recorded conveyance becomes: a transaction of the bundle, or a reason to leave it out. */
export type ConveyanceOutcome = { kind: TransactionKind } | { skip: string };

/**
 * The Assignment Dataset's conveyance types (assignment_conveyance.convey_ty) mapped to bundle
 * transactions. Mergers move title like assignments do. Name changes, corrections, government
 * interests and "other" move no patent between holders and are skipped with a count.
 */
const BY_TYPE: Record<string, ConveyanceOutcome> = {
  assignment: { kind: 'assignment' },
  merger: { kind: 'assignment' },
  security: { kind: 'pledge' },
  release: { kind: 'pledge_release' },
  license: { kind: 'license' },
  namechg: { skip: 'name changes (same holder, new name)' },
  correct: { skip: 'corrections of earlier recordings' },
  govern: { skip: 'government interest statements' },
  other: { skip: 'other conveyances' },
  employer: { skip: 'employer assignments (inventor to employer at filing)' },
  missing: { skip: 'conveyances without a type' },
};

// When the conveyance table has no row for an assignment, its free text still tells the type.
const BY_TEXT: [RegExp, string][] = [
  [/RELEASE|TERMINATION|SATISFACTION/, 'release'],
  [/SECURITY|MORTGAGE|LIEN|COLLATERAL/, 'security'],
  [/CHANGE OF NAME|NAME CHANGE/, 'namechg'],
  [/CORRECT/, 'correct'],
  [/MERGER/, 'merger'],
  [/GOVERNMENT INTEREST|CONFIRMATORY LICENSE/, 'govern'],
  [/LICENSE|LICENCE/, 'license'],
  [/ASSIGNMENT|NUNC PRO TUNC/, 'assignment'],
];

export function conveyanceTypeOfText(text: string): string {
  const t = text.toUpperCase();
  for (const [re, type] of BY_TEXT) if (re.test(t)) return type;
  return 'other';
}

/**
 * The outcome for one recorded assignment. Employer assignments (employer_assign = 1) record an
 * inventor handing an invention to the employer when it is filed: PatentsView already names that
 * employer as the assignee, and the handover is no market transfer, so they are skipped.
 */
export function conveyanceOutcome(conveyType: string, employerAssign: boolean): ConveyanceOutcome {
  if (employerAssign) return BY_TYPE.employer!;
  const type = conveyType.trim().toLowerCase();
  return BY_TYPE[type] ?? { skip: `unknown conveyance type ${JSON.stringify(type)}` };
}
