/**
 * How a new graph opens: its zoom and pan, and the classes each element starts
 * with, computed from the model before cytoscape is created. Given at
 * creation, they cost nothing; set after it, each class cytoscape is asked to
 * change restyles its element, and the first frame of a 2,500-element graph
 * restyled all of them once more than a raw cytoscape does (its names and
 * relations gained their zoom classes), and its preset layout measured every
 * label to fit a view the controller then replaced (docs/performance.md).
 * Pure: the controller creates the instance with what this returns.
 *
 * @module
 */
import type { CytoscapeDrawOptions } from './cytoscape-options.js';
import type { GraphElements } from '../model/graph-elements.js';
import type { NodeBox } from '../model/graph-label.js';
import type { GraphView } from '../model/graph-view.js';
import { classToggles, dimsRest, type ClassedElement } from './graph-classes.js';
import {
  fitTarget,
  fitViewport,
  nodesBox,
  type FitTarget,
  type GraphPoint,
  type Viewport,
} from './graph-fit.js';
import { zoomClasses } from './graph-style.js';

/** The opening of a graph: where it is seen from, and each element's first classes. */
export interface OpeningView {
  /** The viewport fitting what the view shows (the controller re-centres it); undefined when unknown. */
  readonly viewport: Viewport | undefined;
  /** The classes each element (by id) starts with; elements without any are absent. */
  readonly classes: ReadonlyMap<string, readonly string[]>;
}

/** A model element as `classToggles` reads it, before it has any class. */
function bare(id: string, isNode: boolean): ClassedElement {
  return { id: () => id, isNode: () => isNode, hasClass: () => false };
}

/**
 * The viewport and classes a graph of `elements` at `positions` opens with on a
 * canvas of `canvas` pixels, showing `view` (`selectedEntity` is the chosen
 * name, or empty). The zoom is the one the controller's fit will choose, so the
 * zoom classes (names or relations too small to read) need no change after it.
 */
export function openingView(
  elements: GraphElements,
  positions: Readonly<Record<string, GraphPoint>>,
  rooms: ReadonlyMap<string, NodeBox>,
  view: GraphView,
  selectedEntity: string,
  canvas: { readonly width: number; readonly height: number },
): OpeningView {
  const viewport = viewportFor(elements, positions, rooms, view, selectedEntity, canvas);
  const dimRest = dimsRest(elements.nodes.length + elements.edges.length);
  const classes = startingClasses(elements, view, selectedEntity, dimRest, viewport?.zoom);
  return { viewport, classes };
}

/**
 * The viewport that brings `target` (by default the view's own, `fitTarget`)
 * into view from the model, as the controller's fit does on the canvas
 * (fit-graph.ts): the box of the nodes it fits, centred on the selected or
 * best-connected name where they do not fit (a fit on the canvas reads every
 * element's style, the part out of view included). Undefined while a node to
 * fit has no position.
 */
export function viewportFor(
  elements: GraphElements,
  positions: Readonly<Record<string, GraphPoint>>,
  rooms: ReadonlyMap<string, NodeBox>,
  view: GraphView,
  selectedEntity: string,
  canvas: { readonly width: number; readonly height: number },
  target: FitTarget = fitTarget(view),
): Viewport | undefined {
  const fitted = elements.nodes.filter((node) =>
    view.focused ? view.highlightedNodes.has(node.id) : !view.hiddenNodes.has(node.id),
  );
  const placed = fitted.flatMap((node) => {
    const at = Object.hasOwn(positions, node.id) ? positions[node.id] : undefined;
    return at ? [{ id: node.id, at }] : [];
  });
  const box = placed.length === fitted.length ? nodesBox(placed, (id) => rooms.get(id)) : undefined;
  const anchor = openingAnchor(elements, view, selectedEntity);
  const anchorAt =
    anchor !== undefined && Object.hasOwn(positions, anchor) ? positions[anchor] : undefined;
  return box && fitViewport(box, canvas, target, anchorAt);
}

/**
 * The classes `elements` start with on a graph showing `view` at `zoom` (no
 * zoom classes when it is unknown): at creation, and for the elements added
 * after it (rest-of-graph.ts). `dimRest` is `dimsRest` of the whole graph.
 */
export function startingClasses(
  elements: GraphElements,
  view: GraphView,
  selectedEntity: string,
  dimRest: boolean,
  zoom: number | undefined,
): Map<string, string[]> {
  const classes = new Map<string, string[]>();
  const add = (id: string, name: string) => {
    const list = classes.get(id);
    if (list) list.push(name);
    else classes.set(id, [name]);
  };
  const all = [
    ...elements.nodes.map((node) => bare(node.id, true)),
    ...elements.edges.map((edge) => bare(edge.id, false)),
  ];
  for (const { element, name } of classToggles(all, view, selectedEntity, dimRest))
    add(element.id(), name);
  if (zoom !== undefined) {
    const tooSmall = zoomClasses(zoom);
    for (const element of all) {
      if (tooSmall['names-too-small']) add(element.id(), 'names-too-small');
      if (tooSmall['relations-too-small'] && !element.isNode())
        add(element.id(), 'relations-too-small');
    }
  }
  return classes;
}

/**
 * The node a fit centres on where what it shows does not fit, from the model
 * (as fit-graph.ts's `fitGraph` finds it on the canvas): the selected name
 * when it is among the candidates, else the candidate with the most visible
 * edges, the first of equals. The candidates are what a selection lights up,
 * or every visible node when nothing is.
 */
export function openingAnchor(
  elements: GraphElements,
  view: GraphView,
  selectedEntity: string,
): string | undefined {
  const candidates = elements.nodes
    .map((node) => node.id)
    .filter((id) =>
      view.focused
        ? view.highlightedNodes.has(id) || id === selectedEntity
        : !view.hiddenNodes.has(id),
    );
  if (selectedEntity && candidates.includes(selectedEntity)) return selectedEntity;
  const degrees = new Map<string, number>();
  const count = (id: string) => degrees.set(id, (degrees.get(id) ?? 0) + 1);
  for (const edge of elements.edges) {
    const hidden =
      view.hiddenEdges.has(edge.id) ||
      view.hiddenNodes.has(edge.source) ||
      view.hiddenNodes.has(edge.target);
    if (hidden) continue;
    count(edge.source);
    // A loop is one of its node's edges, as cytoscape's `connectedEdges` counts it.
    if (edge.target !== edge.source) count(edge.target);
  }
  let best: string | undefined;
  let most = -Infinity;
  for (const id of candidates) {
    const degree = degrees.get(id) ?? 0;
    if (degree > most) [best, most] = [id, degree];
  }
  return best;
}

/**
 * The creation options that open a graph at `viewport`, without the fit of
 * its preset layout (which measures every label for a view replaced at once);
 * none when the viewport is unknown (then the layout fits).
 */
export function openedAt(viewport: Viewport | undefined): Partial<CytoscapeDrawOptions> {
  if (!viewport) return {};
  return { layout: { name: 'preset', fit: false }, zoom: viewport.zoom, pan: { ...viewport.pan } };
}
