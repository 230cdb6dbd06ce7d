import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { cleanup, mount, nextEvent, REAL_STORY_URL } from '../../test/helpers/browser.js';
import '../event-graph/define.js';
import '../event-timeline/define.js';
import '../history-explorer/define.js';
import '../source-quote/define.js';
import type { StoryElement } from './story-element.js';
import { clearStoryCache, onStoryArriving, setLoadLimits } from './story-loader.js';

const alertOf = (element: Element) => element.shadowRoot!.querySelector('[role=alert]');
const text = (node: Element | null) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** Mounts `tag` with `src` and returns it with its story-error detail. */
async function failing(tag: string, src: string, attributes = '') {
  const element = mount<StoryElement>(`<${tag} ${attributes}></${tag}>`);
  const failed = nextEvent(element, 'story-error', 20000);
  element.src = src;
  const { detail } = await failed;
  await element.updateComplete;
  return { element, errors: detail.errors };
}

describe('loading a story that cannot be shown', () => {
  let unexpected: string[] = [];
  const onError = (event: ErrorEvent) => unexpected.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => unexpected.push(String(event.reason));

  beforeEach(() => {
    unexpected = [];
    clearStoryCache();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    cleanup();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(unexpected, 'no uncaught error or unhandled rejection').to.deep.equal([]);
  });

  for (const tag of ['history-explorer', 'event-timeline', 'event-graph', 'source-quote']) {
    it(`<${tag}> says in the widget that the file was not found, and offers to retry`, async () => {
      const { element, errors } = await failing(tag, '/no/such/story.json');
      expect(errors).to.have.length(1);
      expect(errors[0]!.path).to.equal('');
      expect(errors[0]!.message).to.include('HTTP 404');
      const alert = alertOf(element)!;
      expect(text(alert))
        .to.include('The story could not be shown')
        .and.include('the server answered 404');
      expect(text(alert.querySelector('button'))).to.equal('Try again');
    });
  }

  it('speaks the interface language in the error', async () => {
    const { element } = await failing('history-explorer', '/no/such/story.json', 'lang="zh"');
    expect(text(alertOf(element)))
      .to.include('无法显示这个故事')
      .and.include('服务器返回 404');
  });

  it('gives up on a server that does not answer, within the deadline', async () => {
    const previous = setLoadLimits({ timeoutMs: 600 });
    try {
      const started = performance.now();
      const { element, errors } = await failing('event-timeline', '/__test/never.json');
      expect(performance.now() - started).to.be.lessThan(5000);
      expect(errors[0]!.message).to.include('did not arrive within 0.6 s');
      expect(text(alertOf(element))).to.include('did not arrive within 0.6 seconds');
      expect(alertOf(element)!.querySelector('button')).to.exist;
    } finally {
      setLoadLimits(previous);
    }
  });

  it('refuses a file that is not JSON', async () => {
    const { element, errors } = await failing('history-explorer', '/__test/not-json.json');
    expect(errors[0]!.message).to.include('not valid JSON');
    expect(text(alertOf(element))).to.include('The story file is not valid JSON.');
    expect(alertOf(element)!.querySelector('button'), 'retrying cannot fix the data').to.equal(
      null,
    );
  });

  it('refuses a file over the size limit, declared or streamed', async () => {
    const previous = setLoadLimits({ maxBytes: 32 * 1024 });
    try {
      const declared = await failing('event-graph', REAL_STORY_URL);
      expect(declared.errors[0]!.message).to.include('larger than the 32 KB limit');
      expect(text(alertOf(declared.element))).to.include('larger than the 32 KB limit');
      const streamed = await failing('event-timeline', '/__test/chunked.json');
      expect(streamed.errors[0]!.message).to.include('larger than the 32 KB limit');
    } finally {
      setLoadLimits(previous);
    }
  });

  it('lists schema problems with their paths', async () => {
    const element = mount<StoryElement>('<history-explorer></history-explorer>');
    const failed = nextEvent(element, 'story-error');
    const story: Record<string, unknown> = { ...miniStory() };
    delete story.title;
    story.events = [{ ...miniStory().events[0], start: '2025-13' }];
    element.story = story;
    const { detail } = await failed;
    expect(detail.errors.map((error) => error.path)).to.deep.equal(['title', 'events[0].start']);
    await element.updateComplete;
    const shown = text(alertOf(element));
    expect(shown)
      .to.include('The story has 2 errors')
      .and.include('events[0].start')
      .and.include('"2025-13"');
  });

  it('refuses a quote that is not in its source', async () => {
    const element = mount<StoryElement>('<source-quote></source-quote>');
    const failed = nextEvent(element, 'story-error');
    const story = miniStory();
    story.events[1]!.quote.text = 'In 2005 the two states signed a trade deal.';
    element.story = story;
    const { detail } = await failed;
    expect(detail.errors).to.have.length(1);
    expect(detail.errors[0]!.path).to.equal('events[1].quote.text');
    await element.updateComplete;
    expect(text(alertOf(element))).to.include('events[1].quote.text');
  });

  it('tolerates fields it does not know (a story from a newer version)', async () => {
    const element = mount<StoryElement>('<event-timeline></event-timeline>');
    const loaded = nextEvent(element, 'story-load');
    const story = {
      ...miniStory(),
      futureField: { nested: true },
      events: miniStory().events.map((e) => ({ ...e, mood: 'hopeful' })),
    };
    element.story = story;
    expect((await loaded).detail.story.events).to.have.length(4);
  });

  it('shows a friendly empty state for a story without events', async () => {
    const element = mount<StoryElement>('<history-explorer></history-explorer>');
    const loaded = nextEvent(element, 'story-load');
    element.story = { ...miniStory(), events: [], relations: [] };
    await loaded;
    await element.updateComplete;
    expect(text(element.shadowRoot!.querySelector('[role=status]'))).to.equal(
      'This story has no events yet.',
    );
    expect(alertOf(element)).to.equal(null);
  });

  it('"Try again" on one widget brings back the others that failed on the same file', async () => {
    const first = mount<StoryElement>('<event-timeline></event-timeline>');
    const second = mount<StoryElement>('<source-quote></source-quote>');
    const failed = [first, second].map((element) => nextEvent(element, 'story-error', 20000));
    // One request for both (the same file), which fails once.
    first.src = '/__test/flaky/retry-both';
    second.src = '/__test/flaky/retry-both';
    await Promise.all(failed);
    await second.updateComplete;
    expect(text(alertOf(second)), 'the second widget failed too').to.include('Try again');
    const loaded = Promise.all([nextEvent(first, 'story-load'), nextEvent(second, 'story-load')]);
    alertOf(first)!.querySelector('button')!.click();
    const [, { detail }] = await loaded;
    expect(detail.story.id).to.equal('azerbaijan-kazakhstan');
    await second.updateComplete;
    expect(alertOf(second), 'no error left on the second').to.equal(null);
  });

  it('loads on "Try again" once the network recovers', async () => {
    const { element } = await failing('history-explorer', '/__test/flaky/retry-test');
    const loaded = nextEvent(element, 'story-load');
    const rendered = nextEvent(element, 'story-render');
    alertOf(element)!.querySelector('button')!.click();
    expect((await loaded).detail.story.id).to.equal('azerbaijan-kazakhstan');
    await rendered;
    expect(alertOf(element)).to.equal(null);
  });
});

describe('a story arriving', () => {
  afterEach(() => {
    cleanup();
    clearStoryCache();
  });

  it('tells how many events it claims before it is validated, from a file and from an object', async () => {
    const heard: number[] = [];
    const stop = onStoryArriving(({ events }) => heard.push(events));
    try {
      const fromFile = mount<StoryElement>('<event-timeline></event-timeline>');
      const loaded = nextEvent(fromFile, 'story-load', 20000);
      fromFile.src = REAL_STORY_URL;
      const { detail } = await loaded;
      const given = mount<StoryElement>('<event-timeline></event-timeline>');
      const rendered = nextEvent(given, 'story-render', 20000);
      given.story = miniStory();
      await rendered;
      expect(heard).to.deep.equal([detail.story.events.length, miniStory().events.length]);
    } finally {
      stop();
    }
  });
});
