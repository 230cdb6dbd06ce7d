/**
 * The one script a page loads: `<script type="module" src=".../embed.js">`.
 *
 * It is tiny on purpose. It defines no element itself; it watches the page for
 * `<history-explorer>`, `<event-timeline>`, `<event-graph>` and `<source-quote>`
 * and loads an element's code only when one comes near the viewport (or at once
 * with `loading="eager"`). Until then the static fallback inside the tag shows,
 * and a widget far below the fold costs the page nothing. The timeline and graph
 * libraries are further chunks, loaded by the elements themselves (the graph's
 * only when the graph is visible).
 *
 * @module
 */

type Loader = () => Promise<unknown>;

const LOADERS: Readonly<Record<string, Loader>> = {
  'history-explorer': () => import('./history-explorer/define.js'),
  'event-timeline': () => import('./event-timeline/define.js'),
  'event-graph': () => import('./event-graph/define.js'),
  'source-quote': () => import('./source-quote/define.js'),
};
const TAGS = Object.keys(LOADERS);
const SELECTOR = TAGS.join(',');
/** How far outside the viewport a widget starts loading. */
const NEAR = '600px 0px';

const requested = new Set<string>();

function define(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  LOADERS[tag]?.().catch((error: unknown) => {
    // A failed chunk (offline, blocked) leaves the static fallback in place; a
    // later widget of the same kind may try again.
    requested.delete(tag);
    console.error(`history-explorer: could not load <${tag}>`, error);
  });
}

const nearViewport = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const tag = entry.target.localName;
      define(tag);
      nearViewport.unobserve(entry.target);
    }
  },
  { rootMargin: NEAR },
);

function watch(element: Element): void {
  if (customElements.get(element.localName)) return;
  if (element.getAttribute('loading') === 'eager') define(element.localName);
  else nearViewport.observe(element);
}

function watchTree(root: ParentNode): void {
  if (root instanceof Element && root.matches(SELECTOR)) watch(root);
  for (const element of root.querySelectorAll(SELECTOR)) watch(element);
}

watchTree(document);
// Widgets added later (by a CMS, a framework, or script) are picked up too.
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) watchTree(node);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
