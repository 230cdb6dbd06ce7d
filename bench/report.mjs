// Turns benchmark runs into figures (medians, ratios), checks them against the
// budgets of the performance issue, and writes the Markdown of docs/performance.md.
import { renderTimelineJs, timelineJsBudgets } from './timelinejs-report.mjs';
import { lighthouseBudgets } from './lighthouse-report.mjs';

/** Every figure reported, per size: which page variant, which measurement, how shown. */
export const FIGURES = [
  {
    variant: 'explorer',
    metric: 'render',
    label: 'Explorer: connection → first paint',
    unit: 'ms',
  },
  {
    variant: 'explorer',
    metric: 'drawn',
    label: 'Explorer: connection → timeline drawn',
    unit: 'ms',
  },
  {
    variant: 'explorer',
    metric: 'navRender',
    label: 'Explorer: navigation → first paint',
    unit: 'ms',
  },
  {
    variant: 'explorer',
    metric: 'graphRender',
    label: 'Explorer: connection → graph painted',
    unit: 'ms',
  },
  {
    // A big graph is first drawn with what is in view and gains the rest over the next
    // frames (src/event-graph/rest-of-graph.ts); raw's is whole when first painted.
    variant: 'explorer',
    metric: 'graphComplete',
    label: 'Explorer: connection → whole graph on the canvas',
    unit: 'ms',
    informational: true,
  },
  {
    variant: 'explorer',
    metric: 'clickToQuote',
    label: 'Explorer: click → quote painted',
    unit: 'ms',
  },
  {
    variant: 'explorer',
    metric: 'firstClickToQuote',
    label: 'Explorer: first click → quote painted',
    unit: 'ms',
    informational: true,
  },
  { variant: 'explorer', metric: 'panZoomP95', label: 'Explorer: pan/zoom frame p95', unit: 'ms' },
  { variant: 'explorer', metric: 'heap', label: 'Explorer: JS heap after GC', unit: 'MB' },
  {
    variant: 'explorer',
    metric: 'bytesBeforeRender',
    label: 'Explorer: gzip bytes before first paint',
    unit: 'KB',
  },
  { variant: 'explorer', metric: 'bytesTotal', label: 'Explorer: gzip bytes in total', unit: 'KB' },
  {
    variant: 'timeline',
    metric: 'render',
    label: 'Timeline: connection → first paint',
    unit: 'ms',
  },
  {
    variant: 'timeline',
    metric: 'drawn',
    label: 'Timeline: connection → timeline drawn',
    unit: 'ms',
  },
  { variant: 'timeline', metric: 'panZoomP95', label: 'Timeline: pan/zoom frame p95', unit: 'ms' },
  { variant: 'timeline', metric: 'heap', label: 'Timeline: JS heap after GC', unit: 'MB' },
  {
    variant: 'graph',
    metric: 'render',
    label: 'Graph (preset positions): connection → first paint',
    unit: 'ms',
  },
  {
    variant: 'graph',
    metric: 'graphComplete',
    label: 'Graph (preset positions): connection → whole graph on the canvas',
    unit: 'ms',
    informational: true,
  },
  {
    variant: 'graph',
    metric: 'heap',
    label: 'Graph (preset positions): JS heap after GC',
    unit: 'MB',
  },
  {
    variant: 'graphRuntime',
    metric: 'layoutFinal',
    label: 'Graph (run-time layout; ours in a worker): connection → final positions',
    unit: 'ms',
    informational: true,
  },
  {
    variant: 'graphRuntime',
    metric: 'layoutInWorker',
    label: 'Graph (run-time layout): in the worker, start → positions back',
    unit: 'ms',
    informational: true,
  },
  {
    variant: 'graphRuntime',
    metric: 'layoutApply',
    label: 'Graph (run-time layout): main-thread task moving the nodes there',
    unit: 'ms',
    informational: true,
  },
  {
    variant: 'graphRuntime',
    metric: 'layoutLongestTask',
    label:
      'Graph (run-time layout): longest main-thread task, first paint → final (redraws included)',
    unit: 'ms',
    informational: true,
  },
  {
    variant: 'graphRuntime',
    metric: 'render',
    label: 'Graph (run-time layout): connection → first paint',
    unit: 'ms',
    informational: true,
  },
  {
    variant: 'graphRuntime',
    metric: 'heap',
    label: 'Graph (run-time layout): JS heap after GC',
    unit: 'MB',
    informational: true,
  },
];

