/**
 * One reach into cytoscape's canvas renderer (3.34, pinned), kept here: its
 * layered texture cache draws every element of the graph into layer canvases
 * at the current zoom, and on its very first use it does so at once, inside
 * the first frame. A raw cytoscape opens fitted (zoomed far out: small layers,
 * no labels); ours opens at a readable zoom, where a 2,500-element graph whose
 * box fits a layer (4,000 × 4,000 px) was drawn whole, labels included, before
 * the first frame could show its few hundred visible names (docs/performance.md).
 * Marked as used, the cache builds its layers lazily after the first frame,
 * which draws only what is in view, as cytoscape does for a graph too big
 * for a layer.
 *
 * @module
 */
import type cytoscape from 'cytoscape';

/** The part of cytoscape's renderer this module reads; absent parts leave it alone. */
interface RendererInternals {
  readonly data?: { readonly lyrTxrCache?: { firstGet?: unknown } };
}

/** Lets `cy`'s first frame draw what is in view rather than the whole graph into layers. */
export function layersAfterFirstFrame(cy: cytoscape.Core): void {
  const renderer = (cy as unknown as { renderer?: () => RendererInternals | undefined }).renderer;
  const cache = typeof renderer === 'function' ? renderer.call(cy)?.data?.lyrTxrCache : undefined;
  if (cache?.firstGet === true) cache.firstGet = false;
}
