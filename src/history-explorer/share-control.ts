/**
 * The explorer's "copy link to this event" control: the link itself, and the
 * button with its outcome (copied, or the link shown to copy by hand when the
 * page has no clipboard).
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Story } from '../model/story-schema.js';
import { safeHttpUrl } from '../shared/safe-url.js';
import { eventHash } from './deep-link.js';

/** Whether `eventId` names an event of `story`: no link is offered to one that does not exist. */
export function hasEvent(story: Story | undefined, eventId: string): boolean {
  return eventId !== '' && story?.events.some((event) => event.id === eventId) === true;
}

/** What the last "copy link" did. */
export type ShareState = 'idle' | 'copied' | 'manual';

/**
 * The link that opens an event: `shareUrl` (or this page) with
 * `#event=<id>&lang=<lang>`. It opens the event, in that language, where an
 * explorer with `deep-link` (or the iframe page) reads it.
 */
export function eventLinkFor(shareUrl: string, eventId: string, lang?: string): string {
  const base = new URL(shareBase(shareUrl) ?? location.href);
  base.hash = eventHash(eventId, base.hash, lang).slice(1);
  return base.href;
}

/** `share-url` values already warned about: one warning each, not one per render. */
const warned = new Set<string>();

/**
 * `shareUrl` resolved against the page, when it is an http(s) URL. Anything
 * else (`javascript:`, `data:`, an unparsable "http://[") is ignored with a
 * console warning: a copied link must be one a reader can safely open.
 */
function shareBase(shareUrl: string): string | undefined {
  if (!shareUrl) return undefined;
  let resolved: string | undefined;
  try {
    resolved = safeHttpUrl(new URL(shareUrl, document.baseURI).href);
  } catch {
    resolved = undefined;
  }
  if (resolved === undefined && !warned.has(shareUrl)) {
    warned.add(shareUrl);
    console.warn(
      `<history-explorer>: share-url ${JSON.stringify(shareUrl.slice(0, 200))} is not an http(s) URL; copied links point to this page instead.`,
    );
  }
  return resolved;
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
