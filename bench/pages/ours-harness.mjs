// Harness for our elements: creates <event-timeline>, <event-graph> or
// <history-explorer> with the story given as the `story` property, and records
// the time from its connection to its `story-render` (and the timeline's
// `timeline-draw`, and in the explorer the nested graph's `story-render`). The story is fetched and parsed before the
// clock starts, exactly as on the raw page. dist/embed.js, the small loader, is
// loaded by the page before the clock starts too; the element chunks it requests
// when the element connects (lit, the elements, the data layer) and the heavy
// chunks (vis-timeline, cytoscape, fcose) load inside the measured time, as on an
// article.
import '../dist/embed.js';
import {
  eventsOf,
  afterPaint,
  benchState,
  fetchStory,
  frameRecorder,
  params,
  rectOf,
  resources,
  until,
} from './common.mjs';

const TAGS = { timeline: 'event-timeline', graph: 'event-graph', explorer: 'history-explorer' };

const view = params.get('view') ?? 'explorer';
const state = benchState(view);
const notify = () => window.__benchNotify?.();

async function main() {
  const story = await fetchStory(params.get('story'));
  const element = document.createElement(TAGS[view]);
  element.story = story;

  window.addEventListener(
    'story-error',
    (event) => {
      state.error ??= `story-error: ${JSON.stringify(event.detail.errors.slice(0, 3))}`;
      notify();
    },
    { capture: true },
  );
  // Capture on window sees every story-render, also the ones the explorer stops
  // at its children (they are composed, so the capture phase starts here).
  window.addEventListener(
    'story-render',
    (event) => {
      const now = performance.now();
      const origin = event.composedPath()[0];
      if (origin === element && state.render === undefined) {
        state.render = now;
        state.resourcesAtRender = resources();
      } else if (origin.localName === 'event-graph' && view === 'explorer') {
        state.graphRender ??= now;
      }
      finishWhenDone();
    },
    { capture: true },
  );
  // The timeline's story-render is its list of events; `timeline-draw` says when
  // vis-timeline has drawn them, the moment raw's first paint corresponds to.
  window.addEventListener(
    'timeline-draw',
    () => {
      state.drawn ??= performance.now();
      finishWhenDone();
    },
    { capture: true },
  );
  // A story without positions is drawn at provisional ones and laid out in a
  // worker; the graph marks when its nodes reach the final positions.
  const laidOutAtRunTime = view === 'graph' && !story.layout?.positions;
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) longTasks.push([task.startTime, task.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    const at = (name) => list.getEntriesByName(name)[0]?.startTime;
    state.layoutStart ??= at('he-graph-layout-start');
    state.layoutDone ??= at('he-graph-layout-done');
    state.layoutApply ??= at('he-graph-layout-apply');
    if (at('he-graph-layout-final') === undefined) return;
    state.layoutFinal ??= at('he-graph-layout-final');
    finishWhenDone();
  }).observe({ type: 'mark' });
  /** Long tasks from the first paint until a frame after the final positions (cytoscape's redraws among them). */
  window.__benchLayoutTasks = () =>
    longTasks
      .filter(([start]) => start >= state.render && start <= state.layoutFinal + 100)
      .map(([, duration]) => duration);
  function finishWhenDone() {
    if (state.done || state.render === undefined) return;
    if (laidOutAtRunTime && state.layoutFinal === undefined) return;
    if (view !== 'graph' && state.drawn === undefined) return;
    if (view === 'explorer' && state.graphRender === undefined) return;
    state.done = true;
    notify();
  }

  const inner = (tag) => (view === 'explorer' ? element.shadowRoot.querySelector(tag) : element);
  const timeline = () => (view === 'graph' ? undefined : inner('event-timeline'));

  window.__benchSizes = () => ({
    timeline: timeline() ? rectOf(timeline().shadowRoot.querySelector('.vis-host')) : undefined,
    graph:
      view === 'timeline'
        ? undefined
        : rectOf(inner('event-graph').shadowRoot.querySelector('.canvas')),
  });
  window.__benchTimelineRect = () => rectOf(timeline().shadowRoot.querySelector('.vis-host'));
  window.__benchWindow = () => {
    const range = timeline()?.visibleWindow;
    return range ? [range.start.getTime(), range.end.getTime()] : undefined;
  };
  window.__benchFrames = frameRecorder();
  /**
   * Resolves once the graph has every node and edge on its canvas: a big graph
   * is drawn first with what is in view and gains the rest over the next frames.
   * Heap, pan/zoom and clicks are measured after that, on the whole graph.
   */
  window.__benchComplete = async () => {
    const graph = view === 'timeline' ? undefined : inner('event-graph');
    await graph?.whenComplete();
    return performance.now();
  };

  /** Selects an event and resolves with the time until its quote is painted. */
  window.__benchSelect = async (id) => {
    const quote = inner('source-quote');
    const expected = eventsOf(story).find((event) => event.id === id).quote.text;
    const shown = () =>
      quote.shadowRoot?.querySelector('blockquote mark')?.textContent?.trim() === expected;
    const start = performance.now();
    element.selected = id;
    await until(shown, quote.shadowRoot);
    const end = await afterPaint();
    return end - start;
  };

  state.t0 = performance.now();
  document.getElementById('stage').append(element);
}

main().catch((error) => {
  state.error ??= String(error?.stack ?? error);
  notify();
});
