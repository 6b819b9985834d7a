// The CSV bundle contract of shared/DESIGN.md, as data: the validator, the importer and the
// generator all read it from here so the three can never disagree on a column.

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

export const ORG_KINDS = [
  'university',
  'enterprise',
  'research_institute',
  'agency',
  'platform',
  'service_org',
  'bank',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** The Neo4j label each organization kind carries besides `Organization`. */
export const ORG_KIND_LABEL: Record<OrgKind, string> = {
  university: 'University',
  enterprise: 'Enterprise',
  research_institute: 'ResearchInstitute',
  agency: 'Agency',
  platform: 'Platform',
  service_org: 'ServiceOrg',
  bank: 'Bank',
};

export const REGION_LEVELS = ['country', 'province', 'city', 'district'] as const;
export const PATENT_KINDS = ['invention', 'utility_model', 'design'] as const;
export const PATENT_STATUSES = ['active', 'lapsed', 'expired', 'revoked'] as const;
export const TRANSACTION_KINDS = ['assignment', 'license', 'pledge', 'pledge_release'] as const;
export const LICENSE_TYPES = ['exclusive', 'sole', 'ordinary'] as const;
export const POSITION_ROLES = ['legal_representative', 'director', 'supervisor', 'executive'] as const;
export const POLICY_LEVELS = ['national', 'provincial', 'municipal'] as const;
export const POLICY_LINK_KINDS = ['implements', 'cites', 'supersedes', 'amends'] as const;
export const COVERAGE_DIMENSIONS = ['region', 'org_kind', 'industry', 'ipc', 'org'] as const;

export type TransactionKind = (typeof TRANSACTION_KINDS)[number];
export type PolicyLinkKind = (typeof POLICY_LINK_KINDS)[number];
export type CoverageDimension = (typeof COVERAGE_DIMENSIONS)[number];

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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2023-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(0);
  // setUTCFullYear, not Date.UTC: the latter maps years 0–99 to 1900–1999.
  t.setUTCFullYear(y, mo - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

// Section letter, two-digit class, subclass letter, then an optional "group/subgroup".
const IPC_SYMBOL = /^([A-H])(\d{2})([A-Z])(?:\s*(\d{1,4})\/(\d{1,6}))?$/;

export interface IpcParts {
  section: string;
  cls: string;
  subclass: string;
  mainGroup?: string;
  symbol: string;
}

/**
 * Parses an IPC (or CPC) symbol such as `G06N 3/08` and names its ancestors, normalised to
 * `G06N 3/08` spacing. Returns null for anything that is not one.
 */
export function parseIpc(raw: string): IpcParts | null {
  const m = IPC_SYMBOL.exec(raw.trim().toUpperCase());
  if (!m) return null;
  const subclass = `${m[1]}${m[2]}${m[3]}`;
  const parts: IpcParts = {
    section: m[1]!,
    cls: `${m[1]}${m[2]}`,
    subclass,
    symbol: subclass,
  };
  if (m[4] !== undefined) {
    const group = String(Number(m[4]));
    parts.mainGroup = `${subclass} ${group}/00`;
    parts.symbol = `${subclass} ${group}/${m[5]}`;
  }
  return parts;
}

/** An IPC prefix in a coverage row: a section, class, subclass, group or subgroup. */
export function isIpcPrefix(raw: string): boolean {
  const v = raw.trim().toUpperCase();
  return /^[A-H](\d{2}([A-Z](\s*\d{1,4}(\/\d{1,6})?)?)?)?$/.test(v);
}
