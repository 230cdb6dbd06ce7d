/**
 * The "Publish" panel's embed code: one script tag and the element, or an
 * iframe of embed.html for a CMS that strips scripts, for a story compiled to
 * the site's `stories/` folder.
 *
 * @module
 */
import type { UiLanguage } from '../shared/i18n.js';

/** The widgets a page can embed. */
export const EMBEDDABLE_ELEMENTS = ['history-explorer', 'event-timeline', 'event-graph'] as const;
export type EmbeddableElement = (typeof EMBEDDABLE_ELEMENTS)[number];

/** What the editor chose in the panel. */
export interface EmbedChoice {
  /** The site the story is published on, ending in `/` (where embed.js is). */
  readonly siteUrl: string;
  readonly storyId: string;
  readonly element: EmbeddableElement;
  readonly lang: UiLanguage;
  /** Height in CSS pixels. */
  readonly height: number;
}

const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The script tag and the element, for pages that allow scripts. */
export function scriptEmbedCode(choice: EmbedChoice): string {
  const src = new URL(`stories/${encodeURIComponent(choice.storyId)}.json`, choice.siteUrl).href;
  const script = new URL('embed.js', choice.siteUrl).href;
  return [
    `<script type="module" src="${attribute(script)}"></script>`,
    `<${choice.element} src="${attribute(src)}" lang="${choice.lang}" style="display: block; min-height: ${choice.height}px"></${choice.element}>`,
  ].join('\n');
}

/** The iframe, for a CMS that strips scripts (the frame shows the whole explorer). */
export function iframeEmbedCode(choice: EmbedChoice, title: string): string {
  const frame = new URL('embed.html', choice.siteUrl);
  frame.searchParams.set('story', choice.storyId);
  frame.searchParams.set('lang', choice.lang);
  return [
    `<iframe src="${attribute(frame.href)}"`,
    `  title="${attribute(title)}"`,
    `  loading="lazy" style="width: 100%; height: ${choice.height}px; border: 0"></iframe>`,
  ].join('\n');
}
