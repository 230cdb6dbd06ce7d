/**
 * Brings part of a drawn graph into view at a readable zoom.
 *
 * @module
 */
import type cytoscape from 'cytoscape';
import type { GraphElements } from '../model/graph-elements.js';
import { nodeBox, nodeLabel, type NodeBox } from '../model/graph-label.js';
import { fitViewport, nodesBox, type FitTarget } from './graph-fit.js';

/**
 * Brings `target` into view at a readable zoom (graph-fit.ts): when it does
 * not fit, centred on the selected name or the best-connected one. `rooms`
 * gives each node's drawn room, so that the box is computed from positions
 * (see `nodesBox`); without one, cytoscape measures it.
 */
export function fitGraph(
  cy: cytoscape.Core,
  target: FitTarget,
  rooms: ReadonlyMap<string, NodeBox>,
): void {
  const elements = cy.elements(target.selector);
  if (elements.empty()) return;
  const candidates = cy.nodes(target.anchor);
  const selected = candidates.filter('.selected');
  const anchor = selected.nonempty() ? selected.nodes()[0] : bestConnected(cy, candidates);
  const box =
    nodesBox(
      elements.nodes().map((node) => ({ id: node.id(), at: node.position() })),
      (id) => rooms.get(id),
    ) ?? elements.boundingBox({});
  cy.viewport(
    fitViewport(box, { width: cy.width(), height: cy.height() }, target, anchor?.position()),
  );
}

/**
 * The node of `candidates` with the most visible edges (the first of equals).
 * The edges are counted in one pass: asking each node for its visible edges
 * parsed the selector and made two collections per node, a fifth of a
 * 500-node graph's first fit (docs/performance.md).
 */
function bestConnected(
  cy: cytoscape.Core,
  candidates: cytoscape.NodeCollection,
): cytoscape.NodeSingular | undefined {
  const degrees = new Map<string, number>();
  const count = (id: string) => degrees.set(id, (degrees.get(id) ?? 0) + 1);
  cy.edges(':visible').forEach((edge) => {
    const source = edge.source().id();
    const target = edge.target().id();
    count(source);
    // A loop is one of its node's edges, as `connectedEdges` counts it.
    if (target !== source) count(target);
  });
  let best: cytoscape.NodeSingular | undefined;
  let most = -Infinity;
  candidates.forEach((node) => {
    const degree = degrees.get(node.id()) ?? 0;
    if (degree > most) [best, most] = [node, degree];
  });
  return best;
}

/** Each node's room as drawn (shape and wrapped label in the shown language), by id. */
export function nodeRooms(elements: GraphElements): Map<string, NodeBox> {
  return new Map(
    elements.nodes.map((node) => [node.id, nodeBox(node.kind, nodeLabel(node.label))]),
  );
}
