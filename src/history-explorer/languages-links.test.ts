import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import type { Story } from '../model/story-schema.js';
import { cleanup, mount, nextEvent, REAL_STORY_URL, until } from '../../test/helpers/browser.js';
import './define.js';
import type { HistoryExplorer } from './history-explorer.js';

let story: Story;

/** The explorer on the real story (its views' elements at hand), once its timeline has drawn. */
async function openStory(attributes: string) {
  const element = mount<HistoryExplorer>(`<history-explorer ${attributes}></history-explorer>`);
  const drawn = nextEvent(element, 'timeline-draw');
  element.src = REAL_STORY_URL;
  await drawn;
  const root = element.shadowRoot!;
  return {
    element,
    root,
    timeline: root.querySelector('event-timeline')!,
    graph: root.querySelector('event-graph')!,
    quote: root.querySelector('source-quote')!,
  };
}

const languageButton = (element: HistoryExplorer, lang: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.languages button')].find(
    (button) => button.lang === lang,
  )!;

describe('<history-explorer> in Russian', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    story = (await (await fetch(REAL_STORY_URL)).json()) as Story;
  });
  afterEach(cleanup);

  it('shows no event title or entity name in English: timeline, names, canvas, quote', async () => {
    const { root, timeline, graph, quote } = await openStory(
      'lang="ru" selected="caspian-cable-agreement-2025"',
    );
    await until(() => graph.drawn, 'the graph canvas');
    await until(() => quote.shadowRoot!.querySelector('mark'), 'the quote');
    for (const event of story.events) {
      expect(timeline.shadowRoot!.querySelector(`#option-${event.id}`)!.textContent).to.include(
        event.title.ru,
      );
    }
    const names = [...graph.shadowRoot!.querySelectorAll('.entity-button')].map(
      (button) => button.textContent,
    );
    for (const entity of story.entities) {
      expect(
        names.some((name) => name.includes(entity.name.ru!)),
        entity.id,
      ).to.equal(true);
    }
    const latinLabels = graph
      .drawnNodes()
      .map((node) => node.label)
      .filter((label) => /[A-Za-z]/.test(label));
    expect(latinLabels, 'canvas labels in Latin letters').to.deep.equal([]);
    const shown = [root, timeline.shadowRoot!, graph.shadowRoot!, quote.shadowRoot!]
      .map((node) => node.textContent)
      .join('\n');
    for (const label of [...story.events.map((e) => e.title), ...story.entities.map((e) => e.name)])
      expect(shown).not.to.include(label.en);
    const translation = quote.shadowRoot!.querySelector('.translation p')!;
    expect(translation.getAttribute('lang')).to.equal('ru');
    expect(translation.textContent).to.include('волоконно-оптической линии');
  });
});

describe('<history-explorer> search, as readers type it', () => {
  afterEach(cleanup);

  /** The ids of the events the timeline lists after typing `query`. */
  async function searchFor(
    opened: Awaited<ReturnType<typeof openStory>>,
    query: string,
  ): Promise<string[]> {
    const input = opened.root.querySelector<HTMLInputElement>('.search input')!;
    input.value = query;
    input.dispatchEvent(new Event('input'));
    await opened.element.updateComplete;
    await opened.timeline.updateComplete;
    return [...opened.timeline.shadowRoot!.querySelectorAll('[role=option]')].map((option) =>
      option.id.replace(/^option-/, ''),
    );
  }

  it('finds "Токаев" and "Баку" in Russian, "cable" and "tokaev" in English', async () => {
    const russian = await openStory('lang="ru"');
    expect(await searchFor(russian, 'Токаев')).to.include.members([
      'tokayev-visits-azerbaijan-2022-2025',
      'kemel-tokayev-birth-1923',
    ]);
    expect(await searchFor(russian, 'Баку')).to.include.members([
      'turkological-congress-1926',
      'caspian-cable-agreement-2025',
    ]);
    cleanup();
    const english = await openStory('lang="en"');
    expect(await searchFor(english, 'cable')).to.have.members([
      'caspian-cable-agreement-2025',
      'caspian-cable-completion-2026',
    ]);
    expect(await searchFor(english, 'tokaev')).to.include('tokayev-visits-azerbaijan-2022-2025');
  });
});

describe('<history-explorer> links', () => {
  afterEach(() => {
    cleanup();
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('opens the event and language a link names, and keeps the language in the URL and links', async () => {
    history.replaceState(null, '', '#event=turkological-congress-1926&lang=ru');
    const { element, quote } = await openStory('deep-link');
    await until(() => element.selected === 'turkological-congress-1926', 'the linked event');
    expect(element.getAttribute('lang')).to.equal('ru');
    await until(
      () => quote.shadowRoot!.querySelector('.translation p[lang="ru"]'),
      'the Russian translation',
    );
    languageButton(element, 'zh').click();
    await element.updateComplete;
    expect(new URLSearchParams(location.hash.slice(1)).get('lang')).to.equal('zh');
    expect(new URLSearchParams(location.hash.slice(1)).get('event')).to.equal(
      'turkological-congress-1926',
    );
    expect(element.eventLink('caspian-summit-2022')).to.equal(
      `${location.href.split('#')[0]!}#event=caspian-summit-2022&lang=zh`,
    );
  });

  it('says so when a link or `selected` names an event the story lacks', async () => {
    history.replaceState(null, '', '#event=no-such-event');
    const { element } = await openStory('deep-link');
    const notice = () => element.shadowRoot!.querySelector('.link-notice');
    await until(notice, 'the notice');
    expect(notice()!.textContent).to.include('“no-such-event”');
    expect(notice()!.getAttribute('role')).to.equal('status');
    expect(element.selected).to.equal('');

    element.selected = 'also-missing';
    await element.updateComplete;
    await element.updateComplete;
    expect(element.selected).to.equal('');
    expect(notice()!.textContent).to.include('“also-missing”');

    // The id comes from the address: shown as text, never as markup.
    const payload = '<img src=x onerror="window.__linkXss=1">';
    element.selected = payload;
    await element.updateComplete;
    await element.updateComplete;
    expect(notice()!.textContent).to.include(`“${payload}”`);
    expect(notice()!.querySelector('img')).to.equal(null);
    expect((window as { __linkXss?: number }).__linkXss).to.equal(undefined);

    element.shadowRoot!.querySelector<HTMLButtonElement>('.title-card .start')!.click();
    await element.updateComplete;
    expect(element.selected).not.to.equal('');
    expect(notice(), 'the notice goes once the reader picks an event').to.equal(null);
  });
});
