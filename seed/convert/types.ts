import type { PATENT_KINDS } from '../bundle-format.ts';

export type PatentKind = (typeof PATENT_KINDS)[number];
