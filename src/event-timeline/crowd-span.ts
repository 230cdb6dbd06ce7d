/**
 * Level of detail for a long story's timeline: the crowd layout covers only
 * the events near the window shown (the window and twice as much again on each
 * side), and only those are given to vis-timeline. At 10,000 events, laying
 * out and handing over the whole story on every zoom and every selection took
 * the main thread for hundreds of milliseconds; the events near the window are the only ones a reader can see
 * before the next layout. A pan within the laid-out stretch needs no new
 * layout; one that leaves it gets one.
 *
 * The clusters near the window are not always those of a whole layout: where
 * a story is crowded for long stretches, which event joins which cluster
 * depends on events far away (the stacking is greedy, left to right). So a
 * story of at most {@link LOCAL_LAYOUT_MIN_EVENTS} events is always laid out
 * whole. A longer one opens on the layout near its opening window too, as a
 * pan away and back shows it: a whole layout at the opening needed every
 * title measured before the first drawing (item-size.ts measures a long
 * story's boxes as they are laid out; docs/performance.md). Pure: no DOM.
 *
 * @module
 */
import type { TimeWindow } from '../model/time-window.js';
import type { CrowdItem } from './crowd-layout.js';

/** Stories with more events than this are laid out near the window only. */
export const LOCAL_LAYOUT_MIN_EVENTS = 1000;

/** The stretch a whole layout covers: all time. */
export const ALL_TIME: TimeStretch = { start: -Infinity, end: Infinity };

/** How far the laid-out stretch reaches past the window on each side, in window widths. */
export const SPAN_MARGIN = 2;

/** A stretch of time in milliseconds since the epoch, both ends included. */
export interface TimeStretch {
  readonly start: number;
  readonly end: number;
}

/**
 * The stretch laid out for `window`: the window and `SPAN_MARGIN` window widths
 * each side; all time for a story of `eventCount` events (or fewer) laid out whole.
 */
export function laidOutStretch(window: TimeWindow, eventCount = Infinity): TimeStretch {
  if (eventCount <= LOCAL_LAYOUT_MIN_EVENTS) return ALL_TIME;
  const start = window.start.getTime();
  const end = window.end.getTime();
  const margin = (end - start) * SPAN_MARGIN;
  return { start: start - margin, end: end + margin };
}

/** The items whose boxes reach into `stretch` (a period by any part of its dates). */
export function itemsWithin(
  items: readonly CrowdItem[],
  stretch: TimeStretch,
): readonly CrowdItem[] {
  if (stretch === ALL_TIME) return items;
  return items.filter(
    (item) => item.start <= stretch.end && (item.end ?? item.start) >= stretch.start,
  );
}

/**
 * Whether a layout of `stretch` still serves `window`: the window lies inside
 * it. (A zoom is laid out again anyway: boxes fit differently at another scale.)
 */
export function stretchCovers(stretch: TimeStretch | undefined, window: TimeWindow): boolean {
  return (
    stretch !== undefined &&
    window.start.getTime() >= stretch.start &&
    window.end.getTime() <= stretch.end
  );
}
