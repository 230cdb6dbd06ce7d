/**
 * Script injection through story data: a story whose every free-text field
 * carries payloads (<img onerror>, <script>, <svg onload>, javascript:, template
 * expressions) is shown in <history-explorer> in every state a reader can put
 * it in (each event selected, the whole source open, each language, the graph
 * drawn). No payload may run, no element may come of one, and each must be
 * shown as the literal text it is.
 */
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import type { EventGraph } from '../event-graph/event-graph.js';
import type { EventTimeline } from '../event-timeline/event-timeline.js';
import type { Story } from '../model/story-schema.js';
import { validateStory } from '../model/validate-story.js';
import type { SourceQuote } from '../source-quote/source-quote.js';
import { cleanup, mount, nextEvent, openNameList, until } from '../../test/helpers/browser.js';
import {
  XSS_FLAG,
  XSS_PAYLOADS,
  XSS_QUOTES,
  XSS_SOURCE,
  xssStory,
} from '../../test/fixtures/xss-story.js';
import './define.js';
import type { HistoryExplorer } from './history-explorer.js';

type Flagged = Window & { [XSS_FLAG]?: unknown };
const flag = () => (window as Flagged)[XSS_FLAG];

/** Every element under `root`, shadow roots (open) included. */
function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** The markup a payload would make: elements, event-handler attributes, script links. */
function injected(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of allElements(root)) {
    if (['img', 'script', 'svg', 'iframe', 'object', 'embed'].includes(element.localName))
      problems.push(`<${element.localName}> ${element.outerHTML.slice(0, 80)}`);
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on'))
        problems.push(`${element.localName}[${attribute.name}="${attribute.value}"]`);
      if (/^\s*javascript:/i.test(attribute.value))
        problems.push(`${element.localName}[${attribute.name}="${attribute.value}"]`);
    }
  }
  return problems;
}

const flat = (node: Element | null | undefined) =>
  node?.textContent.replace(/\s+/g, ' ').trim() ?? '';

