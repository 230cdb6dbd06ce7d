/**
 * What the graph brings into view: everything shown, or what a selection
 * lights up. Pure: the controller finds the elements with the selector and
 * fits cytoscape's viewport to them.
 *
 * @module
 */
import type { GraphView } from '../model/graph-view.js';
import { FIT_PADDING } from './cytoscape-options.js';

/** What to fit in view, and how. */
export interface FitTarget {
  /** The elements to fit, as a cytoscape selector. */
  readonly selector: string;
  /** Room around them, in pixels. */
  readonly padding: number;
  /**
   * The closest zoom to end at: fitting two or three nodes would blow them up;
   * below this the labels stay readable and the neighbours in sight.
   */
  readonly maxZoom?: number;
}

/** Everything that is shown (the "fit" button, a story without a selection). */
export const FIT_ALL: FitTarget = { selector: ':visible', padding: FIT_PADDING };

/** What the selection lights up, with more room around it and not zoomed in past 0.95. */
export const FIT_FOCUSED: FitTarget = { selector: 'node.highlighted', padding: 48, maxZoom: 0.95 };

/** What a view brings into view: what it highlights, or everything when nothing is. */
export function fitTarget(view: Pick<GraphView, 'focused'>): FitTarget {
  return view.focused ? FIT_FOCUSED : FIT_ALL;
}
