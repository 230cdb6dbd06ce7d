// Reading the story, end to end, as a first-time reader does it: the built site
// served as it ships, in headless Chromium at 1280×800 and at 375×800 on a touch
// screen. What is checked is what a reader sees: titles readable in the first
// view, the events walked in date order, the quote on screen after a tap, the
// page (never a box inside it) scrolling under the wheel.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importTypeScript } from '../../scripts/import-ts.mjs';
import { repoRoot } from './helpers.mjs';
import { openPage, startSite, waitForTimelineDrawing, waitInExplorer } from './site.mjs';

let site;
let story;
let chronological;
let indexStory;
before(async () => {
  site = await startSite();
  story = JSON.parse(readFileSync(join(site.dir, 'stories/azerbaijan-kazakhstan.json'), 'utf8'));
  // The date order as the widgets compute it (the model's own sort).
  ({ indexStory } = await importTypeScript(
    "export { indexStory } from './src/model/story-index.ts';",
    repoRoot,
  ));
  chronological = indexStory(story).chronological.map((event) => event.id);
});
after(async () => {
  await site?.close();
});

const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 800, isMobile: true, hasTouch: true };

/** Opens the standalone page at a viewport and waits until the timeline has drawn its events. */
async function openExplorer(viewport, hash = '') {
  const opened = await openPage(site, viewport);
  await opened.page.setViewport(viewport);
  await opened.page.goto(`${site.url}stories/azerbaijan-kazakhstan/${hash}`);
  await waitForTimelineDrawing(opened.page);
  // vis-timeline redraws once more after its first frame (sizes measured).
  await new Promise((resolve) => setTimeout(resolve, 600));
  return opened;
}

/**
 * The event titles a reader can read now: each title's box wholly inside the
 * timeline's frame and the viewport, its text neither cut nor wrapped out of
 * its box, and nothing drawn over it.
 */
