/**
 * The room a timeline keeps while it shows its list of events, before
 * vis-timeline draws (`previewHeightFor`): what is under it then hardly moves
 * when the drawing replaces the list.
 *
 * @module
 */
import { previewHeightFor } from './timeline-crowd.js';

/**
 * Sets the room through CSSOM (as the strict CSP wants), on the frame's
 * `--he-preview-height`. The room depends on the widget's width and the
 * viewport's height, read in the next frame's animation callback rather than in
 * the update that asks: there, both reads force a layout of the whole widget
 * inside the update's task (the longest part of the first update on a phone;
 * docs/performance.md), while the frame lays it out anyway, and paints the value
 * set there. Once drawn, no room, at once and without a read (a layout forced in
 * every update, a click's included).
 */
export class PreviewRoom {
  private pending = 0;
  private events = 0;

  /**
   * @param host the timeline, whose width (px) the room depends on
   * @param frame the element whose `--he-preview-height` holds the room
   */
  constructor(
    private readonly host: HTMLElement,
    private readonly frame: () => HTMLElement | undefined,
  ) {}

  /** Sets the room for `events` listed: in the next frame, or none at once for 0 (drawn). */
  update(events: number): void {
    this.events = events;
    if (events === 0) {
      cancelAnimationFrame(this.pending);
      this.pending = 0;
      this.frame()?.style.setProperty('--he-preview-height', '0px');
      return;
    }
    this.pending ||= requestAnimationFrame(() => {
      this.pending = 0;
      const room = previewHeightFor(innerHeight, this.host.clientWidth, this.events);
      this.frame()?.style.setProperty('--he-preview-height', `${room}px`);
    });
  }
}
