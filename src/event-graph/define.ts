/**
 * Registers `<event-graph>` (once, even if this module loads twice).
 *
 * @module
 */
import { EventGraph } from './event-graph.js';

if (!customElements.get('event-graph')) customElements.define('event-graph', EventGraph);

declare global {
  interface HTMLElementTagNameMap {
    'event-graph': EventGraph;
  }
}

export { EventGraph };
