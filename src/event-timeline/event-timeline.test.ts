import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { miniStory, miniStoryWith } from '../../test/fixtures/mini-story.js';
import {
  afterPaint,
  cleanup,
  mount,
  nextEvent,
  REAL_STORY_URL,
  until,
} from '../../test/helpers/browser.js';
import './define.js';
import type { EventTimeline } from './event-timeline.js';

/** Resolves once the element has announced its first render and vis-timeline has drawn. */
function renderedAndDrawn(element: EventTimeline): Promise<unknown> {
  return Promise.all([nextEvent(element, 'story-render'), nextEvent(element, 'timeline-draw')]);
}

async function mountTimeline(attributes = ''): Promise<EventTimeline> {
  const element = mount<EventTimeline>(`<event-timeline ${attributes}></event-timeline>`);
  const drawn = renderedAndDrawn(element);
  element.story = miniStory();
  await drawn;
  return element;
}

const root = (element: EventTimeline) => element.shadowRoot!;
const frame = (element: EventTimeline) => root(element).querySelector<HTMLElement>('.frame')!;
const optionTexts = (element: EventTimeline) =>
  [...root(element).querySelectorAll('[role=option]')].map((option) =>
    option.textContent.replace(/\s+/g, ' ').trim(),
  );

function visItem(element: EventTimeline, id: string): HTMLElement | undefined {
  const items = [
    ...root(element).querySelectorAll<HTMLElement>('.vis-item.vis-box, .vis-item.vis-range'),
  ];
  return items.find((item) => item.textContent.includes(id));
}

