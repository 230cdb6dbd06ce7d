/**
 * The room a timeline keeps while it shows its list of events, before
 * vis-timeline draws (`previewHeightFor`): what is under it then hardly moves
 * when the drawing replaces the list.
 *
 * @module
 */
import { yieldToMain } from '../shared/yield-to-main.js';
import { previewHeightFor } from './timeline-crowd.js';

/**
 * Sets the room through CSSOM (as the strict CSP wants), on the frame's
 * `--he-preview-height`. The room depends on the widget's width and the
 * viewport's height, and reading them lays the page out. Read in the update
 * that asks, that layout lengthened the update's task (the longest of the first
 * update on a phone; docs/performance.md); read in the next frame's animation
 * callback, it delayed that frame's paint, the first render. So it is read in a
 * task of its own right after the update, or in the next animation callback if
 * the frame comes first: no frame is painted without the room. Once drawn, no
 * room, at once and without a read (a layout forced in every update, a click's
 * included).
 */
export class PreviewRoom {
  private pending = false;
  private frameRequest = 0;
  private events = 0;

  /**
   * @param host the timeline, whose width (px) the room depends on
   * @param frame the element whose `--he-preview-height` holds the room
   */
  constructor(
    private readonly host: HTMLElement,
    private readonly frame: () => HTMLElement | undefined,
  ) {}

  /** Sets the room for `events` listed: soon (see above), or none at once for 0 (drawn). */
  update(events: number): void {
    this.events = events;
    if (events === 0) {
      this.cancel();
      this.frame()?.style.setProperty('--he-preview-height', '0px');
      return;
    }
    if (this.pending) return;
    this.pending = true;
    const apply = () => {
      if (!this.pending) return;
      this.cancel();
      const room = previewHeightFor(innerHeight, this.host.clientWidth, this.events);
      this.frame()?.style.setProperty('--he-preview-height', `${room}px`);
    };
    this.frameRequest = requestAnimationFrame(apply);
    void yieldToMain().then(apply);
  }

  private cancel(): void {
    cancelAnimationFrame(this.frameRequest);
    this.pending = false;
  }
}
