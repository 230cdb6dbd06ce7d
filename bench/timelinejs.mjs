// Knight Lab TimelineJS in the bench: its page, its story and its runs, side by side
// with our explorer on the real story (see bench/pages/timelinejs-harness.mjs for
// what is timed in the page, bench/timelinejs-report.mjs for the figures).
import { readFileSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { median } from './stats.mjs';
import { timelineJsOfStory } from './timelinejs-story.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));

/** The installed TimelineJS package (a pinned dev dependency). */
export function timelineJsPackage() {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@knight-lab/timelinejs/package.json'));
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return { dir, version };
}

/**
 * Copies TimelineJS's built files as its CDN serves them: js/timeline.js, js/locale/,
 * css/ (stylesheet, themes, fonts' stylesheets, icon font), without source maps.
 */
export async function copyTimelineJsFiles(lib) {
  const { dir } = timelineJsPackage();
  await mkdir(join(lib, 'js'), { recursive: true });
  await cp(join(dir, 'dist/js/timeline.js'), join(lib, 'js/timeline.js'));
  await cp(join(dir, 'dist/js/locale'), join(lib, 'js/locale'), { recursive: true });
  await cp(join(dir, 'dist/css'), join(lib, 'css'), {
    recursive: true,
    filter: (source) => !source.endsWith('.map'),
  });
}

/** The served name of the real story as TimelineJS JSON (in the stories folder). */
export const TIMELINEJS_STORY = 'real.timeline.json';

/**
 * Writes what the TimelineJS page needs into the bench's temporary folder: the
 * story as TimelineJS JSON, the package's built files (script, stylesheet, icon
 * font, locales) under bench/lib/timelinejs/ (counted in the bytes, as library
 * files are) and the page with its harness.
 * @param {string} tmp the bench's temporary folder (stories/real.json already written).
 * @param {string} language the language of the headlines (the explorer's).
 */
export async function prepareTimelineJs(tmp, language) {
  const story = JSON.parse(await readFile(join(tmp, 'stories/real.json'), 'utf8'));
  const timeline = await timelineJsOfStory(story, language);
  await writeFile(join(tmp, 'stories', TIMELINEJS_STORY), JSON.stringify(timeline));
  await copyTimelineJsFiles(join(tmp, 'bench/lib/timelinejs'));
  await cp(join(benchDir, 'pages/timelinejs.html'), join(tmp, 'bench/timelinejs.html'));
  await esbuild.build({
    entryPoints: { 'timelinejs-harness': join(benchDir, 'pages/timelinejs-harness.mjs') },
    outdir: join(tmp, 'bench'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
  return { slides: timeline.events.length };
}

/**
 * When the markers stood in place, then clicks each event's timenav marker in turn
 * (the page is loaded and idle) and returns the medians and every click: active (the slide active, a frame painted),
 * shown (its headline wholly inside the slider, painted), in place (animation over).
 */
export async function clickTimelineJs(page, clickIds) {
  const clicks = [];
  for (const id of clickIds) {
    clicks.push(await page.evaluate((eventId) => window.__benchSelect(eventId), id));
    await page.evaluate(() => window.__benchSettle(2));
  }
  const state = await page.evaluate(() => ({
    blocked: window.__bench.blocked,
    markers: window.__bench.markers,
    t0: window.__bench.t0,
    markersInPlace: window.__bench.markersInPlace,
  }));
  return {
    // From navigation, and from `new TL.Timeline`, as `navRender` and `render`.
    navMarkersInPlace: state.markersInPlace,
    markersInPlace: state.markersInPlace - state.t0,
    clickToSlide: median(clicks.map((click) => click.shown)),
    clickToSlideActive: median(clicks.map((click) => click.active)),
    clickToSlideInPlace: median(clicks.map((click) => click.inPlace)),
    firstClickToSlide: clicks[0]?.shown,
    slideClicks: clicks,
    blocked: state.blocked,
    markers: state.markers,
  };
}

/**
 * Our explorer and TimelineJS on the real story, in alternating order run after
 * run (as the bench pairs ours with raw), so drift on a busy machine hits both alike.
 * @param {{ runs: number, measureSide: (side: 'ours' | 'timelinejs') => Promise<object>,
 *   log: (line: string) => void }} options
 * @returns {Promise<{ ours: object[], timelinejs: object[] }>} the runs of each side.
 */
export async function sideBySideWithTimelineJs({ runs, measureSide, log }) {
  const runsOf = { ours: [], timelinejs: [] };
  for (let run = 0; run < runs; run += 1) {
    for (const side of run % 2 === 0 ? ['ours', 'timelinejs'] : ['timelinejs', 'ours']) {
      const label = `real TimelineJS side by side: ${side} run ${run + 1}/${runs}`;
      try {
        const result = await measureSide(side);
        runsOf[side].push(result);
        const click = side === 'ours' ? result.clickToQuote : result.clickToSlide;
        log(
          `${label}: first paint ${result.navRender.toFixed(0)} ms after navigation, click ${click.toFixed(1)} ms` +
            (result.blocked?.length ? `; blocked: ${result.blocked.join(', ')}` : ''),
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`${label}: FAILED ${message}`);
        runsOf[side].push({ error: message });
      }
    }
  }
  return runsOf;
}
