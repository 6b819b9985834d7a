// How a node and a relationship are keyed and named in every answer, whatever query read them.

/** The properties nodeIdOf, nodeNameOf and nodeNameEnOf read: what a list of nodes needs to show them. */
export const NAMING_PROPERTY_KEYS = ['id', 'code', 'name', 'title', 'name_en', 'title_en', 'kind', 'date', 'scope', 'policy_id', 'seq'] as const;


/** Properties that key a node: `id` (regions and IPC classes keep their code there too). */
export function nodeIdOf(properties: Record<string, unknown>): string {
  return String(properties.id ?? properties.code ?? '');
}

/** What a person reads as the node's name: its name or title, else something made from its key. */
export function nodeNameOf(kind: string, p: Record<string, unknown>): string {
  const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
  switch (kind) {
    case 'transaction':
      return [text(p.kind), text(p.date)].filter(Boolean).join(' ') || nodeIdOf(p);
    case 'coverage_scope':
      return text(p.scope) ?? nodeIdOf(p);
    case 'provision':
      return text(p.title) ?? `${String(p.policy_id ?? '')} #${String(p.seq ?? '')}`;
    default:
      return text(p.name) ?? text(p.title) ?? nodeIdOf(p);
  }
}

export function nodeNameEnOf(p: Record<string, unknown>): string | null {
  const v = p.name_en ?? p.title_en;
  return typeof v === 'string' && v.length > 0 ? v : null;
}

/**
 * A relationship id that is the same in every query and every database:
 * `TYPE:source->target`, plus `#discriminator` where two nodes can share several relationships of
 * one type (an officer's roles, a holder's separate holding periods).
 */
export function edgeIdOf({ type, source, target, properties }: { type: string; source: string; target: string; properties: Record<string, unknown> }): string {
  const base = `${type}:${source}->${target}`;
  if (type === 'OFFICER_OF') return `${base}#${String(properties.role ?? '')}`;
  if (type === 'HOLDS') return `${base}#${String(properties.from ?? '')}`;
  return base;
}
