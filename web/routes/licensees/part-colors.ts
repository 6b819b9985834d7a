import type { Part } from './licensee-state.ts';

/** One colour per score part, in the score bars, the legend and the evidence table. */
const PART_COLORS: Record<Part, string> = {
  technology: '#3b73d9',
  citations: '#8b5cf6',
  collaboration: '#12958a',
  behaviour: '#d68a14',
  place: '#d9467a',
};

/** The schema types a part as any string: one the page does not know yet is drawn grey. */
export function partColor(part: string): string {
  return PART_COLORS[part as Part] ?? '#8a8f98';
}
