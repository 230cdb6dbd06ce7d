/**
 * When the timeline clusters its events: while its window holds more of them
 * than fit side by side. Pure: no DOM.
 *
 * @module
 */
import { isInWindow, type EventSpan, type TimeWindow } from '../model/time-window.js';

/** The `cluster-threshold` of an element that does not set one. */
export const DEFAULT_CLUSTER_THRESHOLD = 24;

/** The width an event's box needs beside the next before boxes stack into a tower. */
const BOX_WIDTH_PX = 55;
/** However narrow the timeline, this many events may stand on their own. */
const MIN_THRESHOLD = 4;

/**
 * How many events a timeline `width` px wide may show before they cluster:
 * `threshold`, or fewer on a narrow screen (about one per 55 px). An unknown
 * width (0: not laid out yet) leaves `threshold` as it is.
 */
export function clusterThreshold(width: number, threshold: number): number {
  if (width <= 0) return threshold;
  return Math.min(threshold, Math.max(MIN_THRESHOLD, Math.floor(width / BOX_WIDTH_PX)));
}

/**
 * How many events lie in the window (see `isInWindow`): all of the story's
 * events, or only those in `visible` (search and filters) when it is given.
 */
export function countInWindow(
  spans: ReadonlyMap<string, EventSpan>,
  window: TimeWindow,
  visible?: ReadonlySet<string>,
): number {
  let count = 0;
  for (const [id, span] of spans) {
    if (visible && !visible.has(id)) continue;
    if (isInWindow(span, window)) count += 1;
  }
  return count;
}

/**
 * Whether to cluster: only above the threshold, so that zooming in always
 * takes clusters apart and every event ends up drawn on its own.
 */
export function shouldCluster(countInView: number, threshold: number): boolean {
  return countInView > threshold;
}
