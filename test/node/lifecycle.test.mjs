// Lifecycle, end to end on the built site: explorers created and removed 200
// times leave nothing behind (DOM nodes, listeners, heap, vis-timeline and
// cytoscape instances); an explorer moved elsewhere in the page keeps working;
// a new src or story replaces everything, with no stale selection.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openPage, startSite } from './site.mjs';

const ROUNDS = 200;
const WARM_UP = 20;
/**
 * Allowed growth between round 20 and round 200 (after forced GC). A leak of one
 * explorer per round would cost 180 explorers: thousands of DOM nodes (one
 * explorer with the real story has well over a thousand, graph list and timeline
 * items), hundreds of listeners and many megabytes. The bounds leave room for
 * what settles once (caches of fonts, styles, compiled code) and for jitter.
 */
const LIMITS = { Nodes: 50, JSEventListeners: 20, JSHeapUsedSize: 3 * 1024 * 1024 };

const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>lifecycle</title></head>
  <body>
    <main id="host"></main>
    <aside id="elsewhere"></aside>
    <script type="module" src="/embed.js"></script>
  </body>
</html>
`;

/** A second story, small and five centuries earlier than the real one, with its text inside. */
const OTHER_SOURCE =
  'In 1500 the guild met in Tabriz. The meeting was long.\n\nIn 1505 the guild signed a charter.\n';
const otherStory = {
  id: 'other',
  title: { zh: '另一个故事', en: 'Another story' },
  source: {
    file: 'other.txt',
    publisher: { zh: '出版者', en: 'Publisher' },
    title: { zh: '标题', en: 'Title' },
    dateline: '1600',
    language: 'en',
    text: OTHER_SOURCE,
  },
  events: [
    {
      id: 'guild-meeting',
      start: '1500',
      title: { zh: '行会会议', en: 'Guild meeting' },
      summary: { zh: '行会在大不里士开会', en: 'The guild met in Tabriz' },
      category: 'economy',
      entities: ['guild', 'tabriz'],
      quote: { text: 'In 1500 the guild met in Tabriz.' },
    },
    {
      id: 'guild-charter',
      start: '1505',
      title: { zh: '行会章程', en: 'Guild charter' },
      summary: { zh: '行会签署章程', en: 'The guild signed a charter' },
      category: 'politics',
      entities: ['guild', 'charter'],
      quote: { text: 'In 1505 the guild signed a charter.' },
    },
  ],
  entities: [
    { id: 'guild', kind: 'organisation', name: { zh: '行会', en: 'Guild' } },
    { id: 'tabriz', kind: 'place', name: { zh: '大不里士', en: 'Tabriz' } },
    { id: 'charter', kind: 'agreement', name: { zh: '章程', en: 'Charter' } },
  ],
  relations: [
    { type: 'held-in', from: 'guild', to: 'tabriz', events: ['guild-meeting'] },
    { type: 'party-to', from: 'guild', to: 'charter', events: ['guild-charter'] },
  ],
};

let site;
let story;
before(async () => {
  site = await startSite();
  writeFileSync(join(site.dir, 'lifecycle.html'), PAGE);
  writeFileSync(join(site.dir, 'stories', 'other.json'), JSON.stringify(otherStory));
  story = JSON.parse(readFileSync(join(site.dir, 'stories/azerbaijan-kazakhstan.json'), 'utf8'));
});
after(async () => {
  await site?.close();
});

/** Opens the page and installs the helpers the tests call in it. */
async function openLifecyclePage() {
  const opened = await openPage(site, { width: 1280, height: 1000 });
  await opened.page.goto(`${site.url}lifecycle.html`);
  await opened.page.evaluate(() => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    /** Polls each frame until `check()` is truthy. */
    window.until = async (check, what, timeout = 20000) => {
      const started = performance.now();
      for (;;) {
        const value = check();
        if (value) return value;
        if (performance.now() - started > timeout) throw new Error(`timed out: ${what}`);
        await frame();
      }
    };
    /** `promise`, or a rejection naming `what` after `timeout` ms (a missing event fails fast). */
    window.within = (promise, what, timeout = 20000) => {
      let timer;
      const expired = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), timeout);
      });
      return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
    };
    /** vis-timeline's Timeline class, from the chunk the page loaded (the same module instance). */
    window.visTimelineClass = async () => {
      const chunk = performance
        .getEntriesByType('resource')
        .find((entry) => /\/chunks\/vis-loader-[^/]*\.js$/.test(entry.name));
      if (!chunk) throw new Error('the vis-timeline chunk was not loaded');
      return (await import(chunk.name)).Timeline;
    };
    /** The titles of the events the drawn timeline shows as selected. */
    window.drawnSelection = (timeline) =>
      [...timeline.shadowRoot.querySelectorAll('.vis-item.vis-selected .item-title')].map((title) =>
        title.textContent.trim(),
      );
    window.parts = (explorer) => {
      const root = explorer.shadowRoot;
      return {
        root,
        timeline: root.querySelector('event-timeline'),
        graph: root.querySelector('event-graph'),
        quote: root.querySelector('source-quote'),
      };
    };
    /** Creates an explorer, waits for its first frame and for the graph to be drawn. */
    window.createExplorer = async (parent, src) => {
      const explorer = document.createElement('history-explorer');
      explorer.setAttribute('loading', 'eager');
      explorer.setAttribute('lang', 'en');
      explorer.setAttribute('src', src);
      const rendered = new Promise((resolve) =>
        explorer.addEventListener('story-render', resolve, { once: true }),
      );
      parent.append(explorer);
      window.stage = 'waiting for story-render';
      await window.within(rendered, 'story-render');
      window.stage = 'waiting for the graph';
      // The graph is in view: cytoscape loads, builds and paints its first frame.
      await window.until(() => window.parts(explorer).graph?.drawn, 'the graph drawn');
      return explorer;
    };
    /**
     * Runs one round. The pending promise is kept on `window`: a step that never
     * finishes then times out with the stage it stuck at, instead of being
     * collected with its promise (which CDP reports as "Promise was collected").
     */
    window.runRound = () => {
      window.stage = 'start';
      window.pending = window.within(window.round(), 'a round', 30000).catch((error) => {
        throw new Error(`${error.message}, stuck at: ${window.stage}`);
      });
      return window.pending;
    };
    window.round = async () => {
      const explorer = await window.createExplorer(
        document.getElementById('host'),
        'stories/azerbaijan-kazakhstan.json',
      );
      const { graph } = window.parts(explorer);
      // The prototypes, not the instances: counting live objects later must not keep one alive.
      // (The graph hands out only the prototype, through a hook kept for this test.)
      window.prototypes ??= {
        timeline: (await window.visTimelineClass()).prototype,
        cytoscape: graph.cytoscapePrototype,
      };
      window.stage = 'removing';
      explorer.remove();
    };
  });
  return opened;
}

/** Heap, DOM node and listener counts after garbage collection. */
async function measure(page, cdp) {
  // Let timers and frames queued by the last round run out first.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  for (let pass = 0; pass < 3; pass += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const pick = (name) => metrics.find((metric) => metric.name === name).value;
  return {
    Nodes: pick('Nodes'),
    JSEventListeners: pick('JSEventListeners'),
    JSHeapUsedSize: pick('JSHeapUsedSize'),
  };
}

/** How many live objects have `prototypeName`'s prototype (a vis Timeline, a cytoscape Core). */
async function liveInstances(page, prototypeName) {
  const prototype = await page.evaluateHandle((name) => window.prototypes[name], prototypeName);
  const instances = await page.queryObjects(prototype);
  const count = await page.evaluate((list) => list.length, instances);
  await instances.dispose();
  await prototype.dispose();
  return count;
}

const sortedEvents = () => [...story.events].sort((a, b) => a.start.localeCompare(b.start));

describe('explorer lifecycle', () => {
  it(`leaves nothing behind after being created, drawn and removed ${ROUNDS} times`, async () => {
    const { page, errors } = await openLifecyclePage();
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const started = Date.now();
    for (let round = 0; round < WARM_UP; round += 1) await page.evaluate(() => window.runRound());
    const warm = await measure(page, cdp);
    for (let round = WARM_UP; round < ROUNDS; round += 1)
      await page.evaluate(() => window.runRound());
    const end = await measure(page, cdp);
    const instances = {
      timeline: await liveInstances(page, 'timeline'),
      cytoscape: await liveInstances(page, 'cytoscape'),
    };
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const growth = Object.fromEntries(
      Object.keys(LIMITS).map((name) => [name, end[name] - warm[name]]),
    );
    // The numbers, for whoever reads the test log.
    console.log(
      `lifecycle: ${ROUNDS} rounds in ${seconds} s; after ${WARM_UP}: ${JSON.stringify(warm)}; ` +
        `after ${ROUNDS}: ${JSON.stringify(end)}; live instances: ${JSON.stringify(instances)}`,
    );
    for (const [name, limit] of Object.entries(LIMITS))
      assert.ok(
        Math.abs(growth[name]) <= limit,
        `${name} grew by ${growth[name]} over ${ROUNDS - WARM_UP} rounds (limit ${limit})`,
      );
    assert.ok(instances.timeline <= 1, `${instances.timeline} vis Timeline objects are alive`);
    assert.ok(instances.cytoscape <= 1, `${instances.cytoscape} cytoscape Core objects are alive`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps working when moved elsewhere in the page: select an event and see its quote', async () => {
    const { page, errors } = await openLifecyclePage();
    const first = sortedEvents()[0];
    const state = await page.evaluate(async () => {
      const explorer = await window.createExplorer(
        document.getElementById('host'),
        'stories/azerbaijan-kazakhstan.json',
      );
      const before = window.parts(explorer);
      const oldDrawing = before.timeline.shadowRoot.querySelector('.vis-timeline');
      const canvasesOf = (graph) => [...graph.shadowRoot.querySelectorAll('.canvas canvas')];
      const oldCanvases = canvasesOf(before.graph);
      document.getElementById('elsewhere').append(explorer);
      const { timeline, graph } = window.parts(explorer);
      // Both views are built again in their new place (the old instances were destroyed:
      // vis-timeline's drawing and cytoscape's canvases leave their containers).
      await window.until(() => {
        const drawing = timeline.shadowRoot.querySelector('.vis-timeline');
        return drawing && drawing !== oldDrawing && !oldDrawing.isConnected;
      }, 'timeline');
      await window.until(() => graph.drawn, 'graph');
      await window.until(
        () => timeline.shadowRoot.querySelector('.vis-item'),
        'timeline items drawn again',
      );
      const canvases = canvasesOf(graph);
      return {
        oldCanvasesRemoved: oldCanvases.length > 0 && oldCanvases.every((old) => !old.isConnected),
        canvasesInPage: canvases.length > 0 && canvases.every((canvas) => canvas.isConnected),
        parent: explorer.parentElement.id,
      };
    });
    assert.deepEqual(state, {
      oldCanvasesRemoved: true,
      canvasesInPage: true,
      parent: 'elsewhere',
    });
    // A reader selects the first event with the keyboard.
    await page.evaluate(() => document.querySelector('history-explorer').focus());
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const shown = await page.evaluate(async () => {
      const explorer = document.querySelector('history-explorer');
      const { quote, timeline } = window.parts(explorer);
      await window.until(() => quote.shadowRoot.querySelector('blockquote mark'), 'the quote');
      await window.until(() => window.drawnSelection(timeline).length > 0, 'the selection drawn');
      return {
        selected: explorer.selected,
        marked: [...quote.shadowRoot.querySelectorAll('blockquote mark')]
          .map((mark) => mark.textContent)
          .join(''),
        visSelected: window.drawnSelection(timeline),
      };
    });
    assert.deepEqual(shown, {
      selected: first.id,
      marked: first.quote.text,
      visSelected: [first.title.en],
    });
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const how of ['src', 'story']) {
    it(`replaces everything when \`${how}\` changes: no stale selection, the new events shown`, async () => {
      const { page, errors } = await openLifecyclePage();
      const chosen = story.events.find((event) => event.id === 'strategic-partnership-treaty-2005');
      const selectedBefore = await page.evaluate(async (id) => {
        const explorer = await window.createExplorer(
          document.getElementById('host'),
          'stories/azerbaijan-kazakhstan.json',
        );
        explorer.selected = id;
        const { quote, graph } = window.parts(explorer);
        await window.until(() => quote.shadowRoot.querySelector('blockquote mark'), 'the quote');
        await window.until(
          () => graph.shadowRoot.querySelector('.entity.is-highlighted'),
          'the entities of the selection',
        );
        return explorer.selected;
      }, chosen.id);
      assert.equal(selectedBefore, chosen.id);

      const after = await page.evaluate(
        async (how, other) => {
          const explorer = document.querySelector('history-explorer');
          const loaded = new Promise((resolve) =>
            explorer.addEventListener('story-load', (event) => resolve(event.detail.story.id), {
              once: true,
            }),
          );
          const rendered = new Promise((resolve) =>
            explorer.addEventListener('story-render', resolve, { once: true }),
          );
          if (how === 'src') explorer.setAttribute('src', 'stories/other.json');
          else explorer.story = other;
          const loadedId = await window.within(loaded, 'story-load for the new story');
          await window.within(rendered, 'story-render for the new story');
          const { timeline, graph, quote } = window.parts(explorer);
          // The graph is rebuilt for the new story (asynchronously: its layout is computed first).
          await window.until(
            () => graph.drawn && graph.drawnNodes().some((node) => node.id === 'guild'),
            'the new graph',
          );
          await window.until(
            () => timeline.shadowRoot.querySelectorAll('.vis-item .item-title').length > 0,
            'the new items drawn',
          );
          await explorer.updateComplete;
          const texts = (root, selector) =>
            [...root.querySelectorAll(selector)].map((node) => node.textContent.trim());
          return {
            loadedId,
            selected: explorer.selected,
            timelineSelected: timeline.selected,
            visSelection: window.drawnSelection(timeline),
            ariaSelected: texts(timeline.shadowRoot, '[role=option][aria-selected=true]'),
            options: [...timeline.shadowRoot.querySelectorAll('[role=option]')].map(
              (option) => option.id,
            ),
            drawn: texts(timeline.shadowRoot, '.vis-item .item-title').sort(),
            graphHighlighted: texts(graph.shadowRoot, '.entity.is-highlighted'),
            graphNames: texts(graph.shadowRoot, '.entity .name').sort(),
            cyNodes: graph
              .drawnNodes()
              .map((node) => node.id)
              .sort(),
            cyHighlighted: [...graph.drawnNodes(), ...graph.drawnEdges()].filter((drawn) =>
              drawn.classes.includes('highlighted'),
            ).length,
            quoteMarks: quote.shadowRoot.querySelectorAll('mark').length,
            quotePrompt: quote.shadowRoot.querySelector('.prompt')?.textContent.trim() ?? null,
            title: window.parts(explorer).root.querySelector('.title').textContent.trim(),
          };
        },
        how,
        otherStory,
      );
      const { quotePrompt, ...rest } = after;
      assert.ok(quotePrompt, 'the quote panel asks for a selection');
      assert.deepEqual(rest, {
        loadedId: 'other',
        selected: '',
        timelineSelected: '',
        visSelection: [],
        ariaSelected: [],
        options: ['option-guild-meeting', 'option-guild-charter'],
        drawn: ['Guild charter', 'Guild meeting'],
        graphHighlighted: [],
        graphNames: ['Charter', 'Guild', 'Tabriz'],
        cyNodes: ['charter', 'guild', 'tabriz'],
        cyHighlighted: 0,
        quoteMarks: 0,
        title: 'Another story',
      });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
