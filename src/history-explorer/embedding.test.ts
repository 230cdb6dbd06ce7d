import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { cleanup, mount, nextEvent, until } from '../../test/helpers/browser.js';
import type { SourceQuote } from '../source-quote/source-quote.js';
import './define.js';
import type { HistoryExplorer } from './history-explorer.js';

async function mountMini(attributes = ''): Promise<HistoryExplorer> {
  const element = mount<HistoryExplorer>(`<history-explorer ${attributes}></history-explorer>`);
  const rendered = Promise.all([
    nextEvent(element, 'story-render'),
    nextEvent(element, 'timeline-draw'),
  ]);
  element.story = miniStory();
  await rendered;
  return element;
}

describe('<history-explorer> as an embed', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('replaces a prerendered fallback (a declarative shadow root) in the same box', async () => {
    // Parsed apart from the page, the element is not upgraded and keeps its fallback. The
    // page reserves a height the explorer's opening view fits in (it grows past a smaller one).
    const parsed = Document.parseHTMLUnsafe(
      '<history-explorer style="--he-height: 1500px"><template shadowrootmode="open"><ol class="fallback-list"><li>1926 Congress</li></ol></template></history-explorer>',
    );
    const element = parsed.querySelector('history-explorer')!;
    expect(element.shadowRoot!.querySelector('.fallback-list')).to.exist;
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const upgraded = document.adoptNode(element);
      expect(upgraded.shadowRoot?.querySelector('.fallback-list'), 'the fallback came along').to
        .exist;
      const rendered = nextEvent(upgraded, 'story-render');
      container.append(upgraded);
      upgraded.story = miniStory();
      await rendered;
      expect(
        upgraded.shadowRoot!.querySelector('.fallback-list'),
        'the fallback gave way',
      ).to.equal(null);
      expect(upgraded.shadowRoot!.querySelector('event-timeline')).to.exist;
      expect(upgraded.getBoundingClientRect().height).to.equal(1500);
    } finally {
      container.remove();
    }
  });

  for (const tag of ['history-explorer', 'event-timeline']) {
    it(`<${tag}> keeps showing a prerendered fallback while its story loads, then moves the focus into itself`, async () => {
      // Held: the story's response comes when the test says so.
      let respond!: (response: Response) => void;
      const fetched = window.fetch;
      window.fetch = () =>
        new Promise<Response>((resolve) => {
          respond = resolve;
        });
      const parsed = Document.parseHTMLUnsafe(
        `<${tag} src="/held/${tag}.json" style="--he-height: 700px"><template shadowrootmode="open"><div class="fallback-list" tabindex="0" style="height: 100%">1926 Congress</div></template></${tag}>`,
      );
      const container = document.createElement('div');
      document.body.append(container);
      try {
        const element = document.adoptNode(
          parsed.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(tag)!,
        );
        container.append(element);
        await element.updateComplete;
        const fallback = element.shadowRoot!.querySelector<HTMLElement>('.fallback-list')!;
        expect(fallback, 'the fallback stays while the story loads').to.exist;
        expect(fallback.getBoundingClientRect().height, 'in its whole room').to.equal(700);
        expect(element.getBoundingClientRect().height).to.equal(700);
        const status = element.shadowRoot!.querySelector('[role=status]')!;
        expect(status.textContent).to.include('Loading');
        // Shown in a box clipped to 1 px, as the widgets' .visually-hidden is.
        expect(
          status.closest('.root')!.getBoundingClientRect().width,
          '"Loading" is for screen readers',
        ).to.be.at.most(1);
        fallback.focus();
        expect(element.shadowRoot!.activeElement).to.equal(fallback);

        const rendered = nextEvent(element, 'story-render');
        respond(
          new Response(JSON.stringify(miniStory()), {
            headers: { 'content-type': 'application/json' },
          }),
        );
        await rendered;
        expect(
          element.shadowRoot!.querySelector('.fallback-list'),
          'the fallback gave way',
        ).to.equal(null);
        await until(() => element.shadowRoot!.activeElement, 'the focus in the widget');
        // The keyboard's way in: the timeline's listbox (the explorer's is in its timeline).
        const timeline =
          tag === 'event-timeline' ? element : element.shadowRoot!.querySelector('event-timeline')!;
        expect(timeline.shadowRoot!.activeElement?.getAttribute('role')).to.equal('listbox');
      } finally {
        window.fetch = fetched;
        container.remove();
      }
    });
  }

  it('keeps a prerendered fallback under the error when the story cannot be loaded, until a retry loads it', async () => {
    let attempts = 0;
    const fetched = window.fetch;
    // The first request fails as a dropped connection does; the retry gets the story.
    window.fetch = () => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new TypeError('Failed to fetch'))
        : Promise.resolve(
            new Response(JSON.stringify(miniStory()), {
              headers: { 'content-type': 'application/json' },
            }),
          );
    };
    const parsed = Document.parseHTMLUnsafe(
      '<event-timeline src="/flaky/story.json" style="--he-height: 500px"><template shadowrootmode="open"><div class="fallback-list" style="height: 100%; overflow: auto">1926 Congress</div></template></event-timeline>',
    );
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const element = document.adoptNode(
        parsed.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('event-timeline')!,
      );
      const failed = nextEvent(element, 'story-error');
      container.append(element);
      await failed;
      await element.updateComplete;
      const root = element.shadowRoot!;
      const alert = root.querySelector<HTMLElement>('[role=alert]')!;
      const list = root.querySelector<HTMLElement>('.fallback-list')!;
      expect(alert.textContent).to.include('network');
      expect(list, 'the list stays').to.exist;
      const box = element.getBoundingClientRect();
      const alertBox = alert.getBoundingClientRect();
      const listBox = list.getBoundingClientRect();
      expect(box.height, 'in the room kept').to.equal(500);
      expect(alertBox.width, 'the error is shown').to.be.greaterThan(100);
      expect(listBox.top, 'the list under the error').to.be.at.least(alertBox.bottom);
      expect(listBox.bottom, 'the list within the box').to.be.at.most(box.bottom + 0.5);
      expect(listBox.height, 'the list in the room left').to.be.greaterThan(100);
      expect(
        alert.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING,
        'the error comes first to the keyboard and screen readers too',
      ).to.not.equal(0);

      // The keyboard presses Try again: the focus follows into the widget, not to the page's top.
      const rendered = nextEvent(element, 'story-render');
      const retry = root.querySelector<HTMLButtonElement>('[role=alert] button')!;
      retry.focus();
      retry.click();
      await rendered;
      expect(root.querySelector('.fallback-list'), 'the story replaced the list').to.equal(null);
      expect(root.querySelector('[role=alert]')).to.equal(null);
      expect(root.querySelectorAll('[role=option]').length).to.equal(miniStory().events.length);
      await until(() => root.activeElement, 'the focus in the widget');
      expect(root.activeElement?.getAttribute('role')).to.equal('listbox');
    } finally {
      window.fetch = fetched;
      container.remove();
    }
  });

  it('copies a link that opens the selected event', async () => {
    const element = await mountMini('share-url="https://news.example/explorer/"');
    element.selected = 'treaty';
    await element.updateComplete;
    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
    });
    try {
      element.shadowRoot!.querySelector<HTMLButtonElement>('.share button')!.click();
      await until(() => element.shadowRoot!.querySelector('.share-status'), 'the "copied" status');
      expect(copied).to.deep.equal(['https://news.example/explorer/#event=treaty&lang=en']);
      expect(element.shadowRoot!.querySelector('.share-status')!.textContent).to.equal(
        'Link copied',
      );
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it('shows the link to copy by hand when there is no clipboard', async () => {
    const element = await mountMini();
    element.selected = 'congress';
    await element.updateComplete;
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    try {
      element.shadowRoot!.querySelector<HTMLButtonElement>('.share button')!.click();
      const input = await until(
        () => element.shadowRoot!.querySelector<HTMLInputElement>('.share-manual input'),
        'the link field',
      );
      expect(input.value).to.equal(`${location.href.split('#')[0]!}#event=congress&lang=en`);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it("follows the reader's colour scheme unless the theme attribute says otherwise", async () => {
    const element = await mountMini();
    const quote = element.shadowRoot!.querySelector<SourceQuote>('source-quote')!;
    const background = () =>
      getComputedStyle(quote.shadowRoot!.querySelector('.root')!).backgroundColor;
    expect(background()).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(background()).to.equal('rgb(22, 26, 34)');
    element.theme = 'light';
    await element.updateComplete;
    expect(background()).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'light' });
    element.theme = 'dark';
    await element.updateComplete;
    expect(background()).to.equal('rgb(22, 26, 34)');
  });

  it('lets the page restyle it through parts and custom properties', async () => {
    const style = document.createElement('style');
    style.textContent =
      'history-explorer.themed { --he-color-accent: rgb(200, 0, 100); } history-explorer.themed::part(header) { outline: 2px solid rgb(0, 128, 0); }';
    document.head.append(style);
    try {
      const element = await mountMini('class="themed"');
      const header = element.shadowRoot!.querySelector('.header')!;
      expect(getComputedStyle(header).outlineColor).to.equal('rgb(0, 128, 0)');
      const pressed = element.shadowRoot!.querySelector('.languages [aria-pressed="true"]')!;
      expect(getComputedStyle(pressed).backgroundColor).to.equal('rgb(200, 0, 100)');
    } finally {
      style.remove();
    }
  });
});
