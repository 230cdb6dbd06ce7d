// Embedding, end to end: the example article (a news page with a CSS framework and
// two widgets) and the iframe page, built and served as a host would serve them,
// in headless Chromium.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { openPage, startSite, waitInExplorer } from './site.mjs';

let site;
let story;
before(async () => {
  site = await startSite();
  story = JSON.parse(readFileSync(join(site.dir, 'stories/azerbaijan-kazakhstan.json'), 'utf8'));
});
after(async () => {
  await site?.close();
});

const ARTICLE = 'examples/article.html';

/**
 * What each file of the built site imports (paths relative to `dir`), read by
 * esbuild's parser rather than by matching the minified text.
 * @returns {Promise<Map<string, { file: string, dynamic: boolean }[]>>}
 */
async function importGraph(dir) {
  const { metafile } = await esbuild.build({
    entryPoints: [join(dir, 'embed.js')],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: join(dir, 'unused'),
    logLevel: 'silent',
  });
  const local = (path) => relative(dir, resolve(path));
  return new Map(
    Object.entries(metafile.inputs).map(([path, input]) => [
      local(path),
      input.imports
        .filter((imported) => !imported.external)
        .map((imported) => ({
          file: local(imported.path),
          dynamic: imported.kind === 'dynamic-import',
        })),
    ]),
  );
}

/** Waits for a widget (by selector) to dispatch story-render; arm before it can happen. */
function armRender(page, selector) {
  return page.evaluate((selector) => {
    window.__rendered ??= {};
    const element = document.querySelector(selector);
    window.__rendered[selector] = new Promise((resolve) =>
      element.addEventListener('story-render', () => resolve(true), { once: true }),
    );
  }, selector);
}
const rendered = (page, selector) =>
  page
    .waitForFunction((selector) => window.__rendered?.[selector], { timeout: 20000 }, selector)
    .then(() => page.evaluate((selector) => window.__rendered[selector], selector));

/** A snapshot of the host page's computed styles: what the widgets must not change. */
function hostStyles(page) {
  return page.evaluate(() => {
    const properties = [
      'color',
      'background-color',
      'font-family',
      'font-size',
      'line-height',
      'margin-top',
      'margin-bottom',
      'padding-left',
      'display',
      'box-sizing',
      'letter-spacing',
    ];
    const selectors = [
      'html',
      'body',
      'nav',
      'h1',
      '.lead',
      '.byline',
      'main p',
      'figure',
      'figcaption',
      'h2',
      'footer p',
    ];
    const snapshot = {};
    for (const selector of selectors) {
      const style = getComputedStyle(document.querySelector(selector));
      snapshot[selector] = Object.fromEntries(
        properties.map((property) => [property, style.getPropertyValue(property)]),
      );
    }
    snapshot.head = [...document.head.children].map((child) => child.outerHTML);
    snapshot.styleSheets = document.styleSheets.length;
    snapshot.fontFaces = document.fonts.size;
    return snapshot;
  });
}

