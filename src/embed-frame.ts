/**
 * The script of embed.html, the page for CMSs that strip scripts and allow
 * iframes: `embed.html?story=<id>&event=<id>&lang=<zh|en|ru>`. It opens the
 * story in an explorer of natural height and tells the parent page that
 * height with postMessage, so the iframe can be sized to fit (see
 * docs/embedding.md for the five lines the parent needs).
 *
 * @module
 */

/** The message the parent receives: `{ type, height }`, height in CSS pixels. */
export const HEIGHT_MESSAGE = 'history-explorer:height';

// Imported lazily, as embed.js does: a static import would make esbuild split
// the element code into chunks shared by the two entry points, and a page would
// fetch several small files instead of one.
import('./history-explorer/define.js').catch((error: unknown) => {
  console.error('history-explorer: could not load the explorer', error);
});

const params = new URLSearchParams(location.search);
const storyId = params.get('story') ?? '';
const explorer = document.querySelector('history-explorer');

if (explorer) {
  const eventId = params.get('event');
  const lang = params.get('lang');
  if (lang) explorer.setAttribute('lang', lang);
  if (eventId) explorer.setAttribute('selected', eventId);
  // Only a story id, never a URL: the frame cannot be pointed at foreign data.
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(storyId)) {
    explorer.setAttribute('src', `./stories/${storyId}.json`);
  } else {
    explorer.setAttribute('src', './stories/missing.json');
  }
  let lastHeight = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === lastHeight || window.parent === window) return;
    lastHeight = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  }).observe(document.body);
}
