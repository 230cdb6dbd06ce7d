/**
 * The zoom in / zoom out / show all buttons the timeline and the graph share.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import type { UiLanguage } from './i18n.js';
import { uiStrings } from './i18n.js';

/** What the buttons do; Lit calls these with the element as `this`. */
export interface Zoomable {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

/** The three buttons, labelled in the reader's language. */
export function zoomButtons(host: Zoomable, lang: UiLanguage): TemplateResult {
  const t = uiStrings(lang);
  return html`<button
      type="button"
      class="button"
      @click=${() => {
        host.zoomIn();
      }}
      aria-label=${t.zoomIn}
      title=${t.zoomIn}
    >
      +
    </button>
    <button
      type="button"
      class="button"
      @click=${() => {
        host.zoomOut();
      }}
      aria-label=${t.zoomOut}
      title=${t.zoomOut}
    >
      −
    </button>
    <button
      type="button"
      class="button"
      @click=${() => {
        host.fit();
      }}
    >
      ${t.fitAll}
    </button>`;
}
