import { addNodes, EMPTY_EXPLORATION, expand } from '../../lib/canvas/exploration.ts';
import { explorerHref } from '../../lib/canvas/url-state.ts';

// A chain on the explorer's canvas with its trades drawn: each trade is expanded (its patents and
// its two parties come with their links), so the parties are not loose dots; the patents are
// added too, and the first is selected, so the details open on what the chain is about.

/** Links a trade has: its patents, its two parties, its platform. */
const TRADE_LINKS = 10;

export function chainExplorerHref(chain: { patentIds: readonly string[]; transactions: readonly { id: string }[] }): string {
  const trades = chain.transactions.map((t) => t.id);
  // An expansion grows from a node on the canvas: the trades are put there first.
  let exploration = addNodes(addNodes(EMPTY_EXPLORATION, chain.patentIds, { select: true }), trades, { select: false });
  for (const id of trades) exploration = expand(exploration, { id, limit: TRADE_LINKS });
  return explorerHref(exploration);
}
