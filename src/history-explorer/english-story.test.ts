import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import type { Story } from '../model/story-schema.js';
import { uiStrings } from '../shared/i18n.js';
import { cleanup, mount, nextEvent, until } from '../../test/helpers/browser.js';
import './define.js';
import type { HistoryExplorer } from './history-explorer.js';

/** A story in English only (`languages: ["en"]`), its source an English Wikipedia article. */
const ENGLISH_STORY_URL = '/test/fixtures/stories/middle-corridor-en.json';
const HAN = /\p{Script=Han}/u;

/** The explorer on the English story with an event chosen, once its views have drawn. */
async function openEnglishStory(lang: string) {
  const element = mount<HistoryExplorer>(
    `<history-explorer lang="${lang}" selected="turkey-six-fold"></history-explorer>`,
  );
  const drawn = nextEvent(element, 'timeline-draw');
  element.src = ENGLISH_STORY_URL;
  await drawn;
  const root = element.shadowRoot!;
  const timeline = root.querySelector('event-timeline')!;
  const graph = root.querySelector('event-graph')!;
  const quote = root.querySelector('source-quote')!;
  await until(() => graph.drawn, 'the graph canvas');
  await until(() => quote.shadowRoot!.querySelector('mark'), 'the quote');
  // Open the list of names, so its text is rendered too.
  graph.shadowRoot!.querySelector('details')!.open = true;
  return { element, root, timeline, graph, quote };
}

/** Every shadow root under `node`, `node`'s own first. */
function shadowRoots(node: ShadowRoot): ShadowRoot[] {
  const nested = [...node.querySelectorAll('*')]
    .map((element) => element.shadowRoot)
    .filter((root): root is ShadowRoot => root !== null);
  return [node, ...nested.flatMap(shadowRoots)];
}

/** What a reader can read or hear: the text and the text-bearing attributes of every root. */
function readableText(root: ShadowRoot): string {
  return shadowRoots(root)
    .flatMap((shadow) => [
      shadow.textContent,
      ...[...shadow.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap(
        (element) =>
          ['aria-label', 'title', 'placeholder', 'alt'].map(
            (name) => element.getAttribute(name) ?? '',
          ),
      ),
    ])
    .join('\n');
}

describe('<history-explorer> on a story in English only', () => {
  let story: Story;

  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    story = (await (await fetch(ENGLISH_STORY_URL)).json()) as Story;
  });
  afterEach(cleanup);

  it('shows an English interface and no Chinese anywhere: header, timeline, list, graph, quote', async () => {
    const { root, timeline, graph, quote } = await openEnglishStory('en');
    const text = readableText(root);
    expect(text).to.include(story.title.en);
    expect(text).to.include(uiStrings('en').searchPlaceholder);
    for (const event of story.events) {
      expect(timeline.shadowRoot!.querySelector(`#option-${event.id}`)!.textContent).to.include(
        event.title.en,
      );
    }
    expect(quote.shadowRoot!.querySelector('mark')!.textContent).to.include('six-fold');
    expect(graph.shadowRoot!.textContent).to.include('Organization of Turkic States');
    expect(HAN.exec(text), 'Han characters in the explorer').to.equal(null);
    const canvasLabels = graph.drawnNodes().map((node) => node.label);
    expect(canvasLabels).to.include('Middle Corridor');
    expect(canvasLabels.filter((label) => HAN.test(label))).to.deep.equal([]);
    // One language: no language switch to offer.
    expect(root.querySelector('.languages')).to.equal(null);
  });

  it('in a Russian page: a Russian interface, English labels marked lang="en"', async () => {
    const { root, timeline, graph, quote } = await openEnglishStory('ru');
    const ru = uiStrings('ru');
    expect(root.querySelector('input[type="search"]')!.getAttribute('placeholder')).to.equal(
      ru.searchPlaceholder,
    );
    expect(root.querySelector('.header .title span[lang="en"]')!.textContent).to.equal(
      story.title.en,
    );
    const option = timeline.shadowRoot!.querySelector('#option-turkey-six-fold')!;
    expect(option.querySelector('span[lang="en"]')!.textContent).to.equal(
      'Cargo through Turkey grows six-fold',
    );
    const drawnTitles = [
      ...timeline.shadowRoot!.querySelectorAll<HTMLElement>('.vis-item .item-title'),
    ];
    expect(drawnTitles.length).to.be.greaterThan(0);
    for (const title of drawnTitles) expect(title.lang).to.equal('en');
    const names = [...graph.shadowRoot!.querySelectorAll<HTMLElement>('.entity-button .name')];
    expect(names.map((name) => name.lang)).to.deep.equal(names.map(() => 'en'));
    const eventTitle = quote.shadowRoot!.querySelector('#event-title span[lang="en"]')!;
    expect(eventTitle.textContent).to.equal('Cargo through Turkey grows six-fold');
    expect(quote.shadowRoot!.querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
    // The switch offers the story's language beside the interface's own.
    const offered = [...root.querySelectorAll<HTMLButtonElement>('.languages button')].map(
      (button) => button.lang,
    );
    expect(offered).to.deep.equal(['en', 'ru']);
    expect(HAN.exec(readableText(root))).to.equal(null);
  });
});
