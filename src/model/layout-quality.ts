/**
 * How readable a laid-out graph is, as the canvas draws it: how many node
 * shapes overlap, how many names are drawn over another name or shape, and
 * how many edges cross. Used to choose the layout algorithm by measurement
 * (docs/performance.md, "Layout quality"); pure data, no DOM.
 *
 * Boxes follow graph-style.ts: a node's shape is a square of its kind's size
 * centred on its position (circles and diamonds fit inside it); its wrapped
 * label hangs `NODE_LABEL.margin` below the shape, centred, with the plate's
 * padding around the text. Edges are straight segments between positions.
 *
 * @module
 */
import { NODE_LABEL, NODE_SIZES, type WrappedLabel } from './graph-label.js';
import type { EntityKind } from './story-schema.js';

/** A node as drawn: where it is, its kind (shape size) and its wrapped label. */
export interface DrawnNode {
  readonly id: string;
  readonly kind: EntityKind;
  readonly label: WrappedLabel;
}

/** An edge between two node ids. */
export interface DrawnEdge {
  readonly source: string;
  readonly target: string;
}

/** The three figures of a layout's readability; lower is better. */
export interface LayoutQuality {
  /** Pairs of nodes whose shapes overlap. */
  readonly nodeOverlaps: number;
  /** Pairs of nodes where one's label overlaps the other's label or shape. */
  readonly labelOverlaps: number;
  /** Pairs of edges that cross (edges sharing an end never count). */
  readonly edgeCrossings: number;
}

/** An axis-aligned rectangle. */
interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The drawn shape and label of one node. */
interface DrawnBoxes {
  readonly shape: Rect;
  readonly label: Rect | undefined;
  /** The leftmost and rightmost of both, for the sweep. */
  readonly left: number;
  readonly right: number;
}

/** Whether two rectangles share some area (touching edges do not count). */
function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The shape and label rectangles of `node` at `at`. */
export function drawnBoxes(node: DrawnNode, at: { x: number; y: number }): DrawnBoxes {
  const half = NODE_SIZES[node.kind] / 2;
  const shape = { left: at.x - half, top: at.y - half, right: at.x + half, bottom: at.y + half };
  if (node.label.lines.length === 0) return { shape, label: undefined, ...shape };
  const { padding, margin } = NODE_LABEL;
  const halfWidth = node.label.width / 2 + padding;
  const top = at.y + half + margin;
  const label = {
    left: at.x - halfWidth,
    top,
    right: at.x + halfWidth,
    bottom: top + node.label.height + 2 * padding,
  };
  return {
    shape,
    label,
    left: Math.min(shape.left, label.left),
    right: Math.max(shape.right, label.right),
  };
}

/** Whether segment p1–p2 and segment p3–p4 cross at a point inside both. */
function segmentsCross(
  p1: { x: number; y: number },
  p2: { x: number; y: number },
  p3: { x: number; y: number },
  p4: { x: number; y: number },
): boolean {
  const side = (a: typeof p1, b: typeof p1, c: typeof p1) =>
    Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
  const d1 = side(p3, p4, p1);
  const d2 = side(p3, p4, p2);
  const d3 = side(p1, p2, p3);
  const d4 = side(p1, p2, p4);
  // Collinear touching is not a crossing a reader sees as one.
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Counts overlapping node pairs: a sweep along x over the nodes' drawn extents. */
function countBoxOverlaps(boxes: readonly DrawnBoxes[]): {
  nodeOverlaps: number;
  labelOverlaps: number;
} {
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  let nodeOverlaps = 0;
  let labelOverlaps = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const a = sorted[i];
    if (!a) continue;
    for (let j = i + 1; j < sorted.length; j += 1) {
      const b = sorted[j];
      if (!b) continue;
      if (b.left >= a.right) break;
      if (intersects(a.shape, b.shape)) nodeOverlaps += 1;
      const labelHit =
        (a.label !== undefined &&
          (intersects(a.label, b.shape) ||
            (b.label !== undefined && intersects(a.label, b.label)))) ||
        (b.label !== undefined && intersects(b.label, a.shape));
      if (labelHit) labelOverlaps += 1;
    }
  }
  return { nodeOverlaps, labelOverlaps };
}

/**
 * How many pairs of edges cross, as straight segments between `positions`
 * (edges sharing an end never count). A sweep along x over the segments' extents.
 */
export function countEdgeCrossings(
  edges: readonly DrawnEdge[],
  positions: Readonly<Record<string, { x: number; y: number }>>,
): number {
  const segments = edges.flatMap((edge) => {
    const from = positions[edge.source];
    const to = positions[edge.target];
    if (!from || !to || edge.source === edge.target) return [];
    return [{ ...edge, from, to, left: Math.min(from.x, to.x), right: Math.max(from.x, to.x) }];
  });
  segments.sort((a, b) => a.left - b.left);
  let crossings = 0;
  for (let i = 0; i < segments.length; i += 1) {
    const a = segments[i];
    if (!a) continue;
    for (let j = i + 1; j < segments.length; j += 1) {
      const b = segments[j];
      if (!b) continue;
      if (b.left > a.right) break;
      const sharesEnd =
        a.source === b.source ||
        a.source === b.target ||
        a.target === b.source ||
        a.target === b.target;
      if (!sharesEnd && segmentsCross(a.from, a.to, b.from, b.to)) crossings += 1;
    }
  }
  return crossings;
}

/**
 * The readability figures of `positions` for `nodes` and `edges`. Nodes
 * without a position are left out.
 */
export function layoutQuality(
  nodes: readonly DrawnNode[],
  edges: readonly DrawnEdge[],
  positions: Readonly<Record<string, { x: number; y: number }>>,
): LayoutQuality {
  const boxes = nodes.flatMap((node) => {
    const at = positions[node.id];
    return at ? [drawnBoxes(node, at)] : [];
  });
  return { ...countBoxOverlaps(boxes), edgeCrossings: countEdgeCrossings(edges, positions) };
}
