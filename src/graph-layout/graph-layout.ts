/**
 * Deterministic graph layout: the same story gets the same picture on every
 * load. fcose (a fast force-directed layout) runs headless, with Math.random
 * replaced by a seeded generator while it runs. The build precomputes
 * positions for shipped stories; the browser runs this only for stories
 * loaded at run time without positions.
 *
 * Imports cytoscape: only the build and the graph's lazy chunk may use it.
 *
 * @module
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { separateBoxes, type PlacedBox } from '../model/box-separation.js';
import type { GraphElements, GraphNode } from '../model/graph-elements.js';
import { nodeBox, nodeLabel, type NodeBox } from '../model/graph-label.js';
import type { GraphLayout } from '../model/story-schema.js';

import {
  BOX_GAP,
  FCOSE_LAYOUT_OPTIONS,
  ISOLATED_GAP,
  LAYOUT_SEED,
  seededRandom,
} from './layout-options.js';

export { seededRandom } from './layout-options.js';

let registered = false;

/** The room a node takes as the canvas draws it: its shape and its wrapped label. */
function drawnBox(node: GraphNode): NodeBox {
  return nodeBox(node.kind, nodeLabel(node.label));
}

/**
 * Positions for every node, rounded to whole pixels. Runs synchronously.
 *
 * fcose places the nodes as boxes of their shape and label; the picture is
 * then stretched to the panel's shape and boxes still overlapping are pushed
 * apart, so that no name is drawn over another. Entities without relations go
 * in rows under the connected picture.
 *
 * @param seed the same seed gives the same layout.
 * @param tuning fcose options that override the defaults (for experiments).
 * @param aspectRatio width / height the picture is stretched to: force layouts
 *   come out roughly square, graph panels are wide.
 * @param boxOf the room each node needs (the build passes the largest of the
 *   story's languages); by default, its label as drawn.
 */
export function computeGraphLayout(
  elements: GraphElements,
  seed = LAYOUT_SEED,
  tuning: Record<string, unknown> = {},
  aspectRatio = 1.8,
  boxOf: (node: GraphNode) => NodeBox = drawnBox,
): GraphLayout {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const boxes = new Map(elements.nodes.map((node) => [node.id, boxOf(node)]));
  const roomOf = (id: string): NodeBox => {
    const room = boxes.get(id);
    if (!room) throw new Error(`computeGraphLayout: no box for node "${id}"`);
    return room;
  };
  // fcose and cose-base keep node ids as keys of plain objects, where an id such
  // as "constructor" finds Object.prototype's and the layout throws. The layout
  // sees ids of its own (n0, n1, … and e0, e1, …), mapped back afterwards.
  const layoutIds = new Map(elements.nodes.map((node, index) => [node.id, `n${index}`]));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: {
      nodes: elements.nodes.map((node, index) => {
        const box = roomOf(node.id);
        return {
          data: {
            id: `n${index}`,
            entityId: node.id,
            kind: node.kind,
            width: 2 * box.halfWidth + BOX_GAP,
            height: box.above + box.below + BOX_GAP,
          },
        };
      }),
      edges: elements.edges.flatMap((edge, index) => {
        const source = layoutIds.get(edge.source);
        const target = layoutIds.get(edge.target);
        return source && target ? [{ data: { id: `e${index}`, source, target } }] : [];
      }),
    },
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
  });
  try {
    return { positions: layOut(cy, { seed, tuning, aspectRatio, roomOf }) };
  } finally {
    // Always: a headless instance left alive keeps Node running (a build that
    // failed here once printed its error and then never exited).
    cy.destroy();
  }
}

/** How `layOut` runs: see `computeGraphLayout`. */
interface LayoutRun {
  readonly seed: number;
  readonly tuning: Record<string, unknown>;
  readonly aspectRatio: number;
  readonly roomOf: (entityId: string) => NodeBox;
}

/** Runs fcose on `cy` and returns each node's position by story id. */
function layOut(
  cy: cytoscape.Core,
  { seed, tuning, aspectRatio, roomOf }: LayoutRun,
): Record<string, { x: number; y: number }> {
  const random = Math.random;
  Math.random = seededRandom(seed);
  try {
    cy.layout({ ...FCOSE_LAYOUT_OPTIONS, ...tuning }).run();
  } finally {
    Math.random = random;
  }
  const entityId = (node: cytoscape.SingularElementArgument) => String(node.data('entityId'));
  // Entities without relations would be scattered by the force layout; they go
  // in tidy rows under the connected picture instead ("also mentioned").
  const isolated = cy.nodes().filter((node) => node.degree(false) === 0);
  const connected = cy.nodes().not(isolated);
  const laidOut = connected.nonempty() ? connected : isolated;
  const box = laidOut.boundingBox({});
  const current = box.w / Math.max(box.h, 1);
  // Stretch one axis and shrink the other by the same factor: the area (and so
  // the spacing) stays, the shape matches the panel.
  const factor = connected.nonempty() ? Math.sqrt(aspectRatio / Math.max(current, 0.01)) : 1;
  const placed: PlacedBox[] = connected.nodes().map((node) => {
    const { x, y } = node.position();
    const id = entityId(node);
    const room = roomOf(id);
    // fcose centres the box; the node sits at the top of it, its label below.
    return { id, ...room, x: x * factor, y: y / factor - (room.below - room.above) / 2 };
  });
  separateBoxes(placed, BOX_GAP);
  // Keyed by story ids: no prototype, so that any id is an own key (JSON keeps it).
  const positions = Object.create(null) as Record<string, { x: number; y: number }>;
  for (const node of placed) positions[node.id] = { x: Math.round(node.x), y: Math.round(node.y) };
  placeInRows(
    isolated
      .sort((a, b) => {
        const kind = String(a.data('kind')).localeCompare(String(b.data('kind')));
        return kind !== 0 ? kind : entityId(a).localeCompare(entityId(b));
      })
      .map((node) => ({ id: entityId(node), ...roomOf(entityId(node)), x: 0, y: 0 })),
    placed,
    positions,
  );
  return positions;
}

/**
 * Puts `rows` (boxes without relations) in rows as wide as the connected
 * picture `above` (at least four boxes wide), under it, and writes their positions.
 */
function placeInRows(
  rows: readonly PlacedBox[],
  above: readonly PlacedBox[],
  positions: Record<string, { x: number; y: number }>,
): void {
  if (rows.length === 0) return;
  const widest = Math.max(...rows.map((box) => 2 * box.halfWidth));
  const left = above.length > 0 ? Math.min(...above.map((box) => box.x - box.halfWidth)) : 0;
  const right = above.length > 0 ? Math.max(...above.map((box) => box.x + box.halfWidth)) : 0;
  const width = Math.max(right - left, 4 * (widest + BOX_GAP));
  let top =
    above.length > 0 ? Math.max(...above.map((box) => box.y + box.below)) + ISOLATED_GAP : 0;
  let x = left;
  let rowHeight = 0;
  for (const box of rows) {
    if (x > left && x + 2 * box.halfWidth > left + width) {
      top += rowHeight + BOX_GAP;
      x = left;
      rowHeight = 0;
    }
    positions[box.id] = { x: Math.round(x + box.halfWidth), y: Math.round(top + box.above) };
    x += 2 * box.halfWidth + BOX_GAP;
    rowHeight = Math.max(rowHeight, box.above + box.below);
  }
}
