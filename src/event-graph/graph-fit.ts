/**
 * What the graph brings into view, and the viewport that shows it: as much of
 * it as fits, but never zoomed out so far that names would be drawn too small
 * to read. When it does not fit at a readable size, the view centres on the
 * part that matters most (the best-connected name, or the selected one) and the
 * reader pans to the rest, or asks for everything ("Show all"). Pure: the
 * controller finds the elements and applies the viewport.
 *
 * @module
 */
import { NODE_LABEL, type NodeBox } from '../model/graph-label.js';
import type { GraphView } from '../model/graph-view.js';
import { FIT_PADDING } from './cytoscape-options.js';

/** The smallest size, in CSS pixels, a name is drawn at when the graph brings something into view. */
export const MIN_LABEL_PX = 11;

/** The zoom below which names would be drawn smaller than `MIN_LABEL_PX`. */
export const LEGIBLE_ZOOM = MIN_LABEL_PX / NODE_LABEL.fontSize;

/** What to fit in view, and how. */
export interface FitTarget {
  /** The elements to fit, as a cytoscape selector. */
  readonly selector: string;
  /** Room around them, in pixels. */
  readonly padding: number;
  /** The closest zoom to end at: fitting two or three nodes would blow them up. */
  readonly maxZoom: number;
  /** The farthest zoom to end at (names stay readable above `LEGIBLE_ZOOM`). */
  readonly minZoom: number;
  /** Where to centre when the elements do not fit: the best-connected of these nodes. */
  readonly anchor: string;
}

/** Everything that is shown, at a readable size: the opening view, and after search or filters. */
export const FIT_ALL: FitTarget = {
  selector: ':visible',
  padding: FIT_PADDING,
  maxZoom: 1.25,
  minZoom: LEGIBLE_ZOOM,
  anchor: 'node:visible',
};

/** Everything that is shown, however small: the "Show all" button. */
export const SHOW_ALL: FitTarget = { ...FIT_ALL, minZoom: 0 };

/** What the selection lights up, with more room around it, centred on the selected name. */
export const FIT_FOCUSED: FitTarget = {
  selector: 'node.highlighted',
  padding: 48,
  maxZoom: 0.95,
  minZoom: LEGIBLE_ZOOM,
  anchor: 'node.selected, node.highlighted',
};

/** What a view brings into view: what it highlights, or everything when nothing is. */
export function fitTarget(view: Pick<GraphView, 'focused'>): FitTarget {
  return view.focused ? FIT_FOCUSED : FIT_ALL;
}

/** A box in graph coordinates. */
export interface GraphBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A point in graph coordinates. */
export interface GraphPoint {
  readonly x: number;
  readonly y: number;
}

/** cytoscape's viewport: zoom, and where the graph's origin is drawn on the canvas. */
export interface Viewport {
  readonly zoom: number;
  readonly pan: GraphPoint;
}

/**
 * Where to centre one axis: the box's middle when it fits, else `anchor`
 * moved as little as needed to keep the view inside the box.
 */
function centreOn(low: number, high: number, anchor: number, visible: number): number {
  if (high - low <= visible) return (low + high) / 2;
  return Math.min(Math.max(anchor, low + visible / 2), high - visible / 2);
}

/**
 * The viewport that shows `box` on a canvas of `width` × `height` pixels: the
 * zoom that fits it with `padding`, kept between the target's limits; centred
 * on the box, or on `anchor` along an axis where the box does not fit.
 */
/**
 * The box around nodes at their positions, each with the room it is drawn in
 * (its shape and wrapped label, as the layout reserves it), or undefined when
 * a node's room is unknown. Computed from the model: cytoscape's own
 * `boundingBox()` measures every label and edge again after nodes have moved,
 * a task of hundreds of ms at 2,500 elements (docs/performance.md, "Layout
 * quality"); edges run between their nodes, so the nodes' box holds them.
 */
export function nodesBox(
  nodes: readonly { readonly id: string; readonly at: GraphPoint }[],
  roomOf: (id: string) => NodeBox | undefined,
): GraphBox | undefined {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { id, at } of nodes) {
    const room = roomOf(id);
    if (!room) return undefined;
    x1 = Math.min(x1, at.x - room.halfWidth);
    x2 = Math.max(x2, at.x + room.halfWidth);
    y1 = Math.min(y1, at.y - room.above);
    y2 = Math.max(y2, at.y + room.below);
  }
  return nodes.length > 0 ? { x1, y1, x2, y2 } : undefined;
}

export function fitViewport(
  box: GraphBox,
  canvas: { readonly width: number; readonly height: number },
  target: Pick<FitTarget, 'padding' | 'maxZoom' | 'minZoom'>,
  anchor: GraphPoint = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 },
): Viewport {
  const room = {
    width: Math.max(canvas.width - 2 * target.padding, 1),
    height: Math.max(canvas.height - 2 * target.padding, 1),
  };
  const fitting = Math.min(
    room.width / Math.max(box.x2 - box.x1, 1),
    room.height / Math.max(box.y2 - box.y1, 1),
  );
  const zoom = Math.min(Math.max(fitting, target.minZoom), target.maxZoom);
  const x = centreOn(box.x1, box.x2, anchor.x, room.width / zoom);
  const y = centreOn(box.y1, box.y2, anchor.y, room.height / zoom);
  return { zoom, pan: { x: canvas.width / 2 - x * zoom, y: canvas.height / 2 - y * zoom } };
}
