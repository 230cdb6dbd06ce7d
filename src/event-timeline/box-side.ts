/**
 * Which side of its instant each point's box is drawn on when the timeline opens.
 *
 * vis-timeline centres a point's box on its instant. At the edges of the opening window
 * that shows fragments: at 375 px in Russian, the box of a point 15 px left of the frame
 * was half in view, its date and the start of its title cut off ("…сан проект"). The
 * opening search only prefers windows that cut fewer boxes; it cannot always avoid them,
 * because on a phone a box is nearly as wide as the frame.
 *
 * So, for the opening window only, a box that would cross an edge is turned:
 * - a point outside the window gets its box on the far side of its instant, wholly out
 *   of view (it is not in the window, and nothing of it is shown);
 * - a point inside, near the left edge, gets its box to the right of its instant: whole
 *   when it fits, else with its date and the start of its title in view rather than cut;
 * - near the right edge, to the left of its instant when it fits there whole.
 *
 * The sides are data of the items (vis-timeline's per-item `align`), so they stay as the
 * reader pans and zooms away from the opening, and the crowd layout stacks the boxes
 * where they are drawn. Pure: no DOM.
 *
 * @module
 */
import type { TimeWindow } from '../model/time-window.js';
import type { BoxSide, CrowdItem } from './crowd-layout.js';

/**
 * How far (px) a box may reach past an edge and still show all its text: its border
 * and padding (the labels' `chromeX` is 17 px for both sides).
 */
const EDGE_TOLERANCE = 8;

/**
 * The points of `items` whose box, centred on its instant, would reach past an edge of
 * `window` drawn `width` px wide, and the side each is drawn on instead (see the
 * module comment). A box reaching past the right edge that does not fit to the left of
 * its instant stays centred: its start is in view either way.
 */
export function sidesAtOpening(
  items: readonly CrowdItem[],
  window: TimeWindow,
  width: number,
): Map<string, BoxSide> {
  const sides = new Map<string, BoxSide>();
  const from = window.start.getTime();
  const span = window.end.getTime() - from;
  if (!(span > 0) || !(width > 0)) return sides;
  const pxPerMs = width / span;
  for (const item of items) {
    if (item.end !== undefined) continue;
    // More than a window's span away, a box (never twice the frame's width) cannot reach
    // into it: its size is not asked for (a long story measures boxes as they are laid out).
    if (item.start < from - span || item.start > from + 2 * span) continue;
    const x = (item.start - from) * pxPerMs;
    const half = item.width / 2;
    // Whether the centred box shows part of itself past each edge.
    const pastLeft = x - half < -EDGE_TOLERANCE && x + half > 0;
    const pastRight = x + half > width + EDGE_TOLERANCE && x - half < width;
    if (!pastLeft && !pastRight) continue;
    if (x < 0) sides.set(item.id, 'right');
    else if (x > width) sides.set(item.id, 'left');
    else if (pastLeft) sides.set(item.id, 'left');
    else if (x - item.width >= -EDGE_TOLERANCE) sides.set(item.id, 'right');
  }
  return sides;
}

/** `items` with their sides (the same array when there are none). */
export function withSides(
  items: readonly CrowdItem[],
  sides: ReadonlyMap<string, BoxSide>,
): readonly CrowdItem[] {
  if (sides.size === 0) return items;
  return items.map((item) => {
    const side = sides.get(item.id);
    if (!side) return item;
    // Named, not spread: a box measured when asked has its sizes as getters (item-size.ts).
    const { id, start, end, width, height } = item;
    return { id, start, ...(end === undefined ? {} : { end }), width, height, side };
  });
}
