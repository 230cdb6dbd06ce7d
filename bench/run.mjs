#!/usr/bin/env node
// `npm run bench`: our elements side by side with raw vis-timeline and raw
// cytoscape doing the same work, in headless Chromium, on the real story and on
// deterministic synthetic stories (bench/generate.mjs). Writes bench/results.json
// and docs/performance.md; `--check` exits 1 when a budget is missed.
//
//   npm run bench [-- --sizes real,collection,20,200,2000,10000] [--views timeline,graph,graphRuntime,explorer]
//                 [--runs 5] [--check] [--no-write] [--keep] [--no-timelinejs]
//                 [--no-lighthouse] [--lighthouse-runs 5]
//
// Everything is served from a temporary folder holding a fresh build of src/
// (node build.mjs --out <tmp>/dist), the stories and the harness pages.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, freemem, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { launchBrowser } from '../scripts/find-browser.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { writeStories } from './generate.mjs';
import { evaluateBudgets, MEASURED_APART_MARKER, renderMarkdown, summarise } from './report.mjs';
import {
  clickTimelineJs,
  prepareTimelineJs,
  sideBySideWithTimelineJs,
  TIMELINEJS_STORY,
  timelineJsPackage,
} from './timelinejs.mjs';
import { summariseTimelineJs } from './timelinejs-report.mjs';
import { runLighthouse } from './lighthouse.mjs';
import {
  lighthouseSectionOf,
  renderLighthouse,
  withLighthouseSection,
} from './lighthouse-report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'real,collection,20,200,2000,10000' },
    views: { type: 'string', default: 'timeline,graph,graphRuntime,explorer' },
    runs: { type: 'string', default: '5' },
    check: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-timelinejs': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '5' },
  },
});
const sizes = options.sizes.split(',').map((size) => size.trim());
const runs = Math.max(1, Number(options.runs));
const views = options.views.split(',').map((view) => view.trim());
/** Knight Lab TimelineJS beside our explorer on the real story (bench/timelinejs.mjs). */
const withTimelineJs =
  !options['no-timelinejs'] && sizes.includes('real') && views.includes('explorer');
/** The explorer's language on the bench page (`<html lang="en">`): TimelineJS's headlines too. */
const TIMELINEJS_LANGUAGE = 'en';
/** TimelineJS's container height: Knight Lab's embed generator's default. */
const TIMELINEJS_HEIGHT = 650;
const command = [
  'npm run bench',
  ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
].join(' ');

/** The size that measures the shipped collection (its three stories on one timeline). */
const COLLECTION = 'collection';
/** The real stories and the collection: measured as shipped, not generated. */
const isShipped = (size) => size === 'real' || size === COLLECTION;

/** The file name (without .json) of a size's story in the served stories folder. */
const storyName = (size) => (size === 'real' || size === COLLECTION ? size : `synthetic-${size}`);

/**
 * How many runs a variant gets: `--runs`, but at most 2 for the 10,000-event story
 * and the run-time layout at 2,000 events (each of those loads takes 10–40 s), so
 * that the full run stays around a quarter of an hour on 2 cores. The 10,000-event
 * explorer, which two budgets read, gets 3: the median of two runs is their mean,
 * and one run slowed by the machine (pan/zoom p95 33.3 against 16.8 ms in the same
 * bench) decided the budget alone.
 */
const runsFor = (size, variant) => {
  const events = isShipped(size) ? 26 : Number(size);
  if (events >= 10000 && variant === 'explorer') return Math.min(runs, 3);
  if (events >= 10000 || (variant === 'graphRuntime' && events >= 2000)) return Math.min(runs, 2);
  return runs;
};
/** The run-time layout (fcose, quality "proof") of 2,500 nodes takes ~18 min here: not run. */
const runtimeLayoutSkipped = (size) => !isShipped(size) && Number(size) >= 10000;

const VIEWPORT = { width: 1280, height: 1000 };
const PAGE_TIMEOUT_MS = 240_000;
const CLICKS = 5;

