/**
 * The layout the build gives a story: fcose for small graphs, whose compact
 * pictures keep the most names in view at a readable zoom (issue 19), and the
 * force layout for big ones, where fcose takes minutes (issue 17). The browser
 * never runs fcose: a story without positions is laid out by the force layout
 * in a worker. Measurements: docs/performance.md, "Layout quality".
 *
 * @module
 */
import type { GraphElements, GraphNode } from '../model/graph-elements.js';
import type { NodeBox } from '../model/graph-label.js';
import type { GraphLayout } from '../model/story-schema.js';
import { computeFcoseLayout } from './fcose-layout.js';
import { computeGraphLayout } from './graph-layout.js';

/**
 * Graphs up to this many nodes get fcose at build time: it lays them out in
 * under a second (the real story's 43 nodes, a collection's 60), where at 500
 * nodes it takes about 8 s of CPU and at 2,500 over ten minutes.
 */
export const FCOSE_UP_TO = 150;

/** Positions for the build: fcose up to {@link FCOSE_UP_TO} nodes, the force layout above. */
export function buildTimeLayout(
  elements: GraphElements,
  boxOf: (node: GraphNode) => NodeBox,
): GraphLayout {
  return elements.nodes.length <= FCOSE_UP_TO
    ? computeFcoseLayout(elements, boxOf)
    : computeGraphLayout(elements, { boxOf });
}
