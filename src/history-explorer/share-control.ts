/**
 * The explorer's "copy link to this event" control: the link itself, and the
 * button with its outcome (copied, or the link shown to copy by hand when the
 * page has no clipboard).
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { eventHash } from './deep-link.js';

/** What the last "copy link" did. */
export type ShareState = 'idle' | 'copied' | 'manual';

/**
 * The link that opens an event: `shareUrl` (or this page) with
 * `#event=<id>&lang=<lang>`. It opens the event, in that language, where an
 * explorer with `deep-link` (or the iframe page) reads it.
 */
export function eventLinkFor(shareUrl: string, eventId: string, lang?: string): string {
  const base = new URL(shareUrl || location.href, document.baseURI);
  base.hash = eventHash(eventId, base.hash, lang).slice(1);
  return base.href;
}

/**
 * Copies `link`; resolves with `copied`, or `manual` when the clipboard is
 * unavailable (an insecure page, a denied permission).
 */
export async function copyLinkToClipboard(link: string): Promise<ShareState> {
  try {
    await navigator.clipboard.writeText(link);
    return 'copied';
  } catch {
    return 'manual';
  }
}

/** The control: the button, and its outcome announced. */
export function renderShareControl(options: {
  readonly state: ShareState;
  readonly link: string;
  readonly labels: { readonly copyLink: string; readonly linkCopied: string };
  readonly onCopy: () => void;
}): TemplateResult {
  const { state, link, labels } = options;
  return html`<div class="share" part="share">
    <button type="button" class="button" @click=${options.onCopy}>${labels.copyLink}</button>
    ${state === 'copied' ? html`<span class="share-status" role="status">${labels.linkCopied}</span>` : nothing}
    ${
      state === 'manual'
        ? html`<label class="share-manual"
            ><span class="visually-hidden">${labels.copyLink}</span
            ><input type="text" readonly .value=${link} @focus=${selectAll}
          /></label>`
        : nothing
    }
  </div>`;
}

function selectAll(event: Event): void {
  (event.target as HTMLInputElement).select();
}
