/**
 * Registers `<history-explorer>` and the three elements it composes (once,
 * even if this module loads twice).
 *
 * @module
 */
import { HistoryExplorer } from './history-explorer.js';

if (!customElements.get('history-explorer'))
  customElements.define('history-explorer', HistoryExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'history-explorer': HistoryExplorer;
  }
}

export { HistoryExplorer };
