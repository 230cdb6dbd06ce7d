// The side-by-side with Knight Lab TimelineJS on the real story: its figures (medians
// and paired ratios), its budgets (issue 17) and its section of docs/performance.md.
import { formatValue, median, pairedRatio } from './stats.mjs';

/**
 * Every figure of the side-by-side: the measurement of each side (bench/run.mjs
 * `measure` for ours, bench/timelinejs.mjs `clickTimelineJs` for TimelineJS).
 * `ours: undefined` marks a figure only TimelineJS has.
 */
export const TIMELINEJS_FIGURES = [
  {
    key: 'firstPaint',
    label:
      'Navigation → first painted events (ours: the explorer’s list; TimelineJS: its timenav markers in place)',
    ours: 'navRender',
    theirs: 'navMarkersInPlace',
    unit: 'ms',
  },
  {
    key: 'firstPaintBuilt',
    label:
      'Navigation → first painted events, TimelineJS’s markers built (`loaded`, painted stacked in one place)',
    ours: 'navRender',
    theirs: 'navRender',
    unit: 'ms',
  },
  {
    key: 'startToPaint',
    label:
      'Start → first painted events (ours: connection; TimelineJS: `new TL.Timeline`, its script loaded, markers in place)',
    ours: 'render',
    theirs: 'markersInPlace',
    unit: 'ms',
  },
  {
    key: 'click',
    label:
      'Click → content shown (ours: quote painted; TimelineJS: the slide’s headline wholly in sight, painted)',
    ours: 'clickToQuote',
    theirs: 'clickToSlide',
    unit: 'ms',
  },
  {
    key: 'clickActive',
    label: 'Click → content shown, TimelineJS’s slide made active (still out of sight), painted',
    ours: 'clickToQuote',
    theirs: 'clickToSlideActive',
    unit: 'ms',
  },
  {
    key: 'firstClick',
    label: 'First click → content shown',
    ours: 'firstClickToQuote',
    theirs: 'firstClickToSlide',
    unit: 'ms',
  },
  {
    key: 'clickInPlace',
    label: 'TimelineJS: click → the slide in place (its animation over)',
    theirs: 'clickToSlideInPlace',
    unit: 'ms',
  },
  {
    key: 'bytesBeforeRender',
    label: 'gzip bytes before the first paint',
    ours: 'bytesBeforeRender',
    theirs: 'bytesBeforeRender',
    unit: 'KB',
  },
  {
    key: 'bytesTotal',
    label: 'gzip bytes in total (ours with the graph)',
    ours: 'bytesTotal',
    theirs: 'bytesTotal',
    unit: 'KB',
  },
  { key: 'heap', label: 'JS heap after GC', ours: 'heap', theirs: 'heap', unit: 'MB' },
];

/** The budgets of issue 17 against TimelineJS: ours / TimelineJS, paired runs. */
export const TIMELINEJS_BUDGETS = [
  { name: 'Real story: click → quote vs TimelineJS’s click → slide', key: 'click', limit: 0.8 },
  { name: 'Real story: first painted events vs TimelineJS’s', key: 'firstPaint', limit: 0.6 },
];

const scale = (unit, value) =>
  value === undefined
    ? undefined
    : unit === 'MB'
      ? value / 1024 ** 2
      : unit === 'KB'
        ? value / 1024
        : value;

/**
 * Medians, paired ratios and errors of the side-by-side runs.
 * @param {{ ours: object[], timelinejs: object[] }} runsOf the runs of each side, in order.
 * @param {object} about what ran: TimelineJS's version, the story's slides, the options.
 */
export function summariseTimelineJs(runsOf, about) {
  const valuesOf = (runs, metric, unit) =>
    runs.map((run) => (run.error || !metric ? NaN : (scale(unit, run[metric]) ?? NaN)));
  const figures = {};
  for (const figure of TIMELINEJS_FIGURES) {
    const ours = valuesOf(runsOf.ours, figure.ours, figure.unit);
    const theirs = valuesOf(runsOf.timelinejs, figure.theirs, figure.unit);
    const entry = {
      label: figure.label,
      unit: figure.unit,
      ours: { median: median(ours), runs: ours },
      timelinejs: { median: median(theirs), runs: theirs },
    };
    if (entry.ours.median !== undefined && entry.timelinejs.median) {
      entry.ratio = pairedRatio(ours, theirs);
      entry.ratioOfMedians = entry.ours.median / entry.timelinejs.median;
    }
    figures[figure.key] = entry;
  }
  const errors = Object.entries(runsOf).flatMap(([side, runs]) =>
    runs.filter((run) => run.error).map((run) => `${side}: ${run.error}`),
  );
  const blocked = [...new Set(runsOf.timelinejs.flatMap((run) => run.blocked ?? []))];
  const files = runsOf.timelinejs.find((run) => run.files)?.files ?? [];
  return { ...about, figures, errors, blocked, files };
}

