import { addNodes, EMPTY_EXPLORATION } from '../../lib/canvas/exploration.ts';
import { explorerHref } from '../../lib/canvas/url-state.ts';

// A chain on the explorer's canvas: every node of its evidence (the patents, the trades, their
// parties, and the owners, controllers and officers that relate the parties), so what made the
// chain suspect is there to follow further; the explorer brings the relationships between them.
// The first patent is selected, so the details open on what the chain is about.

export function chainExplorerHref(chain: { patentIds: readonly string[]; transactions: readonly { id: string }[]; evidence?: { nodes: readonly { id: string }[] } }): string {
  const rest = [...chain.transactions.map((t) => t.id), ...(chain.evidence?.nodes.map((n) => n.id) ?? [])].filter((id) => !chain.patentIds.includes(id));
  const exploration = addNodes(addNodes(EMPTY_EXPLORATION, [...chain.patentIds].reverse(), { select: true }), [...new Set(rest)], { select: false });
  return explorerHref(exploration);
}
