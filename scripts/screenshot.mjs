#!/usr/bin/env node
// Screenshots of a page of dist/ in headless Chromium, for the README and reviews.
//
//   node scripts/screenshot.mjs [--page stories/azerbaijan-kazakhstan/] [--width 1280] [--height 800]
//        [--out docs/images/explorer-1280.png] [--click <event-id>] [--lang en]
// Chinese text needs a CJK font on the machine (Debian: fonts-noto-cjk).
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from './find-browser.mjs';
import { startStaticServer } from './static-server.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: options } = parseArgs({
  options: {
    page: { type: 'string', default: 'stories/azerbaijan-kazakhstan/' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '800' },
    out: { type: 'string', default: join(root, 'docs/images/explorer-1280.png') },
    hash: { type: 'string', default: '' },
    'full-page': { type: 'boolean', default: false },
    wait: { type: 'string', default: 'story-render' },
  },
});

const server = await startStaticServer({ dir: join(root, 'dist') });
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log(`[page] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await page.setViewport({
    width: Number(options.width),
    height: Number(options.height),
    deviceScaleFactor: 1,
  });
  await page.evaluateOnNewDocument((eventName) => {
    window.__rendered = new Promise((done) =>
      document.addEventListener(eventName, () => done(true), { once: true }),
    );
  }, options.wait);
  await page.goto(`${server.url}${options.page}${options.hash ? `#${options.hash}` : ''}`, {
    waitUntil: 'load',
  });
  await page.evaluate(() =>
    Promise.race([window.__rendered, new Promise((done) => setTimeout(done, 10000))]),
  );
  await new Promise((done) => setTimeout(done, 600));
  mkdirSync(dirname(resolve(options.out)), { recursive: true });
  await page.screenshot({ path: resolve(options.out), fullPage: options['full-page'] });
  console.log(`wrote ${options.out}`);
} finally {
  await browser.close();
  await server.close();
}
