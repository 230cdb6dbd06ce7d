/**
 * Repulsion between every two nodes of the force layout, as a d3-force force:
 * Barnes–Hut, as d3-force's `forceManyBody` with every node equally strong. A
 * group of nodes far away for its size pushes as one body at its centre.
 *
 * Why not `forceManyBody`: its quadtree allocates an object for every cell it
 * visits, and at 500 nodes × 200 ticks the garbage collector took a large
 * share of the layout. Here the quadtree lives in typed arrays, rebuilt in
 * place each tick; nothing is allocated once they are big enough
 * (docs/performance.md, "Layout quality").
 *
 * @module
 */
import type { SimulationNodeDatum } from 'd3-force';

/** How the force pushes. */
export interface ManyBodyOptions {
  /** Each node's strength: negative repels (d3-force's `strength`). */
  readonly strength: number;
  /** Barnes–Hut accuracy: a cell farther than its size / theta acts as one body. */
  readonly theta: number;
  /** Beyond this distance nodes do not push. */
  readonly distanceMax: number;
}

/** A force as d3-force's simulation calls it. */
export interface ManyBodyForce<Node extends SimulationNodeDatum> {
  (alpha: number): void;
  initialize(nodes: Node[], random: () => number): void;
}

/** Cells at this depth are split no further: nodes this close share one (as a list). */
const MAX_DEPTH = 32;

/** d3-force's nudge for two nodes at the same spot, so that they push apart one way. */
function jiggle(random: () => number): number {
  return (random() - 0.5) * 1e-6;
}

