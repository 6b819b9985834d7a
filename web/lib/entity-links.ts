import type { Role } from './access/roles.ts';
import { addNodes, EMPTY_EXPLORATION } from './canvas/exploration.ts';
import { explorerHref } from './canvas/url-state.ts';
import { allows, NAV } from './nav.ts';

// Where a page can send an entity it shows: the explorer's canvas, and the job pages that take
// it, each offered only to a role that may use that page (as the top bar offers it).

/** The explorer with these nodes on its canvas, the last one selected (its details open). */
export function entityExplorerHref(ids: readonly string[]): string {
  return explorerHref(addNodes(EMPTY_EXPLORATION, ids, { select: true }));
}

export interface JobLink {
  /** Which job: `licensees`, `portfolio`, `policies` or `relatedParty`. */
  job: string;
  /** i18n key of the link's words. */
  label: string;
  href: string;
}

const ORGANIZATION_KINDS = new Set(['university', 'enterprise', 'research_institute', 'agency', 'platform', 'service_org', 'bank']);

const pageAllows = (href: string, role: Role | null) => {
  const entry = NAV.find((e) => e.href === href);
  return !!entry && allows(entry, role);
};

const withQuery = (path: string, params: Record<string, string>) => `${path}?${new URLSearchParams(params)}`;

/**
 * The job pages that apply to a node of this kind, for this role (null: not known, as while the
 * API does not answer; nothing is held back then, the page itself says what it needs).
 */
export function jobLinks(node: { id: string; kind: string }, role: Role | null): JobLink[] {
  const links: JobLink[] = [];
  if (node.kind === 'patent' && pageAllows('/licensees', role)) {
    links.push({ job: 'licensees', label: 'jobs.licensees', href: withQuery('/licensees', { patent: node.id }) });
  }
  if (ORGANIZATION_KINDS.has(node.kind)) {
    if (pageAllows('/licensees', role)) links.push({ job: 'portfolio', label: 'jobs.portfolio', href: withQuery('/licensees', { mode: 'portfolio', holder: node.id }) });
    if (pageAllows('/policies', role)) links.push({ job: 'policies', label: 'jobs.policies', href: withQuery('/policies', { actor: node.id }) });
    if (pageAllows('/related-party', role)) links.push({ job: 'relatedParty', label: 'jobs.relatedParty', href: withQuery('/related-party', { holderId: node.id }) });
  }
  return links;
}
