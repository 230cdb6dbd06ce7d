/**
 * A horizontal swipe on a touch screen, told apart from a vertical scroll, a
 * tap and a slow drag (selecting text): left goes to the next event, right to
 * the previous one, as turning a page.
 *
 * @module
 */

/** How far (px) a finger must travel sideways for a swipe. */
const MIN_DISTANCE = 56;
/** How much more sideways than up or down it must travel. */
const MIN_RATIO = 1.8;
/** A swipe is quick; a slower drag is something else (selecting text). */
const MAX_DURATION_MS = 700;

/**
 * Where a finger's movement steps: `dx`, `dy` from where it went down to
 * where it came up (px), over `ms` milliseconds.
 */
export function swipeStep(dx: number, dy: number, ms: number): 'previous' | 'next' | undefined {
  if (ms > MAX_DURATION_MS || Math.abs(dx) < MIN_DISTANCE) return undefined;
  if (Math.abs(dx) < Math.abs(dy) * MIN_RATIO) return undefined;
  return dx < 0 ? 'next' : 'previous';
}

/** Follows one touch at a time on an element (give it `touch-action: pan-y`). */
export class SwipeTracker {
  private start?: { id: number; x: number; y: number; time: number };

  /** A pointer went down: a touch starts a possible swipe. */
  down(event: PointerEvent): void {
    if (event.pointerType !== 'touch' || !event.isPrimary) return;
    this.start = { id: event.pointerId, x: event.clientX, y: event.clientY, time: event.timeStamp };
  }

  /** The pointer came up: the step its swipe makes, if it was one. */
  up(event: PointerEvent): 'previous' | 'next' | undefined {
    const start = this.start;
    if (start?.id !== event.pointerId) return undefined;
    this.start = undefined;
    return swipeStep(
      event.clientX - start.x,
      event.clientY - start.y,
      event.timeStamp - start.time,
    );
  }

  /** The browser took the gesture (a scroll): no swipe. */
  cancel(): void {
    this.start = undefined;
  }
}
