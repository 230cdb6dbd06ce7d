// The story page on a phone (Lighthouse's: 412×823, touch), end to end on the
// built site: what the reader sees first stays where it is and stays the
// largest thing painted, and the graph's code (cytoscape, the longest task of
// the page) is loaded only when the reader scrolls to the graph.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPage, startSite, waitInExplorer } from './site.mjs';

const PHONE = { width: 412, height: 823, isMobile: true, hasTouch: true };
const PAGE = 'stories/azerbaijan-kazakhstan/';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/**
 * Opens the story page on a phone, recording the largest-paint candidates and
 * when the explorer got its story; resolves once the timeline
 * has drawn and the page has had a second to settle.
 */
async function openOnPhone() {
  const opened = await openPage(site, PHONE);
  await opened.page.setViewport(PHONE);
  await opened.page.evaluateOnNewDocument(() => {
    window.__paints = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__paints.push({ time: entry.startTime, size: entry.size });
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    document.addEventListener(
      'story-load',
      () => {
        window.__storyLoaded ??= performance.now();
      },
      { capture: true },
    );
  });
  await opened.page.goto(`${site.url}${PAGE}`);
  await waitInExplorer(opened.page, 'event-timeline', '.vis-item.vis-box');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return opened;
}

describe('the story page on a phone', () => {
  it('keeps the largest paint early: nothing large is painted once the widgets run', async () => {
    const { page } = await openOnPhone();
    const { paints, storyLoaded } = await page.evaluate(() => ({
      paints: window.__paints,
      storyLoaded: window.__storyLoaded,
    }));
    assert.ok(paints.length > 0, 'no largest-contentful-paint entry was recorded');
    assert.ok(storyLoaded !== undefined, 'the explorer never loaded its story');
    // What the explorer paints first (its header, the list) is small; the title card
    // under the timeline, if it painted inside the first screen, took about a fifth.
    const large = (PHONE.width * PHONE.height) / 10;
    const later = paints.filter((paint) => paint.time > storyLoaded && paint.size >= large);
    assert.deepEqual(
      later,
      [],
      `a paint larger than a tenth of the screen came after the explorer loaded its story ` +
        `(${storyLoaded.toFixed(0)} ms) and became the largest: ${JSON.stringify(paints)}`,
    );
    await page.close();
  });

  it("shows the header and the story's events in its first frame, not the header alone first", async () => {
    const { page, errors } = await openPage(site, PHONE);
    await page.setViewport(PHONE);
    // Animation frames run only once the page may render: the first is the first frame.
    await page.evaluateOnNewDocument(() => {
      requestAnimationFrame(() => {
        const shown = (element) => element !== null && element.getClientRects().length > 0;
        const explorer = document.querySelector('history-explorer');
        const root = explorer?.shadowRoot;
        // The events as the fallback lists them, or as the explorer's timeline does.
        const events = [
          ...(root?.querySelectorAll('.events > li') ?? []),
          ...(root
            ?.querySelector('event-timeline')
            ?.shadowRoot?.querySelectorAll('[role=option]') ?? []),
        ];
        window.__firstFrame = {
          header: shown(document.querySelector('.page-header .story-name')),
          events: events.filter(shown).length,
        };
      });
    });
    await page.goto(`${site.url}${PAGE}`);
    await waitInExplorer(page, 'event-timeline', '.vis-item');
    const firstFrame = await page.evaluate(() => window.__firstFrame);
    assert.ok(firstFrame, 'no animation frame was seen');
    assert.equal(firstFrame.header, true, "the story's name was not in the first frame");
    assert.ok(
      firstFrame.events > 0,
      `no event was in the first frame: ${JSON.stringify(firstFrame)}`,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("shows the story's title in the page header from the start: nothing moves when the story comes", async () => {
    const { page, errors } = await openPage(site, PHONE);
    await page.setViewport(PHONE);
    // The story held back, as a slow network does, until the page has been measured.
    await page.setRequestInterception(true);
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    page.on('request', (request) => {
      if (/\/stories\/[a-z-]+\.json$/.test(request.url())) held.then(() => request.continue());
      else request.continue();
    });
    await page.goto(`${site.url}${PAGE}`);
    const header = () =>
      page.evaluate(() => ({
        name: document.querySelector('.page-header .story-name').textContent.trim(),
        explorerTop: document.querySelector('history-explorer').getBoundingClientRect().top,
      }));
    const before = await header();
    release();
    await waitInExplorer(page, 'event-timeline', '.vis-item');
    const after = await header();
    assert.match(before.name, /Azerbaijan and Kazakhstan/, 'the title is there before the story');
    assert.equal(after.name, before.name);
    assert.equal(after.explorerTop, before.explorerTop, 'the explorer stayed where it was');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('loads the graph code only once the reader scrolls to the graph, and draws it then', async () => {
    const { page, requests, errors } = await openOnPhone();
    const graphCode = () => requests.filter((url) => /cytoscape-loader-/.test(url));
    assert.deepEqual(graphCode(), [], 'cytoscape was requested for a graph below the fold');
    const drawn = await page.evaluate(
      () =>
        document
          .querySelector('history-explorer')
          .shadowRoot.querySelector('event-graph')
          .shadowRoot.querySelector('.canvas canvas') !== null,
    );
    assert.equal(drawn, false, 'the graph was drawn below the fold');
    await page.evaluate(() => {
      document
        .querySelector('history-explorer')
        .shadowRoot.querySelector('event-graph')
        .scrollIntoView({ block: 'center' });
    });
    await waitInExplorer(page, 'event-graph', '.canvas canvas');
    assert.equal(graphCode().length, 1, 'the graph code was not loaded once scrolled to');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
