// The vis-timeline the browser tests load is the one dist/ ships: bundled with the
// build-time patches of scripts/vis-timeline-patches.mjs (see the node test of the
// same name for the patches themselves).
import { expect } from '@esm-bundle/chai';
import type { Moment } from 'moment';
import {
  DataSet,
  Timeline,
  utcMoment,
  visStyleSheet,
} from '../../src/event-timeline/vis-loader.js';

interface Item {
  id: string;
  content: string;
  start: Date;
}

const items = (count: number): Item[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `event-${index}`,
    content: `Event ${index}`,
    start: new Date(Date.UTC(2000 + index, 0, 1)),
  }));

/** Draws a timeline of `data` in a fresh container; returns it with its container. */
function drawTimeline(data: Item[], options: Record<string, unknown> = {}) {
  const container = document.createElement('div');
  container.style.width = '800px';
  document.body.append(container);
  const timeline = new Timeline(container, new DataSet(data), {
    start: new Date(Date.UTC(1999, 0, 1)),
    end: new Date(Date.UTC(2060, 0, 1)),
    ...options,
  });
  return { container, timeline };
}

describe('the vis-timeline the tests load', () => {
  let drawn: { container: HTMLElement; timeline: Timeline } | undefined;
  before(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, visStyleSheet()];
  });
  afterEach(() => {
    drawn?.timeline.destroy();
    drawn?.container.remove();
    drawn = undefined;
  });

  it('takes items with Date starts without making a moment object for each', () => {
    // vis-timeline and utcMoment share the bundle's one moment, so its prototype is theirs.
    const prototype = Object.getPrototypeOf(utcMoment()) as Moment;
    const toDate = prototype.toDate;
    let calls = 0;
    prototype.toDate = function (this: Moment) {
      calls += 1;
      return toDate.call(this);
    };
    const callsFor = (count: number) => {
      calls = 0;
      drawn = drawTimeline(items(count));
      const made = calls;
      drawn.timeline.destroy();
      drawn.container.remove();
      drawn = undefined;
      return made;
    };
    try {
      const few = callsFor(1);
      const many = callsFor(50);
      // Stock vis-timeline converts each start through moment: at least 49 more here.
      expect(many - few, `${few} conversions for 1 item, ${many} for 50`).to.be.below(10);
    } finally {
      prototype.toDate = toDate;
    }
  });

  it('draws those items at their dates', async () => {
    drawn = drawTimeline(items(3));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const { start, end } = drawn.timeline.getWindow();
    const panel = drawn.container.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    for (const item of items(3)) {
      const box = [...drawn.container.querySelectorAll('.vis-item.vis-box')].find(
        (element) => element.textContent === item.content,
      );
      expect(box, item.content).to.exist;
      const { left, width } = box!.getBoundingClientRect();
      const expected =
        ((item.start.valueOf() - start.valueOf()) / (end.valueOf() - start.valueOf())) *
        panel.width;
      expect(left + width / 2 - panel.left, item.content).to.be.closeTo(expected, 2);
    }
  });

  it('draws its first items a pass per task, showing nothing until the passes settle', async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    // As the widgets make it: no start or end (the window is set afterwards), so vis-timeline
    // shows the drawing at its first settled redraw.
    const container = document.createElement('div');
    container.style.width = '800px';
    document.body.append(container);
    drawn = { container, timeline: new Timeline(container, new DataSet(items(30)), {}) };
    const root = drawn.container.querySelector<HTMLElement>('.vis-timeline')!;
    const visible = () => getComputedStyle(root).visibility === 'visible';
    // Stock vis-timeline runs every pass in the task that gave it the items, and shows them.
    expect(visible(), 'shown in the task that made it').to.be.false;
    let frames = 0;
    while (!visible() && frames < 10) {
      await frame();
      frames += 1;
      // Hidden or whole: never a frame painted between two passes.
      if (!visible()) continue;
      const boxes = drawn.container.querySelectorAll('.vis-item.vis-box');
      expect(boxes.length, 'items drawn when it shows').to.be.above(0);
    }
    expect(visible(), `shown after ${frames} frames`).to.be.true;
  });

  it('sets the strings it would set as HTML as text: markup shown, never made', async () => {
    const markup = '<b>bold</b><img src="x" onerror="window.__visMarkup = 1">';
    drawn = drawTimeline([
      { id: 'markup', content: markup, start: new Date(Date.UTC(2000, 0, 1)) },
    ]);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const box = drawn.container.querySelector<HTMLElement>('.vis-item.vis-box');
    expect(box?.textContent).to.equal(markup);
    expect(box!.querySelector('b, img'), 'no element from the string').to.equal(null);
    // The axis labels go the same way, and read as before.
    const years = [...drawn.container.querySelectorAll('.vis-time-axis .vis-text')].map(
      (label) => label.textContent,
    );
    expect(years).to.include('2000');
    expect((window as { __visMarkup?: number }).__visMarkup).to.equal(undefined);
  });

  it('keeps only English of its own interface strings', () => {
    drawn = drawTimeline(items(1), { locale: 'de', editable: true });
    drawn.timeline.setSelection('event-0');
    const remove = drawn.container.querySelector<HTMLElement>('.vis-item.vis-selected .vis-delete');
    expect(remove, 'the delete button of the selected item').to.exist;
    // Stock vis-timeline has German here: "Lösche Auswahl".
    expect(remove!.title).to.equal('Delete selected');
  });
});
