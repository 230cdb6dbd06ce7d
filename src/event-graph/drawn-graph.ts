/**
 * What the canvas draws, read back from a cytoscape instance as plain,
 * read-only snapshots: the inspection API of `<event-graph>` (`drawnNodes()`,
 * `drawnEdges()`), for tests and tools that check what a reader sees.
 *
 * @module
 */
import type cytoscape from 'cytoscape';
import type { EntityKind } from '../model/story-schema.js';
import type { Position } from './cytoscape-options.js';

/** A node as the canvas draws it. */
export interface DrawnNode {
  readonly id: string;
  readonly kind: EntityKind;
  /** The label on the canvas (a long name may be shortened to its abbreviation). */
  readonly label: string;
  /** The view classes it carries: `hidden`, `highlighted`, `dimmed`, `selected`. */
  readonly classes: readonly string[];
  /** Where it is in the graph's own coordinates (the layout's). */
  readonly position: Position;
  /** Where it is on the canvas, in CSS pixels from the canvas's top left corner. */
  readonly renderedPosition: Position;
  /** The size its label is drawn at on screen, in CSS pixels (font size × zoom); 0 when not drawn. */
  readonly labelSize: number;
}

/** An edge as the canvas draws it. */
export interface DrawnEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: string;
  /** The view classes it carries: `hidden`, `highlighted`, `dimmed`. */
  readonly classes: readonly string[];
}

/** The nodes `cy` draws, in its order. */
export function drawnNodes(cy: cytoscape.Core): DrawnNode[] {
  const zoom = cy.zoom();
  const labelSize = (node: cytoscape.NodeSingular) =>
    node.visible() && Number(node.style('text-opacity')) > 0 && node.data('label')
      ? node.numericStyle('font-size') * zoom
      : 0;
  return cy.nodes().map((node) => ({
    id: node.id(),
    kind: node.data('kind') as EntityKind,
    label: String(node.data('label')),
    classes: node.classes(),
    position: { ...node.position() },
    renderedPosition: { ...node.renderedPosition() },
    labelSize: labelSize(node),
  }));
}

/** The edges `cy` draws, in its order. */
export function drawnEdges(cy: cytoscape.Core): DrawnEdge[] {
  return cy.edges().map((edge) => ({
    id: edge.id(),
    source: edge.source().id(),
    target: edge.target().id(),
    label: String(edge.data('label')),
    classes: edge.classes(),
  }));
}