/** The repulsion force; see the module comment. */
export function manyBodyForce<Node extends SimulationNodeDatum>(
  options: ManyBodyOptions,
): ManyBodyForce<Node> {
  const theta2 = options.theta * options.theta;
  const distanceMax2 = options.distanceMax * options.distanceMax;
  let nodes: Node[] = [];
  let random: () => number = Math.random;
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  /** The next node in the same cell, or -1. */
  let nextInCell = new Int32Array(0);
  // The cells of the quadtree: cell 0 is the root; a split cell's four
  // children are consecutive and come after it.
  let cells = 0;
  let firstChild = new Int32Array(0);
  let firstNode = new Int32Array(0);
  let left = new Float64Array(0);
  let top = new Float64Array(0);
  let size = new Float64Array(0);
  let count = new Float64Array(0);
  let centreX = new Float64Array(0);
  let centreY = new Float64Array(0);
  const stack = new Int32Array(4 * MAX_DEPTH + 4);

  /** Room for `needed` cells, keeping the ones made. */
  function reserveCells(needed: number): void {
    if (needed <= firstChild.length) return;
    const capacity = Math.max(needed, 2 * firstChild.length);
    const grow = <T extends Int32Array | Float64Array>(array: T, make: (n: number) => T): T => {
      const grown = make(capacity);
      grown.set(array);
      return grown;
    };
    const floats = (n: number) => new Float64Array(n);
    const ints = (n: number) => new Int32Array(n);
    firstChild = grow(firstChild, ints);
    firstNode = grow(firstNode, ints);
    left = grow(left, floats);
    top = grow(top, floats);
    size = grow(size, floats);
    count = grow(count, floats);
    centreX = grow(centreX, floats);
    centreY = grow(centreY, floats);
  }

  /** A new empty leaf with its top-left corner at (`x`, `y`). */
  function addCell(x: number, y: number, side: number): number {
    reserveCells(cells + 1);
    const cell = cells;
    cells += 1;
    firstChild[cell] = -1;
    firstNode[cell] = -1;
    left[cell] = x;
    top[cell] = y;
    size[cell] = side;
    return cell;
  }

  /** The child of the split cell `cell` that holds the point (`x`, `y`). */
  function childAt(cell: number, x: number, y: number): number {
    const half = (size[cell] ?? 0) / 2;
    const right = x >= (left[cell] ?? 0) + half ? 1 : 0;
    const below = y >= (top[cell] ?? 0) + half ? 2 : 0;
    return (firstChild[cell] ?? -1) + right + below;
  }

  /** Splits the leaf `cell` in four and moves its nodes (all at one spot) into their child. */
  function split(cell: number): void {
    const half = (size[cell] ?? 0) / 2;
    const [x, y] = [left[cell] ?? 0, top[cell] ?? 0];
    const first = addCell(x, y, half);
    addCell(x + half, y, half);
    addCell(x, y + half, half);
    addCell(x + half, y + half, half);
    firstChild[cell] = first;
    const moved = firstNode[cell] ?? -1;
    firstNode[cell] = -1;
    firstNode[childAt(cell, xs[moved] ?? 0, ys[moved] ?? 0)] = moved;
  }

  function insert(node: number): void {
    const x = xs[node] ?? 0;
    const y = ys[node] ?? 0;
    let cell = 0;
    for (let depth = 0; ; depth += 1) {
      if ((firstChild[cell] ?? -1) >= 0) {
        cell = childAt(cell, x, y);
        continue;
      }
      const there = firstNode[cell] ?? -1;
      // An empty leaf takes the node; one at the same spot, or a leaf that may not be split, shares.
      if (there < 0 || depth >= MAX_DEPTH || (xs[there] === x && ys[there] === y)) {
        nextInCell[node] = there;
        firstNode[cell] = node;
        return;
      }
      split(cell);
      cell = childAt(cell, x, y);
    }
  }

  /** Each cell's node count and centre: children come after their parent, so in reverse. */
  function accumulate(): void {
    for (let cell = cells - 1; cell >= 0; cell -= 1) {
      let total = 0;
      let sumX = 0;
      let sumY = 0;
      const child = firstChild[cell] ?? -1;
      if (child >= 0) {
        for (let quarter = child; quarter < child + 4; quarter += 1) {
          const weight = count[quarter] ?? 0;
          total += weight;
          sumX += weight * (centreX[quarter] ?? 0);
          sumY += weight * (centreY[quarter] ?? 0);
        }
      } else {
        for (let node = firstNode[cell] ?? -1; node >= 0; node = nextInCell[node] ?? -1) {
          total += 1;
          sumX += xs[node] ?? 0;
          sumY += ys[node] ?? 0;
        }
      }
      count[cell] = total;
      centreX[cell] = total > 0 ? sumX / total : 0;
      centreY[cell] = total > 0 ? sumY / total : 0;
    }
  }

  function buildTree(): void {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    nodes.forEach((node, index) => {
      const [x, y] = [node.x ?? 0, node.y ?? 0];
      xs[index] = x;
      ys[index] = y;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    });
    cells = 0;
    addCell(minX, minY, Math.max(maxX - minX, maxY - minY, 1));
    for (let index = 0; index < nodes.length; index += 1) insert(index);
    accumulate();
  }

  /** Adds the push of every other node (or group far enough) on node `index` to its velocity. */
  function push(node: Node, index: number, alpha: number): void {
    const x = xs[index] ?? 0;
    const y = ys[index] ?? 0;
    let vx = 0;
    let vy = 0;
    let depth = 0;
    stack[depth++] = 0;
    while (depth > 0) {
      const cell = stack[--depth] ?? -1;
      const weight = count[cell] ?? 0;
      if (weight === 0) continue;
      let dx = (centreX[cell] ?? 0) - x;
      let dy = (centreY[cell] ?? 0) - y;
      let distance2 = dx * dx + dy * dy;
      const side = size[cell] ?? 0;
      if ((side * side) / theta2 < distance2) {
        // Far enough for its size: the cell pushes as one body.
        if (distance2 < distanceMax2) {
          const force = (options.strength * weight * alpha) / distance2;
          vx += dx * force;
          vy += dy * force;
        }
        continue;
      }
      const child = firstChild[cell] ?? -1;
      if (child >= 0) {
        for (let quarter = child; quarter < child + 4; quarter += 1) stack[depth++] = quarter;
        continue;
      }
      if (distance2 >= distanceMax2) continue;
      for (let other = firstNode[cell] ?? -1; other >= 0; other = nextInCell[other] ?? -1) {
        if (other === index) continue;
        dx = (xs[other] ?? 0) - x;
        dy = (ys[other] ?? 0) - y;
        distance2 = dx * dx + dy * dy;
        if (dx === 0) {
          dx = jiggle(random);
          distance2 += dx * dx;
        }
        if (dy === 0) {
          dy = jiggle(random);
          distance2 += dy * dy;
        }
        // As d3-force: closer than 1, the push grows no more (no division by ~0).
        if (distance2 < 1) distance2 = Math.sqrt(distance2);
        const force = (options.strength * alpha) / distance2;
        vx += dx * force;
        vy += dy * force;
      }
    }
    node.vx = (node.vx ?? 0) + vx;
    node.vy = (node.vy ?? 0) + vy;
  }

  const force = (alpha: number) => {
    if (nodes.length === 0) return;
    buildTree();
    nodes.forEach((node, index) => {
      push(node, index, alpha);
    });
  };
  force.initialize = (simulationNodes: Node[], simulationRandom: () => number) => {
    nodes = simulationNodes;
    random = simulationRandom;
    xs = new Float64Array(nodes.length);
    ys = new Float64Array(nodes.length);
    nextInCell = new Int32Array(nodes.length);
    reserveCells(4 * nodes.length + 1);
  };
  return force;
}
