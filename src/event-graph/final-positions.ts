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
  /** Resolves once the layout has begun (see `LayoutJob.started`). */
  readonly started?: Promise<void>;
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
  return job
    ? { now: job.provisional, final: job.final, started: job.started }
    : { now: positions ?? {} };
}

/**
 * How long the first drawing waits for a layout to begin, in ms: a worker
 * starts only when the main thread is free, so drawn at once, a 500-node graph
 * kept the worker waiting through its whole first drawing (about a second),
 * and its final positions came that much later.
 */
export const LAYOUT_START_WAIT_MS = 250;

/** Resolves when `positions`' layout has begun, or after `LAYOUT_START_WAIT_MS` at most. */
export function layoutBegun(positions: PositionsToDraw): Promise<unknown> {
  if (!positions.started) return Promise.resolve();
  return Promise.race([
    positions.started,
    new Promise((resolve) => setTimeout(resolve, LAYOUT_START_WAIT_MS)),
  ]);
}

/**
 * Moves the nodes of `cy` to `final` when it comes, unless `cy` was destroyed
 * meanwhile (another story drawn), then calls `moved` (to refit the view).
 * `arrived` hears of the positions first (the nodes not yet added take them). A
 * failed layout leaves the provisional positions. Marks
 * `he-graph-layout-apply` and `he-graph-layout-final` around the move, for the bench.
 */
export async function moveWhenFinal(
  cy: cytoscape.Core,
  final: Promise<Positions>,
  moved: () => void,
  arrived: (positions: Positions) => void = () => undefined,
): Promise<void> {
  let positions: Positions;
  try {
    positions = await final;
  } catch {
    return;
  }
  if (cy.destroyed()) return;
  arrived(positions);
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
