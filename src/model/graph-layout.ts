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
import type { GraphElements } from './graph-elements.js';
import type { GraphLayout } from './story-schema.js';

let registered = false;

/** A small, fast, seedable PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rough footprint of a node with its label below it, so labels get room. */
function footprint(label: string): { width: number; height: number } {
  // CJK characters are about twice as wide as Latin ones at the same size.
  let units = 0;
  for (const char of label) units += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
  const width = Math.min(Math.max(units * 6.5, 36), 130);
  const lines = Math.ceil((units * 6.5) / 130);
  return { width, height: 30 + lines * 14 };
}

/**
 * Positions for every node, rounded to whole pixels. Runs synchronously.
 *
 * @param seed the same seed gives the same layout.
 */
export function computeGraphLayout(elements: GraphElements, seed = 20251018): GraphLayout {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: {
      nodes: elements.nodes.map((node) => ({ data: { id: node.id, ...footprint(node.label) } })),
      edges: elements.edges.map((edge) => ({
        data: { id: edge.id, source: edge.source, target: edge.target },
      })),
    },
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
  });
  const random = Math.random;
  Math.random = seededRandom(seed);
  try {
    cy.layout({
      name: 'fcose',
      animate: false,
      randomize: true,
      quality: 'proof',
      nodeSeparation: 90,
      idealEdgeLength: 110,
      nodeRepulsion: 9000,
      packComponents: true,
    } as cytoscape.LayoutOptions).run();
  } finally {
    Math.random = random;
  }
  const positions: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.id()] = { x: Math.round(x), y: Math.round(y) };
  });
  cy.destroy();
  return { positions };
}