function readableTitles(page) {
  return page.evaluate(() => {
    const timeline = document
      .querySelector('history-explorer')
      .shadowRoot.querySelector('event-timeline');
    const root = timeline.shadowRoot;
    const frame = root.querySelector('.frame').getBoundingClientRect();
    const inside = (box, outer) =>
      box.left >= outer.left - 0.5 &&
      box.right <= outer.right + 0.5 &&
      box.top >= outer.top - 0.5 &&
      box.bottom <= outer.bottom + 0.5;
    const viewport = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    const titles = [];
    for (const item of root.querySelectorAll('.vis-item.vis-box, .vis-item.vis-range')) {
      const title = item.querySelector('.item-title');
      const label = item.querySelector('.item-label');
      if (!title || !label) continue;
      const box = label.getBoundingClientRect();
      if (box.width === 0 || !inside(box, frame) || !inside(box, viewport)) continue;
      const cut =
        label.scrollWidth > label.clientWidth + 1 || label.scrollHeight > label.clientHeight + 1;
      const ellipsis =
        getComputedStyle(title).textOverflow === 'ellipsis' &&
        title.scrollWidth > title.clientWidth;
      if (cut || ellipsis) continue;
      // Nothing over it: the topmost element at its corners and centre is the item itself.
      const points = [
        [box.left + 3, box.top + 3],
        [box.right - 3, box.top + 3],
        [box.left + 3, box.bottom - 3],
        [box.right - 3, box.bottom - 3],
        [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
      ];
      const covered = points.some(([x, y]) => {
        const top = root.elementFromPoint(x, y);
        return !top || !item.contains(top);
      });
      if (!covered) titles.push(title.textContent);
    }
    return titles;
  });
}

const explorerCall = (page, fn, ...args) => page.evaluate(fn, ...args);

/** The selected event and what the quote shows. */
function readerState(page) {
  return explorerCall(page, () => {
    const explorer = document.querySelector('history-explorer');
    const quote = explorer.shadowRoot.querySelector('source-quote').shadowRoot;
    const mark = quote.querySelector('blockquote mark')?.getBoundingClientRect();
    return {
      selected: explorer.selected,
      title: quote.querySelector('.title')?.textContent.trim() ?? '',
      mark: mark ? { top: mark.top, bottom: mark.bottom, height: mark.height } : undefined,
      viewport: innerHeight,
      announced: explorer.shadowRoot.querySelector('.root > [aria-live]')?.textContent.trim(),
    };
  });
}

for (const viewport of [WIDE, PHONE]) {
  describe(`the opening view at ${viewport.width}×${viewport.height}`, () => {
    it('shows at least six event titles, readable in full, on the first screen', async () => {
      const { page, errors } = await openExplorer(viewport);
      const titles = await readableTitles(page);
      assert.ok(titles.length >= 6, `readable titles: ${titles.length} (${titles.join(' | ')})`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('has a title card with the story, its period and count, and a Start button', async () => {
      const { page } = await openExplorer(viewport);
      const card = await explorerCall(page, () => {
        const card = document
          .querySelector('history-explorer')
          .shadowRoot.querySelector('.title-card');
        return {
          title: card?.querySelector('h2')?.textContent.trim(),
          text: card?.textContent.replace(/\s+/g, ' '),
          start: card?.querySelector('button.start')?.textContent.replace(/\s+/g, ' ').trim(),
        };
      });
      assert.equal(card.title, story.title.en);
      assert.match(card.text, /1908 to 2027/);
      assert.match(card.text, new RegExp(`${story.events.length} events`));
      assert.match(card.start, /^Start/);
      assert.match(card.start, /Birth of Mir Jalal Pashayev/);
      await page.close();
    });
  });
}

describe('stepping through the story', () => {
  it('Start, then next, visits all 26 events in date order; previous walks them back', async () => {
    const { page, errors } = await openExplorer(WIDE);
    const click = (selector) =>
      explorerCall(
        page,
        (selector) =>
          document.querySelector('history-explorer').shadowRoot.querySelector(selector).click(),
        selector,
      );
    await click('.detail button.start');
    const visited = [(await readerState(page)).selected];
    for (let step = 1; step < chronological.length; step += 1) {
      const next = await explorerCall(page, () =>
        document.querySelector('history-explorer').shadowRoot.querySelector('.step.next'),
      );
      assert.ok(next, 'a next button');
      await click('.step.next');
      visited.push((await readerState(page)).selected);
    }
    assert.equal(chronological.length, 26);
    assert.deepEqual(visited, chronological);
    const last = await explorerCall(page, () => {
      const next = document
        .querySelector('history-explorer')
        .shadowRoot.querySelector('.step.next');
      return next.disabled;
    });
    assert.equal(last, true, 'no next after the last event');
    const back = [];
    for (let step = 1; step < chronological.length; step += 1) {
      await click('.step.previous');
      back.push((await readerState(page)).selected);
    }
    assert.deepEqual(back, chronological.slice(0, -1).reverse());
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('names the neighbours on the buttons, whose accessible names say previous and next', async () => {
    const { page } = await openExplorer(WIDE, '#event=strategic-partnership-treaty-2005');
    await waitInExplorer(page, 'source-quote', 'mark');
    const buttons = await page.evaluate(async () => {
      const root = document.querySelector('history-explorer').shadowRoot;
      const snapshot = (selector) =>
        root.querySelector(selector).textContent.replace(/\s+/g, ' ').trim();
      return { previous: snapshot('.step.previous'), next: snapshot('.step.next') };
    });
    const index = chronological.indexOf('strategic-partnership-treaty-2005');
    const title = (id) => story.events.find((event) => event.id === id).title.en;
    assert.match(buttons.previous, /^← Previous /);
    assert.ok(buttons.previous.includes(title(chronological[index - 1])), buttons.previous);
    assert.match(buttons.next, /^Next → /);
    assert.ok(buttons.next.includes(title(chronological[index + 1])), buttons.next);
    const names = await page.accessibility.snapshot({ interestingOnly: true });
    const flat = [];
    const walk = (node) => {
      if (node.role === 'button') flat.push(node.name);
      for (const child of node.children ?? []) walk(child);
    };
    walk(names);
    assert.ok(
      flat.some((name) => /^← Previous/.test(name)),
      'a button named "Previous …"',
    );
    assert.ok(
      flat.some((name) => /^Next →/.test(name)),
      'a button named "Next …"',
    );
    await page.close();
  });

  it('steps with the arrow keys on the detail, and Escape goes back to the title card', async () => {
    const { page } = await openExplorer(WIDE, '#event=strategic-partnership-treaty-2005');
    await waitInExplorer(page, 'source-quote', 'mark');
    await explorerCall(page, () =>
      document.querySelector('history-explorer').shadowRoot.querySelector('.step.next').focus(),
    );
    await page.keyboard.press('ArrowRight');
    const index = chronological.indexOf('strategic-partnership-treaty-2005');
    assert.equal((await readerState(page)).selected, chronological[index + 1]);
    const announced = (await readerState(page)).announced;
    const next = story.events.find((event) => event.id === chronological[index + 1]);
    assert.equal(announced, `Selected: ${next.start} ${next.title.en}`);
    await page.keyboard.press('ArrowLeft');
    assert.equal((await readerState(page)).selected, chronological[index]);
    await page.keyboard.press('Escape');
    const cleared = await explorerCall(page, () => {
      const explorer = document.querySelector('history-explorer');
      const root = explorer.shadowRoot;
      return {
        selected: explorer.selected,
        hash: location.hash,
        card: Boolean(root.querySelector('.title-card')),
        focused: root.activeElement?.classList.contains('start') ?? false,
        announced: root.querySelector('.root > [aria-live]').textContent.trim(),
      };
    });
    assert.deepEqual(cleared, {
      selected: '',
      hash: '',
      card: true,
      focused: true,
      announced: 'Selection cleared',
    });
    await page.close();
  });
});

describe('on a phone (375×800, touch)', () => {
  it('tapping an event on the timeline brings its quote on screen', async () => {
    const { page, errors } = await openExplorer(PHONE);
    const target = await explorerCall(page, () => {
      const root = document
        .querySelector('history-explorer')
        .shadowRoot.querySelector('event-timeline').shadowRoot;
      const item = [...root.querySelectorAll('.vis-item.vis-box')].find((box) =>
        box.querySelector('.item-title'),
      );
      const box = item.querySelector('.item-label').getBoundingClientRect();
      return {
        x: box.left + 20,
        y: box.top + box.height / 2,
        title: item.querySelector('.item-title').textContent,
      };
    });
    await page.touchscreen.tap(target.x, target.y);
    await page.waitForFunction(() => document.querySelector('history-explorer').selected !== '', {
      timeout: 5000,
    });
    // The detail scrolls into view (smoothly): wait for the quote to settle on screen.
    await page.waitForFunction(
      () => {
        const mark = document
          .querySelector('history-explorer')
          .shadowRoot.querySelector('source-quote')
          .shadowRoot.querySelector('blockquote mark');
        const box = mark?.getBoundingClientRect();
        return box && box.bottom > 0 && box.top < innerHeight;
      },
      { timeout: 5000 },
    );
    const state = await readerState(page);
    assert.equal(state.title, target.title);
    assert.ok(state.mark.bottom > 0 && state.mark.top < state.viewport, JSON.stringify(state.mark));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('opens with no box at the edge cut before its date, in each language', async () => {
    // At 375 px a box is nearly as wide as the frame. A point just outside the opening
    // window once showed the end of its box at the left edge ("…сан проект", in Russian),
    // its date and the start of its title cut off.
    for (const lang of ['en', 'zh', 'ru']) {
      const { page, errors } = await openExplorer(PHONE, `#lang=${lang}`);
      const cut = await explorerCall(page, () => {
        const root = document
          .querySelector('history-explorer')
          .shadowRoot.querySelector('event-timeline').shadowRoot;
        const frame = root.querySelector('.frame').getBoundingClientRect();
        // Past the edge by more than the box's border and padding: text is hidden.
        return [...root.querySelectorAll('.vis-item.vis-box')]
          .map((item) => ({ box: item.getBoundingClientRect(), text: item.textContent.trim() }))
          .filter(({ box }) => box.right > frame.left && box.left < frame.left - 8)
          .map(({ box, text }) => `${text.slice(0, 40)} (${Math.round(frame.left - box.left)} px)`);
      });
      assert.deepEqual(cut, [], `${lang}: boxes cut before their date`);
      assert.deepEqual(errors, []);
      await page.close();
    }
  });

  it('a swipe on the detail steps to the next event, and back', async () => {
    const { page } = await openExplorer(PHONE, '#event=strategic-partnership-treaty-2005');
    await waitInExplorer(page, 'source-quote', 'mark');
    const index = chronological.indexOf('strategic-partnership-treaty-2005');
    const swipe = async (fromX, toX) => {
      const box = await explorerCall(page, () => {
        const detail = document
          .querySelector('history-explorer')
          .shadowRoot.querySelector('.detail');
        detail.scrollIntoView({ block: 'start' });
        const rect = detail.getBoundingClientRect();
        return { top: rect.top, left: rect.left, width: rect.width };
      });
      const y = box.top + 140;
      const session = await page.createCDPSession();
      // Each touch carries its own time, 40 ms apart: a quick swipe however
      // slowly a loaded machine delivers the messages (a swipe must last < 700 ms).
      const startedAt = Date.now() / 1000;
      const at = (step) => startedAt + step * 0.04;
      await session.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: box.left + box.width * fromX, y }],
        timestamp: at(0),
      });
      for (let step = 1; step <= 5; step += 1) {
        const x = box.left + box.width * (fromX + ((toX - fromX) * step) / 5);
        await session.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x, y }],
          timestamp: at(step),
        });
      }
      await session.send('Input.dispatchTouchEvent', {
        type: 'touchEnd',
        touchPoints: [],
        timestamp: at(6),
      });
      await session.detach();
    };
    await swipe(0.85, 0.15);
    await page.waitForFunction(
      (id) => document.querySelector('history-explorer').selected === id,
      { timeout: 5000 },
      chronological[index + 1],
    );
    await swipe(0.15, 0.85);
    await page.waitForFunction(
      (id) => document.querySelector('history-explorer').selected === id,
      { timeout: 5000 },
      chronological[index],
    );
    await page.close();
  });
});

