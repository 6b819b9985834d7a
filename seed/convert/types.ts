import type { PATENT_KINDS } from '../../graph/vocabulary/index.ts';

export type PatentKind = (typeof PATENT_KINDS)[number];