/** The size the "within 1.15× of raw" and the 2,000-event budgets apply to. */
const BUDGET_SIZE = '2000';
const RATIO_LIMIT = 1.15;

const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const scale = (unit, value) =>
  value === undefined
    ? undefined
    : unit === 'MB'
      ? value / 1024 / 1024
      : unit === 'KB'
        ? value / 1024
        : value;

/**
 * Medians over runs for every figure of one size.
 * @param {Record<string, { ours: object[], raw: object[] }>} measured runs by variant.
 */
export function summarise(measured) {
  const figures = {};
  const errors = [];
  for (const [variant, sides] of Object.entries(measured)) {
    for (const side of ['ours', 'raw']) {
      for (const run of sides[side]) if (run.error) errors.push(`${variant} ${side}: ${run.error}`);
    }
  }
  for (const figure of FIGURES) {
    const sides = measured[figure.variant];
    if (!sides) continue;
    const entry = { label: figure.label, unit: figure.unit };
    for (const side of ['ours', 'raw']) {
      // Failed runs stay as NaN, so that run i of ours still pairs with run i of raw.
      const values = sides[side].map((run) =>
        run.error ? NaN : (scale(figure.unit, run[figure.metric]) ?? NaN),
      );
      entry[side] = { median: median(values), runs: values };
    }
    if (entry.ours.median === undefined && entry.raw.median === undefined) continue;
    if (entry.ours.median !== undefined && entry.raw.median) {
      entry.ratioOfMedians = entry.ours.median / entry.raw.median;
      // Ours and raw ran back to back (alternating order), so the median of the
      // per-run ratios cancels the machine's drift: this is the ratio reported.
      const paired = entry.ours.runs
        .map((value, index) => value / entry.raw.runs[index])
        .filter((value) => Number.isFinite(value));
      entry.ratio = median(paired) ?? entry.ratioOfMedians;
    }
    figures[`${figure.variant}.${figure.metric}`] = entry;
  }
  const details = {};
  const explorer = measured.explorer?.ours.filter((run) => !run.error) ?? [];
  if (explorer.length > 0) {
    details.oursClicks = explorer.map((run) => run.clicks);
    details.oursPanZoomMoved = explorer.every((run) => run.panZoomMoved);
    details.oursFiles = explorer[0].files;
  }
  const rawExplorer = measured.explorer?.raw.filter((run) => !run.error) ?? [];
  if (rawExplorer.length > 0) {
    details.rawClicks = rawExplorer.map((run) => run.clicks);
    details.rawPanZoomMoved = rawExplorer.every((run) => run.panZoomMoved);
    details.rawFiles = rawExplorer[0].files;
  }
  return { figures, details, errors, runs: measured };
}

function format(value, unit) {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (unit === 'ms') return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  return String(value);
}

