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
  const anchor: cytoscape.NodeSingular | undefined = selected.nonempty()
    ? selected.nodes()[0]
    : candidates.max((node) => node.connectedEdges(':visible').length).ele;
  const box =
    nodesBox(
      elements.nodes().map((node) => ({ id: node.id(), at: node.position() })),
      (id) => rooms.get(id),
    ) ?? elements.boundingBox({});
  cy.viewport(
    fitViewport(box, { width: cy.width(), height: cy.height() }, target, anchor?.position()),
  );
}

/** Each node's room as drawn (shape and wrapped label in the shown language), by id. */
export function nodeRooms(elements: GraphElements): Map<string, NodeBox> {
  return new Map(
    elements.nodes.map((node) => [node.id, nodeBox(node.kind, nodeLabel(node.label))]),
  );
}
