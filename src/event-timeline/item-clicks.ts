/**
 * Clicks on the timeline's items, told apart from the end of a drag.
 * vis-timeline reports the DOM's `click`, which the browser fires after a press
 * and a release on the same element however far the pointer went in between:
 * a reader who panned the timeline by dragging a cluster opened it on release,
 * and the window jumped to that cluster's events.
 *
 * @module
 */
import type { IdType, Timeline } from 'vis-timeline/esnext';

/** How far (px) the pointer may move between press and release for a click. */
export const CLICK_SLOP = 5;

/** What vis-timeline tells of a click (its `getEventProperties`). */
interface ClickProperties {
  readonly what?: string | null;
  readonly item?: IdType | null;
  readonly event?: MouseEvent;
}

/**
 * Calls `onClick` with the id of the item clicked on `timeline`, for a press
 * and release in place (within `CLICK_SLOP` px), not for the release of a drag.
 */
export function onItemClick(timeline: Timeline, onClick: (itemId: string) => void): void {
  let pressed: { readonly x: number; readonly y: number } | undefined;
  timeline.on('mouseDown', (properties: { event?: PointerEvent }) => {
    const event = properties.event;
    pressed = event ? { x: event.clientX, y: event.clientY } : undefined;
  });
  timeline.on('click', ({ what, item, event }: ClickProperties) => {
    if (what !== 'item' || item == null) return;
    const moved =
      event && pressed ? Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) : 0;
    if (moved <= CLICK_SLOP) onClick(String(item));
  });
}
