import { expect } from '@esm-bundle/chai';
import { createCytoscape } from './cytoscape-loader.js';
import { LAYER_AREA_PER_VIEW, layerArea, layersAfterFirstFrame } from './layer-cache.js';

/** The renderer's layered texture cache, as cytoscape 3.34 keeps it. */
interface LayerCache {
  firstGet?: unknown;
  /** The layers built so far at each level (power-of-two scale), each with its canvas. */
  layersByLevel?: Record<string, readonly { readonly canvas: HTMLCanvasElement }[]>;
}

function layerCache(cy: ReturnType<typeof createCytoscape>): LayerCache | undefined {
  type Renderer = () => { data?: { lyrTxrCache?: LayerCache } };
  const renderer = (cy as unknown as { renderer: Renderer }).renderer;
  return renderer.call(cy).data?.lyrTxrCache;
}

/** How many layer canvases `cy` has made, at any level. */
function layerCount(cy: ReturnType<typeof createCytoscape>): number {
  return Object.values(layerCache(cy)?.layersByLevel ?? {}).reduce(
    (count, layers) => count + layers.length,
    0,
  );
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Draws `cy` again once its new elements are old enough for layers: cytoscape
 * builds none within 250 ms of elements being added, and draws again only when
 * something changes (here a pan of one pixel, as a reader's would).
 */
async function drawnAgainLater(cy: ReturnType<typeof createCytoscape>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 400));
  cy.panBy({ x: 1, y: 0 });
  await frame();
}

/** A 300 × 200 canvas with a row of nodes `spacing` px apart, drawn at zoom 1. */
function rowOfNodes(spacing: number): { cy: ReturnType<typeof createCytoscape>; done: () => void } {
  const container = document.createElement('div');
  container.style.cssText = 'width: 300px; height: 200px';
  document.body.append(container);
  const cy = createCytoscape({
    container,
    layout: { name: 'preset', fit: false },
    pixelRatio: 1,
    zoom: 1,
    pan: { x: 20, y: 100 },
    elements: Array.from({ length: 8 }, (_, index) => ({
      data: { id: `n${index}`, label: `Name ${index}` },
      position: { x: index * spacing, y: (index % 2) * spacing },
    })),
    style: [{ selector: 'node', style: { label: 'data(label)' } }],
  });
  // Each name's room: a 30 px shape above its label, as `nodeRooms` would give it.
  layersAfterFirstFrame(cy, () => ({ halfWidth: 30, above: 15, below: 35 }));
  return {
    cy,
    done: () => {
      cy.destroy();
      container.remove();
    },
  };
}

describe('layersAfterFirstFrame', () => {
  it('marks the canvas renderer’s layer cache as used, so its first frame draws what is in view', () => {
    const container = document.createElement('div');
    container.style.cssText = 'width: 300px; height: 200px';
    document.body.append(container);
    const cy = createCytoscape({
      container,
      elements: [{ data: { id: 'a' }, position: { x: 0, y: 0 } }],
    });
    try {
      // cytoscape's own shape, which this relies on (fails if an update changes it).
      expect(layerCache(cy)?.firstGet).to.equal(true);
      layersAfterFirstFrame(cy, () => undefined);
      expect(layerCache(cy)?.firstGet).to.equal(false);
    } finally {
      cy.destroy();
      container.remove();
    }
  });

  it('builds no layer many times the canvas’s size: a graph far wider than its view draws what is in view', async () => {
    // 8 nodes over 2,100 × 300 px at zoom 1: a layer of ~2,200 × 400 px, 14 canvases' worth,
    // small enough for cytoscape to build (up to 4,000 × 4,000) and draw every node into.
    const { cy, done } = rowOfNodes(300);
    try {
      await drawnAgainLater(cy);
      for (let index = 0; index < 30; index += 1) await frame();
      expect(layerCount(cy)).to.equal(0);
    } finally {
      done();
    }
  });

  it('still builds the layer of a graph seen whole, which makes its pan and zoom cheap', async () => {
    // 8 nodes over 210 × 30 px: the whole graph is about the canvas's size.
    const { cy, done } = rowOfNodes(30);
    try {
      await drawnAgainLater(cy);
      for (let index = 0; index < 120 && layerCount(cy) === 0; index += 1) await frame();
      expect(layerCount(cy)).to.be.greaterThan(0);
    } finally {
      done();
    }
  });

  it('sizes a layer at the power of two at or above the zoom, as cytoscape does', () => {
    // zoom 0.3 → scale 0.5; zoom 1 → 1; zoom 1.2 with pixel ratio 2 → 4; never below 2⁻⁴.
    expect(layerArea({ w: 1000, h: 400 }, 0.3, 1)).to.equal(500 * 200);
    expect(layerArea({ w: 1000, h: 400 }, 1, 1)).to.equal(1000 * 400);
    expect(layerArea({ w: 1000, h: 400 }, 1.2, 2)).to.equal(4000 * 1600);
    expect(layerArea({ w: 1600, h: 800 }, 0.001, 1)).to.equal(100 * 50);
    expect(LAYER_AREA_PER_VIEW).to.be.greaterThan(1);
  });

  it('leaves a renderer without that cache alone (headless)', () => {
    const cy = createCytoscape({ headless: true, elements: [{ data: { id: 'a' } }] });
    expect(() => {
      layersAfterFirstFrame(cy, () => undefined);
    }).to.not.throw();
    cy.destroy();
  });
});
