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

/** fcose's options, as `computeGraphLayout` runs it (headless, seeded). */
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
