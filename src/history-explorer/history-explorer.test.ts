import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { EventGraph } from '../event-graph/event-graph.js';
import type { EventTimeline } from '../event-timeline/event-timeline.js';
import type { Story } from '../model/story-schema.js';
import type { SourceQuote } from '../source-quote/source-quote.js';
import {
  CARD_EVENTS,
  cleanup,
  mountExplorer,
  nextEvent,
  REAL_STORY_URL,
  seriousA11yViolations,
  until,
  openNameList,
} from '../../test/helpers/browser.js';
import './define.js';
import type { HistoryExplorer } from './history-explorer.js';

let story: Story;

const parts = (element: HistoryExplorer) => {
  const root = element.shadowRoot!;
  return {
    root,
    timeline: root.querySelector<EventTimeline>('event-timeline')!,
    graph: root.querySelector<EventGraph>('event-graph')!,
    quote: root.querySelector<SourceQuote>('source-quote')!,
  };
};
const text = (node: Element | null | undefined) =>
  node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const eventById = (id: string) => story.events.find((event) => event.id === id)!;
const markedText = (quote: SourceQuote) =>
  [...quote.shadowRoot!.querySelectorAll('blockquote mark')]
    .map((mark) => mark.textContent)
    .join('');

async function clickTimelineEvent(element: HistoryExplorer, id: string): Promise<void> {
  const { timeline } = parts(element);
  await timeline.showEvent(id);
  const title = eventById(id).title.en;
  const item = await until(
    () =>
      [
        ...timeline.shadowRoot!.querySelectorAll<HTMLElement>(
          '.vis-item.vis-box, .vis-item.vis-range',
        ),
      ].find((candidate) => candidate.querySelector('.item-title')?.textContent === title),
    `the timeline item "${title}"`,
  );
  item.scrollIntoView({ block: 'center' });
  const box = item.getBoundingClientRect();
  const content = item.querySelector('.item-title')!.getBoundingClientRect();
  const x = Math.max(box.left, content.left) + Math.min(content.width, 40) / 2;
  await sendMouse({
    type: 'click',
    position: [Math.round(x), Math.round(content.top + content.height / 2)],
  });
}

