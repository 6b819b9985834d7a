import {
  COVERAGE_DIMENSIONS,
  LICENSE_TYPES,
  ORG_KINDS,
  PATENT_KINDS,
  PATENT_STATUSES,
  POLICY_LEVELS,
  POLICY_LINK_KINDS,
  POSITION_ROLES,
  REGION_LEVELS,
  TRANSACTION_KINDS,
  type OrgKind,
} from '../graph/vocabulary/index.ts';

// The CSV bundle contract of shared/DESIGN.md, as data: the validator, the importer and the
// generator all read it from here so the three can never disagree on a column. Its enums are the
// shared vocabulary's (graph/vocabulary/kinds.ts).

export type ColumnType =
  | { kind: 'string' }
  | { kind: 'id' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'date' }
  | { kind: 'int'; min?: number }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'list' } // `;`-separated strings
  | { kind: 'ipcList' }; // `;`-separated IPC symbols

/** Which entity file a column's value must be found in. */
export type EntityKind =
  | 'region'
  | 'organization'
  | 'person'
  | 'patent'
  | 'transaction'
  | 'policy';

export interface ColumnSpec {
  name: string;
  required: boolean;
  type: ColumnType;
  /** Foreign key: the value (each value of a list) must name an entity of one of these kinds. */
  references?: readonly EntityKind[];
  /** Further restriction on the referenced organization's kind, e.g. a policy issuer is an agency. */
  referencesOrgKind?: readonly OrgKind[];
}

export interface FileSpec {
  file: string;
  /** The entity this file defines, keyed by its id column. */
  defines?: { kind: EntityKind; idColumn: string };
  columns: readonly ColumnSpec[];
}

const req = (name: string, type: ColumnType, more: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name,
  required: true,
  type,
  ...more,
});
const opt = (name: string, type: ColumnType, more: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name,
  required: false,
  type,
  ...more,
});
const str: ColumnType = { kind: 'string' };
const id: ColumnType = { kind: 'id' };
const date: ColumnType = { kind: 'date' };
const oneOf = (values: readonly string[]): ColumnType => ({ kind: 'enum', values });

/** Files in the order they are validated and imported: every file only refers to earlier ones. */
export const BUNDLE_FILES: readonly FileSpec[] = [
  {
    file: 'regions.csv',
    defines: { kind: 'region', idColumn: 'code' },
    columns: [
      req('code', id),
      req('name', str),
      opt('name_en', str),
      req('level', oneOf(REGION_LEVELS)),
      opt('parent_code', id, { references: ['region'] }),
    ],
  },
  {
    file: 'organizations.csv',
    defines: { kind: 'organization', idColumn: 'id' },
    columns: [
      req('id', id),
      req('kind', oneOf(ORG_KINDS)),
      req('name', str),
      opt('name_en', str),
      opt('region_code', id, { references: ['region'] }),
      opt('industry', str),
      opt('founded', date),
      opt('credit_code', str),
    ],
  },
  {
    file: 'persons.csv',
    defines: { kind: 'person', idColumn: 'id' },
    columns: [req('id', id), req('name', str), opt('name_en', str)],
  },
  {
    file: 'patents.csv',
    defines: { kind: 'patent', idColumn: 'id' },
    columns: [
      req('id', id),
      req('title', str),
      opt('title_en', str),
      req('kind', oneOf(PATENT_KINDS)),
      opt('ipc', { kind: 'ipcList' }),
      opt('filed', date),
      opt('granted', date),
      opt('status', oneOf(PATENT_STATUSES)),
      opt('abstract', str),
    ],
  },
  {
    file: 'applicants.csv',
    columns: [
      req('patent_id', id, { references: ['patent'] }),
      req('holder_id', id, { references: ['organization', 'person'] }),
      opt('seq', { kind: 'int', min: 0 }),
    ],
  },
  {
    file: 'inventors.csv',
    columns: [
      req('patent_id', id, { references: ['patent'] }),
      req('person_id', id, { references: ['person'] }),
      opt('seq', { kind: 'int', min: 0 }),
    ],
  },
  {
    file: 'citations.csv',
    columns: [
      req('citing_id', id, { references: ['patent'] }),
      req('cited_id', id, { references: ['patent'] }),
    ],
  },
  {
    file: 'transactions.csv',
    defines: { kind: 'transaction', idColumn: 'id' },
    columns: [
      req('id', id),
      req('kind', oneOf(TRANSACTION_KINDS)),
      req('patent_ids', { kind: 'list' }, { references: ['patent'] }),
      req('from_id', id, { references: ['organization', 'person'] }),
      req('to_id', id, { references: ['organization', 'person'] }),
      req('date', date),
      opt('amount_cny', { kind: 'number', min: 0 }),
      opt('license_type', oneOf(LICENSE_TYPES)),
      opt('platform_id', id, { references: ['organization'], referencesOrgKind: ['platform'] }),
      opt('registration_no', str),
    ],
  },
  {
    file: 'equity.csv',
    columns: [
      req('owner_id', id, { references: ['organization', 'person'] }),
      req('company_id', id, { references: ['organization'] }),
      req('share', { kind: 'number', min: 0, max: 1 }),
      opt('since', date),
      // The day the holding ended (sold out): the stake counts on [since, until).
      opt('until', date),
    ],
  },
  {
    file: 'positions.csv',
    columns: [
      req('person_id', id, { references: ['person'] }),
      req('org_id', id, { references: ['organization'] }),
      req('role', oneOf(POSITION_ROLES)),
      opt('since', date),
      // The day the person left the post: the position counts on [since, until).
      opt('until', date),
    ],
  },
  {
    file: 'policies.csv',
    defines: { kind: 'policy', idColumn: 'id' },
    columns: [
      req('id', id),
      req('title', str),
      opt('doc_number', str),
      opt('title_en', str),
      req('issuer_id', id, { references: ['organization'], referencesOrgKind: ['agency'] }),
      req('issued', date),
      opt('effective', date),
      opt('expires', date),
      req('level', oneOf(POLICY_LEVELS)),
      opt('summary', str),
    ],
  },
  {
    file: 'provisions.csv',
    columns: [
      req('policy_id', id, { references: ['policy'] }),
      req('seq', { kind: 'int', min: 0 }),
      opt('title', str),
      req('text', str),
      opt('category', str),
    ],
  },
  {
    file: 'policy_links.csv',
    columns: [
      req('from_id', id, { references: ['policy'] }),
      req('to_id', id, { references: ['policy'] }),
      req('kind', oneOf(POLICY_LINK_KINDS)),
    ],
  },
  {
    file: 'coverage.csv',
    columns: [
      req('policy_id', id, { references: ['policy'] }),
      req('scope', str),
      req('dimension', oneOf(COVERAGE_DIMENSIONS)),
      // What `value` must be depends on `dimension`; the validator checks it row by row.
      req('value', str),
    ],
  },
];

export function fileSpec(file: string): FileSpec {
  const spec = BUNDLE_FILES.find((f) => f.file === file);
  if (!spec) throw new Error(`unknown bundle file ${file}`);
  return spec;
}

/** Column names of a file in contract order, for writers. */
export function headerOf(file: string): string[] {
  return fileSpec(file).columns.map((c) => c.name);
}

export const LIST_SEPARATOR = ';';

export function splitList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}
