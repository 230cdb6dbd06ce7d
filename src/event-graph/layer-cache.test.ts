import { expect } from '@esm-bundle/chai';
import { createCytoscape } from './cytoscape-loader.js';
import { layersAfterFirstFrame } from './layer-cache.js';

/** The renderer's layered texture cache, as cytoscape 3.34 keeps it. */
function layerCache(cy: ReturnType<typeof createCytoscape>): { firstGet?: unknown } | undefined {
  type Renderer = () => { data?: { lyrTxrCache?: { firstGet?: unknown } } };
  const renderer = (cy as unknown as { renderer: Renderer }).renderer;
  return renderer.call(cy).data?.lyrTxrCache;
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
      layersAfterFirstFrame(cy);
      expect(layerCache(cy)?.firstGet).to.equal(false);
    } finally {
      cy.destroy();
      container.remove();
    }
  });

  it('leaves a renderer without that cache alone (headless)', () => {
    const cy = createCytoscape({ headless: true, elements: [{ data: { id: 'a' } }] });
    expect(() => {
      layersAfterFirstFrame(cy);
    }).to.not.throw();
    cy.destroy();
  });
});
