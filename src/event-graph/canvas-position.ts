/**
 * Keeps cytoscape's idea of where its canvas is on the page true. cytoscape
 * caches the container's page position and refreshes it on window scroll and
 * resize, and on scroll events of the container's ancestors inside the same
 * shadow root; not when a box outside the shadow root scrolls (an embedding
 * page's scroller, the explorer's), nor when content grows or shrinks above
 * the canvas. Taps then land where the canvas used to be: the wrong name, or
 * none. Rather than chase every cause, the position is checked at the moment
 * it matters: when a pointer, a touch or the wheel reaches the canvas, before
 * cytoscape's own listeners read it. Its size is followed too
 * (`followCanvasSize`), for the graph to be resized and fitted again.
 *
 * @module
 */

/** The events cytoscape turns into positions on the graph. */
const INPUT_EVENTS = ['pointerover', 'pointerdown', 'mousedown', 'touchstart', 'wheel'] as const;

/** Calls `moved` when input reaches `element` and the element is not where it last was. */
export class CanvasPositionWatch {
  private last = '';

  constructor(
    private readonly element: HTMLElement,
    private readonly moved: () => void,
  ) {
    for (const type of INPUT_EVENTS)
      element.addEventListener(type, this.check, { capture: true, passive: true });
  }

  /** Stops listening. */
  detach(): void {
    for (const type of INPUT_EVENTS)
      this.element.removeEventListener(type, this.check, { capture: true });
  }

  private readonly check = (): void => {
    const { left, top, width, height } = this.element.getBoundingClientRect();
    const where = `${left},${top},${width},${height}`;
    if (where === this.last) return;
    this.last = where;
    this.moved();
  };
}

/**
 * Calls `resized` whenever `container` takes another size; not for the first
 * report, which only gives the size the graph was created at.
 */
export function followCanvasSize(container: HTMLElement, resized: () => void): ResizeObserver {
  let size = `${container.clientWidth}x${container.clientHeight}`;
  const observer = new ResizeObserver(() => {
    const current = `${container.clientWidth}x${container.clientHeight}`;
    if (current === size) return;
    size = current;
    resized();
  });
  observer.observe(container);
  return observer;
}
