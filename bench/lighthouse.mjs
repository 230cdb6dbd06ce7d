#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile defaults: simulated slow 4G, 4× CPU
// slowdown) on our standalone page of the real story, the example article, and
// Knight Lab TimelineJS's page of the same story, from a fresh build in a temporary
// folder served gzip-compressed as `npm start` serves it. Median of each figure over
// the runs; writes bench/lighthouse-results.json and the "Phone (Lighthouse mobile)"
// section of docs/performance.md; `--check` exits 1 when one of our pages scores
// below 90 or blocks the main thread longer than TimelineJS's page.
//
//   npm run lighthouse [-- --runs 5] [--check] [--no-write] [--keep]
//
// `npm run bench` runs the same after its pages (same build; `--no-lighthouse` skips it).
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findBrowser } from '../scripts/find-browser.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import {
  lighthouseBudgets,
  readReport,
  renderLighthouse,
  summariseLighthouse,
  withLighthouseSection,
} from './lighthouse-report.mjs';
import { MEASURED_APART_MARKER } from './report.mjs';
import { copyTimelineJsFiles } from './timelinejs.mjs';
import { timelineJsOfStory } from './timelinejs-story.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');

/** The real story: the one the bench measures (its id names its files in dist/stories/). */
export const REAL_STORY_ID = 'azerbaijan-kazakhstan';

/** The pages audited, as served from the site's root. */
export const lighthousePages = (storyId) => [
  { id: 'standalone', label: 'Standalone story page', ours: true, path: `stories/${storyId}/` },
  { id: 'article', label: 'Example article', ours: true, path: 'examples/article.html' },
  { id: 'timelinejs', label: 'TimelineJS', ours: false, path: 'timelinejs/' },
];

/**
 * Adds TimelineJS's page of the story to a built site: `timelinejs/` with its files
 * (lib/), the story as TimelineJS JSON (our export, quotes as texts) and the page.
 */
export async function addTimelineJsPage(siteDir, storyId) {
  const story = JSON.parse(await readFile(join(siteDir, 'stories', `${storyId}.json`), 'utf8'));
  const out = join(siteDir, 'timelinejs');
  await copyTimelineJsFiles(join(out, 'lib'));
  await writeFile(
    join(out, 'story.timeline.json'),
    JSON.stringify(await timelineJsOfStory(story, 'en')),
  );
  await cp(join(benchDir, 'pages/timelinejs-page'), out, { recursive: true });
}

/** The browser's version, as Chromium's DevTools endpoint names it. */
async function browserVersion(port) {
  const response = await fetch(`http://127.0.0.1:${port}/json/version`);
  return (await response.json()).Browser;
}

/**
 * Audits the pages of a built site, `runs` times each, pages alternating.
 * @param {{ siteDir: string, storyId?: string, runs: number, command: string,
 *   log: (line: string) => void }} options `siteDir`: a fresh build (it gains timelinejs/).
 * @returns {Promise<object>} the summary (`pages` with medians and runs, and what ran).
 */
export async function runLighthouse({ siteDir, storyId = REAL_STORY_ID, runs, command, log }) {
  const started = performance.now();
  const loadAverageAtStart = loadavg().map((value) => Math.round(value * 100) / 100);
  await addTimelineJsPage(siteDir, storyId);
  const pages = lighthousePages(storyId);
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const browser = await findBrowser();
  const server = await startStaticServer({ dir: siteDir, compress: true });
  const chrome = await launch({
    chromePath: browser.executablePath,
    chromeFlags: [...browser.args, '--headless=new'],
  });
  const runsByPage = Object.fromEntries(pages.map((page) => [page.id, []]));
  try {
    const version = await browserVersion(chrome.port);
    log(`Lighthouse: ${browser.executablePath} (${browser.origin}), ${version}; ${server.url}`);
    for (let run = 0; run < runs; run += 1) {
      const order = run % 2 === 0 ? pages : [...pages].reverse();
      for (const page of order) {
        const url = new URL(page.path, server.url).href;
        const label = `Lighthouse ${page.label} run ${run + 1}/${runs}`;
        try {
          const result = await lighthouse(url, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance'],
          });
          const figures = readReport(result.lhr);
          runsByPage[page.id].push(figures);
          log(
            `${label}: score ${figures.score}, TBT ${Math.round(figures.tbt)} ms, LCP ${Math.round(figures.lcp)} ms`,
          );
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          log(`${label}: FAILED ${message}`);
          runsByPage[page.id].push({ error: message });
        }
      }
    }
    const require = createRequire(import.meta.url);
    return {
      date: new Date().toISOString(),
      command,
      seconds: Math.round((performance.now() - started) / 1000),
      lighthouseVersion: require('lighthouse/package.json').version,
      browser: version,
      browserPath: browser.executablePath,
      runs,
      loadAverageAtStart,
      loadAverageAtEnd: loadavg().map((value) => Math.round(value * 100) / 100),
      pages: summariseLighthouse(pages, runsByPage),
    };
  } finally {
    chrome.kill();
    await server.close();
  }
}

/** Writes the results file and the docs section. */
export async function writeLighthouse(summary) {
  await writeFile(
    join(benchDir, 'lighthouse-results.json'),
    `${JSON.stringify(summary, null, 2)}\n`,
  );
  const docs = join(root, 'docs/performance.md');
  const previous = await readFile(docs, 'utf8');
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(docs)) ?? {};
  const section = renderLighthouse(summary).join('\n');
  const markdown = await prettier.format(
    withLighthouseSection(previous, section, MEASURED_APART_MARKER),
    { ...config, parser: 'markdown' },
  );
  await writeFile(docs, markdown);
}

/** Prints the checks; returns how many failed. */
export function reportChecks(summary, log) {
  const budgets = lighthouseBudgets(summary);
  for (const budget of budgets) {
    log(`${budget.status.padEnd(12)} ${budget.name}: ${budget.shown} (${budget.limitShown})`);
  }
  return budgets.filter((budget) => budget.status !== 'pass').length;
}

async function main() {
  const { values: options } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      check: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const command = [
    'npm run lighthouse',
    ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
  ].join(' ');
  const tmp = await mkdtemp(join(tmpdir(), 'history-explorer-lighthouse-'));
  try {
    const siteDir = join(tmp, 'dist');
    await mkdir(siteDir, { recursive: true });
    const build = spawnSync(process.execPath, ['build.mjs', '--out', siteDir, '--quiet'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('node build.mjs failed; fix the build first');
    const summary = await runLighthouse({
      siteDir,
      runs: Math.max(1, Number(options.runs)),
      command,
      log: console.log,
    });
    console.log('');
    console.log(renderLighthouse(summary, { plain: true }).join('\n'));
    if (!options['no-write']) {
      await writeLighthouse(summary);
      console.log('wrote bench/lighthouse-results.json and docs/performance.md');
    }
    const failed = reportChecks(summary, console.log);
    if (options.check && failed > 0) process.exitCode = 1;
  } finally {
    if (options.keep) console.log(`kept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