/** Every budget of the issue, with its measured value and pass / fail / not measured. */
export function evaluateBudgets(results) {
  const budgets = [];
  const figureOf = (size, key) => results.sizes[size]?.figures[key];
  const absolute = (name, size, key, limit) => {
    const value = figureOf(size, key)?.ours.median;
    budgets.push({
      name,
      size,
      figure: key,
      limit,
      value,
      shown: format(value, 'ms'),
      limitShown: `≤ ${limit} ms`,
      status: value === undefined ? 'not measured' : value <= limit ? 'pass' : 'fail',
    });
  };
  absolute('Real story: explorer first render', 'real', 'explorer.render', 150);
  absolute('Real story: click to quote', 'real', 'explorer.clickToQuote', 50);
  // The collection (three stories, three sources) keeps the single story's budgets.
  absolute('Collection: explorer first render', 'collection', 'explorer.render', 150);
  absolute('Collection: click to quote', 'collection', 'explorer.clickToQuote', 50);
  absolute('2,000 events: explorer first render', BUDGET_SIZE, 'explorer.render', 1000);
  absolute('2,000 events: explorer pan/zoom frame p95', BUDGET_SIZE, 'explorer.panZoomP95', 17);
  // Issue 17: a big story stays smooth, one frame at 60 Hz.
  absolute('10,000 events: first click to quote', '10000', 'explorer.firstClickToQuote', 100);
  absolute('10,000 events: explorer pan/zoom frame p95', '10000', 'explorer.panZoomP95', 17);
  buildLayoutBudget(results, budgets);
  // Issue 17: 500 nodes (the 2,000-event story) laid out in the worker within 2 s, and no
  // long task from it: the one main-thread task it causes, moving the nodes, under 50 ms.
  absolute(
    '2,000 events (500 nodes): run-time layout in the worker',
    BUDGET_SIZE,
    'graphRuntime.layoutInWorker',
    2000,
  );
  absolute(
    '2,000 events (500 nodes): task moving the nodes to the layout',
    BUDGET_SIZE,
    'graphRuntime.layoutApply',
    50,
  );
  const figures = results.sizes[BUDGET_SIZE]?.figures;
  for (const figure of FIGURES.filter((candidate) => !candidate.informational)) {
    const key = `${figure.variant}.${figure.metric}`;
    const entry = figures?.[key];
    const value = entry?.ratio;
    budgets.push({
      name: `2,000 events: ${figure.label} within ${RATIO_LIMIT}× of raw`,
      size: BUDGET_SIZE,
      figure: key,
      limit: RATIO_LIMIT,
      value,
      shown:
        value === undefined
          ? '–'
          : `${value.toFixed(2)}× (${format(entry.ours.median, figure.unit)} vs ${format(entry.raw.median, figure.unit)})`,
      limitShown: `≤ ${RATIO_LIMIT}×`,
      status: value === undefined ? 'not measured' : value <= RATIO_LIMIT ? 'pass' : 'fail',
    });
  }
  budgets.push(...timelineJsBudgets(results.timelinejs));
  if (results.lighthouse) budgets.push(...lighthouseBudgets(results.lighthouse));
  return budgets;
}

/**
 * The build-time graph layout of the 10,000-event story (withGraphLayout, in
 * Node, timed by bench/generate.mjs; its cache key follows the layout code, so
 * a time cached for another algorithm is never reused): at most 10 s.
 */
function buildLayoutBudget(results, budgets) {
  const limit = 10;
  const value = results.stories?.['10000']?.layoutSeconds;
  budgets.push({
    name: '10,000 events: build-time graph layout',
    size: '10000',
    figure: 'build.layoutSeconds',
    limit,
    value,
    shown: value === undefined ? '–' : `${value.toFixed(1)} s`,
    limitShown: `≤ ${limit} s`,
    status: value === undefined ? 'not measured' : value <= limit ? 'pass' : 'fail',
  });
}

const sizeTitle = (size, story) =>
  size === 'real'
    ? `The real story (${story.events} events, ${story.entities} entities, ${story.relations} relations)`
    : size === 'collection'
      ? `The collection (${story.stories} stories, ${story.events} events, ${story.entities} entities, ${story.relations} relations)`
      : `${Number(size).toLocaleString('en')} events (${story.entities.toLocaleString('en')} entities, ${story.relations.toLocaleString('en')} relations)`;

/**
 * The line after which docs/performance.md holds figures measured apart from the
 * bench (by hand, each with its method): the bench rewrites what comes before it
 * and keeps what comes after.
 */
export const MEASURED_APART_MARKER =
  '<!-- Measured apart from the bench: everything below this line is kept when `npm run bench` rewrites this file. -->';

