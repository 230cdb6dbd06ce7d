// Harness for the raw baselines: vis-timeline and cytoscape used directly, doing
// the same work as our elements (same items, window, clustering rule and
// vis-timeline options, built by our own option builders; same nodes, edges,
// positions, stylesheet and cytoscape options), with
// first paint detected the same way (vis `onInitialDrawComplete`, then a frame
// callback and a posted task; cytoscape's first `render`, which comes in the frame
// callback that draws, then a posted task). The story is fetched
// and parsed before the clock starts; the libraries load inside the measured time,
// as our lazy chunks do. Bundled by bench/run.mjs; ./lib/*.js are the library chunks.
// The graph's options and stylesheet come from the same pure modules as ours.
import { cytoscapeOptions } from '../../src/event-graph/cytoscape-options.ts';
import {
  FCOSE_LAYOUT_OPTIONS,
  LAYOUT_SEED,
  seededRandom,
} from '../../src/graph-layout/layout-options.ts';
import { graphStylesheet } from '../../src/event-graph/graph-style.ts';
import { readPalette } from '../../src/event-graph/read-palette.ts';
import { themeStyles } from '../../src/shared/theme.ts';
import {
  clusterThreshold,
  DEFAULT_CLUSTER_THRESHOLD,
  shouldCluster,
} from '../../src/event-timeline/clustering.ts';
import { visClusterOptions, visTimelineOptions } from '../../src/event-timeline/vis-options.ts';
import {
  eventsOf,
  afterPaint,
  afterThisFrame,
  benchState,
  fetchStory,
  frameRecorder,
  params,
  rectOf,
  resources,
} from './common.mjs';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The theme's colours and the page's font, as our graph reads them: the theme's
 * tokens on a host element, read back once, before the clock starts.
 */
function themePalette() {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).adoptedStyleSheets = [themeStyles.styleSheet];
  document.body.append(host);
  try {
    return readPalette(host);
  } finally {
    host.remove();
  }
}
const PALETTE = themePalette();

/** Our run-time layout's options (src/graph-layout/layout-options.ts), fitted to the frame. */
const FCOSE = { ...FCOSE_LAYOUT_OPTIONS, fit: true, padding: 24 };

const view = params.get('view') ?? 'explorer';
const layout = params.get('layout') ?? 'preset';
const state = benchState(view);
const notify = () => window.__benchNotify?.();
const size = (name, fallback) => Number(params.get(name) ?? fallback);

/** [start, exclusive end) of a partial ISO date, in UTC. */
function spanOf(text) {
  const [year, month, day] = text.split('-').map(Number);
  if (day) return [Date.UTC(year, month - 1, day), Date.UTC(year, month - 1, day + 1)];
  if (month) return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)];
  return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
}

const formatters = new Map();
/**
 * A date at the precision the story gives, in the reader's language, as a
 * localised page would show it (and as ours does): Intl, one formatter per
 * precision, in UTC; a period as the locale's range ("2022–2027").
 */
function dateLabel(start, end) {
  const parts = start.split('-').length;
  let formatter = formatters.get(parts);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en', {
      timeZone: 'UTC',
      year: 'numeric',
      ...(parts > 1 ? { month: 'short' } : {}),
      ...(parts > 2 ? { day: 'numeric' } : {}),
    });
    formatters.set(parts, formatter);
  }
  const from = new Date(spanOf(start)[0]);
  return end ? formatter.formatRange(from, new Date(spanOf(end)[0])) : formatter.format(from);
}

function element(tag, styles = {}, text = '') {
  const node = document.createElement(tag);
  Object.assign(node.style, styles);
  if (text) node.textContent = text;
  return node;
}

