/**
 * Brings the detail of a newly selected event to where the reader is looking,
 * only when it is not already there: no jump when the detail is beside the
 * timeline, a scroll to it when it sits below the timeline on a narrow screen.
 *
 * @module
 */
import { scrollBehaviour } from '../shared/motion.js';

/** How much of the detail's top (px) must be on screen for it to count as in view. */
const VISIBLE_TOP = 120;

/**
 * Whether the top of a box (its date, title and the start of its quote) is in
 * a viewport `height` px high: from `top` to `top + min(box height, 120)`.
 */
export function topIsOnScreen(box: { top: number; height: number }, height: number): boolean {
  const shown = Math.min(box.height, VISIBLE_TOP);
  return box.top >= 0 && box.top + shown <= height;
}

/** Scrolls `element`'s top into view unless it already is; smoothly unless the reader prefers less motion. */
export function bringIntoView(element: Element): void {
  if (topIsOnScreen(element.getBoundingClientRect(), window.innerHeight)) return;
  element.scrollIntoView({ block: 'start', behavior: scrollBehaviour() });
}
