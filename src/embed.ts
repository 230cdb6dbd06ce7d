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
 * All four elements, in one chunk. The explorer composes the other three, so it
 * needs all of them; a timeline, graph or quote on its own loads some code it
 * does not run. In exchange every page asks for our code in one request, not
 * seven: browsers open at most six HTTP/1.1 connections to a host, so seven
 * small chunks plus vis-timeline queued behind each other before anything could
 * be drawn (figures in docs/performance.md).
 */
const ELEMENTS = 'src/history-explorer/define.ts';
const elements: Loader = () => import('./history-explorer/define.js');

const elementsAlone = withDependencies([ELEMENTS], elements);

const TIMELINE_LIBRARY = 'src/event-timeline/vis-loader.ts';
const timelineLibrary = withDependencies(
  [TIMELINE_LIBRARY],
  () => import('./event-timeline/vis-loader.js'),
);

/**
 * The element code, then vis-timeline as soon as that code has been received.
 * The browser compiles each script on a background thread as it arrives;
 * requested together, the two were compiled at the same time and, on a two-core
 * machine, the element code (which the first paint waits for) was ready later.
 * Requested only once the timeline had connected, vis-timeline arrived after the
 * list was painted and held back the drawing. In between was fastest (figures in
 * docs/performance.md). The timeline asks for the same module when it connects;
 * it is fetched and run once.
 */
const elementsThenTimeline: Loader = () => {
  const loading = elementsAlone();
  const elementDependencies = new Set(
    (CHUNK_DEPENDENCIES[ELEMENTS] ?? []).map((file) => new URL(file, import.meta.url).href),
  );
  whenChunkReceived(
    (url) => !elementDependencies.has(url),
    loading,
    () => {
      // A failure shows, and is reported, when the timeline needs the chunk.
      timelineLibrary().catch(() => undefined);
    },
  );
  return loading;
};

const LOADERS: Readonly<Record<string, Loader>> = {
  'history-explorer': elementsThenTimeline,
  'event-timeline': elementsThenTimeline,
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
let formattingWarmed = false;

/** Where build.mjs puts the chunks, next to embed.js. */
const CHUNKS_URL = new URL('./chunks/', import.meta.url).href;

/** The longest the warm-up below waits for a chunk to arrive. */
const WARM_UP_LATEST_MS = 250;

/**
 * Runs `task` once, as soon as one of our chunks for which `isWanted(url)` holds
 * has been received (resource timing lists a file once its last byte is in),
 * or when `latest` settles, whichever comes first.
 */
function whenChunkReceived(
  isWanted: (url: string) => boolean,
  latest: Promise<unknown>,
  task: () => void,
): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    task();
  };
  const observer =
    typeof PerformanceObserver === 'function'
      ? new PerformanceObserver((entries) => {
          const received = entries
            .getEntries()
            .some((entry) => entry.name.startsWith(CHUNKS_URL) && isWanted(entry.name));
          if (received) run();
        })
      : undefined;
  try {
    observer?.observe({ type: 'resource', buffered: true });
  } catch {
    // No resource timing: `latest` alone decides.
  }
  void latest.then(run, run);
}

/**
 * The first `Intl.DateTimeFormat` of a page is slow (the browser loads its
 * locale data); later ones are cheap. The widgets format every date with Intl,
 * so pay that once while the main thread waits for the chunks to compile,
 * rather than on the way to the first paint. Not straight after requesting
 * them: the main thread has to take in their responses before the browser can
 * compile them in the background, and a long task there holds every chunk back
 * by as much (figures in docs/performance.md).
 */
function warmDateFormatting(element: Element): void {
  if (formattingWarmed) return;
  formattingWarmed = true;
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? 'en';
  const latest = new Promise((resolve) => setTimeout(resolve, WARM_UP_LATEST_MS));
  whenChunkReceived(
    () => true,
    latest,
    () => {
      try {
        new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric' }).format(0);
      } catch {
        // An invalid language tag: the widget itself says so.
      }
    },
  );
}

function define(tag: string, element: Element): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  LOADERS[tag]?.().catch((error: unknown) => {
    // A failed chunk (offline, blocked) leaves the static fallback in place; a
    // later widget of the same kind may try again.
    requested.delete(tag);
    console.error(`history-explorer: could not load <${tag}>`, error);
  });
  // The graph shows no dates; the others do.
  if (tag !== 'event-graph') warmDateFormatting(element);
}

const nearViewport = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      define(entry.target.localName, entry.target);
      nearViewport.unobserve(entry.target);
    }
  },
  { rootMargin: NEAR },
);

function watch(element: Element): void {
  if (customElements.get(element.localName)) return;
  if (element.getAttribute('loading') === 'eager') define(element.localName, element);
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
