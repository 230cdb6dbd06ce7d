// axe-core on the three pages a reader meets (the standalone page, the example
// article and the iframe page with the embed page inside it), shadow roots
// included, wide and narrow, with JavaScript and without it (the static
// fallback): no violation of any impact, minor included.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot } from './helpers.mjs';
import { openPage, startSite } from './site.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const AXE = join(repoRoot, 'node_modules/axe-core/axe.min.js');
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 375, height: 800 },
];
const PAGES = [
  {
    path: 'stories/azerbaijan-kazakhstan/#event=middle-corridor-roadmap-2022',
    name: 'the standalone page',
  },
  { path: 'index.html', name: 'the home page' },
  {
    path: 'collections/caspian-crossroads/#event=baku-tbilisi-ceyhan-pipeline/btc-co-founded-2002',
    name: 'the collection page',
  },
  { path: 'examples/article.html', name: 'the example article' },
  { path: 'examples/iframe.html', name: 'the iframe page', frame: 'embed.html' },
];

/** Every violation axe finds in `target` (a page or a frame), one line each. */
async function violationsIn(target) {
  // Evaluated, not added as a <script>: a page without JavaScript runs no script tag.
  await target.evaluate(readFileSync(AXE, 'utf8'));
  return target.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.length} nodes, e.g. ${JSON.stringify(violation.nodes[0]?.target)})`,
    );
  });
}

/** Waits until every widget of `target` has drawn its timeline (with JavaScript). */
async function widgetsDrawn(target) {
  const WIDGETS = 'history-explorer, event-timeline';
  // Each widget loads when it nears the viewport: bring each there in turn.
  const count = await target.evaluate(
    (selector) => document.querySelectorAll(selector).length,
    WIDGETS,
  );
  for (let index = 0; index < count; index += 1) {
    await target.evaluate(
      (selector, index) => document.querySelectorAll(selector)[index].scrollIntoView(),
      WIDGETS,
      index,
    );
    await target.waitForFunction(
      (selector, index) => {
        const widget = document.querySelectorAll(selector)[index];
        const timeline =
          widget.localName === 'event-timeline'
            ? widget
            : widget.shadowRoot?.querySelector('event-timeline');
        return timeline?.shadowRoot?.querySelector('.vis-item');
      },
      { timeout: 20000 },
      WIDGETS,
      index,
    );
  }
}

async function audit({ path, frame }, viewport, javascript, lang) {
  const { page, errors } = await openPage(site, { ...viewport, javascript });
  await page.goto(site.url + path);
  let frameTarget;
  if (frame) {
    await page.waitForFunction(
      () => document.querySelector('iframe')?.contentDocument?.readyState === 'complete',
      { timeout: 20000 },
    );
    frameTarget = page.frames().find((candidate) => candidate.url().includes(frame));
  }
  if (javascript) {
    for (const target of [page, frameTarget].filter(Boolean)) await widgetsDrawn(target);
    if (lang) {
      await page.evaluate((lang) => {
        const explorer = document.querySelector('history-explorer');
        [...explorer.shadowRoot.querySelectorAll('.languages button')]
          .find((button) => button.lang === lang)
          .click();
      }, lang);
    }
    // Late paints (the graph's canvas, the quote) are part of what is audited.
    await new Promise((resolve) => setTimeout(resolve, 800));
  }
  // Without JavaScript the page is as parsed (the fallback); axe itself needs script
  // (timers, promises): turning it back on now runs none of the page's own scripts.
  if (!javascript) await page.setJavaScriptEnabled(true);
  const violations = await violationsIn(page);
  if (frameTarget) {
    violations.push(...(await violationsIn(frameTarget)).map((line) => `(in the frame) ${line}`));
  }
  await page.close();
  return { violations, errors };
}

for (const page of PAGES) {
  describe(`${page.name}, audited by axe-core`, () => {
    for (const viewport of VIEWPORTS) {
      for (const javascript of [true, false]) {
        it(`has no violation at ${viewport.width}×${viewport.height} ${javascript ? 'with' : 'without'} JavaScript`, async () => {
          const { violations, errors } = await audit(page, viewport, javascript);
          assert.deepEqual(violations, []);
          assert.deepEqual(errors, []);
        });
      }
    }
  });
}

describe('the standalone page in Chinese and in Russian, audited by axe-core', () => {
  for (const lang of ['zh', 'ru']) {
    it(`has no violation at 375×800 in ${lang}`, async () => {
      const { violations, errors } = await audit(
        { path: 'stories/azerbaijan-kazakhstan/#event=turkological-congress-1926' },
        VIEWPORTS[1],
        true,
        lang,
      );
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
    });
  }
});