describe('story data never becomes markup or script', function () {
  this.timeout(60_000);
  let story: Story;
  let before: Set<Element>;

  beforeEach(async () => {
    await setViewport({ width: 1280, height: 1000 });
    Reflect.deleteProperty(window, XSS_FLAG);
    story = xssStory();
    // The test page's own scripts; anything new of these kinds comes from a payload.
    before = new Set(allElements(document));
  });
  afterEach(cleanup);

  it('the payload story is valid (so every field really is shown)', () => {
    const result = validateStory(story);
    expect(result.ok ? [] : result.problems).to.deep.equal([]);
  });

  it('shows every payload as text in the explorer: events, quotes, source, languages, graph', async () => {
    const explorer = mount<HistoryExplorer>('<history-explorer lang="en"></history-explorer>');
    const rendered = Promise.all([
      nextEvent(explorer, 'story-render'),
      nextEvent(explorer, 'timeline-draw'),
    ]);
    explorer.story = story;
    await rendered;
    const root = explorer.shadowRoot!;
    const timeline = root.querySelector<EventTimeline>('event-timeline')!;
    const graph = root.querySelector<EventGraph>('event-graph')!;
    const quote = root.querySelector<SourceQuote>('source-quote')!;

    expect(flat(root.querySelector('.title'))).to.equal(story.title.en);

    // The timeline: the accessible options and the drawn items, literally.
    const options = [...timeline.shadowRoot!.querySelectorAll('[role=option]')].map(flat);
    for (const event of story.events)
      expect(options.some((option) => option.includes(event.title.en!))).to.equal(true);
    await timeline.showEvent('first-event');
    const drawn = await until(
      () =>
        [...timeline.shadowRoot!.querySelectorAll('.item-title')].find(
          (title) => title.textContent === story.events[0]!.title.en,
        ),
      'the first event drawn with its literal title',
    );
    expect(drawn.children.length).to.equal(0);

    // The graph: drawn on its canvas, its accessible list showing the literal names.
    await until(() => graph.shadowRoot!.querySelector('.canvas canvas'), 'the graph canvas');
    await openNameList(graph);
    const names = [...graph.shadowRoot!.querySelectorAll('.entity .name')].map(
      (name) => name.textContent,
    );
    expect(names.sort()).to.deep.equal(story.entities.map((entity) => entity.name.en).sort());
    // A chosen name shows its description (and its events and connections) as text.
    const first = story.entities[0]!;
    graph
      .shadowRoot!.querySelector<HTMLButtonElement>(`.entity[data-entity="${first.id}"] button`)!
      .click();
    await graph.updateComplete;
    const description = await until(
      () => graph.shadowRoot!.querySelector('[part="chosen"] .description'),
      'the chosen name with its description',
    );
    expect(flat(description)).to.equal(first.description!.en);
    expect(description.children.length).to.equal(0);

    // Each event selected: title, summary, quote in its paragraph, translation, date note.
    expect(
      story.events.filter((event) => event.dateBasis),
      'events with a date note',
    ).not.to.be.empty;
    for (const event of story.events) {
      explorer.selected = event.id;
      await explorer.updateComplete;
      await quote.updateComplete;
      const shadow = quote.shadowRoot!;
      await until(
        () => flat(shadow.querySelector('.title')) === event.title.en,
        `${event.id} shown`,
      );
      expect(flat(shadow.querySelector('.summary'))).to.equal(event.summary.en);
      const marked = [...shadow.querySelectorAll('blockquote mark')].map(
        (mark) => mark.textContent,
      );
      expect(marked.join('')).to.equal(event.quote.text);
      expect(shadow.querySelector('blockquote')!.textContent).to.include('<img src=x onerror=');
      expect(flat(shadow.querySelector('.translation p'))).to.equal(event.quote.translation!.en);
      if (event.dateBasis)
        expect(flat(shadow.querySelector('.date-basis p'))).to.equal(event.dateBasis.en);
      const citation = flat(shadow.querySelector('.citation'));
      expect(citation).to.include(story.source.title.en).and.include(story.source.publisher.en);
      expect(citation).to.include(story.source.credit!.en);
      // The link keeps its payload inside the URL: quoted characters are percent-encoded.
      const link = shadow.querySelector<HTMLAnchorElement>('.citation a')!;
      expect(link.getAttribute('href')).to.match(/^https:\/\/example\.org\/story\?q=/);
      expect(link.getAttribute('href')).not.to.match(/["<>]/);
    }

    // The whole source, in its dialog.
    quote.shadowRoot!.querySelector<HTMLButtonElement>('.read-source')!.click();
    const dialog = quote.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    const sourceText = [...dialog.querySelectorAll('.source-text p')]
      .map((paragraph) => paragraph.textContent.trim())
      .join('\n\n');
    expect(sourceText).to.equal(XSS_SOURCE);
    expect(flat(dialog.querySelector('h2'))).to.include(story.source.title.en);
    quote.closeSource();

    // The other languages: labels, translations and notes in Russian and Chinese.
    for (const lang of ['ru', 'zh'] as const) {
      root.querySelector<HTMLButtonElement>(`.languages button[lang=${lang}]`)!.click();
      await explorer.updateComplete;
      await quote.updateComplete;
      await graph.updateComplete;
      const shadow = quote.shadowRoot!;
      const event = story.events[2]!;
      await until(
        () => flat(shadow.querySelector('.title')) === event.title[lang],
        `${lang} title`,
      );
      if (lang === 'ru')
        expect(flat(shadow.querySelector('.translation p'))).to.equal(event.quote.translation!.ru);
      expect(flat(root.querySelector('.title'))).to.equal(story.title[lang]);
      const localNames = [...graph.shadowRoot!.querySelectorAll('.entity .name')].map(
        (name) => name.textContent,
      );
      expect(localNames).to.include(story.entities[1]!.name[lang]);
    }

    // Time for any handler (onerror, onload) to have fired.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(flag(), 'a payload ran').to.equal(undefined);
    expect(injected(explorer)).to.deep.equal([]);
    // The timeline's own drawing of the overview strip is the one svg the widgets add.
    const ownDrawing = (element: Element) =>
      element.localName === 'svg' &&
      element.classList.contains('overview-marks') &&
      element.parentElement?.classList.contains('overview-track') === true;
    const added = allElements(document).filter(
      (element) =>
        !before.has(element) &&
        ['img', 'script', 'svg'].includes(element.localName) &&
        !ownDrawing(element),
    );
    expect(added.map((element) => element.outerHTML.slice(0, 80))).to.deep.equal([]);
    // And the quotes really were in the page, as text.
    expect(XSS_QUOTES.length).to.be.greaterThan(0);
    expect(XSS_PAYLOADS.every((payload) => sourceText.includes(payload))).to.equal(true);
  });

  it('refuses a javascript: link with a problem at source.url, in the explorer too', async () => {
    const bad = { ...story, source: { ...story.source, url: 'javascript:alert(1)' } };
    const result = validateStory(bad);
    expect(result.ok).to.equal(false);
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).to.deep.equal([
      'source.url',
    ]);
    const explorer = mount<HistoryExplorer>('<history-explorer lang="en"></history-explorer>');
    const failed = nextEvent(explorer, 'story-error');
    explorer.story = bad;
    expect((await failed).detail.errors.map((problem) => problem.path)).to.deep.equal([
      'source.url',
    ]);
    await explorer.updateComplete;
    expect(flat(explorer.shadowRoot!.querySelector('[role=alert]'))).to.include('source.url');
    expect(injected(explorer)).to.deep.equal([]);
  });
});
