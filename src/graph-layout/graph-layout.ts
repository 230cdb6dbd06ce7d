/**
 * Deterministic graph layout: the same story gets the same picture on every
 * load. A force simulation (d3-force: Barnes–Hut repulsion, springs along the
 * relations, a weak pull to the centre) runs a fixed number of ticks from a
 * fixed start, with a seeded random source; the picture is then spread to
 * room for its boxes,
 * stretched to the panel's shape and boxes still overlapping are pushed apart.
 * The build precomputes positions for shipped stories; the browser runs this
 * in a worker (layout-worker.ts) for stories loaded without positions.
 *
 * Needs no DOM and no cytoscape: it runs in Node, in a Worker, or on the main
 * thread in slices (`layOutInSteps`). Why d3-force and these settings:
 * docs/performance.md, "Layout quality".
 *
 * @module
 */
import {
  forceLink,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { moveClear, separateBoxes, type PlacedBox } from '../model/box-separation.js';
import { countEdgeCrossings } from '../model/layout-quality.js';
import type { GraphElements, GraphNode } from '../model/graph-elements.js';
import { nodeBox, nodeLabel, type NodeBox } from '../model/graph-label.js';
import type { GraphLayout } from '../model/story-schema.js';
import { placeInRows } from './isolated-rows.js';
import { manyBodyForce } from './many-body.js';

import { BOX_GAP, FORCE_LAYOUT, LAYOUT_SEED, seededRandom } from './layout-options.js';

export { seededRandom } from './layout-options.js';

/** Positions by story id, in graph units (a story's `layout.positions`). */
export type Positions = GraphLayout['positions'];

/** How a layout runs; every field has a default. */
export interface LayoutOptions {
  /** The same seed gives the same layout. */
  readonly seed?: number;
  /** Width / height the picture is stretched to: graph panels are wide. */
  readonly aspectRatio?: number;
  /**
   * The room each node needs (the build passes the largest of the story's
   * languages); by default, its label as drawn.
   */
  readonly boxOf?: (node: GraphNode) => NodeBox;
  /**
   * Positions to keep exactly (incremental layout): nodes listed here do not
   * move; the others are placed around them. No stretch is applied then.
   */
  readonly pinned?: Readonly<Positions>;
  /** Overrides of the force settings (for experiments and the bench). */
  readonly tuning?: Partial<typeof FORCE_LAYOUT>;
}

/** The room a node takes as the canvas draws it: its shape and its wrapped label. */
function drawnBox(node: GraphNode): NodeBox {
  return nodeBox(node.kind, nodeLabel(node.label));
}

/** A node in the simulation: its box, and where it is (the box's centre). */
interface ForceNode extends SimulationNodeDatum, PlacedBox {
  readonly id: string;
  x: number;
  y: number;
  /** The radius of a circle about as big as its box: springs keep linked circles touching. */
  readonly radius: number;
}

/** How many rounds `separateBoxes` gets, in all and between two pauses. */
const SEPARATION_ROUNDS = 200;
const SEPARATION_ROUNDS_PER_STEP = 2;
/**
 * The rounds stop when, over this many, the overlapping pairs did not fall
 * below this share of what they were (docs/performance.md, "Layout quality").
 */
const SEPARATION_STALL_ROUNDS = 20;
const SEPARATION_STALL_SHARE = 0.9;

/** The box's centre is `(below - above) / 2` under the node's position. */
const centreOffset = (box: NodeBox) => (box.below - box.above) / 2;

/**
 * Positions for every node, rounded to whole pixels. Runs synchronously; see
 * `layOutInSteps` for a layout that can pause.
 *
 * Entities without relations go in rows under the connected picture.
 */
export function computeGraphLayout(
  elements: GraphElements,
  options: LayoutOptions = {},
): GraphLayout {
  const steps = layOutInSteps(elements, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The layout as steps: each `next()` runs a slice of the simulation's ticks
 * (`FORCE_LAYOUT.ticksPerStep`), so that a caller on the main thread can give
 * the page a turn between slices; the last returns the layout.
 *
 * A force layout's edge crossings depend on where it starts: a small graph
 * (up to `FORCE_LAYOUT.triesUpTo` nodes) is laid out from `tries` starts
 * (seeds following `seed`) and the one with the fewest crossings is kept.
 * Still deterministic, and cheap at that size.
 */
export function* layOutInSteps(
  elements: GraphElements,
  options: LayoutOptions = {},
): Generator<void, GraphLayout, void> {
  const settings = { ...FORCE_LAYOUT, ...options.tuning };
  const seed = options.seed ?? LAYOUT_SEED;
  const tries = !options.pinned && elements.nodes.length <= settings.triesUpTo ? settings.tries : 1;
  let best = yield* layOutOnce(elements, { ...options, seed });
  let fewest = tries > 1 ? countEdgeCrossings(elements.edges, best.positions) : 0;
  for (let attempt = 1; attempt < tries; attempt += 1) {
    const layout = yield* layOutOnce(elements, { ...options, seed: seed + attempt });
    const crossings = countEdgeCrossings(elements.edges, layout.positions);
    if (crossings < fewest) [best, fewest] = [layout, crossings];
  }
  return best;
}

/** One run of the layout from the start `options.seed` gives. */
function* layOutOnce(
  elements: GraphElements,
  options: LayoutOptions,
): Generator<void, GraphLayout, void> {
  const settings = { ...FORCE_LAYOUT, ...options.tuning };
  const boxOf = options.boxOf ?? drawnBox;
  const pinned = options.pinned;
  const random = seededRandom(options.seed ?? LAYOUT_SEED);
  const degree = new Map<string, number>();
  const known = new Set(elements.nodes.map((node) => node.id));
  const links: SimulationLinkDatum<ForceNode>[] = [];
  const pairs: (readonly [string, string])[] = [];
  for (const edge of elements.edges) {
    if (!known.has(edge.source) || !known.has(edge.target) || edge.source === edge.target) continue;
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
    links.push({ source: edge.source, target: edge.target });
    pairs.push([edge.source, edge.target]);
  }
  const isolatedNodes = elements.nodes.filter((node) => !degree.has(node.id) && !pinned?.[node.id]);
  const connectedNodes = elements.nodes.filter((node) => degree.has(node.id) || pinned?.[node.id]);
  const nodes: ForceNode[] = [];
  for (const node of connectedNodes) {
    // Wrapping names takes time at thousands of nodes: pauses between hundreds.
    nodes.push(forceNode(node, boxOf(node)));
    if (nodes.length % 100 === 0) yield;
  }
  placeStart(nodes, pinned, pairs, random);
  yield;

  if (nodes.length > 0) {
    const simulation = forceSimulation<ForceNode>(nodes)
      .stop()
      .randomSource(random)
      .alphaDecay(1 - Math.pow(settings.alphaMin, 1 / settings.ticks))
      .alphaMin(settings.alphaMin)
      .force(
        'link',
        forceLink<ForceNode, SimulationLinkDatum<ForceNode>>(links)
          .id((node) => node.id)
          .distance((link) => {
            const [source, target] = [link.source as ForceNode, link.target as ForceNode];
            return source.radius + target.radius;
          }),
      )
      .force(
        'charge',
        manyBodyForce<ForceNode>({
          strength: -settings.repulsion,
          theta: settings.theta,
          distanceMax: settings.repulsionReach,
        }),
      )
      .force('x', forceX<ForceNode>(0).strength(settings.gravity))
      .force('y', forceY<ForceNode>(0).strength(settings.gravity));
    for (let tick = 0; tick < settings.ticks; tick += 1) {
      simulation.tick();
      if ((tick + 1) % settings.ticksPerStep === 0) yield;
    }
  }

  const placed = nodes.map((node) => ({ ...node }));
  if (!pinned) {
    stretchToAspect(placed, options.aspectRatio ?? 1.8);
    spreadToRoom(placed, settings.room);
  }
  // The simulation moves box centres; the node sits at the top of its box.
  for (const box of placed) box.y -= centreOffset(box);
  const isPinned = pinned ? (id: string) => pinned[id] !== undefined : undefined;
  // Rounds in slices, so that the page gets turns (the same rounds as in one call).
  let overlappingBefore = Infinity;
  for (let round = 0; round < SEPARATION_ROUNDS; round += SEPARATION_ROUNDS_PER_STEP) {
    const overlapping = separateBoxes(placed, BOX_GAP, SEPARATION_ROUNDS_PER_STEP, isPinned);
    if (overlapping === 0) break;
    // A crowd too dense for pushing pairs apart hardly thins out, round after
    // round: when a stretch of rounds frees too few pairs, moveClear takes the rest.
    if ((round + SEPARATION_ROUNDS_PER_STEP) % SEPARATION_STALL_ROUNDS === 0) {
      if (overlapping > SEPARATION_STALL_SHARE * overlappingBefore) break;
      overlappingBefore = overlapping;
    }
    yield;
  }
  // Boxes wedged in a crowd that the rounds could not free.
  yield* moveClear(placed, BOX_GAP, isPinned);
  yield;
  // Keyed by story ids: no prototype, so that any id is an own key (JSON keeps it).
  const positions = Object.create(null) as Positions;
  for (const node of placed) positions[node.id] = { x: Math.round(node.x), y: Math.round(node.y) };
  for (const node of placed) {
    const at = pinned?.[node.id];
    if (at) positions[node.id] = at;
  }
  placeInRows(
    [...isolatedNodes]
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))
      .map((node) => ({ id: node.id, ...boxOf(node), x: 0, y: 0 })),
    placed,
    positions,
  );
  return { positions };
}

/** A simulation node for `node`, at the origin until `placeStart` places it. */
function forceNode(node: GraphNode, box: NodeBox): ForceNode {
  const width = 2 * box.halfWidth + BOX_GAP;
  const height = box.above + box.below + BOX_GAP;
  // A circle between the box's inscribed and circumscribed ones: names are
  // wide and short, so a circle as wide as the name would spread them too far.
  const radius = (width + height) / 4;
  return { id: node.id, x: 0, y: 0, ...box, radius };
}

/**
 * Where the simulation starts: pinned nodes at their (centre) positions and
 * fixed; the others on a sunflower spiral (evenly spread, as d3-force's own
 * start but spaced for boxes, turned by the seed), or, in an incremental layout,
 * near the pinned nodes they are linked to.
 */
function placeStart(
  nodes: ForceNode[],
  pinned: Readonly<Positions> | undefined,
  links: readonly (readonly [string, string])[],
  random: () => number,
): void {
  const spacing =
    nodes.length > 0 ? nodes.reduce((sum, node) => sum + node.radius, 0) / nodes.length : 0;
  const angle = Math.PI * (3 - Math.sqrt(5));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  // The seed turns the spiral: another seed, another (equally good) picture.
  const turn = random() * 2 * Math.PI;
  nodes.forEach((node, index) => {
    const radius = spacing * Math.sqrt(0.5 + index);
    node.x = radius * Math.cos(turn + index * angle);
    node.y = radius * Math.sin(turn + index * angle);
  });
  if (!pinned) return;
  for (const node of nodes) {
    const at = pinned[node.id];
    if (!at) continue;
    node.x = node.fx = at.x;
    node.y = node.fy = at.y + centreOffset(node);
  }
  for (const [sourceId, targetId] of links) {
    const [source, target] = [byId.get(sourceId), byId.get(targetId)];
    if (!source || !target) continue;
    const [free, anchor] = pinned[source.id] ? [target, source] : [source, target];
    if (pinned[free.id] || !pinned[anchor.id]) continue;
    free.x = anchor.x + (random() - 0.5) * 4 * anchor.radius;
    free.y = anchor.y + (random() - 0.5) * 4 * anchor.radius;
  }
}

/**
 * Stretches one axis and shrinks the other by the same factor, so that the
 * picture's bounding box has `aspectRatio`: the area (and so the spacing)
 * stays, the shape matches the panel.
 */
function stretchToAspect(boxes: PlacedBox[], aspectRatio: number): void {
  if (boxes.length === 0) return;
  const { width, height } = extent(boxes);
  const current = width / Math.max(height, 1);
  const factor = aspectRatio / Math.max(current, 0.01);
  const [scaleX, scaleY] = factor >= 1 ? [factor, 1] : [1, 1 / factor];
  for (const box of boxes) {
    box.x *= scaleX;
    box.y *= scaleY;
  }
}

/** The bounding box of `boxes` (shapes and labels). */
function extent(boxes: readonly PlacedBox[]): { width: number; height: number } {
  const left = Math.min(...boxes.map((box) => box.x - box.halfWidth));
  const right = Math.max(...boxes.map((box) => box.x + box.halfWidth));
  const top = Math.min(...boxes.map((box) => box.y - (box.above + box.below) / 2));
  const bottom = Math.max(...boxes.map((box) => box.y + (box.above + box.below) / 2));
  return { width: right - left, height: bottom - top };
}

/**
 * Scales the picture up, about the origin, until its bounding box is at least
 * `room` times the boxes' total area: a force layout of a big graph packs
 * boxes denser than they fit, and pushing thousands of them apart one pair at
 * a time (separateBoxes) would take long and distort the picture more.
 */
function spreadToRoom(boxes: PlacedBox[], room: number): void {
  if (boxes.length < 2) return;
  const { width, height } = extent(boxes);
  const needed =
    room *
    boxes.reduce(
      (sum, box) => sum + (2 * box.halfWidth + BOX_GAP) * (box.above + box.below + BOX_GAP),
      0,
    );
  const factor = Math.sqrt(needed / Math.max(width * height, 1));
  if (factor <= 1) return;
  for (const box of boxes) {
    box.x *= factor;
    box.y *= factor;
  }
}

/**
 * Cheap positions to draw at once while the real layout runs (in a worker):
 * every node on a sunflower spiral spaced for its box, deterministic, in one
 * pass. The graph then moves to the final positions.
 */
export function provisionalLayout(
  elements: GraphElements,
  boxOf: (node: GraphNode) => NodeBox = drawnBox,
): GraphLayout {
  const nodes = elements.nodes.map((node) => forceNode(node, boxOf(node)));
  placeStart(nodes, undefined, [], () => 0.5);
  const positions = Object.create(null) as Positions;
  // Twice the spacing: the spiral packs boxes edge to edge, the picture should breathe.
  for (const node of nodes)
    positions[node.id] = { x: Math.round(node.x * 2), y: Math.round(node.y) };
  return { positions };
}
