/**
 * The graph layout's settings, apart from the code that runs it, so that the
 * benchmark's raw cytoscape baseline lays a graph out exactly as we do without
 * bundling our layout module.
 *
 * @module
 */

/** The seed every layout starts from: the same story gives the same picture. */
export const LAYOUT_SEED = 20251018;

/** fcose's options, as `computeGraphLayout` runs it (headless, seeded). */
export const FCOSE_LAYOUT_OPTIONS = {
  name: 'fcose',
  animate: false,
  randomize: true,
  quality: 'proof',
  nodeSeparation: 30,
  idealEdgeLength: 60,
  nodeRepulsion: 6000,
  gravity: 0.4,
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
