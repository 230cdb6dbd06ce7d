/**
 * The graph layout's settings, apart from the code that runs it, so that the
 * benchmark's raw cytoscape baseline lays a graph out exactly as we do without
 * bundling our layout module.
 *
 * @module
 */

/** The seed every layout starts from: the same story gives the same picture. */
export const LAYOUT_SEED = 20251018;

/** The least room, in graph units, between two nodes' boxes (shape and label). */
export const BOX_GAP = 10;

/** Room between the connected picture and the rows of entities without relations. */
export const ISOLATED_GAP = 40;

/**
 * The force layout's settings (graph-layout.ts), in graph units. Chosen by
 * measurement on the real story and the synthetic ones: docs/performance.md,
 * "Layout quality".
 */
export const FORCE_LAYOUT = {
  /** Ticks of the simulation: its cost grows with them, linearly. */
  ticks: 200,
  /** Ticks between two pauses of `layOutInSteps`. */
  ticksPerStep: 1,
  /** The simulation's energy (alpha) reaches this at the last tick. */
  alphaMin: 0.001,
  /** Repulsion between nodes (d3-force manyBody strength, negated). */
  repulsion: 300,
  /** Barnes–Hut accuracy: groups of nodes farther than 1/theta of their size act as one. */
  theta: 1.2,
  /** Beyond this distance nodes do not repel (keeps far components from drifting apart). */
  repulsionReach: 2000,
  /** The least area of the picture, in multiples of its boxes' total area (see spreadToRoom). */
  room: 2,
  /** Graphs up to this many nodes are laid out from several starts (see layOutInSteps). */
  triesUpTo: 150,
  /** How many starts a small graph is laid out from. */
  tries: 8,
  /** Pull towards the centre, so that separate components stay close. */
  gravity: 0.04,
} as const;

/** fcose's options, as `computeGraphLayout` ran it before the force layout (the raw bench baseline still does) (headless, seeded). */
export const FCOSE_LAYOUT_OPTIONS = {
  name: 'fcose',
  animate: false,
  randomize: true,
  quality: 'proof',
  nodeSeparation: 30,
  // Short edges and weak repulsion: fcose packs the boxes (shape and label)
  // tightly and the layout's last step pushes apart what still overlaps, so
  // that more names fit the panel at a readable zoom (docs/performance.md,
  // "Graph legibility").
  idealEdgeLength: 15,
  nodeRepulsion: 300,
  gravity: 3,
  packComponents: true,
  tile: true,
} as const;

/** A small, fast, seedable PRNG (mulberry32): fcose's spectral step calls Math.random. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
