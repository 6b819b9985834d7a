import { describe, expect, it } from 'vitest';
import { decodeExploration } from './canvas/url-state.ts';
import { entityExplorerHref, jobLinks } from './entity-links.ts';

const jobs = (kind: string, role: Parameters<typeof jobLinks>[1]) => jobLinks({ id: 'X-1', kind }, role).map((l) => l.job);

describe('links from an entity', () => {
  it('opens the explorer with the entity on the canvas and selected', () => {
    const href = entityExplorerHref(['CN1', 'ORG-1']);
    expect(href.startsWith('/explore?')).toBe(true);
    const exploration = decodeExploration(new URL(href, 'http://x').searchParams);
    expect(exploration.nodes).toEqual(['CN1', 'ORG-1']);
    expect(exploration.selected).toBe('ORG-1');
  });

  it('offers the job pages that take the kind, to the roles that may use them', () => {
    expect(jobs('patent', 'ANALYST')).toEqual(['licensees']);
    expect(jobs('patent', 'VIEWER')).toEqual([]);
    expect(jobs('university', 'VIEWER')).toEqual(['policies']);
    expect(jobs('enterprise', 'ANALYST')).toEqual(['portfolio', 'policies']);
    expect(jobs('enterprise', 'SUPERVISOR')).toEqual(['portfolio', 'policies', 'relatedParty']);
    expect(jobs('person', 'SUPERVISOR')).toEqual([]);
    expect(jobs('ipc_class', 'SUPERVISOR')).toEqual([]);
  });

  it('writes each page’s own parameters', () => {
    const hrefs = Object.fromEntries(jobLinks({ id: 'ORG 1', kind: 'bank' }, 'SUPERVISOR').map((l) => [l.job, l.href]));
    expect(hrefs).toEqual({ portfolio: '/licensees?mode=portfolio&holder=ORG+1', policies: '/policies?actor=ORG+1', relatedParty: '/related-party?holderId=ORG+1' });
    expect(jobLinks({ id: 'CN1', kind: 'patent' }, null)[0]!.href).toBe('/licensees?patent=CN1');
  });
});