describe('<history-explorer> with the real story', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    story = (await (await fetch(REAL_STORY_URL)).json()) as Story;
  });
  afterEach(() => {
    cleanup();
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  for (const id of CARD_EVENTS) {
    it(`clicking "${id}" on the timeline shows its verbatim quote and fires event-select`, async () => {
      const element = await mountExplorer();
      const selected = nextEvent(element, 'event-select');
      await clickTimelineEvent(element, id);
      expect((await selected).detail).to.deep.equal({ eventId: id });
      const { quote } = parts(element);
      await until(() => markedText(quote) === eventById(id).quote.text, 'the quote to show');
      expect(text(quote.shadowRoot!.querySelector('.title'))).to.equal(eventById(id).title.en);
      expect(text(quote.shadowRoot!.querySelector('.translation .label'))).to.equal(
        'Translation (English)',
      );
    });
  }

  it("lights up the selected event's entities in the graph's accessible list", async () => {
    const element = await mountExplorer();
    await clickTimelineEvent(element, 'strategic-partnership-treaty-2005');
    const { graph } = parts(element);
    await graph.updateComplete;
    const highlighted = [
      ...graph.shadowRoot!.querySelectorAll<HTMLElement>('.entity.is-highlighted'),
    ].map((entry) => entry.dataset.entity);
    expect(highlighted.sort()).to.deep.equal(
      [...eventById('strategic-partnership-treaty-2005').entities].sort(),
    );
  });

  it('selecting an entity lights up its events on the timeline', async () => {
    const element = await mountExplorer();
    const { graph, timeline, root } = parts(element);
    const entityId = 'organization-of-turkic-states';
    const expected = story.events
      .filter((event) => event.entities.includes(entityId))
      .map((event) => event.id)
      .sort();
    expect(expected.length, `events of ${entityId} in the story`).to.be.above(1);
    const selected = nextEvent(element, 'entity-select');
    await openNameList(graph);
    graph
      .shadowRoot!.querySelector<HTMLButtonElement>(`.entity[data-entity="${entityId}"] button`)!
      .click();
    expect((await selected).detail).to.deep.equal({ entityId });
    await element.updateComplete;
    expect([...(timeline.highlighted ?? [])].sort()).to.deep.equal(expected);
    expect(text(root.querySelector('.entity-status'))).to.include(`${expected.length} events`);
    await timeline.showEvent(expected[0]!);
    await until(
      () => timeline.shadowRoot!.querySelector('.vis-item.is-highlighted'),
      'a highlighted event on the timeline',
    );
  });

  it("choosing a name brings its events into the timeline's view and lists them to select", async () => {
    const element = await mountExplorer();
    const { graph, timeline } = parts(element);
    const entityId = 'kazakhstan';
    const events = story.events.filter((event) => event.entities.includes(entityId));
    const years = events.map((event) => Number(event.start.slice(0, 4)));
    await openNameList(graph);
    graph
      .shadowRoot!.querySelector<HTMLButtonElement>(`.entity[data-entity="${entityId}"] button`)!
      .click();
    // The timeline's window spans the first to the last of them.
    await until(() => {
      const window = timeline.visibleWindow;
      return (
        window &&
        window.start.getUTCFullYear() <= Math.min(...years) &&
        window.end.getUTCFullYear() >= Math.max(...years)
      );
    }, "the chosen name's events in the timeline's window");
    // Picking one in the graph's list selects it as the timeline would; the name stays chosen.
    await graph.updateComplete;
    const pick = events[2]!;
    const selected = nextEvent(element, 'event-select');
    graph
      .shadowRoot!.querySelector<HTMLButtonElement>(`.chosen-event[data-event="${pick.id}"]`)!
      .click();
    expect((await selected).detail).to.deep.equal({ eventId: pick.id });
    expect(element.selected).to.equal(pick.id);
    await element.updateComplete;
    expect(graph.selectedEntity).to.equal(entityId);
    const { quote } = parts(element);
    await until(() => markedText(quote) === pick.quote.text, 'the quote of the picked event');
  });

  it('lets a keyboard reach and open every event', async () => {
    const element = await mountExplorer();
    const { timeline, quote } = parts(element);
    const frame = timeline.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    const search = element.shadowRoot!.querySelector<HTMLInputElement>('.search input')!;
    search.focus();
    // From the search field, Tab goes through the filter and language buttons to the timeline.
    for (let step = 0; step < 30 && timeline.shadowRoot!.activeElement !== frame; step += 1) {
      await sendKeys({ press: 'Tab' });
    }
    expect(timeline.shadowRoot!.activeElement, 'Tab reaches the timeline').to.equal(frame);
    await sendKeys({ press: 'Home' });
    expect(story.events.length, 'events to open').to.be.above(CARD_EVENTS.length);
    const opened: string[] = [];
    while (opened.length < story.events.length) {
      const selected = nextEvent(element, 'event-select');
      await sendKeys({ press: 'Enter' });
      const { eventId } = (await selected).detail;
      opened.push(eventId);
      await until(
        () => markedText(quote) === eventById(eventId).quote.text,
        `the quote of ${eventId}`,
      );
      await sendKeys({ press: 'ArrowRight' });
    }
    expect(opened.sort()).to.deep.equal(story.events.map((event) => event.id).sort());
  });

  it('opens the event a deep link names, and the back button walks the selections', async () => {
    history.replaceState(null, '', '#event=turkic-states-organisation-founded-2009');
    const element = await mountExplorer('deep-link');
    const { quote } = parts(element);
    await until(
      () => markedText(quote) === eventById('turkic-states-organisation-founded-2009').quote.text,
      'the deep-linked quote',
    );
    expect(element.selected).to.equal('turkic-states-organisation-founded-2009');
    await clickTimelineEvent(element, 'turkological-congress-1926');
    await until(
      () => location.hash === '#event=turkological-congress-1926',
      'the URL to follow the selection',
    );
    const back = nextEvent(element, 'event-select');
    history.back();
    expect((await back).detail.eventId).to.equal('turkic-states-organisation-founded-2009');
    expect(element.selected).to.equal('turkic-states-organisation-founded-2009');
  });

  it('switches the language of labels and interface', async () => {
    const element = await mountExplorer();
    const { root, timeline } = parts(element);
    expect(text(root.querySelector('.title'))).to.equal(story.title.en);
    const chinese = [...root.querySelectorAll<HTMLButtonElement>('.languages button')].find(
      (button) => button.lang === 'zh',
    )!;
    chinese.click();
    await element.updateComplete;
    await timeline.updateComplete;
    expect(element.getAttribute('lang')).to.equal('zh');
    expect(text(root.querySelector('.title'))).to.equal(story.title.zh);
    expect(root.querySelector<HTMLInputElement>('.search input')!.placeholder).to.equal(
      '搜索事件、名称、引文',
    );
    expect(text(timeline.shadowRoot!.querySelector('#option-turkological-congress-1926'))).to.equal(
      `1926年: ${eventById('turkological-congress-1926').title.zh}`,
    );
    const russian = [...root.querySelectorAll<HTMLButtonElement>('.languages button')].find(
      (button) => button.lang === 'ru',
    )!;
    russian.click();
    await element.updateComplete;
    expect(text(root.querySelector('.count'))).to.equal(
      `Показано ${story.events.length} из ${story.events.length}`,
    );
  });

  it('filters both views by search and category', async () => {
    const element = await mountExplorer();
    const { root, timeline, graph } = parts(element);
    const search = root.querySelector<HTMLInputElement>('.search input')!;
    search.value = 'Nakhchivan';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    await timeline.updateComplete;
    await graph.updateComplete;
    expect(text(root.querySelector('.count'))).to.equal(`1 of ${story.events.length} events`);
    expect(timeline.shadowRoot!.querySelectorAll('[role=option]')).to.have.length(1);
    await openNameList(graph);
    const entities = [...graph.shadowRoot!.querySelectorAll<HTMLElement>('.entity')].map(
      (entry) => entry.dataset.entity,
    );
    expect(entities).to.include('nakhchivan');
    expect(entities).not.to.include('kazmunaygas');

    search.value = '';
    search.dispatchEvent(new Event('input'));
    const culture = root.querySelector<HTMLButtonElement>('.chip.cat-culture')!;
    culture.click();
    await element.updateComplete;
    expect(culture.getAttribute('aria-pressed')).to.equal('false');
    const cultural = story.events.filter((event) => event.category === 'culture').length;
    expect(cultural, 'cultural events to hide').to.be.above(0);
    expect(text(root.querySelector('.count'))).to.equal(
      `${story.events.length - cultural} of ${story.events.length} events`,
    );
  });

  for (const width of [1200, 360]) {
    it(`at ${width} px, reading an event moves nothing above its detail${width >= 900 ? ', nor the graph beside it' : ''}`, async () => {
      const element = await mountExplorer(`style="width: ${width}px"`);
      const { root } = parts(element);
      // From the explorer's top: a selection may scroll the page to the detail.
      const top = (selector: string) =>
        root.querySelector(selector)!.getBoundingClientRect().top -
        element.getBoundingClientRect().top;
      const detailHeight = () => root.querySelector('.detail')!.getBoundingClientRect().height;
      const before = { timeline: top('.timeline-section'), graph: top('.graph-section') };
      const cardHeight = detailHeight();
      element.selected = 'turkological-congress-1926';
      await until(() => markedText(parts(element).quote) !== '', 'the quote shown');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(detailHeight(), 'the detail grew with the quote').to.be.above(cardHeight + 100);
      expect(top('.timeline-section'), 'the timeline').to.equal(before.timeline);
      if (width >= 900) expect(top('.graph-section'), 'the graph').to.equal(before.graph);
      // The story's title, which the card showed, stays in view over the event.
      expect(text(root.querySelector('.detail .story-line'))).to.equal(story.title.en);
    });
  }

  it('has no serious or critical accessibility violations', async () => {
    const element = await mountExplorer();
    await clickTimelineEvent(element, 'strategic-partnership-treaty-2005');
    await until(
      () => parts(element).graph.shadowRoot!.querySelector('.canvas canvas'),
      'the graph',
    );
    expect(await seriousA11yViolations(element)).to.deep.equal([]);
  });
});
