// Issue 15, in Chromium: a story dated 44 BC, 622, c. 1000, 1920?, 199X,
// 2022/.. and c. 1850–c. 1870 shows each date in words, in date order, in
// zh / en / ru, on the timeline (its boxes and their accessible names), in
// its list and in the quote panel; zoomed to 44 BC, the axis reads "BC".
import { expect } from '@esm-bundle/chai';
import { EDTF_LABELS, EDTF_ORDER, EDTF_SOURCE, edtfStory } from '../fixtures/edtf-story.js';
import { cleanup, mount, nextEvent, until } from '../helpers/browser.js';
import '../../src/event-timeline/define.js';
import '../../src/source-quote/define.js';
import type { EventTimeline } from '../../src/event-timeline/event-timeline.js';
import type { SourceQuote } from '../../src/source-quote/source-quote.js';
import type { Story } from '../../src/model/story-schema.js';

type Language = keyof typeof EDTF_LABELS;
const LANGUAGES: readonly Language[] = ['en', 'zh', 'ru'];

/** The fixture as the build hands it to the widgets: with its source text. */
function builtStory(): Story {
  const story = edtfStory();
  return { ...story, source: { ...story.source, text: EDTF_SOURCE } };
}

const clean = (node: Element | null | undefined) =>
  node?.textContent.replace(/\s+/g, ' ').trim() ?? '';

async function mountTimeline(lang: Language): Promise<EventTimeline> {
  const element = mount<EventTimeline>(`<event-timeline lang="${lang}"></event-timeline>`);
  const drawn = Promise.all([
    nextEvent(element, 'story-render'),
    nextEvent(element, 'timeline-draw'),
  ]);
  element.story = builtStory();
  await drawn;
  return element;
}

/** The drawn box (or bar) of an event, found by its title. */
function drawnItem(element: EventTimeline, title: string): HTMLElement | undefined {
  return [
    ...element.shadowRoot!.querySelectorAll<HTMLElement>('.vis-item.vis-box, .vis-item.vis-range'),
  ].find((item) => clean(item.querySelector('.item-title')) === title);
}

const titles = (lang: Language) => {
  const byId = new Map(builtStory().events.map((event) => [event.id, event.title[lang] ?? '']));
  return EDTF_ORDER.map((id) => byId.get(id) ?? '');
};

describe('EDTF dates in the widgets', () => {
  afterEach(cleanup);

  for (const lang of LANGUAGES) {
    it(`lists the events in date order with their dates in words (${lang})`, async () => {
      const element = await mountTimeline(lang);
      const options = [...element.shadowRoot!.querySelectorAll('[role=option]')].map(clean);
      const expected = EDTF_LABELS[lang].map((label, index) => `${label}: ${titles(lang)[index]}`);
      expect(options).to.deep.equal(expected);
    });

    it(`draws each date's label on the timeline, in date order from left to right (${lang})`, async () => {
      const element = await mountTimeline(lang);
      for (const [index, title] of titles(lang).entries()) {
        await element.showEvent(EDTF_ORDER[index] ?? '');
        const item = await until(() => drawnItem(element, title), `the box of ${title}`);
        expect(clean(item.querySelector('.item-date')), title).to.equal(EDTF_LABELS[lang][index]);
        expect(item.getAttribute('aria-label') ?? clean(item), title).to.include(
          EDTF_LABELS[lang][index],
        );
      }
      // The whole story in one view: the events drawn on their own (not gathered
      // into a cluster) stand left to right in date order, where each begins.
      element.fit();
      await until(() => drawnItem(element, titles(lang)[0] ?? ''), 'the first box');
      const where = (item: HTMLElement) => {
        const box = item.getBoundingClientRect();
        return item.classList.contains('vis-range') ? box.left : box.left + box.width / 2;
      };
      const drawn = titles(lang)
        .map((title) => drawnItem(element, title))
        .filter((item): item is HTMLElement => item !== undefined);
      expect(drawn.length, 'at least the three earliest are drawn apart').to.be.at.least(3);
      const xs = drawn.map(where);
      expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
    });

    it(`shows the date in words above the quote (${lang})`, async () => {
      for (const [index, id] of EDTF_ORDER.entries()) {
        const element = mount<SourceQuote>(
          `<source-quote lang="${lang}" selected="${id}"></source-quote>`,
        );
        const rendered = nextEvent(element, 'story-render');
        element.story = builtStory();
        await rendered;
        expect(clean(element.shadowRoot!.querySelector('.event .date')), id).to.equal(
          EDTF_LABELS[lang][index],
        );
        cleanup();
      }
    });
  }

  it('fades what is approximate or uncertain, and says so in the legend', async () => {
    const element = await mountTimeline('en');
    await element.showEvent('bridge');
    const bridge = await until(() => drawnItem(element, 'The old bridge'), 'the bridge');
    expect(bridge.className)
      .to.match(/\bfuzzy-start-\d+\b/)
      .and.match(/\bfuzzy-end-\d+\b/);
    const background = getComputedStyle(bridge).backgroundImage;
    expect(background, 'a faded start and end').to.include('linear-gradient');
    await element.showEvent('radio');
    const radio = await until(() => drawnItem(element, 'First radio station'), 'the radio');
    expect(radio.className).to.match(/\bfuzzy\b/);
    expect(getComputedStyle(radio).borderTopStyle).to.equal('dotted');
    await element.showEvent('caesar');
    const caesar = await until(() => drawnItem(element, 'Caesar killed'), 'Caesar');
    expect(caesar.className).not.to.match(/\bfuzzy/);
    expect(clean(element.shadowRoot!.querySelector('.legend'))).to.include(
      'faded edge: approximate (c.) or uncertain (?) date',
    );
  });

  const BC_WORDS: Readonly<Record<Language, RegExp>> = {
    en: /^\d+ BC$/,
    zh: /^公元前\d+年$/,
    ru: /^\d+ г\. до н\. э\.$/,
  };

  for (const lang of LANGUAGES) {
    it(`labels the axis with years BC when zoomed to 44 BC (${lang})`, async () => {
      const element = await mountTimeline(lang);
      await element.showEvent('caesar');
      const axisLabels = () =>
        [...element.shadowRoot!.querySelectorAll('.vis-time-axis .vis-text')].map(clean);
      const bc = await until(
        () => {
          const labels = axisLabels().filter((label) => BC_WORDS[lang].test(label));
          return labels.length > 0 ? labels : undefined;
        },
        `an axis label like ${String(BC_WORDS[lang])}, among ${axisLabels().join(', ')}`,
      );
      expect(bc.length).to.be.greaterThan(0);
      const window = element.visibleWindow!;
      expect(window.start.getUTCFullYear()).to.be.lessThan(-42);
    });
  }
});
