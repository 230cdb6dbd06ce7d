import { expect } from '@esm-bundle/chai';
import '../../src/event-timeline/define.js';
import '../../src/history-explorer/define.js';
import type { StoryElement } from '../../src/shared/story-element.js';
import { clearStoryCache } from '../../src/shared/story-loader.js';
import { miniStory } from '../fixtures/mini-story.js';
import { cleanup, failOnUncaught, mount, nextEvent } from '../helpers/browser.js';

const alertOf = (element: Element) => element.shadowRoot!.querySelector('[role=alert]');
const text = (node: Element | null) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** A story object whose `events` getter throws, as a page's buggy or hostile code might hand over. */
function storyWithThrowingGetter(): object {
  const story: Record<string, unknown> = { ...miniStory() };
  Object.defineProperty(story, 'events', {
    enumerable: true,
    get() {
      throw new Error('the events are gone');
    },
  });
  return story;
}

describe('a story object that is not plain data', () => {
  failOnUncaught();
  afterEach(cleanup);

  const hostile: [string, () => unknown, RegExp][] = [
    [
      'a getter that throws',
      storyWithThrowingGetter,
      /^reading this value failed \(Error: the events are gone\)/,
    ],
    [
      'a Proxy whose every read throws',
      () =>
        new Proxy(
          {},
          {
            ownKeys: () => ['id', 'events'],
            getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
            get() {
              throw new TypeError('trap');
            },
          },
        ),
      /^reading this value failed \(TypeError: trap\)/,
    ],
    [
      'a list of events that says it has 1,000,000,000 items',
      () => ({
        ...miniStory(),
        events: new Proxy([], { get: (_target, key) => (key === 'length' ? 1e9 : undefined) }),
      }),
      /^the list says it has 1,000,000,000 items; at most 100,000 are allowed$/,
    ],
  ];
  for (const [name, make, message] of hostile) {
    it(`${name}: the error state and story-error, not the story shown before`, async () => {
      const element = mount<StoryElement>('<event-timeline></event-timeline>');
      const loaded = nextEvent(element, 'story-load');
      element.story = miniStory();
      await loaded;
      const failed = nextEvent(element, 'story-error');
      const started = performance.now();
      element.story = make();
      const { detail } = await failed;
      expect(performance.now() - started, 'refused at once').to.be.below(1000);
      expect(detail.errors).to.have.length(1);
      expect(detail.errors[0]!.message).to.match(message);
      await element.updateComplete;
      expect(element.loadedStory, 'the old story is not kept').to.equal(undefined);
      expect(text(alertOf(element))).to.include('The story has 1 error');
      expect(element.shadowRoot!.querySelectorAll('.vis-item')).to.have.length(0);
    });
  }

  it('a story read once: a getter that answers differently later does not change what is shown', async () => {
    const element = mount<StoryElement>('<event-timeline></event-timeline>');
    let reads = 0;
    const story: Record<string, unknown> = { ...miniStory() };
    const title = miniStory().title;
    Object.defineProperty(story, 'title', {
      enumerable: true,
      get() {
        reads += 1;
        return reads === 1 ? title : 42;
      },
    });
    const loaded = nextEvent(element, 'story-load');
    element.story = story;
    const { detail } = await loaded;
    expect(detail.story.title).to.deep.equal(title);
    expect(element.loadedStory!.title, 'the story shown is the copy read once').to.deep.equal(
      title,
    );
    expect(reads).to.equal(1);
  });
});

describe('widget messages name the real cause', () => {
  beforeEach(() => {
    clearStoryCache();
  });
  afterEach(cleanup);

  it('an invalid src URL: said so, and no "Try again"', async () => {
    const element = mount<StoryElement>('<history-explorer></history-explorer>');
    const failed = nextEvent(element, 'story-error');
    element.src = 'http://[';
    const { detail } = await failed;
    expect(detail.errors[0]!.message).to.match(/^"http:\/\/\[" is not a valid URL/);
    await element.updateComplete;
    const alert = alertOf(element)!;
    expect(text(alert)).to.include('The address of the story file is not a valid URL.');
    expect(text(alert)).to.not.include('network');
    expect(alert.querySelector('button'), 'retrying cannot fix the address').to.equal(null);
  });

  it('a source text that failed: which URL, which status', async () => {
    const element = mount<StoryElement>('<history-explorer></history-explorer>');
    const failed = nextEvent(element, 'story-error', 20000);
    element.src = '/test/fixtures/story-with-missing-source.json';
    const { detail } = await failed;
    expect(detail.errors[0]!.path).to.equal('source.file');
    await element.updateComplete;
    const shown = text(alertOf(element));
    expect(shown)
      .to.include('The source text of the story could not be loaded.')
      .and.include('/test/fixtures/no-such-source.txt')
      .and.include('HTTP 404');
  });
});

describe('the explorer’s "Copy link"', () => {
  let warnings: unknown[][] = [];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
    cleanup();
  });

  async function explorer(attributes: string) {
    const element = mount<StoryElement & { eventLink(id: string): string }>(
      `<history-explorer ${attributes}></history-explorer>`,
    );
    const loaded = nextEvent(element, 'story-load');
    element.story = miniStory();
    await loaded;
    await element.updateComplete;
    return element;
  }
  const shareButton = (element: Element) =>
    element.shadowRoot!.querySelector<HTMLButtonElement>('.share button');

  for (const shareUrl of ['http://[', 'javascript:alert(1)', 'data:text/html,hi']) {
    it(`ignores share-url="${shareUrl}" with a warning and links to this page`, async () => {
      const element = await explorer(`share-url="${shareUrl}" selected="treaty"`);
      const link = element.eventLink('treaty');
      expect(link.startsWith(`${location.origin}${location.pathname}`), link).to.equal(true);
      expect(link).to.match(/#event=treaty&lang=en$/);
      expect(shareButton(element), 'the control is offered').to.not.equal(null);
      shareButton(element)!.click();
      await element.updateComplete;
      expect(warnings.map((args) => String(args[0])).join('\n')).to.include(
        'is not an http(s) URL',
      );
    });
  }

  it('uses a valid https share-url', async () => {
    const element = await explorer('share-url="https://example.org/story" selected="treaty"');
    expect(element.eventLink('treaty')).to.equal('https://example.org/story#event=treaty&lang=en');
    expect(warnings).to.deep.equal([]);
  });

  it('is not offered for an id that is no event of the story', async () => {
    const element = await explorer('selected="treaty"');
    expect(shareButton(element)).to.not.equal(null);
    element.selected = 'no-such-event';
    await element.updateComplete;
    expect(shareButton(element)).to.equal(null);
  });
});
