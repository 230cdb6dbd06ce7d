/**
 * Registers `<source-quote>` (once, even if this module loads twice).
 *
 * @module
 */
import { SourceQuote } from './source-quote.js';

if (!customElements.get('source-quote')) customElements.define('source-quote', SourceQuote);

declare global {
  interface HTMLElementTagNameMap {
    'source-quote': SourceQuote;
  }
}

export { SourceQuote };
