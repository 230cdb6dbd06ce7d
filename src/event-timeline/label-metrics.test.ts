import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { cleanup, mount, nextEvent } from '../../test/helpers/browser.js';
import './define.js';
import type { EventTimeline } from './event-timeline.js';
import { metricsOf, type LabelMetrics } from './item-size.js';

/** What the crowd layout reads from the probes, with a title's width in both weights. */
function readMetrics(probes: HTMLElement) {
  const metrics: LabelMetrics = metricsOf(probes);
  const { chromeX, chromeY, lineHeight, maxWidth, rangeMaxWidth } = metrics;
  const title = 'Treaty on Strategic Partnership';
  return {
    chromeX,
    chromeY,
    lineHeight,
    maxWidth,
    rangeMaxWidth,
    regular: metrics.measure(title, false),
    bold: metrics.measure(title, true),
  };
}

describe("<event-timeline>'s label sizes", () => {
  afterEach(cleanup);

  it("are the same before vis-timeline's stylesheet arrives as after (the crowd is laid out while it loads)", async () => {
    const element = mount<EventTimeline>('<event-timeline></event-timeline>');
    const drawn = nextEvent(element, 'timeline-draw', 10000);
    element.story = miniStory();
    await drawn;
    const root = element.shadowRoot!;
    const probes = root.querySelector<HTMLElement>('.probes')!;
    const withVis = readMetrics(probes);
    const sheets = root.adoptedStyleSheets;
    // vis-timeline's sheet is the one adopted first (adoptVisStyles), ahead of the element's.
    root.adoptedStyleSheets = sheets.slice(1);
    try {
      expect(readMetrics(probes)).to.deep.equal(withVis);
    } finally {
      root.adoptedStyleSheets = sheets;
    }
    // Boxes have borders: 1 px right and left 4 px, 6 px padding each side.
    expect(withVis.chromeX).to.equal(17);
  });
});