const log = (line) => console.log(line);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Builds the site and the harness pages into a temporary folder. */
async function prepare(tmp) {
  log(`Preparing ${tmp}`);
  const build = spawnSync(process.execPath, ['build.mjs', '--out', join(tmp, 'dist'), '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('node build.mjs failed; fix the build first');

  const storiesDir = join(tmp, 'stories');
  await mkdir(storiesDir, { recursive: true });
  const real = JSON.parse(
    await readFile(join(tmp, 'dist/stories/azerbaijan-kazakhstan.json'), 'utf8'),
  );
  const realRuntime = { ...real };
  delete realRuntime.layout;
  await writeFile(join(storiesDir, 'real.json'), JSON.stringify(real));
  await writeFile(join(storiesDir, 'real.runtime.json'), JSON.stringify(realRuntime));
  const synthetic = sizes.filter((size) => !isShipped(size)).map(Number);
  const generated = await writeStories({ sizes: synthetic, outDir: storiesDir, log });
  const storyInfo = {
    real: {
      size: 'real',
      file: 'dist/stories/azerbaijan-kazakhstan.json',
      events: real.events.length,
      entities: real.entities.length,
      relations: real.relations.length,
      bytes: Buffer.byteLength(JSON.stringify(real)),
    },
  };
  for (const entry of generated) storyInfo[String(entry.size)] = entry;
  if (sizes.includes(COLLECTION)) {
    // The shipped collection, loaded as the explorer loads it (each story validated, then merged).
    const file = 'dist/collections/caspian-crossroads.json';
    const collection = JSON.parse(await readFile(join(tmp, file), 'utf8'));
    const runtime = { ...collection };
    delete runtime.layout;
    await writeFile(join(storiesDir, 'collection.json'), JSON.stringify(collection));
    await writeFile(join(storiesDir, 'collection.runtime.json'), JSON.stringify(runtime));
    storyInfo[COLLECTION] = {
      size: COLLECTION,
      file,
      stories: collection.stories.length,
      events: collection.stories.reduce((sum, part) => sum + part.events.length, 0),
      entities: collection.entities.length,
      relations: collection.relations.length,
      bytes: Buffer.byteLength(JSON.stringify(collection)),
    };
  }

  const pagesOut = join(tmp, 'bench');
  await mkdir(pagesOut, { recursive: true });
  if (withTimelineJs) {
    storyInfo.real.timelineJsSlides = (await prepareTimelineJs(tmp, TIMELINEJS_LANGUAGE)).slides;
  }
  for (const file of ['ours.html', 'raw.html', 'page.css']) {
    await cp(join(benchDir, 'pages', file), join(pagesOut, file));
  }
  const common = {
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
  };
  // The raw libraries, bundled the way build.mjs bundles ours (ESM, minified, CSS as text).
  await esbuild.build({
    ...common,
    entryPoints: {
      vis: join(benchDir, 'pages/raw-vis-lib.mjs'),
      cy: join(benchDir, 'pages/raw-cy-lib.mjs'),
      fcose: join(benchDir, 'pages/raw-fcose-lib.mjs'),
    },
    outdir: join(pagesOut, 'lib'),
    loader: { '.css': 'text' },
  });
  // The harnesses (bench code, not counted in the bytes).
  await esbuild.build({
    ...common,
    entryPoints: {
      'ours-harness': join(benchDir, 'pages/ours-harness.mjs'),
      'raw-harness': join(benchDir, 'pages/raw-harness.mjs'),
    },
    outdir: pagesOut,
    external: ['../dist/*', './lib/*'],
  });
  return storyInfo;
}

/** gzip size (level 9, as `npm run build` reports) of a served file, by URL. */
function gzipSizer(tmp) {
  const cache = new Map();
  return async (url) => {
    const path = new URL(url).pathname;
    if (!cache.has(path)) {
      const bytes = await readFile(join(tmp, decodeURIComponent(path)));
      cache.set(path, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    }
    return cache.get(path);
  };
}

/** What a page downloads that the widgets need: not the harness files. */
const counted = (url) => {
  const path = new URL(url).pathname;
  return !path.startsWith('/bench/') || path.startsWith('/bench/lib/');
};

async function sumBytes(sizeOf, entries) {
  const urls = [
    ...new Set(entries.filter((entry) => counted(entry.url)).map((entry) => entry.url)),
  ];
  const total = { raw: 0, gzip: 0, files: [] };
  for (const url of urls) {
    const size = await sizeOf(url);
    total.raw += size.raw;
    total.gzip += size.gzip;
    total.files.push(new URL(url).pathname);
  }
  return total;
}

/**
 * Drags the timeline sideways, then zooms in and out with Ctrl + wheel, recording
 * frame intervals. Input is paced like a person's (a move every ~16 ms, a wheel
 * notch every ~30 ms) and capped in time: a page whose frames take a second gets
 * fewer input events, not a minute of them (each waits for the page to take it).
 */
async function panAndZoom(page) {
  const rect = await page.evaluate(() => window.__benchTimelineRect());
  const x = rect.x + rect.width / 2;
  const y = rect.y + Math.min(rect.height * 0.45, 120);
  const before = await page.evaluate(() => window.__benchWindow());
  await page.mouse.move(x, y);
  await page.evaluate(() => window.__benchFrames.start());
  let phase = performance.now();
  let panSteps = 0;
  await page.mouse.down();
  while (panSteps < 30 && performance.now() - phase < 800) {
    panSteps += 1;
    await page.mouse.move(x - panSteps * 10, y);
    await sleep(16);
  }
  await page.mouse.up();
  const panned = await page.evaluate(() => window.__benchWindow());
  await page.keyboard.down('Control');
  phase = performance.now();
  let zoomSteps = 0;
  while (zoomSteps < 12 && performance.now() - phase < 500) {
    zoomSteps += 1;
    await page.mouse.wheel({ deltaY: -120 });
    await sleep(30);
  }
  const zoomed = await page.evaluate(() => window.__benchWindow());
  for (let step = 0; step < zoomSteps; step += 1) {
    await page.mouse.wheel({ deltaY: 120 });
    await sleep(30);
  }
  await page.keyboard.up('Control');
  await sleep(100);
  const deltas = await page.evaluate(() => window.__benchFrames.stop());
  const span = (window) => window[1] - window[0];
  const moved = Boolean(
    before && panned && zoomed && before[0] !== panned[0] && span(zoomed) < span(panned),
  );
  return {
    p95: percentile(deltas, 95),
    max: Math.max(...deltas),
    frames: deltas.length,
    panSteps,
    zoomSteps,
    moved,
  };
}

/**
 * Loads one harness page in a fresh browser context and measures it.
 * @returns {Promise<object>} the measurements of this run.
 */
async function measure(
  browser,
  baseUrl,
  sizeOf,
  { side, view, story, layout, sizesParam, clickIds },
) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport(VIEWPORT);
    await page.setCacheEnabled(false);
    let notify;
    const notified = new Promise((done) => {
      notify = done;
    });
    await page.exposeFunction('__benchNotify', () => notify());
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const query = new URLSearchParams({
      view,
      story: `/stories/${story}`,
      ...(side === 'raw' ? { layout, ...sizesParam } : {}),
      ...(side === 'timelinejs' ? { th: String(TIMELINEJS_HEIGHT) } : {}),
    });
    const url = `${baseUrl}bench/${side}.html?${query}`;
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`timed out after ${PAGE_TIMEOUT_MS / 1000} s`)),
        PAGE_TIMEOUT_MS,
      );
    });
    await Promise.race([
      page.goto(url, { waitUntil: 'load' }).then(() => notified),
      timeout,
    ]).finally(() => clearTimeout(timer));
    const state = await page.evaluate(() => ({ ...window.__bench, resourcesAtRender: undefined }));
    if (state.error) throw new Error(state.error);
    const result = {
      render: state.render - state.t0,
      // Raw's first paint is vis-timeline's drawing; ours announces its list of
      // events first (story-render) and the drawn timeline after (timeline-draw).
      ...(view !== 'graph' ? { drawn: (state.drawn ?? state.render) - state.t0 } : {}),
      navRender: state.render,
      ...(state.graphRender !== undefined ? { graphRender: state.graphRender - state.t0 } : {}),
    };
    if (view === 'graph' || view === 'explorer') {
      const completeAt = await page.evaluate(() => window.__benchComplete?.());
      if (completeAt !== undefined) result.graphComplete = completeAt - state.t0;
    }
    await page.evaluate(() => window.__benchSettle(4));
    if (state.layoutFinal !== undefined) {
      // Ours, run-time layout: the worker's time (start → positions back), the main-thread
      // task that moves the nodes there, and the long tasks until a frame after it.
      result.layoutFinal = state.layoutFinal - state.t0;
      result.layoutInWorker = state.layoutDone - state.layoutStart;
      result.layoutApply = state.layoutFinal - state.layoutApply;
      const tasks = await page.evaluate(() => window.__benchLayoutTasks());
      result.layoutLongTasks = tasks.length;
      result.layoutLongestTask = Math.max(0, ...tasks);
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    result.heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
    const atRender = await page.evaluate(() => window.__bench.resourcesAtRender);
    const all = await page.evaluate(() => window.__benchResources());
    const early = await sumBytes(sizeOf, atRender);
    const total = await sumBytes(sizeOf, all);
    result.bytesBeforeRender = early.gzip;
    result.bytesTotal = total.gzip;
    result.rawBytesBeforeRender = early.raw;
    result.rawBytesTotal = total.raw;
    result.files = total.files;

    if (view === 'timeline' || view === 'explorer') {
      const frames = await panAndZoom(page);
      result.panZoomP95 = frames.p95;
      result.panZoomMax = frames.max;
      result.panZoomFrames = frames.frames;
      result.panZoomMoved = frames.moved;
      result.panZoomSteps = [frames.panSteps, frames.zoomSteps];
      await page.evaluate(() => window.__benchSettle(4));
    }
    if (view === 'explorer') {
      const latencies = [];
      for (const id of clickIds) {
        latencies.push(await page.evaluate((eventId) => window.__benchSelect(eventId), id));
        await page.evaluate(() => window.__benchSettle(2));
      }
      result.clickToQuote = median(latencies);
      result.firstClickToQuote = latencies[0];
      result.clicks = latencies;
    }
    if (view === 'timelinejs') Object.assign(result, await clickTimelineJs(page, clickIds));
    return result;
  } finally {
    await context.close();
  }
}

