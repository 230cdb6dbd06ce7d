// Shared by the Node end-to-end tests (not a test file itself): a fresh build of
// the site in a temp folder, served on a free port, and one headless Chromium.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../../scripts/find-browser.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { repoRoot } from './helpers.mjs';

/**
 * Builds the site into a temp folder and serves it.
 * @returns {Promise<{ url: string, dir: string, browser: import('puppeteer-core').Browser, close: () => Promise<void> }>}
 */
export async function startSite({ csp = false } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'he-site-'));
  const dir = join(work, 'dist');
  const build = spawnSync(process.execPath, ['build.mjs', '--out', dir, '--quiet'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
  const server = await startStaticServer({ dir, csp });
  const browser = await launchBrowser({ quiet: true });
  return {
    url: server.url,
    dir,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Opens a page that records every request URL and every page error. */
export async function openPage(site, { width = 1280, height = 800, javascript = true } = {}) {
  // A context of its own: headless Chromium 15x shows one tab per context and hides
  // the others (no frames, no ResizeObserver), so a page must not share one.
  const context = await site.browser.createBrowserContext();
  const page = await context.newPage();
  page.once('close', () => {
    void context.close().catch(() => undefined);
  });
  await page.setViewport({ width, height });
  await page.setJavaScriptEnabled(javascript);
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, requests, errors };
}

/** Resolves when `selector` (in the page) dispatches `eventName`; run before the trigger. */
export function armEvent(page, eventName, name = eventName) {
  return page.evaluate(
    (eventName, name) => {
      window.__events ??= {};
      window.__events[name] = new Promise((resolve) =>
        document.addEventListener(eventName, (event) => resolve(event.detail ?? true), {
          once: true,
          capture: true,
        }),
      );
    },
    eventName,
    name,
  );
}

/**
 * Resolves once the explorer's timeline shows vis-timeline's drawing: its root visible
 * with an event box in it. Not `.vis-item.vis-box` alone: the hidden label probes
 * (option-list.ts) have those classes from the list's first render on, and vis-timeline
 * keeps its root hidden while its first passes settle.
 */
export function waitForTimelineDrawing(page) {
  return page.waitForFunction(
    () => {
      const timeline = document
        .querySelector('history-explorer')
        ?.shadowRoot?.querySelector('event-timeline')?.shadowRoot;
      const root = timeline?.querySelector('.vis-timeline');
      return (
        root !== null &&
        root !== undefined &&
        getComputedStyle(root).visibility === 'visible' &&
        root.querySelector('.vis-item.vis-box, .vis-item.vis-range') !== null
      );
    },
    { timeout: 20000 },
  );
}

/**
 * Waits (up to 20 s) until the page's explorer shows `selector` inside its
 * `part` element (`event-timeline`, `event-graph`, `source-quote`): that part
 * has been drawn.
 */
export function waitInExplorer(page, part, selector) {
  return page.waitForFunction(
    (part, selector) =>
      document
        .querySelector('history-explorer')
        ?.shadowRoot?.querySelector(part)
        ?.shadowRoot?.querySelector(selector),
    { timeout: 20000 },
    part,
    selector,
  );
}
