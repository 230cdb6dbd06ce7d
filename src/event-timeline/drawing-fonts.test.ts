import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { cleanup, mount, nextEvent } from '../../test/helpers/browser.js';
import './define.js';
import type { EventTimeline } from './event-timeline.js';
import { metricsOf } from './item-size.js';

/** A drawn `<event-timeline>` of the mini story, and its shadow root. */
async function drawnTimeline(): Promise<ShadowRoot> {
  const element = mount<EventTimeline>('<event-timeline></event-timeline>', 900);
  const drawn = nextEvent(element, 'timeline-draw', 10000);
  element.story = miniStory();
  await drawn;
  return element.shadowRoot!;
}

// Each text size, weight and glyph a page shows for the first time is a synchronous request
// to the browser process, 2-13 ms each in Chromium 156 (docs/performance.md, "One type scale").
describe("<event-timeline>'s drawing and the fonts it asks for", () => {
  afterEach(cleanup);

  it("leaves vis-timeline's rolling-mode button (never shown, its glyph in no font) unlaid-out", async () => {
    const root = await drawnTimeline();
    const button = root.querySelector('.vis-rolling-mode-btn');
    expect(button, 'vis-timeline still makes the button').to.exist;
    // Hidden with `visibility` by vis-timeline, it would still be laid out (boxes, fonts).
    expect(button!.getClientRects().length).to.equal(0);
  });

  it('measures a date in the weight the drawing sets it in', async () => {
    const root = await drawnTimeline();
    const drawnDate = [...root.querySelectorAll<HTMLElement>('.vis-item .item-date')].find(
      (date) => date.getBoundingClientRect().width > 0,
    );
    expect(drawnDate, 'a drawn date').to.exist;
    const text = drawnDate!.textContent;
    const probes = root.querySelector<HTMLElement>('.probes')!;
    expect(metricsOf(probes).measure(text, true)).to.be.closeTo(
      drawnDate!.getBoundingClientRect().width,
      0.5,
    );
    // A theme that sets dates in the regular weight has them measured so (a word: digits
    // may be as wide in both weights).
    const word = 'Treaty';
    expect(metricsOf(probes).measure(word, true)).to.be.above(
      metricsOf(probes).measure(word, false),
    );
    const regularDates = new CSSStyleSheet();
    regularDates.replaceSync('.item-date { font-weight: 400; }');
    const sheets = root.adoptedStyleSheets;
    root.adoptedStyleSheets = [...sheets, regularDates];
    try {
      const metrics = metricsOf(probes);
      expect(metrics.measure(word, true)).to.equal(metrics.measure(word, false));
    } finally {
      root.adoptedStyleSheets = sheets;
    }
  });
});
