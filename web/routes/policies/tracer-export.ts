import { csvField } from '../../lib/canvas/export.ts';
import type { Coverage, CoveredPage } from './tracer-queries.ts';

// What the tracer's export buttons write: the list on screen, with the facts a researcher cites.

export function coveredCsv(policyId: string, asOf: string, page: CoveredPage): string {
  const rows = [['policy_id', 'as_of', 'actor_id', 'kind', 'name', 'name_en', 'region_code', 'via'].join(',')];
  for (const e of page.edges) {
    const p = e.node.properties as Record<string, unknown>;
    rows.push([policyId, asOf, e.node.id, e.node.kind, e.node.name, e.node.nameEn ?? '', p.region_code ?? '', e.via.join(';')].map(csvField).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

export function coveringCsv(actorId: string, asOf: string, items: readonly Coverage[]): string {
  const rows = [['actor_id', 'as_of', 'policy_id', 'title', 'level', 'scope', 'conditions', 'chain', 'reason'].join(',')];
  for (const c of items) {
    const conditions = c.conditions.map((x) => `${x.dimension}=${x.value}${x.patentId ? ` (${x.patentId} ${x.symbol})` : ''}`).join('; ');
    rows.push([actorId, asOf, c.policy.id, c.policy.title, c.policy.level ?? '', c.scope, conditions, c.chain.map((p) => p.id).join(' > '), c.reason].map(csvField).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
