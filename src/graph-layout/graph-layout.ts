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
import type { GraphElements } from '../model/graph-elements.js';
import type { GraphLayout } from '../model/story-schema.js';

import { FCOSE_LAYOUT_OPTIONS, LAYOUT_SEED, seededRandom } from './layout-options.js';

export { seededRandom } from './layout-options.js';

let registered = false;

/**
 * Rough footprint of a node with its label below it (14px labels wrapped at
 * 120px, as the graph draws them), so that labels get room in the layout.
 */
function footprint(label: string): { width: number; height: number } {
  // CJK characters are about twice as wide as Latin ones at the same size.
  let units = 0;
  for (const char of label) units += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
  const textWidth = units * 7.6;
  const width = Math.min(Math.max(textWidth, 40), 120);
  const lines = Math.ceil(textWidth / 120);
  return { width, height: 36 + lines * 17 };
}

/**
 * Positions for every node, rounded to whole pixels. Runs synchronously.
 *
 * @param seed the same seed gives the same layout.
 * @param tuning fcose options that override the defaults (for experiments).
 * @param aspectRatio width / height the picture is stretched to: force layouts
 *   come out roughly square, graph panels are wide.
 */
export function computeGraphLayout(
  elements: GraphElements,
  seed = LAYOUT_SEED,
  tuning: Record<string, unknown> = {},
  aspectRatio = 1.8,
): GraphLayout {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  // fcose and cose-base keep node ids as keys of plain objects, where an id such
  // as "constructor" finds Object.prototype's and the layout throws. The layout
  // sees ids of its own (n0, n1, … and e0, e1, …), mapped back afterwards.
  const layoutIds = new Map(elements.nodes.map((node, index) => [node.id, `n${index}`]));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: {
      nodes: elements.nodes.map((node, index) => ({
        data: { id: `n${index}`, entityId: node.id, kind: node.kind, ...footprint(node.label) },
      })),
      edges: elements.edges.flatMap((edge, index) => {
        const source = layoutIds.get(edge.source);
        const target = layoutIds.get(edge.target);
        return source && target ? [{ data: { id: `e${index}`, source, target } }] : [];
      }),
    },
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
  });
  try {
    return { positions: layOut(cy, seed, tuning, aspectRatio) };
  } finally {
    // Always: a headless instance left alive keeps Node running (a build that
    // failed here once printed its error and then never exited).
    cy.destroy();
  }
}

/** Runs fcose on `cy` and returns each node's position by story id. */
function layOut(
  cy: cytoscape.Core,
  seed: number,
  tuning: Record<string, unknown>,
  aspectRatio: number,
): Record<string, { x: number; y: number }> {
  const random = Math.random;
  Math.random = seededRandom(seed);
  try {
    cy.layout({ ...FCOSE_LAYOUT_OPTIONS, ...tuning }).run();
  } finally {
    Math.random = random;
  }
  // Keyed by story ids: no prototype, so that any id is an own key (JSON keeps it).
  const positions = Object.create(null) as Record<string, { x: number; y: number }>;
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
  connected.forEach((node) => {
    const { x, y } = node.position();
    positions[entityId(node)] = { x: Math.round(x * factor), y: Math.round(y / factor) };
  });
  const spacing = 135;
  const stretched = {
    x1: box.x1 * factor,
    x2: Math.max(box.x2 * factor, box.x1 * factor + 4 * spacing),
    y2: box.y2 / factor,
  };
  const perRow = Math.max(1, Math.floor((stretched.x2 - stretched.x1) / spacing) + 1);
  const byKindThenId = isolated.sort((a, b) => {
    const kind = String(a.data('kind')).localeCompare(String(b.data('kind')));
    return kind !== 0 ? kind : entityId(a).localeCompare(entityId(b));
  });
  byKindThenId.forEach((node, index) => {
    const row = Math.floor(index / perRow);
    positions[entityId(node)] = {
      x: Math.round(stretched.x1 + (index % perRow) * spacing),
      y: Math.round(stretched.y2 + (connected.nonempty() ? 100 : 0) + row * 90),
    };
  });
  return positions;
}