describe('the example article', () => {
  it('shows every event, with its quote and the citation, without JavaScript', async () => {
    const { page } = await openPage(site, { javascript: false });
    await page.goto(site.url + ARTICLE);
    const widgets = await page.evaluate(() =>
      [...document.querySelectorAll('history-explorer, event-timeline')].map((element) => {
        const root = element.shadowRoot;
        const first = root?.querySelector('ol.events > li');
        return {
          tag: element.localName,
          items: root?.querySelectorAll('ol.events > li').length ?? 0,
          date: first?.querySelector('time')?.textContent,
          title: first?.querySelector('.event-title')?.textContent,
          quote: first?.querySelector('blockquote')?.textContent,
          citation: root?.querySelector('.citation')?.textContent,
          height: element.getBoundingClientRect().height,
          // The page's reserve in px (it may be a calc() of the window's height).
          reserved: (() => {
            const probe = document.createElement('div');
            probe.style.height = getComputedStyle(element).getPropertyValue('--he-height');
            document.body.append(probe);
            const px = probe.getBoundingClientRect().height;
            probe.remove();
            return px;
          })(),
        };
      }),
    );
    assert.equal(widgets.length, 2);
    const earliest = [...story.events].sort((a, b) => a.start.localeCompare(b.start))[0];
    for (const widget of widgets) {
      assert.equal(widget.items, story.events.length, `${widget.tag} lists every event`);
      assert.equal(widget.date, earliest.start);
      assert.equal(widget.title, earliest.title.en);
      assert.equal(widget.quote, earliest.quote.text);
      assert.match(widget.citation, /Kazinform/);
      assert.match(widget.citation, /18 Oct 2025/);
    }
    // The explorer reserves the room the article sets for its first view; the timeline its default.
    assert.ok(widgets[0].reserved > 760, 'the article reserves its own height');
    assert.equal(widgets[0].height, widgets[0].reserved, 'the explorer reserves its height');
    assert.equal(widgets[1].height, 380, 'the timeline reserves its height');
    await page.close();
  });

  it('upgrades the list in place: the same box, nothing below it moves', async () => {
    const { page, errors } = await openPage(site);
    await page.evaluateOnNewDocument(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Hold embed.js back so the page is seen as a reader sees it before the upgrade.
    await page.setRequestInterception(true);
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    page.on('request', (request) => {
      if (request.url().endsWith('/embed.js')) held.then(() => request.continue());
      else request.continue();
    });
    const navigation = page.goto(site.url + ARTICLE);
    await page.waitForSelector('footer');
    const measure = () =>
      page.evaluate(() => ({
        height: document.querySelector('history-explorer').getBoundingClientRect().height,
        next: document.querySelector('h2').getBoundingClientRect().top + scrollY,
        fallback:
          document.querySelector('history-explorer').shadowRoot?.querySelectorAll('ol.events > li')
            .length ?? 0,
        upgraded: Boolean(customElements.get('history-explorer')),
      }));
    const before = await measure();
    assert.equal(before.upgraded, false);
    assert.equal(before.fallback, story.events.length, 'the list is there before the upgrade');
    await armRender(page, 'history-explorer');
    release();
    await navigation;
    await rendered(page, 'history-explorer');
    const after = await measure();
    assert.equal(after.upgraded, true);
    assert.equal(after.fallback, 0, 'the widget replaced the list');
    assert.equal(after.height, before.height);
    assert.equal(after.next, before.next, 'the heading after the widget did not move');
    const shift = await page.evaluate(() => window.__shift);
    assert.ok(shift < 0.001, `cumulative layout shift ${shift}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps showing its fallback, in its room, while the story loads', async () => {
    // 768 px wide: the article reserves no height of its own there, so each widget's
    // room is its fallback's default (the explorer's 760 px, the timeline's 380 px).
    const { page, errors } = await openPage(site, { width: 768, height: 1024 });
    await page.setRequestInterception(true);
    // embed.js held until the fallbacks are measured, the story until the widgets wait for it.
    let releaseCode;
    let releaseStory;
    const codeHeld = new Promise((resolve) => {
      releaseCode = resolve;
    });
    const storyHeld = new Promise((resolve) => {
      releaseStory = resolve;
    });
    page.on('request', (request) => {
      if (request.url().endsWith('/embed.js')) codeHeld.then(() => request.continue());
      else if (request.url().endsWith('/azerbaijan-kazakhstan.json'))
        storyHeld.then(() => request.continue());
      else request.continue();
    });
    const navigation = page.goto(site.url + ARTICLE);
    await page.waitForSelector('footer');
    const heights = () =>
      page.evaluate(() =>
        ['history-explorer', 'event-timeline'].map((tag) => {
          const element = document.querySelector(tag);
          const box = element.getBoundingClientRect();
          const title = element.shadowRoot?.querySelector('ol.events .event-title');
          const titleBox = title?.getBoundingClientRect();
          const status = element.shadowRoot?.querySelector('.status');
          return {
            tag,
            height: Math.round(box.height),
            loading: Boolean(status),
            // The status's box is clipped to 1 px (screen readers only) while the list shows.
            statusShown: status ? status.closest('.root').getBoundingClientRect().width > 1 : false,
            listed: element.shadowRoot?.querySelectorAll('ol.events > li').length ?? 0,
            // The first event's title is drawn inside the widget's box.
            titleShown: Boolean(
              titleBox &&
              titleBox.width > 0 &&
              titleBox.top >= box.top &&
              titleBox.bottom <= box.bottom &&
              getComputedStyle(title).visibility === 'visible',
            ),
          };
        }),
      );
    const before = await heights();
    assert.ok(
      before.every((widget) => !widget.loading),
      'the fallbacks are measured before the code',
    );
    releaseCode();
    await navigation;
    // Both widgets near the viewport: their code loads, and they wait for the story.
    await page.evaluate(() => document.querySelector('event-timeline').scrollIntoView());
    await page.waitForFunction(
      () =>
        ['history-explorer', 'event-timeline'].every((tag) =>
          document.querySelector(tag).shadowRoot?.querySelector('.status'),
        ),
      { timeout: 20000 },
    );
    const loading = await heights();
    releaseStory();
    for (const [index, widget] of loading.entries()) {
      assert.equal(widget.loading, true, `${widget.tag} says that it is loading`);
      assert.equal(widget.statusShown, false, `${widget.tag}: "Loading" is for screen readers`);
      assert.equal(widget.listed, story.events.length, `${widget.tag} still lists every event`);
      assert.equal(widget.titleShown, true, `${widget.tag} shows its list while loading`);
      assert.equal(
        widget.height,
        before[index].height,
        `${widget.tag} is ${widget.height} px tall while the story loads, its fallback was ${before[index].height} px`,
      );
    }
    await page.waitForFunction(
      () => document.querySelector('event-timeline').shadowRoot?.querySelector('[role=option]'),
      { timeout: 20000 },
    );
    const ready = await heights();
    assert.equal(ready[1].listed, 0, 'the timeline replaced its fallback once the story came');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('runs two widgets independently on one fetch of the story', async () => {
    const { page, requests, errors } = await openPage(site);
    await page.goto(site.url + ARTICLE);
    await page.waitForFunction(() => customElements.get('history-explorer'));
    await page.evaluate(() => document.querySelector('event-timeline').scrollIntoView());
    await page.waitForFunction(
      () =>
        document
          .querySelector('event-timeline')
          .shadowRoot?.querySelector('.vis-item, .vis-cluster'),
      { timeout: 20000 },
    );
    await waitInExplorer(page, 'event-timeline', '.vis-timeline');
    const fetches = requests.filter((url) => url.endsWith('/stories/azerbaijan-kazakhstan.json'));
    assert.equal(fetches.length, 1, 'both widgets share one request for the same src');

    const last = [...story.events].sort((a, b) => b.start.localeCompare(a.start))[0];
    // The explorer: keyboard selection of the last event.
    await page.evaluate(() => {
      const frame = document
        .querySelector('history-explorer')
        .shadowRoot.querySelector('event-timeline')
        .shadowRoot.querySelector('.frame');
      frame.focus();
    });
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const state = () =>
      page.evaluate(() => ({
        explorer: document.querySelector('history-explorer').selected,
        timeline: document.querySelector('event-timeline').selected,
        quote: [
          ...document
            .querySelector('history-explorer')
            .shadowRoot.querySelector('source-quote')
            .shadowRoot.querySelectorAll('blockquote mark'),
        ]
          .map((mark) => mark.textContent)
          .join(''),
      }));
    let now = await state();
    assert.equal(now.explorer, last.id);
    assert.equal(now.quote, last.quote.text);
    assert.equal(now.timeline, '', 'the other widget keeps its own selection');

    // The standalone timeline: keyboard selection of the first event.
    await page.evaluate(() =>
      document.querySelector('event-timeline').shadowRoot.querySelector('.frame').focus(),
    );
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    now = await state();
    assert.equal(
      now.timeline,
      [...story.events].sort((a, b) => a.start.localeCompare(b.start))[0].id,
    );
    assert.equal(now.explorer, last.id, 'the explorer keeps its selection');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("leaves the host page's styles as they were", async () => {
    const plain = await openPage(site, { javascript: false });
    await plain.page.goto(site.url + ARTICLE);
    const without = await hostStyles(plain.page);
    await plain.page.close();

    const { page, errors } = await openPage(site);
    await page.goto(site.url + ARTICLE);
    await page.waitForFunction(
      () => customElements.get('history-explorer') && customElements.get('event-graph'),
    );
    // Show the graph too (cytoscape is the library known to touch document.head).
    await page.evaluate(() =>
      document.querySelector('history-explorer').scrollIntoView({ block: 'end' }),
    );
    await waitInExplorer(page, 'event-graph', 'canvas');
    const withWidgets = await hostStyles(page);
    assert.deepEqual(withWidgets, without);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps working under a hostile stylesheet of !important resets', async () => {
    const { page, errors } = await openPage(site);
    await page.goto(site.url + ARTICLE);
    await page.addStyleTag({
      content:
        '* { color: rgb(255, 0, 0) !important; line-height: 3 !important; letter-spacing: 4px !important; ' +
        'box-sizing: content-box !important; margin: 7px !important; padding: 7px !important; ' +
        'text-transform: uppercase !important; background: yellow !important; border: 3px solid lime !important; ' +
        'font-weight: 900 !important; text-align: right !important; text-indent: 40px !important; }',
    });
    // The resets make the article much taller: bring the widget into view first.
    await page.evaluate(() => document.querySelector('history-explorer').scrollIntoView());
    await waitInExplorer(page, 'event-timeline', '.vis-item');
    await page.evaluate(() =>
      document
        .querySelector('history-explorer')
        .shadowRoot.querySelector('event-timeline')
        .shadowRoot.querySelector('.frame')
        .focus(),
    );
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const seen = await page.evaluate(() => {
      const explorer = document.querySelector('history-explorer');
      const quote = explorer.shadowRoot.querySelector('source-quote').shadowRoot;
      const title = explorer.shadowRoot.querySelector('.title');
      return {
        mark: quote.querySelector('blockquote mark')?.textContent,
        titleColor: getComputedStyle(title).color,
        titleTransform: getComputedStyle(title).textTransform,
        quoteDisplay: getComputedStyle(quote.querySelector('blockquote')).display,
        timelineHeight: explorer.shadowRoot.querySelector('event-timeline').getBoundingClientRect()
          .height,
      };
    });
    const first = [...story.events].sort((a, b) => a.start.localeCompare(b.start))[0];
    assert.equal(seen.mark, first.quote.text);
    assert.notEqual(seen.titleColor, 'rgb(255, 0, 0)');
    assert.equal(seen.titleTransform, 'none');
    assert.equal(seen.quoteDisplay, 'block');
    assert.ok(seen.timelineHeight > 200, `the timeline keeps its size (${seen.timelineHeight}px)`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('loads the graph code only when the graph comes into view', async () => {
    const { page, requests, errors } = await openPage(site, { height: 700 });
    await page.goto(site.url + ARTICLE);
    await waitInExplorer(page, 'event-timeline', '.vis-timeline');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const graphChunk = (url) => /\/chunks\/cytoscape-loader-/.test(url);
    assert.equal(
      requests.filter(graphChunk).length,
      0,
      'no graph code while the graph is out of view',
    );
    await page.evaluate(() =>
      document
        .querySelector('history-explorer')
        .shadowRoot.querySelector('event-graph')
        .scrollIntoView(),
    );
    await waitInExplorer(page, 'event-graph', 'canvas');
    assert.equal(requests.filter(graphChunk).length, 1, 'the graph code loads once it is visible');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('the iframe embed', () => {
  it('tells the parent page its height, which the documented snippet applies', async () => {
    const { page, errors } = await openPage(site, { width: 1000, height: 900 });
    await page.goto(site.url + 'examples/iframe.html');
    // The content grows as its parts draw (the list of names, the graph), each growth
    // reported again: wait until the frame has grown past its initial 760px and has matched
    // its content for half a second, then compare.
    await page
      .waitForFunction(
        () => {
          const frame = document.querySelector('iframe');
          // While the frame parses its page, its document has no root element yet.
          const content = frame.contentDocument?.documentElement?.scrollHeight ?? 0;
          const height = parseFloat(frame.style.height);
          const matched = height > 760 && Math.abs(height - content) <= 2;
          if (!matched) window.__matchedSince = undefined;
          else window.__matchedSince ??= performance.now();
          return matched && performance.now() - window.__matchedSince > 500;
        },
        { timeout: 20000, polling: 100 },
      )
      .catch(() => undefined);
    const sizes = await page.evaluate(() => {
      const frame = document.querySelector('iframe');
      return {
        frame: parseFloat(frame.style.height),
        content: frame.contentDocument.documentElement.scrollHeight,
        selected: frame.contentDocument.querySelector('history-explorer').selected,
      };
    });
    assert.ok(sizes.frame > 600, `the frame grew to its content (${sizes.frame}px)`);
    assert.ok(
      Math.abs(sizes.frame - sizes.content) <= 2,
      `frame ${sizes.frame}px, content ${sizes.content}px`,
    );
    assert.equal(
      sizes.selected,
      'turkological-congress-1926',
      'the event parameter selects the event',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('a widget whose code cannot load', () => {
  it('says so inside the widget while the rest of the explorer works', async () => {
    const { page } = await openPage(site, { height: 1400 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (/\/chunks\/cytoscape-loader-/.test(request.url())) request.abort('internetdisconnected');
      else request.continue();
    });
    const failures = [];
    await page.exposeFunction('__reportError', (message) => failures.push(message));
    await page.evaluateOnNewDocument(() => {
      window.addEventListener('unhandledrejection', (event) =>
        window.__reportError(String(event.reason)),
      );
      window.addEventListener('error', (event) => window.__reportError(event.message));
    });
    await page.goto(site.url + 'stories/azerbaijan-kazakhstan/');
    const graph =
      "document.querySelector('history-explorer').shadowRoot.querySelector('event-graph')";
    await page.waitForFunction(`${graph}?.shadowRoot?.querySelector('[role=alert]')`, {
      timeout: 20000,
    });
    const alert = await page.evaluate(
      `${graph}.shadowRoot.querySelector('[role=alert]').textContent`,
    );
    assert.match(
      alert,
      /Part of the widget could not be loaded \(network error\)\. Reload the page to try again\./,
    );
    // The story stays: the list of names is still there to read.
    const names = await page.evaluate(
      `[...${graph}.shadowRoot.querySelectorAll('.entity-button .name')].map((name) => name.textContent)`,
    );
    assert.ok(names.includes('Kazakhstan'), `the graph still lists its names: ${names.join(', ')}`);
    await waitInExplorer(page, 'event-timeline', '.vis-timeline');
    assert.deepEqual(failures, [], 'no uncaught error or unhandled rejection');
    await page.close();
  });
});

/**
 * Records the requests `page` has made when its timeline first dispatches
 * `eventName`: the DevTools protocol reports a request and the binding call in
 * the order the page made them. (Resource timing would list only requests
 * already finished, which made this depend on how fast a chunk downloads.)
 * Call before the page is opened; the returned function gives the snapshot.
 */
async function requestsWhenTimeline(page, requests, eventName) {
  let snapshot;
  const binding = `__timeline_${eventName.replace(/-/g, '_')}`;
  await page.exposeFunction(binding, () => {
    snapshot ??= [...requests];
  });
  await page.evaluateOnNewDocument(
    (name, bindingName) => {
      document.addEventListener(
        name,
        (event) => {
          if (event.composedPath()[0]?.localName !== 'event-timeline') return;
          void window[bindingName]();
        },
        { capture: true },
      );
    },
    eventName,
    binding,
  );
  return () => snapshot;
}

describe('loading an element', () => {
  it('requests its code and the chunks that code imports in one round; vis-timeline once the list is shown', async () => {
    const { page, requests, errors } = await openPage(site);
    // The requests the page had made when the timeline showed its list of events.
    const listedSnapshot = await requestsWhenTimeline(page, requests, 'story-render');
    // The explorer's own chunk (define-*.js, the one embed.js imports) is held
    // back: whatever else arrives meanwhile was asked for without waiting for it.
    // Two chunks of element code: the explorer's (its define module imports the
    // others) and the timeline's on its own (a few bytes: its code is shared).
    const graph = await importGraph(site.dir);
    const defineChunks = graph
      .get('embed.js')
      .filter((imported) => imported.dynamic && /^chunks\/define-/.test(imported.file));
    assert.equal(defineChunks.length, 2, 'embed.js imports two chunks of element code');
    const sizes = defineChunks.map(({ file }) => readFileSync(join(site.dir, file)).length);
    const defineChunk = defineChunks[sizes[0] >= sizes[1] ? 0 : 1].file;
    const needed = new Set();
    const visit = (file) => {
      for (const imported of graph.get(file)) {
        if (imported.dynamic || needed.has(imported.file)) continue;
        needed.add(imported.file);
        visit(imported.file);
      }
    };
    visit(defineChunk);
    assert.ok(needed.size > 0, 'the explorer chunk imports shared chunks');

    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().endsWith(defineChunk)) {
        void held.then(() => request.continue());
      } else request.continue();
    });
    await page.goto(site.url + 'stories/azerbaijan-kazakhstan/', { waitUntil: 'domcontentloaded' });
    // Long enough for every request that does not wait for the held chunk.
    await new Promise((resolve) => setTimeout(resolve, 800));
    const requestedWhileHeld = requests.map((url) => new URL(url).pathname.slice(1));
    release();
    for (const chunk of needed) {
      assert.ok(requestedWhileHeld.includes(chunk), `${chunk} requested before ${defineChunk}`);
    }
    // vis-timeline would be compiled at the same time as the element code, which
    // the first paint waits for (it waits for the list, below).
    assert.ok(
      !requestedWhileHeld.some((path) => /^chunks\/vis-loader-/.test(path)),
      'vis-timeline not requested before the element code has arrived',
    );
    // Browsers open at most six HTTP/1.1 connections to a host: more files than
    // that before the first paint and the last ones queue behind the first.
    // The held chunk counts once, whether or not its request was already made.
    const scripts = new Set([
      ...requestedWhileHeld.filter((path) => path.endsWith('.js')),
      defineChunk,
    ]);
    assert.ok(
      scripts.size <= 6,
      `at most six scripts before the explorer can draw (got ${[...scripts].join(', ')})`,
    );
    await waitInExplorer(page, 'event-timeline', '.vis-timeline');
    // Compiled while the list is rendered, vis-timeline took the core the first
    // paint needed: it is asked for once the list is shown.
    const requestedWhenListed = listedSnapshot();
    assert.ok(requestedWhenListed, 'the timeline announced its list');
    assert.ok(
      !requestedWhenListed.some((url) => /\/chunks\/vis-loader-/.test(new URL(url).pathname)),
      'vis-timeline not requested before the list of events is shown',
    );
    assert.ok(
      requests.some((url) => /\/chunks\/vis-loader-/.test(new URL(url).pathname)),
      'vis-timeline requested once the list is shown',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('asks for the graph code once vis-timeline is in, before the timeline has drawn', async () => {
    const { page, requests, errors } = await openPage(site, { width: 1280, height: 900 });
    // The requests the page had made when the timeline announced its drawing
    // (timeline-draw: vis-timeline has drawn; story-render comes earlier, with the list).
    const drawnSnapshot = await requestsWhenTimeline(page, requests, 'timeline-draw');
    await page.goto(site.url + 'stories/azerbaijan-kazakhstan/');
    await waitInExplorer(page, 'event-timeline', '.vis-timeline');
    const deadline = Date.now() + 20000;
    while (!drawnSnapshot() && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const requestedWhenDrawn = drawnSnapshot();
    assert.ok(requestedWhenDrawn, 'timeline-draw was announced');
    const sent = requests.filter((url) => /\/chunks\/cytoscape-loader-/.test(url));
    assert.equal(sent.length, 1, 'the graph code is requested once');
    const order = requests.findIndex((url) => /\/chunks\/cytoscape-loader-/.test(url));
    const vis = requests.findIndex((url) => /\/chunks\/vis-loader-/.test(url));
    assert.ok(vis >= 0 && order > vis, 'after vis-timeline');
    assert.ok(
      requestedWhenDrawn.some((url) => /\/chunks\/cytoscape-loader-/.test(url)),
      'before the timeline drew',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});
