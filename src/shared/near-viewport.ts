/**
 * Whether an element has come near the viewport, and a promise of the first
 * time it does: a timeline far below the first screen of an article (the second
 * widget of a page, upgraded with the first) waits to be drawn until the reader
 * scrolls towards it, rather than taking a phone's main thread while the page
 * loads (docs/performance.md).
 *
 * @module
 */

/**
 * How far around the viewport counts as near: as far as embed.ts looks before it
 * loads a widget's code (its `NEAR`, kept equal by hand: importing this module
 * there would split it into a chunk embed.js waits for), so that a reader
 * scrolling down finds the widget drawn.
 */
const NEAR_VIEWPORT_PX = 600;
const NEAR_VIEWPORT_MARGIN = `${NEAR_VIEWPORT_PX}px 0px`;

/**
 * Whether `element` is near the viewport now, by the same margin: a layout read, for a
 * decision that cannot wait for an observer's first report (it comes after a frame). An
 * element not laid out (inside a hidden tab) is not near.
 */
export function isNearViewportNow(element: Element): boolean {
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return false;
  return box.bottom >= -NEAR_VIEWPORT_PX && box.top <= window.innerHeight + NEAR_VIEWPORT_PX;
}

/** Watches one element at a time (see the module comment). */
export class NearViewport {
  private observer?: IntersectionObserver;
  private near = false;
  private waiting: (() => void)[] = [];

  /** Starts watching `element` (instead of any watched before). */
  watch(element: Element): void {
    this.stop();
    this.observer = new IntersectionObserver(
      (entries) => {
        // Where the element is now: it may move (the drawing above it grows, a tab opens).
        this.near = entries.at(-1)?.isIntersecting ?? false;
        if (this.near) this.release();
      },
      { rootMargin: NEAR_VIEWPORT_MARGIN },
    );
    this.observer.observe(element);
  }

  /** Stops watching; whoever waits is let go (and finds the element gone). */
  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.near = false;
    this.release();
  }

  /** Whether the element was near the viewport at the last report. */
  get isNear(): boolean {
    return this.near;
  }

  /**
   * Resolves once the element is near the viewport: at once when it is known to be,
   * else at the first report that it is (the first comes after the next frame), or
   * when watching stops.
   */
  reached(): Promise<void> {
    if (this.near || !this.observer) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