/** Markdown for docs/performance.md (or, with `plain`, the console table). */
export function renderMarkdown(results, { plain = false } = {}) {
  const lines = [];
  const table = (rows) => {
    for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  };
  if (!plain) {
    lines.push(
      '# Performance',
      '',
      'How fast the widgets are, measured side by side with raw vis-timeline and raw cytoscape',
      'doing the same work, in headless Chromium. Generated by `npm run bench` (bench/run.mjs);',
      'do not edit by hand. The numbers of every run are in `bench/results.json`.',
      '',
      `- Date: ${results.date}`,
      `- Command: \`${results.command}\` (${results.seconds} s)`,
      `- Machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGB} GB; ${results.machine.os}; Node ${results.machine.node}; ${results.machine.browser}`,
      `- Load average (1, 5, 15 min) at the start ${results.machine.loadAverageAtStart.join(', ')} and at the end ${results.machine.loadAverageAtEnd.join(', ')}${Math.max(results.machine.loadAverageAtStart[0], results.machine.loadAverageAtEnd[0]) > results.machine.cores ? `: above ${results.machine.cores}, other work shared the CPUs and absolute times are inflated` : ''}; the ratios pair back-to-back runs to cancel other work on the machine.`,
      `- Runs: median of ${results.method.runs} runs per figure, each in a fresh browser context; ours and raw alternate, and "ours / raw" is the median of the per-run ratios. ${results.method.runsNote.replace(/^Fresh browser context per run; ours and raw alternate, and ratios are medians of the per-run ratios\. /, '')}`,
      '',
      '## What is measured',
      '',
      '- **Stories.** The real story (`dist/stories/azerbaijan-kazakhstan.json`) and synthetic ones from',
      "  `bench/generate.mjs` (seeded, valid: compiled with the project's own `compileStory`, then",
      '  `withGraphLayout` exactly as the build does). Each has about a quarter as many entities and',
      '  as many relations as events; the source text (one sentence per event) is inline.',
      '- **Ours** is `<event-timeline>`, `<event-graph>` or `<history-explorer>` from a fresh build',
      '  (`dist/embed.js`), given the parsed story as its `story` property; time runs from its',
      '  connection to its `story-render`. `dist/embed.js` loads before the clock starts; the lazy',
      "  chunks load inside it. The timeline paints the story's events first as a list (dates and",
      "  titles, without waiting for vis-timeline: the design's first paint free of the heavy",
      '  chunks), and `story-render` is that frame; "timeline drawn" runs on to `timeline-draw`, when',
      "  vis-timeline has drawn the events in its place. Raw's first paint is vis-timeline's drawing,",
      '  so "timeline drawn" is the figure that does the same work as raw\'s. **Raw** is vis-timeline / cytoscape bundled the same way (ESM, minified)',
      '  and loaded inside the measured time, given the same items, window, clustering, container size,',
      "  node positions, stylesheet and options, with paint detected the same way (vis-timeline's",
      "  first `onInitialDrawComplete`, then a frame and a posted task; cytoscape's first `render`,",
      '  emitted in the frame callback that draws, then a posted task: that frame, not the next, where',
      '  cytoscape goes on caching textures). Same window means',
      "  vis-timeline's own first fit to the item boxes is skipped on both sides; same items means",
      '  the same labels, dates included, formatted with `Intl.DateTimeFormat` as a localised page',
      '  would. What raw does not do, and ours does: validate the story (schema, references, quotes),',
      '  the keyboard listbox, the legend, the accessible entity list, the search index. Raw bundles',
      '  stock vis-timeline; ours bundles it with build-time patches that change nothing it draws',
      '  (`scripts/vis-timeline-patches.mjs`: an English-only table of its UI strings, which every item',
      '  used to copy, Dates copied directly instead of through moment, and no stylesheet rules for',
      '  Graph2d or the configurator). Raw bundles stock cytoscape; ours leaves out its graph',
      '  algorithms, which the widgets never call (`scripts/cytoscape-patches.mjs`).',
      '- **Explorer** is timeline + graph + quote; raw "explorer" is vis-timeline and cytoscape on one',
      "  page, loaded in parallel, with a plain-DOM quote panel. Its first paint is the timeline's.",
      '- **Click → quote**: the selection is set (`selected` on the explorer; raw: timeline selection,',
      '  graph highlight, quote panel) until the quote is in the DOM and a frame is painted; median of 5',
      '  events spread through the story per run (3 at 10,000 events); the first click is also shown.',
      '- **Pan/zoom p95**: 95th percentile of frame intervals (requestAnimationFrame) while the',
      '  timeline is dragged (up to 30 moves in 0.8 s), then zoomed in and out with Ctrl + wheel (up to',
      '  12 notches each way in 0.5 s): real input events through the DevTools protocol, paced like a',
      '  person and capped in time. 16.7 ms is one frame at 60 Hz.',
      '- **Ratios**: "ours / raw" is the median of the per-run ratios (run i of ours against run i',
      '  of raw, which ran right before or after it); it is what the budgets use. The ratio of the',
      '  medians is shown beside it: where the two differ a lot, the runs were noisy or bimodal (in',
      '  the explorer, the graph chunk sometimes finishes loading before the timeline paints and',
      '  sometimes after).',
      '- **Heap**: `JSHeapUsedSize` after a forced GC, once the page has rendered everything.',
      '- **Bytes**: ' + results.method.bytes,
      '- **Graph variants**: build-time positions (`layout.positions`, as shipped stories have, drawn',
      '  with the `preset` layout) and run-time layout (no positions: ours runs fcose headless, raw runs',
      '  fcose with the same options on its instance). The budgets apply to build-time positions;',
      '  the run-time layout is for information.',
      '',
      '## What keeps ours fast',
      '',
      '- **Graph positions computed at build time** for shipped stories (the `preset` layout); fcose',
      '  (not cose) for stories without them, run headless and batched into one cytoscape update.',
      '- **The graph does only the work that shows**: in the explorer its canvas and its list of',
      "  names wait until the timeline has drawn (`defer-canvas`), and the list's few hundred",
      "  buttons then wait for the canvas's first frame, or for the reader to open the list; a",
      '  selection lights up the graph one frame after its quote is painted; a new view toggles',
      '  only the classes that change (cytoscape restyles an element on every toggle, even one that',
      '  changes nothing: ~0.05 ms each, thousands of elements on a first draw); above 300 nodes the',
      '  canvas has one pixel per CSS pixel (`pixelRatio: 1`), and above 600 nodes / edges it draws a',
      '  texture / no edges while the view moves (`src/event-graph/cytoscape-options.ts`, which the',
      '  raw baseline uses too).',
      '- **A timeline far from the viewport waits**: a timeline whose code came with another',
      '  widget (an explorer higher up the article brings it) shows its list of events and draws',
      '  vis-timeline only once it is within 600 px of the viewport, as the graph draws its canvas',
      '  (the example article\'s Lighthouse TBT: median 691 → 240 ms, "A timeline far from the',
      '  viewport waits to be drawn" below).',
      '- **The first paint needs neither library**: the timeline lists the events as soon as the',
      '  story is validated, and builds vis-timeline only once that list has been painted (building',
      '  takes the main thread for ~0.2 s at 2,000 events on a slow machine). The explorer draws its',
      '  graph after that.',
      '- **A first list no longer than the frame**: it holds 64 options, as many as fill a frame',
      "  1,900 px wide; building and laying out the listbox's 200 for a frame that shows a quarter",
      "  of them cost ~15 ms of a long story's first paint. The listbox grows to 200 only once the",
      '  drawn timeline has been painted: grown in the frame vis-timeline first paints, it held that',
      '  frame back (the 2,000-event timeline is drawn ~13 ms sooner).',
      '- **The list gives way in the frame the drawing appears in**: vis-timeline makes its drawing',
      '  visible in its first `changed` event but calls `onInitialDrawComplete` only after that frame',
      '  has been painted; hiding the list in `changed` puts both in one frame, one paint and raster',
      '  instead of two (~30–50 ms at 2,000 events with software raster).',
      "- **A long story's titles measured as they are laid out**: above 1,000 events each box is",
      '  measured when the layout first needs its size (the opening search measures the events near',
      '  the windows it tries), the opening is laid out near its window, and the rest is measured',
      '  when the page is idle; the 2,000-event timeline is drawn ~24 ms sooner, the 10,000-event one',
      '  ~90 ms ("A long story\'s titles measured as they are laid out" below).',
      '- **One layout for a run of windows in the opening search**: neighbouring windows of one span',
      '  (in a long story most are the narrowest, a few weeks apart) share one layout over all their',
      '  surroundings instead of one each; the same openings, and the 2,000-event search ~13 ms',
      '  shorter ("The opening search lays out a run of windows once" below).',
      '- **A big graph created with what is in view**: above 600 elements, the graph is created with',
      '  the nodes and edges in and around its opening view, and gains the rest in at most 20 steps,',
      '  one per frame, after its first frame; the 2,000-event graph is painted ~0.5 s sooner, the',
      '  same picture ("A big graph drawn from its view outwards" below).',
      '- **Few redraws of a drawn timeline**: the crowd layout (which events stand alone, which are',
      '  clustered) is made again only when the zoom changes, not on a pan, and only the items it',
      '  changes are given to vis-timeline (each item given is redrawn); a new highlight or active',
      '  event updates only the items whose classes changed.',
      '- **No item drawn twice to be measured**: vis-timeline is created without items and given',
      '  them once its window is set; given them at creation, it fits its first window to all of',
      '  them inside its constructor, putting every item of the story into the DOM to measure it.',
      '  It draws them in its next frame, every box in view built in one pass and measured in one',
      '  (left to itself, it builds and measures each item as it is added, a layout per item).',
      '- **The opening window is chosen within a budget**: a short story tries every window from one',
      '  event to any of the next 48; a long one samples 12 places with windows of 8 events.',
      '  Measured in Node on a busy two-core machine, for the 2,000-event synthetic story: labels',
      '  measured ~25 ms, opening window ~60–90 ms, the layout at one zoom ~15–30 ms.',
      '- **Loading order on two cores**: the element code (one chunk, with the chunks it imports) is',
      '  requested at once; vis-timeline (117 KB gzip) once that code has arrived, so the two are not',
      '  compiled at the same time (requested together, the element code was ready ~20 ms later;',
      '  2,000-event timeline drawn, A/B medians: together 361 ms, at connection 342 ms / 337 ms, on',
      '  arrival 328 ms); cytoscape once vis-timeline is in.',
      '- **One chunk of element code**: a timeline, graph or quote on its own pays ~13 KB (gzip) for',
      "  code it does not run; as seven chunks, they and vis-timeline queued behind a browser's six",
      '  HTTP/1.1 connections, ~70 ms before anything could be drawn.',
      '- **The first `Intl` formatter** costs ~20–30 ms (the browser loads its locale data; later ones',
      '  well under 1 ms): it is made while the chunks compile, not right after requesting them (a',
      '  30 ms task then delayed their compiling by 35 ms).',
      '- **Validation that costs little when the story is valid**: a check generated from the valibot',
      '  schema at build time says yes in ~15 ms at 2,000 events, cold (valibot itself: ~26 ms; see',
      '  "Validating a story" below); valibot runs, and words the problems, only when that check says',
      '  no. Dates are parsed by hand and turned into instants by arithmetic, once per event.',
      '- **vis-timeline patched at build time** (above): at 2,000 events the English-only locale table',
      '  saves ~90,000 objects and ~50 ms of a cold main thread, and copying Dates directly 4,000',
      '  moment objects. The browser tests bundle vis-timeline with the same patches',
      '  (`scripts/wtr-bundle-plugin.mjs`), so tests and site run the same code.',
      '- Clustering on crowded windows, and a listbox that holds a window of at most 200 options, not',
      '  thousands.',
      '',
    );
  }
  lines.push(plain ? 'Budgets' : '## Budgets', '');
  table([
    ['budget', 'measured', 'limit', 'result'],
    ['---', '---', '---', '---'],
    ...results.budgets.map((budget) => [
      budget.name,
      budget.shown,
      budget.limitShown,
      budget.status === 'pass' ? 'pass' : budget.status === 'fail' ? '**FAIL**' : 'not measured',
    ]),
  ]);
  lines.push('');
  for (const size of results.order) {
    const summary = results.sizes[size];
    const story = results.stories[size];
    lines.push(plain ? sizeTitle(size, story) : `## ${sizeTitle(size, story)}`, '');
    if (story.layoutSeconds !== undefined && !plain) {
      lines.push(
        `Build cost of this story (Node, measured when generated): compile ${story.compileSeconds.toFixed(1)} s, ` +
          `graph layout (withGraphLayout) ${story.layoutSeconds.toFixed(1)} s; story file ${(story.bytes / 1024 / 1024).toFixed(2)} MB.`,
        '',
      );
    }
    table([
      ['figure', 'ours', 'raw', 'ours / raw', 'ratio of the medians'],
      ['---', '---:', '---:', '---:', '---:'],
      ...Object.values(summary.figures).map((entry) => [
        entry.label,
        format(entry.ours.median, entry.unit),
        format(entry.raw.median, entry.unit),
        entry.ratio === undefined ? '–' : `${entry.ratio.toFixed(2)}×`,
        entry.ratioOfMedians === undefined ? '–' : `${entry.ratioOfMedians.toFixed(2)}×`,
      ]),
    ]);
    if (summary.errors.length > 0) {
      lines.push(
        '',
        `Failed runs: ${summary.errors.map((error) => error.split('\n')[0]).join('; ')}`,
      );
    }
    lines.push('');
  }
  if (results.timelinejs) lines.push(...renderTimelineJs(results.timelinejs, { plain }));
  if (!plain) lines.push(MEASURED_APART_MARKER, '');
  return lines.join('\n');
}