/** The two budgets, measured or not, in the shape of bench/report.mjs `evaluateBudgets`. */
export function timelineJsBudgets(summary) {
  return TIMELINEJS_BUDGETS.map((budget) => {
    const entry = summary?.figures[budget.key];
    const value = entry?.ratio;
    return {
      name: `${budget.name} ≤ ${budget.limit}×`,
      size: 'real',
      figure: `timelinejs.${budget.key}`,
      limit: budget.limit,
      value,
      shown:
        value === undefined
          ? '–'
          : `${value.toFixed(2)}× (${formatValue(entry.ours.median, entry.unit)} vs ${formatValue(entry.timelinejs.median, entry.unit)})`,
      limitShown: `≤ ${budget.limit}×`,
      status: value === undefined ? 'not measured' : value <= budget.limit ? 'pass' : 'fail',
    };
  });
}

/** The section "Side by side with TimelineJS (real story)" as Markdown lines. */
export function renderTimelineJs(summary, { plain = false } = {}) {
  const title = 'Side by side with TimelineJS (real story)';
  const lines = [plain ? title : `## ${title}`, ''];
  if (!plain) {
    lines.push(
      `Knight Lab TimelineJS ${summary.version} (the pinned dev dependency, \`dist/js/timeline.js\` and`,
      '`dist/css/timeline.css` loaded in the head as its embed page loads them) shows the real story',
      "converted by the project's own TimelineJS export (`src/interop/timelinejs-export.ts`) with each",
      `slide's text set to the event's quote: ${summary.slides} slides, headline = the event's title (English,`,
      'as our explorer shows it), text = its quote, dates as ours. Ours is the explorer on the same',
      `story. Both in a ${summary.width} × ${summary.height} px frame (TimelineJS's container`,
      `${summary.containerHeight} px high), ${summary.runs} runs each, alternating with ours, fresh`,
      'browser context per run; "ours / TimelineJS" is the median of the per-run ratios.',
      '',
      '- **Offline**: TimelineJS is pointed at the served copy of its files (`script_path`), its',
      '  built-in English (no locale file) and no web font (`font: null`: its stylesheet falls back',
      '  to Helvetica Neue and Georgia, as ours uses system-ui; its default would load PT Sans and',
      '  PT Serif from Google Fonts). The page allows only its own origin',
      `  (Content-Security-Policy); requests it blocked: ${summary.blocked.length ? summary.blocked.join(', ') : 'none'}.`,
      '- **First painted events**: from navigation (both pages fetch the story and every script',
      "  inside it) to our explorer's `story-render` (its list of events, painted) or to the first",
      '  painted frame in which every TimelineJS timenav marker stands where it stays (unmoved for',
      '  0.5 s after): at its `loaded` event the markers are built but stacked in one place, and it',
      '  spreads them to their dates in an animation of about half a second. The row "markers',
      '  built" times that `loaded` frame instead, for comparison.',
      '- **The budgets** use the moment the reader can see the content where it belongs, on both',
      "  sides. TimelineJS's first responses (markers built, slide made active) are shown beside",
      '  them: a slide made active is one frame after the click, a time no page that paints its',
      '  answer can beat.',
      "- **Click**: TimelineJS: a click on the event's timenav marker (`click()` in the page) until",
      "  the first painted frame in which the slide's headline lies wholly inside the slider's",
      '  visible area: its text can be read. TimelineJS makes the slide active at once (the frame',
      '  after the click, shown for information) and then slides to it in a 1 s animation that eases',
      '  out ("in place": its end). Ours: the bench\'s click → quote painted (above), the quote shown',
      '  at once. The same 5 events, spread through the story.',
      `- **Bytes**: gzip -9 of every file the page fetched, harness files excluded (TimelineJS: ${summary.files.join(', ')}).`,
      '',
    );
  }
  lines.push(
    '| figure | ours | TimelineJS | ours / TimelineJS | ratio of the medians |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const entry of Object.values(summary.figures)) {
    lines.push(
      `| ${[
        entry.label,
        formatValue(entry.ours.median, entry.unit),
        formatValue(entry.timelinejs.median, entry.unit),
        entry.ratio === undefined ? '–' : `${entry.ratio.toFixed(2)}×`,
        entry.ratioOfMedians === undefined ? '–' : `${entry.ratioOfMedians.toFixed(2)}×`,
      ].join(' | ')} |`,
    );
  }
  if (summary.errors.length > 0) {
    lines.push(
      '',
      `Failed runs: ${summary.errors.map((error) => error.split('\n')[0]).join('; ')}`,
    );
  }
  lines.push('');
  return lines;
}
