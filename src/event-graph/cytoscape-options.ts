/**
 * What cytoscape is created with for a story, as plain data: the options that
 * depend on the graph's size, and the nodes and edges it draws. Pure (no DOM),
 * so the rules are tested without a canvas, and the benchmark's raw baseline
 * builds its instance from the same functions instead of retyping them.
 *
 * @module
 */
import type cytoscape from 'cytoscape';
import type { GraphElements } from '../model/graph-elements.js';
import { nodeLabel } from '../model/graph-label.js';

/** How big a graph is, which decides the cheaper ways of drawing it. */
export interface GraphSize {
  readonly nodes: number;
  readonly edges: number;
}

/**
 * Above these sizes, cytoscape draws more cheaply (its own performance advice):
 * one canvas pixel per CSS pixel, and while the reader pans or zooms, edges
 * hidden and nodes drawn from a texture. docs/performance.md has the figures.
 */
export const LARGE_GRAPH = {
  /** More nodes than this: `pixelRatio: 1` instead of the screen's. */
  pixelRatioOneAbove: 300,
  /** More edges than this: edges hidden while the viewport moves. */
  hideEdgesOnViewportAbove: 600,
  /** More nodes than this: the graph drawn as a texture while the viewport moves. */
  textureOnViewportAbove: 600,
} as const;

/** Padding, in pixels, around the graph when it is fitted in view on creation. */
export const FIT_PADDING = 24;

/** Everything of a cytoscape instance's options but where it draws, what, and how it looks. */
export type CytoscapeDrawOptions = Omit<
  cytoscape.CytoscapeOptions,
  'container' | 'elements' | 'style'
>;

/**
 * The options a graph of `size` is created with: positions given (the `preset`
 * layout, fitted; the controller then brings the view to a readable zoom), zoom between 0.2 and 4, no wheel zoom until the canvas has
 * focus (the page keeps its scrolling), nothing to drag or box-select, and the
 * cheaper drawing of big graphs.
 */
export function cytoscapeOptions(size: GraphSize): CytoscapeDrawOptions {
  return {
    layout: { name: 'preset', fit: true, padding: FIT_PADDING },
    minZoom: 0.2,
    maxZoom: 4,
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    selectionType: 'single',
    pixelRatio: size.nodes > LARGE_GRAPH.pixelRatioOneAbove ? 1 : 'auto',
    hideEdgesOnViewport: size.edges > LARGE_GRAPH.hideEdgesOnViewportAbove,
    textureOnViewport: size.nodes > LARGE_GRAPH.textureOnViewportAbove,
  };
}

/** A node's position in the graph's own coordinates. */
export interface Position {
  readonly x: number;
  readonly y: number;
}

/**
 * The nodes and edges as cytoscape takes them: each node at its position (the
 * origin when it has none), labelled as the canvas shows names (`nodeLabel`:
 * abbreviated, wrapped into the lines the layout kept room for), with the
 * classes it opens with (opening-view.ts), if any.
 */
export function cytoscapeElements(
  elements: GraphElements,
  positions: Readonly<Record<string, Position>>,
  classes: ReadonlyMap<string, readonly string[]> = new Map(),
): { nodes: cytoscape.NodeDefinition[]; edges: cytoscape.EdgeDefinition[] } {
  const classesOf = (id: string) => {
    const list = classes.get(id);
    return list ? { classes: [...list] } : {};
  };
  return {
    nodes: elements.nodes.map((node) => ({
      ...classesOf(node.id),
      data: { id: node.id, label: nodeLabel(node.label).text, kind: node.kind },
      // Own keys only: an entity called "constructor" must not find Object.prototype's.
      position: {
        ...((Object.hasOwn(positions, node.id) ? positions[node.id] : undefined) ?? { x: 0, y: 0 }),
      },
    })),
    edges: elements.edges.map((edge) => ({
      ...classesOf(edge.id),
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        label: edge.label,
        type: edge.type,
      },
    })),
  };
}