/** The container sizes of our elements, so the raw pages use the same ones. */
async function probeSizes(browser, baseUrl) {
  const sizesByView = {};
  for (const view of ['timeline', 'graph', 'explorer']) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    try {
      await page.setViewport(VIEWPORT);
      let notify;
      const notified = new Promise((done) => {
        notify = done;
      });
      await page.exposeFunction('__benchNotify', () => notify());
      await page.goto(`${baseUrl}bench/ours.html?view=${view}&story=/stories/real.json`);
      await notified;
      const error = await page.evaluate(() => window.__bench.error);
      if (error) throw new Error(`probe ${view}: ${error}`);
      const measured = await page.evaluate(() => window.__benchSizes());
      const param = {};
      if (measured.timeline) param.tw = String(Math.round(measured.timeline.width));
      if (measured.graph) {
        param.gw = String(Math.round(measured.graph.width));
        param.gh = String(Math.round(measured.graph.height));
      }
      sizesByView[view] = param;
    } finally {
      await context.close();
    }
  }
  return sizesByView;
}

/** The variants measured for a size: page view, story file and raw layout. */
function variantsFor(size) {
  const preset = `${storyName(size)}.json`;
  const runtime = `${storyName(size)}.runtime.json`;
  const list = [
    { key: 'timeline', view: 'timeline', story: preset, layout: 'preset' },
    { key: 'graph', view: 'graph', story: preset, layout: 'preset' },
    { key: 'graphRuntime', view: 'graph', story: runtime, layout: 'fcose' },
    { key: 'explorer', view: 'explorer', story: preset, layout: 'preset' },
  ];
  return list.filter(
    (variant) =>
      views.includes(variant.key) &&
      (variant.key !== 'graphRuntime' || !runtimeLayoutSkipped(size)),
  );
}

