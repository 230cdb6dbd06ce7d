/**
 * Registers `<event-timeline>` (once, even if this module loads twice).
 *
 * @module
 */
import { EventTimeline } from './event-timeline.js';

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}

export { EventTimeline };
