/**
 * The selected event's media (`media` {url, credit, caption}, as `npm run
 * import` keeps it from a TimelineJS slide), shown under the quote as a link
 * that opens in a new tab. Only an http(s) link is shown: story data is
 * untrusted.
 *
 * @module
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Story } from '../model/story-schema.js';
import { safeHttpUrl } from '../shared/safe-url.js';

interface EventMedia {
  readonly url?: unknown;
  readonly credit?: unknown;
  readonly caption?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : '');

/** The link to the media of event `selected`, or nothing when it has none. */
export function eventMediaLink(story: Story, selected: string): TemplateResult | typeof nothing {
  const event = story.events.find((candidate) => candidate.id === selected);
  const media = (event as { media?: EventMedia } | undefined)?.media;
  const url = typeof media?.url === 'string' ? safeHttpUrl(media.url) : undefined;
  if (!url) return nothing;
  const caption = text(media?.caption) || new URL(url).hostname;
  const credit = text(media?.credit);
  return html`<p class="media" part="media">
    <a href=${url} target="_blank" rel="noopener noreferrer">${caption}</a>${
      credit ? html` <span class="media-credit">${credit}</span>` : nothing
    }
  </p>`;
}

/** The media line's styles. */
export const eventMediaStyles = css`
  .media {
    margin: 8px 0;
    font-size: var(--he-font-size-small);
  }
  .media-credit {
    color: var(--he-color-muted);
  }
`;