async function main() {
  const started = performance.now();
  const loadAtStart = loadavg();
  const tmp = await mkdtemp(join(tmpdir(), 'history-explorer-bench-'));
  let server;
  let browser;
  try {
    const storyInfo = await prepare(tmp);
    const sizeOf = gzipSizer(tmp);
    server = await startStaticServer({ dir: tmp });
    browser = await launchBrowser();
    const browserVersion = await browser.version();
    log(`Serving ${tmp} at ${server.url}; ${browserVersion}`);
    const probed = await probeSizes(browser, server.url);
    log(`Container sizes from our elements: ${JSON.stringify(probed)}`);

    const measurements = {};
    const clickIdsOf = {};
    for (const size of sizes) {
      const storyFile = join(tmp, 'stories', `${storyName(size)}.json`);
      const story = JSON.parse(await readFile(storyFile, 'utf8'));
      // Events spread through the file; 3 at 10,000 events (a click takes seconds there).
      // A collection's events are its stories' (`<story>/<event>`), spread through all of them.
      const events =
        story.type === 'collection'
          ? story.stories.flatMap((part) =>
              part.events.map((event) => ({ id: `${part.id}/${event.id}` })),
            )
          : story.events;
      const clicks = events.length >= 10000 ? 3 : CLICKS;
      const clickIds = Array.from(
        { length: Math.min(clicks, events.length) },
        (_, index) => events[Math.floor(((index + 0.5) * events.length) / clicks)].id,
      );
      clickIdsOf[size] = clickIds;
      measurements[size] = {};
      for (const variant of variantsFor(size)) {
        const count = runsFor(size, variant.key);
        const runsOf = { ours: [], raw: [] };
        for (let run = 0; run < count; run += 1) {
          // Alternate the order, so drift on a noisy machine hits both sides alike.
          for (const side of run % 2 === 0 ? ['ours', 'raw'] : ['raw', 'ours']) {
            const label = `${size} ${variant.key} ${side} run ${run + 1}/${count}`;
            const pageStarted = performance.now();
            try {
              const result = await measure(browser, server.url, sizeOf, {
                side,
                view: variant.view,
                story: variant.story,
                layout: variant.layout,
                sizesParam: probed[variant.view],
                clickIds,
              });
              runsOf[side].push(result);
              const extra = [
                result.drawn !== undefined && side === 'ours'
                  ? `drawn ${result.drawn.toFixed(0)} ms`
                  : '',
                result.graphRender !== undefined ? `graph ${result.graphRender.toFixed(0)} ms` : '',
                result.clickToQuote !== undefined
                  ? `click ${result.clickToQuote.toFixed(1)} ms`
                  : '',
                result.panZoomP95 !== undefined
                  ? `p95 frame ${result.panZoomP95.toFixed(1)} ms`
                  : '',
              ].filter(Boolean);
              result.loadAverage = loadavg()[0];
              result.wallSeconds = (performance.now() - pageStarted) / 1000;
              log(
                `[${result.wallSeconds.toFixed(0).padStart(3)} s] ${label}: render ${result.render.toFixed(0)} ms${extra.length ? `, ${extra.join(', ')}` : ''}`,
              );
            } catch (error) {
              log(`${label}: FAILED ${error instanceof Error ? error.message : String(error)}`);
              runsOf[side].push({ error: error instanceof Error ? error.message : String(error) });
            }
          }
        }
        measurements[size][variant.key] = runsOf;
      }
    }

    const timelineJsRuns = withTimelineJs
      ? await sideBySideWithTimelineJs({
          runs,
          log,
          measureSide: (side) =>
            measure(browser, server.url, sizeOf, {
              side,
              view: side === 'ours' ? 'explorer' : 'timelinejs',
              story: side === 'ours' ? 'real.json' : TIMELINEJS_STORY,
              clickIds: clickIdsOf.real,
            }),
        })
      : undefined;

    // Lighthouse (bench/lighthouse.mjs) on the same build, after the pages above; it
    // runs only with the real story, whose pages it audits (as `npm run lighthouse`).
    const lighthouse =
      !options['no-lighthouse'] && sizes.includes('real')
        ? await runLighthouse({
            siteDir: join(tmp, 'dist'),
            runs: Math.max(1, Number(options['lighthouse-runs'])),
            command,
            log,
          })
        : undefined;

    const cpuList = cpus();
    const results = {
      date: new Date().toISOString(),
      command,
      seconds: Math.round((performance.now() - started) / 1000),
      machine: {
        cpu: cpuList[0]?.model ?? 'unknown',
        cores: cpuList.length,
        memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
        freeMemoryGB: Math.round((freemem() / 1024 ** 3) * 10) / 10,
        os: `${type()} ${release()}`,
        node: process.version,
        browser: browserVersion,
        // Other work on the machine shows here; ratios pair back-to-back runs to cancel it.
        loadAverageAtStart: loadAtStart.map((value) => Math.round(value * 100) / 100),
        loadAverageAtEnd: loadavg().map((value) => Math.round(value * 100) / 100),
      },
      method: {
        viewport: VIEWPORT,
        runs,
        runsNote:
          'Fresh browser context per run; ours and raw alternate, and ratios are medians of the per-run ratios. 10,000 events: at most 2 runs (the explorer 3) and 3 clicks per run; run-time layout at 2,000 events: at most 2 runs; run-time layout at 10,000 events: not run (fcose "proof" on 2,500 nodes takes about 18 minutes here).',
        bytes:
          'gzip -9 size of every file the page fetched (the static server does not compress), harness files excluded; story JSON included on both sides.',
        containers: probed,
      },
      stories: storyInfo,
      order: sizes,
      sizes: {},
    };
    for (const size of sizes) results.sizes[size] = summarise(measurements[size]);
    if (timelineJsRuns) {
      results.timelinejs = summariseTimelineJs(timelineJsRuns, {
        version: timelineJsPackage().version,
        slides: storyInfo.real.timelineJsSlides,
        runs,
        width: VIEWPORT.width,
        height: VIEWPORT.height,
        containerHeight: TIMELINEJS_HEIGHT,
      });
    }
    if (lighthouse) results.lighthouse = lighthouse;
    results.budgets = evaluateBudgets(results);

    log('');
    log(renderMarkdown(results, { plain: true }));
    if (lighthouse) log(renderLighthouse(lighthouse, { plain: true }).join('\n'));
    if (!options['no-write']) {
      await writeFile(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
      const prettier = await import('prettier');
      const config = (await prettier.resolveConfig(join(root, 'docs/performance.md'))) ?? {};
      const previous = await readFile(join(root, 'docs/performance.md'), 'utf8');
      const apart = previous.indexOf(MEASURED_APART_MARKER);
      const kept = apart < 0 ? '' : previous.slice(apart + MEASURED_APART_MARKER.length);
      // The Lighthouse section: this run's, or the last one's (`npm run lighthouse`) kept.
      const lighthouseSection = lighthouse
        ? renderLighthouse(lighthouse).join('\n')
        : lighthouseSectionOf(previous);
      const generated = `${renderMarkdown(results)}${kept}`;
      const withSection = lighthouseSection
        ? withLighthouseSection(generated, lighthouseSection, MEASURED_APART_MARKER)
        : generated;
      const markdown = await prettier.format(withSection, {
        ...config,
        parser: 'markdown',
      });
      await writeFile(join(root, 'docs/performance.md'), markdown);
      log('wrote bench/results.json and docs/performance.md');
    }
    if (options.check) {
      const missed = results.budgets.filter((budget) => budget.status === 'fail');
      const skipped = results.budgets.filter((budget) => budget.status === 'not measured');
      for (const budget of skipped) log(`not measured: ${budget.name}`);
      if (missed.length > 0) {
        log(`\n${missed.length} budget${missed.length === 1 ? '' : 's'} missed:`);
        for (const budget of missed)
          log(`  ${budget.name}: measured ${budget.shown}, budget ${budget.limitShown}`);
        process.exitCode = 1;
      } else {
        log('\nEvery measured budget is met.');
      }
    }
  } finally {
    await browser?.close();
    await server?.close();
    if (options.keep) log(`kept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
