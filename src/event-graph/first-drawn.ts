/**
 * Which nodes and edges a big graph is created with: those in and around the
 * opening view. A graph's first frame styles and measures every element it
 * holds, the ones out of view too: at 2,000 events (500 nodes, 2,000 edges) it
 * took most of a second after the timeline had drawn, while the reader saw 22
 * names. Created with what is in view, the graph shows the same picture in a
 * fraction of that time, and the rest joins it in small steps after the first
 * frame (rest-of-graph.ts). Pure: positions, rooms and the viewport in, ids out.
 *
 * @module
 */
import type { GraphElements } from '../model/graph-elements.js';
import type { NodeBox } from '../model/graph-label.js';
import type { GraphBox, GraphPoint, Viewport } from './graph-fit.js';

/** Graphs of at most this many elements (nodes and edges) are created whole. */
export const CREATED_WHOLE_UP_TO = 600;

/**
 * How far around the view the first elements reach, in canvas sizes on each
 * side: a reader's first drag or pinch finds the graph drawn there already.
 */
export const MARGIN_PER_SIDE = 0.2;

/** The elements a graph is created with, by id; the rest are added after its first frame. */
export interface FirstDrawn {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

const overlaps = (a: GraphBox, b: GraphBox) =>
  a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;

/** The part of the graph (its own coordinates) a canvas of `canvas` pixels shows at `viewport`, with the margin. */
export function viewedBox(
  viewport: Viewport,
  canvas: { readonly width: number; readonly height: number },
): GraphBox {
  const { zoom, pan } = viewport;
  const [x1, x2] = [-pan.x / zoom, (canvas.width - pan.x) / zoom];
  const [y1, y2] = [-pan.y / zoom, (canvas.height - pan.y) / zoom];
  const [dx, dy] = [(x2 - x1) * MARGIN_PER_SIDE, (y2 - y1) * MARGIN_PER_SIDE];
  return { x1: x1 - dx, y1: y1 - dy, x2: x2 + dx, y2: y2 + dy };
}

/**
 * The nodes and edges of `elements` that a canvas of `canvas` pixels shows at
 * `viewport`, with a margin around it (`MARGIN_PER_SIDE`): each node whose room
 * reaches into it, and each edge whose line may cross it, with both its ends.
 * Undefined (create the graph whole) for a graph of at most
 * {@link CREATED_WHOLE_UP_TO} elements, without a viewport, when a node has no
 * position or room, or when everything is in view anyway.
 */
export function firstDrawn(
  elements: GraphElements,
  positions: Readonly<Record<string, GraphPoint>>,
  rooms: ReadonlyMap<string, NodeBox>,
  viewport: Viewport | undefined,
  canvas: { readonly width: number; readonly height: number },
): FirstDrawn | undefined {
  const whole = elements.nodes.length + elements.edges.length;
  if (!viewport || whole <= CREATED_WHOLE_UP_TO) return undefined;
  const seen = viewedBox(viewport, canvas);
  const at = (id: string) => (Object.hasOwn(positions, id) ? positions[id] : undefined);
  const nodes = new Set<string>();
  for (const node of elements.nodes) {
    const point = at(node.id);
    const room = rooms.get(node.id);
    if (!point || !room) return undefined;
    const box = {
      x1: point.x - room.halfWidth,
      x2: point.x + room.halfWidth,
      y1: point.y - room.above,
      y2: point.y + room.below,
    };
    if (overlaps(box, seen)) nodes.add(node.id);
  }
  const edges = new Set<string>();
  for (const edge of elements.edges) {
    const [from, to] = [at(edge.source), at(edge.target)];
    if (!from || !to) return undefined;
    const line = {
      x1: Math.min(from.x, to.x),
      x2: Math.max(from.x, to.x),
      y1: Math.min(from.y, to.y),
      y2: Math.max(from.y, to.y),
    };
    if (!overlaps(line, seen)) continue;
    edges.add(edge.id);
    nodes.add(edge.source);
    nodes.add(edge.target);
  }
  if (nodes.size === elements.nodes.length && edges.size === elements.edges.length)
    return undefined;
  return { nodes, edges };
}

/** The nodes and edges of `elements` whose ids are in `ids` (all of them when `ids` is undefined), in their order. */
export function elementsAmong(elements: GraphElements, ids: FirstDrawn | undefined): GraphElements {
  if (!ids) return elements;
  return {
    nodes: elements.nodes.filter((node) => ids.nodes.has(node.id)),
    edges: elements.edges.filter((edge) => ids.edges.has(edge.id)),
  };
}

/** The ids of the nodes and edges of `elements` not among `first`, in their order. */
export function restOf(
  elements: GraphElements,
  first: FirstDrawn,
): { nodes: string[]; edges: string[] } {
  return {
    nodes: elements.nodes.filter((node) => !first.nodes.has(node.id)).map((node) => node.id),
    edges: elements.edges.filter((edge) => !first.edges.has(edge.id)).map((edge) => edge.id),
  };
}

/**
 * What a big graph starts with at provisional positions (a run-time layout's, while the
 * worker lays it out): the nodes in view (`inView`, or all when all are), none of the
 * edges. Provisional positions fit nearly every node in view, and created whole there a
 * 2,000-event graph held the main thread 1.0-1.4 s in its first frame while the worker's
 * positions waited behind it (docs/performance.md, "A graph laid out at run time, drawn in
 * steps"). The edges say little until the nodes reach their places; they join in steps
 * meanwhile. A small graph is created whole, as at its final positions.
 */
export function provisionalFirstDrawn(
  elements: GraphElements,
  inView: FirstDrawn | undefined,
): FirstDrawn | undefined {
  if (elements.nodes.length + elements.edges.length <= CREATED_WHOLE_UP_TO) return inView;
  return {
    nodes: inView?.nodes ?? new Set(elements.nodes.map((node) => node.id)),
    edges: new Set(),
  };
}
