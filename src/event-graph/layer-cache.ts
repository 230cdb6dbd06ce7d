/**
 * One reach into cytoscape's canvas renderer (3.34, pinned), kept here: its
 * layered texture cache draws every element of the graph into one layer canvas
 * as big as the whole graph at the current zoom, then draws that canvas in
 * each frame instead of the elements.
 *
 * - On its very first use it does so at once, inside the first frame. A raw
 *   cytoscape opens fitted (zoomed far out: a small layer, no labels); ours
 *   opens at a readable zoom, where a 2,500-element graph whose box fits a
 *   layer (4,000 × 4,000 px) was drawn whole, labels included, before the first
 *   frame could show its few hundred visible names (docs/performance.md).
 *   Marked as used, the cache builds its layers lazily after the first frame,
 *   which draws only what is in view, as cytoscape does for a graph too big
 *   for a layer.
 * - Built lazily, a layer many times the canvas's size still costs animation
 *   frames of 150–290 ms at 2,000 events (allocating the canvas, drawing every
 *   element into it) in the seconds after the graph appears, while the reader
 *   may be moving the timeline beside it; and it then serves mostly what is out
 *   of view. So a layer is used only when it is at most
 *   {@link LAYER_AREA_PER_VIEW} times the canvas's area (a graph seen whole or
 *   nearly); otherwise each frame draws the elements in view from their own
 *   textures, as it does while the viewport moves.
 *
 * @module
 */
import type cytoscape from 'cytoscape';

/** A layer larger than this many canvases is not built (see the module's comment). */
export const LAYER_AREA_PER_VIEW = 4;

/** cytoscape's lowest layer level (`minLvl` of its layered texture cache): scale 2⁻⁴. */
const LOWEST_LEVEL = -4;

type GetLayers = (eles: unknown, pixelRatio: number, level?: number) => unknown;

/** The part of cytoscape's layered texture cache this module reads and wraps. */
interface LayerCacheInternals {
  firstGet?: unknown;
  getLayers?: GetLayers;
}

/** The part of cytoscape's renderer this module reads; absent parts leave it alone. */
interface RendererInternals {
  readonly data?: { readonly lyrTxrCache?: LayerCacheInternals };
}

function layerCacheOf(cy: cytoscape.Core): LayerCacheInternals | undefined {
  const renderer = (cy as unknown as { renderer?: () => RendererInternals | undefined }).renderer;
  return typeof renderer === 'function' ? renderer.call(cy)?.data?.lyrTxrCache : undefined;
}

/**
 * The area, in canvas pixels, of the layer cytoscape would draw `box` into at
 * `zoom`: its scale is the power of two at or above the zoom (times the pixel
 * ratio), never below 2⁻⁴, as cytoscape picks it.
 */
export function layerArea(
  box: { readonly w: number; readonly h: number },
  zoom: number,
  pixelRatio: number,
): number {
  const level = Math.max(LOWEST_LEVEL, Math.ceil(Math.log2(zoom * pixelRatio)));
  const scale = 2 ** level;
  return Math.ceil(box.w * scale) * Math.ceil(box.h * scale);
}

interface NodesBox {
  readonly w: number;
  readonly h: number;
}

/** The box around the centres of `cy`'s nodes, read from their positions alone. */
function nodesBox(cy: cytoscape.Core): NodesBox {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  });
  return right < left ? { w: 0, h: 0 } : { w: right - left, h: bottom - top };
}

/**
 * Lets `cy`'s first frame draw what is in view rather than the whole graph into
 * a layer, and keeps it from building layers much bigger than its canvas.
 */
export function layersAfterFirstFrame(cy: cytoscape.Core): void {
  const cache = layerCacheOf(cy);
  if (!cache) return;
  if (cache.firstGet === true) cache.firstGet = false;
  const getLayers = cache.getLayers;
  if (typeof getLayers !== 'function') return;
  // The box of the nodes' centres (cytoscape's own box, with labels and edges, would make it
  // lay out every edge to answer); kept until a node moves.
  let box: NodesBox | undefined;
  cy.on('position add remove', () => (box = undefined));
  cache.getLayers = function layersNearTheView(this: unknown, eles, pixelRatio, level) {
    if (level === undefined) {
      box ??= nodesBox(cy);
      const view = cy.width() * cy.height() * pixelRatio * pixelRatio;
      if (layerArea(box, cy.zoom(), pixelRatio) > LAYER_AREA_PER_VIEW * view) return null;
    }
    return getLayers.call(this, eles, pixelRatio, level);
  };
}