describe('a deep link', () => {
  for (const id of ['caspian-cable-completion-2026', 'mir-jalal-pashayev-birth-1908']) {
    it(`shows "${id}" on the timeline inside the panel, every drawn event at its own date`, async () => {
      const { page } = await openExplorer(WIDE, `#event=${id}`);
      const drawn = await explorerCall(page, () => {
        const root = document
          .querySelector('history-explorer')
          .shadowRoot.querySelector('event-timeline').shadowRoot;
        const panel = root.querySelector('.vis-panel.vis-center').getBoundingClientRect();
        const selected = root.querySelector(
          '.vis-item.vis-box.vis-selected, .vis-item.vis-range.vis-selected',
        );
        const box = selected?.getBoundingClientRect();
        // Each point's line to the axis, and where its date puts it in the window shown.
        const timeline = document
          .querySelector('history-explorer')
          .shadowRoot.querySelector('event-timeline');
        const window = timeline.visibleWindow;
        const lines = [...root.querySelectorAll('.vis-item.vis-line')].map(
          (line) => line.getBoundingClientRect().left,
        );
        const boxes = [
          ...root.querySelectorAll('.vis-item.vis-box:not(.he-cluster):not(.probe)'),
        ].map((item) => {
          const rect = item.getBoundingClientRect();
          return {
            title: item.querySelector('.item-title')?.textContent,
            centre: (rect.left + rect.right) / 2,
          };
        });
        return {
          panel: { top: panel.top, bottom: panel.bottom, left: panel.left, right: panel.right },
          selected: box && { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
          window: [window.start.getTime(), window.end.getTime()],
          lines,
          boxes,
        };
      });
      assert.ok(drawn.selected, 'the selected event is drawn on its own');
      assert.ok(
        drawn.selected.top >= drawn.panel.top && drawn.selected.bottom <= drawn.panel.bottom,
        JSON.stringify(drawn),
      );
      assert.ok(
        drawn.selected.left >= drawn.panel.left - 1 &&
          drawn.selected.right <= drawn.panel.right + 1,
        JSON.stringify(drawn),
      );
      // Every box is centred on its date (its line to the axis), none piled at the left edge.
      const scale = (drawn.panel.right - drawn.panel.left) / (drawn.window[1] - drawn.window[0]);
      const items = new Map(story.events.map((event) => [event.title.en, event]));
      const spans = indexStory(story).spans;
      for (const { title, centre } of drawn.boxes) {
        const event = items.get(title);
        assert.ok(event, `a drawn box is an event: ${title}`);
        const span = spans.get(event.id);
        const date = (span.start + span.end) / 2;
        const expected = drawn.panel.left + (date - drawn.window[0]) * scale;
        assert.ok(
          Math.abs(centre - expected) < 3,
          `${title} drawn at ${centre}, its date at ${expected}`,
        );
      }
      await page.close();
    });
  }
});

describe('keyboard', () => {
  it('reaches the detail from the timeline, and the graph from the detail, in a few Tab presses', async () => {
    const { page } = await openExplorer(WIDE, '#event=strategic-partnership-treaty-2005');
    await waitInExplorer(page, 'source-quote', 'mark');
    await explorerCall(page, () =>
      document
        .querySelector('history-explorer')
        .shadowRoot.querySelector('event-timeline')
        .shadowRoot.querySelector('.frame')
        .focus(),
    );
    const where = () =>
      page.evaluate(() => {
        let element = document.activeElement;
        const path = [];
        while (element?.shadowRoot?.activeElement) {
          path.push(element.localName);
          element = element.shadowRoot.activeElement;
        }
        const inDetail = Boolean(element?.closest?.('.detail'));
        return { path: [...path, element?.className ?? ''].join(' > '), inDetail };
      });
    let presses = 0;
    while (!(await where()).inDetail && presses < 10) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    assert.ok(presses <= 3, `timeline → detail took ${presses} Tab presses`);
    let more = 0;
    while (!(await where()).path.includes('event-graph') && more < 10) {
      await page.keyboard.press('Tab');
      more += 1;
    }
    assert.ok(more <= 6, `detail → graph took ${more} Tab presses`);
    await page.close();
  });

  it('has a skip link from the timeline to the detail', async () => {
    const { page } = await openExplorer(WIDE);
    const focused = await explorerCall(page, () => {
      const root = document.querySelector('history-explorer').shadowRoot;
      const skip = root.querySelector('.timeline-section .skip-link');
      skip.focus();
      const shown = skip.getBoundingClientRect().width > 20;
      skip.click();
      return {
        shown,
        text: skip.textContent.trim(),
        detail: root.activeElement?.classList.contains('detail'),
      };
    });
    assert.deepEqual(focused, { shown: true, text: 'Skip to the event', detail: true });
    await page.close();
  });
});

describe('the example article', () => {
  it('scrolls the article when the wheel turns over the explorer', async () => {
    const { page, errors } = await openPage(site, WIDE);
    await page.goto(`${site.url}examples/article.html`);
    await page.evaluate(() =>
      document.querySelector('history-explorer').scrollIntoView({ block: 'start' }),
    );
    await waitForTimelineDrawing(page);
    await new Promise((resolve) => setTimeout(resolve, 600));
    // Over the timeline, the detail and the graph, in turn: the article scrolls each time.
    for (const part of ['event-timeline', '.detail', 'event-graph']) {
      const point = await page.evaluate((part) => {
        const element = document.querySelector('history-explorer').shadowRoot.querySelector(part);
        const box = element.getBoundingClientRect();
        const top = Math.max(box.top, 0);
        const bottom = Math.min(box.bottom, innerHeight);
        return { x: box.left + box.width / 2, y: (top + bottom) / 2 };
      }, part);
      const before = await page.evaluate(() => scrollY);
      await page.mouse.move(point.x, point.y);
      await page.mouse.wheel({ deltaY: 300 });
      await page.waitForFunction((before) => scrollY > before, { timeout: 3000 }, before);
      const scrolled = (await page.evaluate(() => scrollY)) - before;
      assert.ok(scrolled > 100, `the article scrolled ${scrolled}px over ${part}`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
});
