// The graph as a reader meets it on the real story, at 1280×800 with a mouse and at
// 375×800 on a touch screen: names readable at the opening zoom, a tap after the page
// has scrolled lands on the name drawn under it, and choosing a name lists its events.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPage, startSite } from './site.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const GRAPH = `document.querySelector('history-explorer').shadowRoot.querySelector('event-graph')`;

const SCREENS = [
  { name: '1280×800, mouse', width: 1280, touch: false },
  { name: '375×800, touch', width: 375, touch: true },
];

/** The explorer's page at `screen`, once its graph has drawn its names. */
async function openGraph(screen) {
  const opened = await openPage(site, { width: screen.width, height: 800 });
  const { page } = opened;
  if (screen.touch)
    await page.setViewport({ width: screen.width, height: 800, isMobile: true, hasTouch: true });
  await page.goto(`${site.url}stories/azerbaijan-kazakhstan/`, { waitUntil: 'load' });
  // The graph draws once it nears the viewport: bring it there.
  await page.waitForFunction(`!!${GRAPH}`, { timeout: 20000 });
  await page.evaluate(`${GRAPH}.scrollIntoView({ block: 'start' })`);
  await page.waitForFunction(`${GRAPH}.drawn && ${GRAPH}.drawnNodes().length > 0`, {
    timeout: 20000,
  });
  // The view is fitted after the first paint; let it settle.
  await page.evaluate('new Promise((done) => setTimeout(done, 500))');
  return opened;
}

for (const screen of SCREENS) {
  describe(`the graph at ${screen.name}`, () => {
    it('draws every name it shows at 11 px or more at the opening zoom', async () => {
      const { page, errors } = await openGraph(screen);
      const sizes = await page.evaluate(`(() => {
        const graph = ${GRAPH};
        const box = graph.shadowRoot.querySelector('.canvas').getBoundingClientRect();
        return graph.drawnNodes()
          .filter((node) => !node.classes.includes('hidden'))
          .filter(({ renderedPosition: { x, y } }) => x >= 0 && y >= 0 && x <= box.width && y <= box.height)
          .map((node) => node.labelSize);
      })()`);
      assert.ok(sizes.length >= 10, `only ${sizes.length} names in the opening view`);
      const smallest = Math.min(...sizes);
      assert.ok(smallest >= 11 - 1e-6, `a name drawn at ${smallest.toFixed(1)} px`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('selects the name drawn under a tap made after the page has scrolled', async () => {
      const { page } = await openGraph(screen);
      // cytoscape has seen the canvas where it is now (a pointer passed over it) ...
      const canvas = await page.evaluateHandle(`${GRAPH}.shadowRoot.querySelector('.canvas')`);
      const first = await canvas.boundingBox();
      await page.mouse.move(first.x + 5, first.y + 5);
      // ... then the page (and any box around the graph) scrolls by 43 px.
      await page.evaluate(`(() => {
        scrollBy(0, -43);
        for (let box = ${GRAPH}; box; box = box.parentNode instanceof ShadowRoot ? box.parentNode.host : box.parentElement)
          if (box.scrollTop >= 43) box.scrollTop -= 43;
      })()`);
      await page.evaluate(
        'new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100)))',
      );
      const target = await page.evaluate(`(() => {
        const graph = ${GRAPH};
        const box = graph.shadowRoot.querySelector('.canvas').getBoundingClientRect();
        const inside = ({ x, y }) =>
          x > 30 && y > 30 && x < box.width - 30 && y < box.height - 30 &&
          box.top + y > 0 && box.top + y < innerHeight;
        const node = graph.drawnNodes().find((node) => !node.classes.includes('hidden') && inside(node.renderedPosition));
        window.__picked = new Promise((done) =>
          graph.addEventListener('entity-select', (event) => done(event.detail.entityId), { once: true }));
        return { id: node.id, x: box.x + node.renderedPosition.x, y: box.y + node.renderedPosition.y };
      })()`);
      const moved = await canvas.boundingBox();
      assert.notEqual(moved.y, first.y, 'the canvas moved on the screen');
      if (screen.touch) await page.touchscreen.tap(target.x, target.y);
      else await page.mouse.click(target.x, target.y);
      const picked = await page.evaluate(
        'Promise.race([window.__picked, new Promise((done) => setTimeout(() => done("(nothing)"), 3000))])',
      );
      assert.equal(picked, target.id);
      await page.close();
    });

    it('lists the events of a chosen name, each selecting its event', async () => {
      const { page } = await openGraph(screen);
      await page.evaluate(
        `${GRAPH}.shadowRoot.querySelector('.entity[data-entity="kazakhstan"] button').click()`,
      );
      await page.waitForFunction(
        `${GRAPH}.shadowRoot.querySelector('[part="chosen"] .chosen-event')`,
      );
      const chosen = await page.evaluate(`(() => {
        const panel = ${GRAPH}.shadowRoot.querySelector('[part="chosen"]');
        return {
          heading: panel.querySelector('h4').textContent.trim(),
          events: [...panel.querySelectorAll('.chosen-event')].map((button) => button.dataset.event),
          pressed: ${GRAPH}.shadowRoot.querySelector('.entity[data-entity="kazakhstan"] button').getAttribute('aria-pressed'),
        };
      })()`);
      const count = Number(/(\d+) events/.exec(chosen.heading)?.[1]);
      assert.match(chosen.heading, /^Kazakhstan: \d+ events$/);
      assert.equal(chosen.events.length, count);
      assert.equal(chosen.pressed, 'true');
      const eventId = chosen.events[1];
      await page.evaluate(`window.__selected = new Promise((done) =>
        document.addEventListener('event-select', (event) => done(event.detail.eventId), { once: true })); 0`);
      const button = await page.evaluateHandle(
        `${GRAPH}.shadowRoot.querySelector('.chosen-event[data-event="${eventId}"]')`,
      );
      await button.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      if (screen.touch) await button.tap();
      else await button.click();
      const selected = await page.evaluate(
        'Promise.race([window.__selected, new Promise((done) => setTimeout(() => done("(nothing)"), 3000))])',
      );
      assert.equal(selected, eventId);
      await page.close();
    });
  });
}