/** Draws the timeline; resolves with the vis Timeline and the time its first frame was painted. */
async function drawTimeline(story, container) {
  const vis = await import('./lib/vis.js');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(vis.css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  let min = Infinity;
  let max = -Infinity;
  const items = story.events.map((event) => {
    const [start, startEnd] = spanOf(event.start);
    const end = event.end ? spanOf(event.end)[1] : startEnd;
    min = Math.min(min, start);
    max = Math.max(max, end);
    const label = `${dateLabel(event.start, event.end)} ${event.title.en}`;
    return {
      id: event.id,
      start: new Date(event.end ? start : (start + startEnd) / 2),
      ...(event.end ? { end: new Date(end) } : {}),
      type: event.end ? 'range' : 'box',
      className: `cat-${event.category}${event.planned ? ' planned' : ''}`,
      content: label,
    };
  });
  const margin = Math.max((max - min) * 0.04, 180 * DAY_MS);
  const extent = { start: new Date(min - margin), end: new Date(max + margin) };
  const dateline = spanOf(story.source.dateline)[0];
  if (dateline < extent.end.getTime()) {
    items.push({
      id: 'future',
      start: new Date(dateline),
      end: extent.end,
      type: 'background',
      className: 'future',
      content: '',
    });
  }
  let resolvePainted;
  const painted = new Promise((resolve) => {
    resolvePainted = resolve;
  });
  // Our options, and our rule for clustering the first window (it shows every event).
  const threshold = clusterThreshold(container.clientWidth, DEFAULT_CLUSTER_THRESHOLD);
  const cluster = shouldCluster(story.events.length, threshold) ? visClusterOptions() : false;
  const timeline = new vis.Timeline(container, new vis.DataSet(items), {
    ...visTimelineOptions({ extent, cluster }),
    moment: (input) => vis.moment(input).utc(),
    onInitialDrawComplete: () => {
      void afterPaint().then(resolvePainted);
    },
  });
  // As ours: the window is set right after creation (start/end options would keep
  // the drawing hidden until a later range change), and vis-timeline's own first
  // fit to the item boxes is skipped, or it would show a wider window than ours.
  timeline.initialFitDone = true;
  timeline.setWindow(extent.start, extent.end, { animation: false });
  return [timeline, await painted];
}

/** Draws the graph; resolves with the cytoscape instance and the time its first frame was painted. */
async function drawGraph(story, container) {
  const [{ default: cytoscape }, fcose] = await Promise.all([
    import('./lib/cy.js'),
    layout === 'fcose' ? import('./lib/fcose.js') : undefined,
  ]);
  if (fcose) cytoscape.use(fcose.default);
  await document.fonts.ready; // as ours: labels measure wrong if fonts arrive later
  const positions = story.layout?.positions ?? {};
  const edges = new Map();
  for (const relation of story.relations) {
    const id = `${relation.from}~${relation.type}~${relation.to}`;
    if (edges.has(id)) continue;
    edges.set(id, {
      data: {
        id,
        source: relation.from,
        target: relation.to,
        label: relation.type.replace(/-/g, ' '),
        type: relation.type,
      },
    });
  }
  const options = {
    ...cytoscapeOptions({ nodes: story.entities.length, edges: edges.size }),
    ...(layout === 'preset' ? {} : { layout: FCOSE }),
    container,
    elements: {
      nodes: story.entities.map((entity) => ({
        data: { id: entity.id, label: entity.name.en, kind: entity.kind },
        ...(layout === 'preset' ? { position: positions[entity.id] ?? { x: 0, y: 0 } } : {}),
      })),
      edges: [...edges.values()],
    },
    style: graphStylesheet(PALETTE),
  };
  const random = Math.random;
  if (layout === 'fcose') Math.random = seededRandom(LAYOUT_SEED);
  let cy;
  try {
    cy = cytoscape(options);
  } finally {
    Math.random = random;
  }
  // The 'render' event comes in the frame callback that draws: that frame is the first painted.
  await new Promise((resolve) => cy.one('render', resolve));
  return [cy, await afterThisFrame()];
}

/** The quote panel: date, title, summary, the quote in its paragraph, the translation. */
function showQuote(panel, story, event) {
  const text = (event.source ?? story.source).text;
  const offset = event.quote.offset ?? text.indexOf(event.quote.text);
  const from = text.lastIndexOf('\n\n', offset);
  const paragraphStart = from < 0 ? 0 : from + 2;
  const to = text.indexOf('\n\n', offset);
  const paragraphEnd = to < 0 ? text.length : to;
  const quoteEnd = offset + event.quote.text.length;
  const paragraph = element('p');
  paragraph.append(
    text.slice(paragraphStart, offset),
    element('mark', {}, event.quote.text),
    text.slice(quoteEnd, paragraphEnd),
  );
  const blockquote = element('blockquote');
  blockquote.append(paragraph);
  panel.replaceChildren(
    element('p', {}, event.end ? `${event.start}–${event.end}` : event.start),
    element('h3', {}, event.title.en),
    element('p', {}, event.summary.en),
    blockquote,
    element('p', {}, event.quote.translation?.zh ?? event.quote.translation?.en ?? ''),
  );
}

/** A compiled collection as one story (events from every part, each with its source), as ours reads it. */
function asOneStory(story) {
  if (story.type !== 'collection') return story;
  return { ...story, source: story.stories[0].source, events: eventsOf(story) };
}

async function main() {
  const story = asOneStory(await fetchStory(params.get('story')));
  const stage = document.getElementById('stage');
  const timelineBox = element('div', { width: `${size('tw', 1166)}px` });
  const graphBox = element('div', {
    width: `${size('gw', 760)}px`,
    height: `${size('gh', 360)}px`,
    position: 'relative',
  });
  const quoteBox = element('div', { flex: '1' });
  let timeline;
  let cy;

  window.__benchSizes = () => ({ timeline: rectOf(timelineBox), graph: rectOf(graphBox) });
  window.__benchTimelineRect = () => rectOf(timelineBox);
  window.__benchWindow = () => {
    const range = timeline?.getWindow();
    return range ? [range.start.getTime(), range.end.getTime()] : undefined;
  };
  window.__benchFrames = frameRecorder();
  // Raw cytoscape is created whole: its graph is complete when first painted.
  window.__benchComplete = async () => performance.now();

  /** Selects an event as our explorer does: timeline, graph highlight, quote. */
  window.__benchSelect = async (id) => {
    const event = story.events.find((candidate) => candidate.id === id);
    const start = performance.now();
    timeline.setSelection([id]);
    const item = timeline.itemsData.get(id);
    const range = timeline.getWindow();
    const at = new Date(item.start).getTime();
    const margin = (range.end - range.start) * 0.1;
    if (at < range.start.getTime() + margin || at > range.end.getTime() - margin)
      timeline.moveTo(new Date(at), { animation: false });
    const entities = new Set(event.entities);
    cy.batch(() => {
      cy.elements().forEach((graphElement) => {
        const highlighted = graphElement.isNode()
          ? entities.has(graphElement.id())
          : entities.has(graphElement.data('source')) && entities.has(graphElement.data('target'));
        graphElement.toggleClass('highlighted', highlighted);
        graphElement.toggleClass('dimmed', !highlighted);
      });
    });
    showQuote(quoteBox, story, event);
    const end = await afterPaint();
    return end - start;
  };

  const finish = () => {
    state.done = true;
    notify();
  };
  state.t0 = performance.now();
  if (view === 'timeline') {
    stage.append(timelineBox);
    [timeline, state.render] = await drawTimeline(story, timelineBox);
    state.resourcesAtRender = resources();
    finish();
  } else if (view === 'graph') {
    stage.append(graphBox);
    [cy, state.render] = await drawGraph(story, graphBox);
    state.resourcesAtRender = resources();
    finish();
  } else {
    const panels = element('div', { display: 'flex', gap: '16px', marginTop: '16px' });
    panels.append(graphBox, quoteBox);
    stage.append(element('h2', {}, story.title.en), timelineBox, panels);
    await Promise.all([
      drawTimeline(story, timelineBox).then((drawn) => {
        [timeline, state.render] = drawn;
        state.resourcesAtRender = resources();
      }),
      drawGraph(story, graphBox).then((drawn) => {
        [cy, state.graphRender] = drawn;
      }),
    ]);
    finish();
  }
}

main().catch((error) => {
  state.error ??= String(error?.stack ?? error);
  notify();
});
