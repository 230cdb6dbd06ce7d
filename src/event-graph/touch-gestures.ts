/**
 * Touch on the graph: one finger belongs to the page (a drag scrolls it, a tap
 * selects the name under it), two fingers move and zoom the graph. cytoscape's
 * own touch handling does it the other way round: a one-finger drag pans the
 * graph, and one that starts on a name holds the page still; and its two-finger
 * pan only starts once the fingers move apart. So touch events stop at the
 * canvas: the browser scrolls the page (the canvas's `touch-action` allows
 * panning, not pinch-zoom), a tap reaches cytoscape as the mouse events the
 * browser makes of it, and two-finger gestures are handled here.
 *
 * @module
 */
import type { GraphPoint, Viewport } from './graph-fit.js';

/** Two touches, in canvas pixels. */
export type TouchPair = readonly [GraphPoint, GraphPoint];

const middle = ([a, b]: TouchPair): GraphPoint => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const spread = ([a, b]: TouchPair): number => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * The viewport after two fingers moved from `from` to `to`: the point of the
 * graph under their midpoint stays under it, and the zoom follows how far
 * apart they are (within `minZoom` and `maxZoom`).
 */
export function pinchViewport(
  start: Viewport,
  from: TouchPair,
  to: TouchPair,
  limits: { readonly minZoom: number; readonly maxZoom: number },
): Viewport {
  const scale = spread(from) > 0 ? spread(to) / spread(from) : 1;
  const zoom = Math.min(Math.max(start.zoom * scale, limits.minZoom), limits.maxZoom);
  const before = middle(from);
  const after = middle(to);
  const graphX = (before.x - start.pan.x) / start.zoom;
  const graphY = (before.y - start.pan.y) / start.zoom;
  return { zoom, pan: { x: after.x - graphX * zoom, y: after.y - graphY * zoom } };
}

/** What the gestures read and move. */
export interface GestureTarget {
  viewport(): Viewport;
  setViewport(viewport: Viewport): void;
  readonly minZoom: number;
  readonly maxZoom: number;
}

const TOUCH_EVENTS = ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const;

/**
 * Listens to touches on `element` (the canvas's container, in the capture
 * phase, before cytoscape's listeners) until `detach`.
 */
export class TouchGestures {
  private start?: { viewport: Viewport; touches: TouchPair };

  constructor(
    private readonly element: HTMLElement,
    private readonly target: GestureTarget,
  ) {
    for (const type of TOUCH_EVENTS)
      element.addEventListener(type, this.onTouch, { capture: true, passive: false });
  }

  /** Stops listening. */
  detach(): void {
    for (const type of TOUCH_EVENTS)
      this.element.removeEventListener(type, this.onTouch, { capture: true });
  }

  private pair(event: TouchEvent): TouchPair | undefined {
    const [a, b] = [event.touches[0], event.touches[1]];
    if (!a || !b) return undefined;
    const bounds = this.element.getBoundingClientRect();
    const point = (touch: Touch) => ({
      x: touch.clientX - bounds.left,
      y: touch.clientY - bounds.top,
    });
    return [point(a), point(b)];
  }

  private readonly onTouch = (event: TouchEvent): void => {
    // cytoscape never sees a touch (see the module comment).
    event.stopPropagation();
    const touches = this.pair(event);
    if (!touches) {
      this.start = undefined;
      return;
    }
    // Two fingers on the graph move it, not the page.
    if (event.cancelable) event.preventDefault();
    if (event.type === 'touchstart' || !this.start) {
      this.start = { viewport: this.target.viewport(), touches };
      return;
    }
    this.target.setViewport(
      pinchViewport(this.start.viewport, this.start.touches, touches, this.target),
    );
  };
}