describe('<event-timeline>', () => {
  afterEach(cleanup);

  it('draws a story whose event ids are the ones the widget might use itself (future)', async () => {
    const story = miniStory();
    const cable = story.events.find((event) => event.id === 'cable')!;
    // A planned event: the widget also marks the time after the dateline with an item of its own.
    (cable as { id: string }).id = 'future';
    const element = mount<EventTimeline>('<event-timeline></event-timeline>');
    const drawn = renderedAndDrawn(element);
    element.story = story;
    await drawn;
    expect(root(element).querySelector('[role=alert]')).to.equal(null);
    expect(visItem(element, 'Cable'), 'the event with id "future" is drawn').to.exist;
    expect(root(element).querySelector('.vis-item.future'), 'the time after the dateline').to.exist;
  });

  it("shows the planned band's word only where the band has room for it", async () => {
    const element = await mountTimeline();
    const band = root(element).querySelector<HTMLElement>('.vis-item.vis-background.future')!;
    const word = band.querySelector('.vis-item-content')!;
    expect(word.textContent.trim()).to.equal('planned');
    // Zoomed out, the band is a few pixels wide: its word showed as a stray "p".
    band.style.width = '8px';
    expect(getComputedStyle(word).visibility).to.equal('hidden');
    band.style.width = '200px';
    expect(getComputedStyle(word).visibility).to.equal('visible');
  });

  it('lists every event in date order with dates at their own precision', async () => {
    const element = await mountTimeline();
    expect(optionTexts(element)).to.deep.equal([
      '1926: Congress',
      '2005: Treaty',
      '2022–2027: Roadmap',
      'Dec 2026: Cable (planned)',
    ]);
    const drawn = root(element).querySelector('.vis-timeline')!.textContent;
    expect(drawn).to.include('1926');
    expect(drawn).not.to.match(/1 Jan|Jan 1/);
  });

  it('shows the events as a list at once, which the drawn timeline then replaces', async () => {
    const element = mount<EventTimeline>('<event-timeline></event-timeline>');
    const list = () => root(element).querySelector<HTMLElement>('.options')!;
    const rendered = nextEvent(element, 'story-render').then(() => ({
      box: list().getBoundingClientRect(),
      text: list().innerText,
      timeline: root(element).querySelector('.vis-timeline'),
    }));
    const drawn = nextEvent(element, 'timeline-draw');
    element.story = miniStory();
    const first = await rendered;
    // The first frame: the events, readable, before vis-timeline is built.
    expect(first.timeline).to.equal(null);
    expect(first.box.height).to.be.greaterThan(100);
    expect(first.text).to.include('1926: Congress').and.include('Dec 2026: Cable');
    await drawn;
    expect(root(element).querySelectorAll('.vis-item').length).to.be.greaterThan(0);
    expect(list().getBoundingClientRect().width).to.be.at.most(1);
    expect(optionTexts(element)).to.have.length(4);
  });

  it('builds for that list only what the frame can show; the drawn listbox holds more', async () => {
    // 100 events (96 more, one a year from 1801): more than the first list can show.
    const story = miniStoryWith(96, (n) => ({ id: `event-${n}`, start: String(1800 + n) }));
    const element = mount<EventTimeline>('<event-timeline></event-timeline>');
    const options = () => [...root(element).querySelectorAll<HTMLElement>('[role=option]')];
    const rendered = nextEvent(element, 'story-render').then(() => options());
    const drawn = nextEvent(element, 'timeline-draw');
    element.story = story;
    const listed = await rendered;
    expect(listed).to.have.length(64);
    expect(listed[0]!.textContent).to.include('1801');
    expect(listed[63]!.textContent).to.include('1864');
    expect(listed[63]!.getAttribute('aria-posinset')).to.equal('64');
    expect(listed[63]!.getAttribute('aria-setsize')).to.equal('100');
    await drawn;
    // Once the drawn timeline has been painted, the listbox holds its whole window.
    await until(() => options().length === 100 || undefined, 'the listbox with 100 options');
    expect(options()[99]!.getAttribute('aria-posinset')).to.equal('100');
  });

  it('selects an event clicked in that list', async () => {
    const element = mount<EventTimeline>('<event-timeline></event-timeline>');
    const rendered = nextEvent(element, 'story-render');
    element.story = miniStory();
    await rendered;
    const selected = nextEvent(element, 'event-select');
    root(element).querySelector<HTMLElement>('#option-treaty')!.click();
    expect((await selected).detail).to.deep.equal({ eventId: 'treaty' });
    expect(element.selected).to.equal('treaty');
  });

  it('draws periods as ranges and planned events as planned', async () => {
    const element = await mountTimeline();
    await element.showEvent('roadmap');
    const range = await until(
      () => root(element).querySelector('.vis-item.vis-range:not(.future)'),
      'a range item',
    );
    expect(range.textContent).to.include('Roadmap');
    await element.showEvent('cable');
    const planned = await until(
      () => root(element).querySelector('.vis-item.vis-box.planned'),
      'a planned item',
    );
    expect(planned.textContent).to.include('Cable');
    expect(planned.textContent).to.include('planned');
  });

  it('shows a legend of the categories the story uses', async () => {
    const element = await mountTimeline();
    const legend = root(element).querySelector('.legend')!.textContent.replace(/\s+/g, ' ');
    expect(legend)
      .to.include('Culture')
      .and.include('Politics')
      .and.include('Transport')
      .and.include('Digital links');
    expect(legend).not.to.include('Ecology');
  });

  it('is one tab stop; arrows, Home and End move in date order; Enter selects', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const element = await mountTimeline();
      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(root(element).activeElement).to.equal(frame(element));
      expect(frame(element).getAttribute('aria-activedescendant')).to.equal('option-congress');
      await sendKeys({ press: 'ArrowRight' });
      expect(frame(element).getAttribute('aria-activedescendant')).to.equal('option-treaty');
      await sendKeys({ press: 'End' });
      expect(frame(element).getAttribute('aria-activedescendant')).to.equal('option-cable');
      await sendKeys({ press: 'ArrowLeft' });
      expect(frame(element).getAttribute('aria-activedescendant')).to.equal('option-roadmap');
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowDown' });
      const selected = nextEvent(element, 'event-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ eventId: 'treaty' });
      expect(element.getAttribute('selected')).to.equal('treaty');
      expect(root(element).querySelector('#option-treaty')!.getAttribute('aria-selected')).to.equal(
        'true',
      );
      await sendKeys({ press: 'ArrowRight' });
      const spaced = nextEvent(element, 'event-select');
      await sendKeys({ press: 'Space' });
      expect((await spaced).detail.eventId).to.equal('roadmap');
      // The active event has a visible ring on the drawing.
      await until(
        () => visItem(element, 'Roadmap')?.classList.contains('is-active'),
        'the active ring',
      );
    } finally {
      before.remove();
    }
  });

  it('keeps the window shown when the keyboard comes in: the first event in view is active', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const element = mount<EventTimeline>(
        `<event-timeline src="${REAL_STORY_URL}"></event-timeline>`,
      );
      await renderedAndDrawn(element);
      await afterPaint();
      const opening = element.visibleWindow!;
      const story = element.loadedStory!;
      const earliest = [...story.events].sort((a, b) => a.start.localeCompare(b.start))[0]!;
      before.focus();
      for (let step = 0; step < 4; step += 1) await sendKeys({ press: 'Tab' });
      expect(root(element).activeElement).to.equal(frame(element));
      const active = frame(element).getAttribute('aria-activedescendant')!.replace('option-', '');
      // The opening shows the densest years, not the story's first event (1908).
      expect(active).to.not.equal(earliest.id);
      await afterPaint();
      expect(element.visibleWindow!.start.getTime(), 'the window did not move').to.equal(
        opening.start.getTime(),
      );
      expect(element.visibleWindow!.end.getTime()).to.equal(opening.end.getTime());
      const box = await until(
        () =>
          [
            ...root(element).querySelectorAll<HTMLElement>(
              '.vis-item.is-active.vis-box, .vis-item.is-active.vis-range',
            ),
          ].find((item) => item.getBoundingClientRect().width > 0),
        'the active ring on a box in view',
      );
      const event = story.events.find((candidate) => candidate.id === active)!;
      expect(box.textContent).to.include(event.title.en);
    } finally {
      before.remove();
    }
  });

  it('selects an event clicked with the mouse', async () => {
    const element = await mountTimeline();
    await element.showEvent('treaty');
    const item = await until(() => visItem(element, 'Treaty'), 'the treaty item');
    const box = item.getBoundingClientRect();
    const selected = nextEvent(element, 'event-select');
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    expect((await selected).detail).to.deep.equal({ eventId: 'treaty' });
  });

  it('leaves a plain wheel to the page and zooms with Ctrl + wheel', async () => {
    const element = await mountTimeline();
    const panel = root(element).querySelector('.vis-center')!;
    const before = element.visibleWindow!;
    const plain = new WheelEvent('wheel', {
      deltaY: 100,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    panel.dispatchEvent(plain);
    expect(plain.defaultPrevented, 'plain wheel must scroll the page').to.equal(false);
    const box = panel.getBoundingClientRect();
    const zoom = new WheelEvent('wheel', {
      deltaY: -100,
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
      composed: true,
      clientX: box.x + box.width / 2,
      clientY: box.y + box.height / 2,
    });
    panel.dispatchEvent(zoom);
    expect(zoom.defaultPrevented, 'ctrl + wheel zooms').to.equal(true);
    const after = element.visibleWindow!;
    expect(after.end.getTime() - after.start.getTime(), 'the window changed size').not.to.equal(
      before.end.getTime() - before.start.getTime(),
    );
  });

  it('dims all but the highlighted events', async () => {
    const element = await mountTimeline();
    element.highlighted = ['treaty'];
    await element.showEvent('treaty');
    await until(
      () => visItem(element, 'Treaty')?.classList.contains('is-highlighted'),
      'highlight',
    );
    await element.showEvent('congress');
    await until(() => visItem(element, 'Congress')?.classList.contains('is-dimmed'), 'dimmed item');
  });

  it('shows only the visible events and keeps the keyboard to them', async () => {
    const element = await mountTimeline();
    element.visibleEvents = ['treaty', 'cable'];
    await element.updateComplete;
    expect(optionTexts(element)).to.deep.equal(['2005: Treaty', 'Dec 2026: Cable (planned)']);
  });

  it("speaks the reader's language: labels, dates and buttons", async () => {
    const element = await mountTimeline('lang="zh"');
    expect(optionTexts(element)[0]).to.equal('1926年: 大会');
    expect(optionTexts(element)[3]).to.equal('2026年12月: 电缆 (计划中)');
    expect(root(element).querySelector('.toolbar')!.textContent).to.include('显示全部');
    element.lang = 'ru';
    await element.updateComplete;
    expect(root(element).querySelector('.toolbar')!.textContent).to.include('Показать всё');
  });

  it('brings its overview strip with its drawing: nothing under it moves once it is drawn', async () => {
    const element = mount<EventTimeline>(
      `<event-timeline src="${REAL_STORY_URL}"></event-timeline>`,
    );
    const below = document.createElement('p');
    below.textContent = 'Text under the timeline';
    element.after(below);
    try {
      await renderedAndDrawn(element);
      expect(root(element).querySelector('.overview'), 'the overview strip').to.not.equal(null);
      const textAt = below.getBoundingClientRect().top;
      // vis-timeline's own first range change comes a few hundred ms after its first draw.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await afterPaint();
      expect(below.getBoundingClientRect().top, 'the text under it').to.equal(textAt);
    } finally {
      below.remove();
    }
  });

  it('keeps the room its drawing took: a quieter window leaves sky above the boxes, nothing below moves', async () => {
    const element = mount<EventTimeline>(
      `<event-timeline src="${REAL_STORY_URL}"></event-timeline>`,
    );
    await renderedAndDrawn(element);
    const below = document.createElement('p');
    below.textContent = 'Text under the timeline';
    element.after(below);
    try {
      const host = root(element).querySelector<HTMLElement>('.vis-host')!;
      const drawing = host.querySelector<HTMLElement>('.vis-timeline')!;
      await until(() => drawing.getBoundingClientRect().height > 0, 'the drawing laid out');
      // The overview strip comes with the window shown: once it is there, nothing else grows.
      await until(() => root(element).querySelector('.overview'), 'the overview strip');
      await afterPaint();
      const opening = host.getBoundingClientRect().height;
      const textAt = below.getBoundingClientRect().top;
      // The earliest event (1908) on its own: one box, where the opening stacked several.
      const earliest = [...element.loadedStory!.events].sort((a, b) =>
        a.start.localeCompare(b.start),
      )[0]!;
      await element.showEvent(earliest.id);
      await afterPaint();
      await afterPaint();
      expect(drawing.getBoundingClientRect().height, 'the drawing itself is shorter').to.be.below(
        opening - 20,
      );
      expect(host.getBoundingClientRect().height, 'the room stays').to.equal(opening);
      expect(below.getBoundingClientRect().top, 'the text under it stays').to.equal(textAt);
      expect(drawing.getBoundingClientRect().bottom, 'the drawing at the bottom').to.be.closeTo(
        host.getBoundingClientRect().bottom,
        1,
      );
    } finally {
      below.remove();
    }
  });

  it('redraws the drawn boxes in the language switched to', async () => {
    const element = await mountTimeline('lang="en"');
    await until(() => visItem(element, 'Congress'), 'the English box');
    element.lang = 'zh';
    await element.updateComplete;
    // The boxes vis-timeline drew, not only the listbox's options.
    await until(() => visItem(element, '大会'), 'the box relabelled in Chinese');
    expect(visItem(element, 'Congress'), 'no English box left').to.equal(undefined);
    expect(visItem(element, '大会')!.textContent).to.include('1926年');
  });

  it('after a language switch, opens where a reader of that language would read the most titles', async () => {
    // A phone's width, where Russian titles take more lines than English ones.
    const mountReal = async (lang: string) => {
      const element = mount<EventTimeline>(
        `<event-timeline lang="${lang}" src="${REAL_STORY_URL}" style="width: 343px"></event-timeline>`,
      );
      await renderedAndDrawn(element);
      return element;
    };
    /** The titles of the boxes in view, each an event on its own (a cluster shows none). */
    const titlesInView = (element: EventTimeline) => {
      const frameBox = frame(element).getBoundingClientRect();
      return [...root(element).querySelectorAll<HTMLElement>('.vis-item:not(.he-cluster)')]
        .filter((box) => {
          const { left, right } = box.getBoundingClientRect();
          return right > frameBox.left && left < frameBox.right;
        })
        .map((box) => box.textContent.replace(/\s+/g, ' ').trim())
        .filter((title) => /^\d/.test(title)) // not the shading after the dateline
        .sort();
    };
    const switched = await mountReal('en');
    switched.lang = 'ru';
    await until(() => {
      const titles = titlesInView(switched);
      return (titles.length > 0 && titles.every((title) => /[а-яё]/i.test(title))) || undefined;
    }, 'the boxes relabelled in Russian');
    await afterPaint();
    await afterPaint();
    const opened = await mountReal('ru');
    await afterPaint();
    expect(titlesInView(opened).length, 'titles a Russian reader opens on').to.be.above(3);
    expect(titlesInView(switched)).to.deep.equal(titlesInView(opened));
  });

  it('works again after being moved elsewhere in the page', async () => {
    const element = await mountTimeline();
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    try {
      const drawn = renderedAndDrawn(element);
      elsewhere.append(element);
      await drawn;
      await element.showEvent('congress');
      await until(() => visItem(element, 'Congress'), 'items drawn after the move');
    } finally {
      elsewhere.remove();
    }
  });

  it('draws a new story afresh: announced again, on its own period, without the old events', async () => {
    const element = await mountTimeline();
    const older = miniStory();
    const dates = [['1500'], ['1503'], ['1505', '1510']] as const;
    const next = {
      ...older,
      // The same events five centuries earlier; the planned one left out.
      events: older.events.slice(0, 3).map((event, index) => {
        const [start, end] = dates[index]!;
        return { ...event, start, ...(end ? { end } : {}) };
      }),
      relations: older.relations,
    };
    const drawn = renderedAndDrawn(element);
    element.story = next;
    await drawn;
    // The opening window is where the new story's titles read best: inside its own period.
    const window = element.visibleWindow!;
    expect(window.start.getUTCFullYear()).to.be.within(1490, 1510);
    expect(window.end.getUTCFullYear()).to.be.within(1500, 1520);
    expect(optionTexts(element)).to.deep.equal([
      '1500: Congress',
      '1503: Treaty',
      '1505–1510: Roadmap',
    ]);
    await until(() => visItem(element, 'Congress'), 'the new story drawn');
    expect(visItem(element, 'Cable')).to.equal(undefined);
  });

  it('refits the window to what the search and filters leave', async () => {
    const element = await mountTimeline();
    const contains = (year: number) => {
      const window = element.visibleWindow!;
      const at = Date.UTC(year, 6, 1);
      return window.start.getTime() < at && window.end.getTime() > at;
    };
    element.visibleEvents = ['congress', 'treaty'];
    await until(() => contains(1926) && contains(2005) && !contains(2024), '1926 to 2005 in view');
    element.visibleEvents = ['cable'];
    await until(() => !contains(2005) && !contains(2024), 'the cable alone in view');
    const window = element.visibleWindow!;
    expect(window.start.getTime()).to.be.below(Date.UTC(2026, 11, 15));
    expect(window.end.getTime()).to.be.above(Date.UTC(2026, 11, 15));
  });

  it('zooms in around the selected event, not into the empty middle', async () => {
    const element = await mountTimeline('selected="treaty"');
    await element.showEvent('congress');
    element.fit();
    await until(() => visItem(element, 'Treaty'), 'the treaty drawn');
    const before = element.visibleWindow!;
    const treaty = Date.UTC(2005, 6, 2);
    const place = (window: { start: Date; end: Date }) =>
      (treaty - window.start.getTime()) / (window.end.getTime() - window.start.getTime());
    element.zoomIn();
    const after = element.visibleWindow!;
    expect(after.end.getTime() - after.start.getTime()).to.be.below(
      before.end.getTime() - before.start.getTime(),
    );
    expect(place(after), 'the treaty stays where it was').to.be.closeTo(place(before), 0.01);
  });

  it('gathers only what does not fit, and opens a cluster with every title on screen', async () => {
    // Twelve events in one year: more than the timeline stacks at once.
    const story = miniStoryWith(12, (n) => ({
      id: `crowd-${n}`,
      start: '1990',
      title: { zh: `事件${n}`, en: `Crowd event ${n}` },
    }));
    const element = mount<EventTimeline>('<event-timeline></event-timeline>');
    const drawn = renderedAndDrawn(element);
    element.story = story;
    await drawn;
    await element.showEvent('congress');
    element.fit();
    const cluster = await until(
      () => root(element).querySelector<HTMLElement>('.vis-item.vis-box.he-cluster'),
      'a cluster',
    );
    expect(cluster.textContent).to.match(/^1990.*\b1[23] events$/);
    expect(cluster.title, 'no tooltip of its own').to.equal('');
    // Events far from the crowd keep their own box and title.
    expect(visItem(element, 'Cable')).to.exist;
    const box = cluster.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    const titles = () =>
      [...root(element).querySelectorAll('.item-title')]
        .map((title) => title.textContent)
        .filter((title) => title.startsWith('Crowd event'));
    await until(() => titles().length === 12 || undefined, 'the twelve events on their own');
    const frameBox = frame(element).getBoundingClientRect();
    for (const title of root(element).querySelectorAll('.item-title')) {
      if (!title.textContent.startsWith('Crowd event')) continue;
      const rect = title.getBoundingClientRect();
      expect(rect.top, title.textContent).to.be.at.least(frameBox.top);
      expect(rect.bottom, title.textContent).to.be.at.most(frameBox.bottom);
    }
  });

  it('never scrolls inside: the timeline takes the height of what it draws', async () => {
    const element = await mountTimeline();
    const scrollers = [element, ...root(element).querySelectorAll('*')].filter((node) => {
      const style = getComputedStyle(node);
      return /(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight + 1;
    });
    expect(scrollers.map((node) => node.className || node.localName)).to.deep.equal([]);
    const plain = new WheelEvent('wheel', {
      deltaY: 100,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    root(element).querySelector('.vis-center')!.dispatchEvent(plain);
    expect(plain.defaultPrevented).to.equal(false);
  });

  it('shows an error inside the widget for an invalid story', async () => {
    const element = mount<EventTimeline>('<event-timeline></event-timeline>');
    const failed = nextEvent(element, 'story-error');
    element.story = { ...miniStory(), events: 'none' };
    const { detail } = await failed;
    expect(detail.errors[0]).to.deep.include({ path: 'events' });
    await element.updateComplete;
    const alert = root(element).querySelector('[role=alert]')!;
    expect(alert.textContent).to.include('The story could not be shown').and.include('events');
  });
});
