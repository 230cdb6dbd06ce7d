/**
 * The script of embed.html, the page for CMSs that strip scripts and allow
 * iframes: `embed.html?story=<id>&event=<id>&lang=<zh|en|ru>` (or
 * `#event=<id>&lang=…`, as copied links have it). It opens the story in an
 * explorer of natural height and tells the parent page that height with
 * postMessage, so the iframe can be sized to fit. When the parent runs the
 * documented snippet (docs/embedding.md), it answers the frame's hello with
 * its own address: "Copy link" then gives the parent page's URL, and an
 * `#event=` in that URL opens the event in the frame.
 *
 * @module
 */
import { HEIGHT_MESSAGE, HELLO_MESSAGE, linkTarget, parentPageUrl } from './frame-link.js';

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
  const openLink = (search: string, hash: string) => {
    const { eventId, lang } = linkTarget(search, hash);
    if (lang) explorer.setAttribute('lang', lang);
    if (eventId) explorer.setAttribute('selected', eventId);
  };
  openLink(location.search, location.hash);
  if (window.parent !== window) {
    window.addEventListener('message', (event) => {
      if (event.source !== window.parent) return;
      const pageUrl = parentPageUrl(event.data);
      if (!pageUrl) return;
      const page = new URL(pageUrl);
      // Links copied here open the parent page; the parent's own link opens its event here.
      explorer.setAttribute('share-url', page.href);
      openLink('', page.hash);
    });
    window.parent.postMessage({ type: HELLO_MESSAGE }, '*');
  }
  // Only a story id, never a URL: the frame cannot be pointed at foreign data.
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(storyId)) {
    explorer.setAttribute('src', `./stories/${storyId}.json`);
  } else {
    explorer.setAttribute('src', './stories/missing.json');
  }
  // The frame's heading, title and lang name the story in the language shown.
  let storyTitle: Readonly<Record<string, string | undefined>> | undefined;
  const nameThePage = () => {
    const asked = explorer.getAttribute('lang') ?? document.documentElement.lang;
    // The explorer shows an unknown language in English; the page says what it shows.
    const lang = ['zh', 'en', 'ru'].includes(asked) ? asked : 'en';
    // A story without the language shows its labels in its first (the title's first given).
    const title = storyTitle?.[lang] ?? Object.values(storyTitle ?? {}).find(Boolean);
    if (!title) return;
    document.documentElement.lang = lang;
    document.title = title;
    const heading = document.querySelector('h1');
    if (heading) heading.textContent = title;
  };
  explorer.addEventListener('story-load', (event) => {
    storyTitle = (event as CustomEvent<{ story: { title: typeof storyTitle } }>).detail.story.title;
    nameThePage();
  });
  new MutationObserver(nameThePage).observe(explorer, {
    attributes: true,
    attributeFilter: ['lang'],
  });
  let lastHeight = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === lastHeight || window.parent === window) return;
    lastHeight = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  }).observe(document.body);
}
