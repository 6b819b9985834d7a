import { csvField } from '../../lib/canvas/export.ts';
import type { Coverage, CoveredPage } from './tracer-queries.ts';

// What the tracer's export buttons write: the list on screen, with the facts a researcher cites.

/** The byte-order mark (so spreadsheet programs read UTF-8) and the column names. */
export function coveredCsvHeader(): string {
  return `\uFEFF${['policy_id', 'as_of', 'actor_id', 'kind', 'name', 'name_en', 'region_code', 'via'].join(',')}\r\n`;
}

/** One line per organization reached; `name` in the language asked for, `name_en` always. */
export function coveredCsvRows(policyId: string, asOf: string, edges: CoveredPage['edges'], lang: 'zh' | 'en'): string {
  let out = '';
  for (const e of edges) {
    const p = e.node.properties as Record<string, unknown>;
    const name = lang === 'en' && e.node.nameEn ? e.node.nameEn : e.node.name;
    out += `${[policyId, asOf, e.node.id, e.node.kind, name, e.node.nameEn ?? '', p.region_code ?? '', e.via.join(';')].map(csvField).join(',')}\r\n`;
  }
  return out;
}

/** The page's language: the title and the conditions in words (as the list says them), beside the ids to join on. */
export interface CoveringWords {
  lang: 'zh' | 'en';
  /** What the matched scopes cover, in words. */
  scopes: (c: Coverage) => string;
  conditions: (c: Coverage) => string;
}

export function coveringCsv(actorId: string, asOf: string, items: readonly Coverage[], words: CoveringWords): string {
  const rows = [['actor_id', 'as_of', 'policy_id', 'doc_number', 'title', 'level', 'effective', 'expires', 'scope', 'scope_words', 'conditions', 'chain'].join(',')];
  for (const c of items) {
    const p = c.policy;
    const title = words.lang === 'en' && p.titleEn ? p.titleEn : p.title;
    const chain = c.chain.map((x) => (words.lang === 'en' && x.nameEn ? x.nameEn : x.name)).join(' > ');
    rows.push([actorId, asOf, p.id, p.docNumber ?? '', title, p.level ?? '', p.effective ?? '', p.expires ?? '', c.scopes.join(';'), words.scopes(c), words.conditions(c), chain].map(csvField).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
