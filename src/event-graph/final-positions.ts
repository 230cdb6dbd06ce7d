/**
 * Positions for a story without (enough) build-time positions: the graph is
 * drawn at once at provisional positions while the layout runs off the main
 * thread (graph-layout/layout-client.ts, a chunk loaded only then), and its
 * nodes move to the final positions, in one batch, when they come.
 *
 * @module
 */
import type cytoscape from 'cytoscape';
import type { GraphElements } from '../model/graph-elements.js';
import type { Position } from './cytoscape-options.js';

type Positions = Readonly<Record<string, Position>>;

/** Where to draw the nodes now, and, when a layout runs, where they end up. */
export interface PositionsToDraw {
  readonly now: Positions;
  readonly final?: Promise<Positions>;
}

/** Whether `positions` place every node of `elements` (then no layout runs). */
function coversAll(elements: GraphElements, positions: Positions): boolean {
  return elements.nodes.every((node) => Object.hasOwn(positions, node.id));
}

/** The story's own positions when they place every node; else a layout's (started here). */
export async function positionsToDraw(
  elements: GraphElements,
  positions: Positions | undefined,
): Promise<PositionsToDraw> {
  if (positions && coversAll(elements, positions)) return { now: positions };
  const { startLayout } = await import('../graph-layout/layout-client.js');
  const job = startLayout(elements, positions);
  return job ? { now: job.provisional, final: job.final } : { now: positions ?? {} };
}

/**
 * Moves the nodes of `cy` to `final` when it comes, unless `cy` was destroyed
 * meanwhile (another story drawn), then calls `moved` (to refit the view). A
 * failed layout leaves the provisional positions. Marks
 * `he-graph-layout-apply` and `he-graph-layout-final` around the move, for the bench.
 */
export async function moveWhenFinal(
  cy: cytoscape.Core,
  final: Promise<Positions>,
  moved: () => void,
): Promise<void> {
  let positions: Positions;
  try {
    positions = await final;
  } catch {
    return;
  }
  if (cy.destroyed()) return;
  performance.mark('he-graph-layout-apply');
  // One call: cytoscape notifies and re-bounds once, not once per node.
  cy.nodes().positions((node) => {
    const id = node.id();
    const at = Object.hasOwn(positions, id) ? positions[id] : undefined;
    return at ? { x: at.x, y: at.y } : node.position();
  });
  moved();
  performance.mark('he-graph-layout-final');
}
