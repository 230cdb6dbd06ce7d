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
import type { NodeBox } from '../model/graph-label.js';
import { nodesBox, type GraphBox } from './graph-fit.js';

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

/**
 * Lets `cy`'s first frame draw what is in view rather than the whole graph into
 * a layer, and keeps it from building layers much bigger than its canvas.
 * `roomOf` gives each node's drawn room (`nodeRooms`), from which the graph's
 * box is computed; where a room is unknown, cytoscape decides alone.
 */
export function layersAfterFirstFrame(
  cy: cytoscape.Core,
  roomOf: (id: string) => NodeBox | undefined,
): void {
  const cache = layerCacheOf(cy);
  if (!cache) return;
  if (cache.firstGet === true) cache.firstGet = false;
  const getLayers = cache.getLayers;
  if (typeof getLayers !== 'function') return;
  // The graph's box from the positions and rooms (`nodesBox`: cytoscape's own box would lay
  // out every edge to answer), kept until a node moves or is relabelled.
  let box: GraphBox | undefined;
  let boxKnown = false;
  cy.on('position add remove data', () => (boxKnown = false));
  cache.getLayers = function layersNearTheView(this: unknown, eles, pixelRatio, level) {
    if (!boxKnown) {
      box = nodesBox(
        cy.nodes().map((node) => ({ id: node.id(), at: node.position() })),
        roomOf,
      );
      boxKnown = true;
    }
    if (level === undefined && box) {
      const size = { w: box.x2 - box.x1, h: box.y2 - box.y1 };
      const view = cy.width() * cy.height() * pixelRatio * pixelRatio;
      if (layerArea(size, cy.zoom(), pixelRatio) > LAYER_AREA_PER_VIEW * view) return null;
    }
    return getLayers.call(this, eles, pixelRatio, level);
  };
}
