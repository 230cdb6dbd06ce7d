/**
 * The room of the drawing: its width followed, its height never shrinking while
 * the reader uses it. vis-timeline takes the height its stacked boxes need in
 * the window shown, so a selection, a zoom or a pan into a quieter stretch made
 * it shorter, and everything under it (the detail on a phone, the graph) jumped
 * up: a smooth scroll to the selected event's detail, aimed before the jump,
 * then overshot it by the difference and hid the event's title above the screen
 * (a reader audit measured 305 px on a phone). The room is the tallest the
 * drawing has been at this width; the drawing sits at its bottom, so a shorter
 * one leaves empty sky above the boxes, over the axis. A new width starts again.
 *
 * @module
 */

/** Follows a vis-timeline container's width, and holds it at its drawing's tallest height. */
export class TallestDrawing {
  private tallest = 0;
  private width: number;
  private readonly observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const size = entry.borderBoxSize[0];
      if (!size) continue;
      if (entry.target === this.container) this.sawWidth(size.inlineSize);
      else this.sawHeight(size.blockSize);
    }
  });

  /**
   * `container` is the element vis-timeline draws in, `width` its width now (px),
   * `drawing` vis-timeline's root in it; `widthChanged` runs after the
   * container takes another width.
   */
  constructor(
    private readonly container: HTMLElement,
    width: number,
    drawing: Element | null,
    private readonly widthChanged: () => void,
  ) {
    this.width = width;
    // CSSOM, as the strict CSP wants: the drawing at the bottom of the room.
    container.style.setProperty('display', 'flex');
    container.style.setProperty('flex-direction', 'column');
    container.style.setProperty('justify-content', 'flex-end');
    this.observer.observe(container);
    if (drawing) this.observer.observe(drawing);
  }

  /** The drawing is gone. */
  disconnect(): void {
    this.observer.disconnect();
    this.release();
  }

  private release(): void {
    this.tallest = 0;
    this.container.style.removeProperty('min-height');
  }

  private sawWidth(width: number): void {
    if (Math.abs(width - this.width) < 1) return;
    this.width = width;
    this.release();
    this.widthChanged();
  }

  private sawHeight(height: number): void {
    if (height <= this.tallest + 0.5) return;
    this.tallest = height;
    this.container.style.setProperty('min-height', `${Math.ceil(height)}px`);
  }
}
