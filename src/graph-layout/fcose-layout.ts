/**
 * The build's layout for small graphs: fcose (quality "proof"), headless in
 * cytoscape, with Math.random replaced by a seeded generator while it runs.
 * Issue 19 tuned it for legible names: its pictures are the most compact that
 * keep names apart, so more of them fit the panel at a readable zoom. Its cost
 * grows fast with the nodes (about 8 s of CPU at 500), so bigger graphs use
 * the force layout (graph-layout.ts): see `buildTimeLayout` and
 * docs/performance.md, "Layout quality".
 *
 * Imports cytoscape: only the build may use it (never the reader's chunks or
 * the layout worker).
 *
 * @module
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { separateBoxes, type PlacedBox } from '../model/box-separation.js';
import type { GraphElements, GraphNode } from '../model/graph-elements.js';
import type { NodeBox } from '../model/graph-label.js';
import type { GraphLayout } from '../model/story-schema.js';
import { placeInRows } from './isolated-rows.js';

import { BOX_GAP, FCOSE_LAYOUT_OPTIONS, LAYOUT_SEED, seededRandom } from './layout-options.js';

let registered = false;

/**
 * Positions for every node with fcose, rounded to whole pixels. fcose places
 * the nodes as boxes of their shape and label; the picture is then stretched
 * to the panel's shape and boxes still overlapping are pushed apart.
 * Entities without relations go in rows under the connected picture.
 *
 * @param boxOf the room each node needs (the build passes the largest of the
 *   story's languages).
 * @param aspectRatio width / height the picture is stretched to.
 */
export function computeFcoseLayout(
  elements: GraphElements,
  boxOf: (node: GraphNode) => NodeBox,
  seed = LAYOUT_SEED,
  aspectRatio = 1.8,
): GraphLayout {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const boxes = new Map(elements.nodes.map((node) => [node.id, boxOf(node)]));
  const roomOf = (id: string): NodeBox => {
    const room = boxes.get(id);
    if (!room) throw new Error(`computeFcoseLayout: no box for node "${id}"`);
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
    return { positions: layOut(cy, seed, aspectRatio, roomOf) };
  } finally {
    // Always: a headless instance left alive keeps Node running.
    cy.destroy();
  }
}

/** Runs fcose on `cy` and returns each node's position by story id. */
function layOut(
  cy: cytoscape.Core,
  seed: number,
  aspectRatio: number,
  roomOf: (entityId: string) => NodeBox,
): Record<string, { x: number; y: number }> {
  const random = Math.random;
  Math.random = seededRandom(seed);
  try {
    cy.layout({ ...FCOSE_LAYOUT_OPTIONS }).run();
  } finally {
    Math.random = random;
  }
  const entityId = (node: cytoscape.SingularElementArgument) => String(node.data('entityId'));
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
