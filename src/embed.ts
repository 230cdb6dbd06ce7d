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

import { warmTypeScaleFonts } from './embed/warm-fonts.js';

type Loader = () => Promise<unknown>;

/**
 * The chunks each lazily imported module needs before it can run (its static
 * imports, recursively), by source module, written in by build.mjs from
 * esbuild's metafile. Without it the browser discovers them only once the
 * module's own chunk has arrived and been parsed: a second round trip before
 * anything can show. A JSON string, so that esbuild inlines it; undefined
 * where the code runs unbuilt (tests).
 */
declare const __HE_CHUNK_DEPENDENCIES__: string | undefined;
const CHUNK_DEPENDENCIES = JSON.parse(
  typeof __HE_CHUNK_DEPENDENCIES__ === 'undefined' ? '{}' : __HE_CHUNK_DEPENDENCIES__,
) as Readonly<Record<string, readonly string[] | undefined>>;

/**
 * A loader that first requests, all at once, the chunks `modules` depend on.
 * They are imported as modules (not `<link rel="modulepreload">`), so nothing
 * is added to the host page; each is fetched and evaluated once either way.
 */
function withDependencies(modules: readonly string[], load: Loader): Loader {
  return () => {
    for (const module of modules) {
      for (const file of CHUNK_DEPENDENCIES[module] ?? []) {
        // A failure here shows again, and is reported, when `load` needs the chunk.
        import(file).catch(() => undefined);
      }
    }
    return load();
  };
}

const graphLibrary: Loader = () => import('./event-graph/cytoscape-loader.js');

/**
 * All four elements, in two chunks requested at once: the timeline with the
 * data layer and lit (~170 KB), and the graph, quote and explorer (~80 KB),
 * which import the first. A timeline on its own loads only the first; the
 * explorer (which composes the other three) both, and the browser parses the
 * two on two threads where one chunk took one thread ~60-100 ms while the main
 * thread waited. Not one chunk per element: browsers open at most six HTTP/1.1
 * connections to a host, and seven small chunks plus vis-timeline queued
 * behind each other before anything could be drawn (figures in
 * docs/performance.md). A graph or quote on its own loads some code it does
 * not run.
 */
const ELEMENTS = 'src/history-explorer/define.ts';
const elements: Loader = () => import('./history-explorer/define.js');

const elementsAlone = withDependencies([ELEMENTS], elements);

const TIMELINE = 'src/event-timeline/define.ts';
const timelineAlone = withDependencies([TIMELINE], () => import('./event-timeline/define.js'));

const LOADERS: Readonly<Record<string, Loader>> = {
  // vis-timeline is asked for by the timeline once its list is painted, or as
  // a long story arrives (vis-chunk.ts says why).
  'history-explorer': elementsAlone,
  'event-timeline': timelineAlone,
  // A graph on its own shows its canvas at once (the explorer instead holds
  // cytoscape back until its timeline is drawn), so cytoscape comes along.
  'event-graph': withDependencies(['src/event-graph/cytoscape-loader.ts', ELEMENTS], () =>
    Promise.all([graphLibrary(), elements()]),
  ),
  'source-quote': elementsAlone,
};
const TAGS = Object.keys(LOADERS);
const SELECTOR = TAGS.join(',');
/**
 * How far outside the viewport a widget starts loading; a timeline is drawn from as far
 * (near-viewport.ts keeps the same margin).
 */
const NEAR = '600px 0px';

const requested = new Set<string>();

function define(widget: Element): void {
  const tag = widget.localName;
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  LOADERS[tag]?.().catch((error: unknown) => {
    // A failed chunk (offline, blocked) leaves the static fallback in place; a
    // later widget of the same kind may try again.
    requested.delete(tag);
    console.error(`history-explorer: could not load <${tag}>`, error);
  });
  // In a task of its own, once the requests are out: the code takes longer to arrive.
  setTimeout(() => {
    warmTypeScaleFonts(widget);
  });
}

const nearViewport = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      define(entry.target);
      nearViewport.unobserve(entry.target);
    }
  },
  { rootMargin: NEAR },
);

function watch(element: Element): void {
  if (customElements.get(element.localName)) return;
  if (element.getAttribute('loading') === 'eager') define(element);
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
