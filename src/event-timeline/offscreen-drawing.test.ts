import { expect } from '@esm-bundle/chai';
import { miniStory, miniStoryWith } from '../../test/fixtures/mini-story.js';
import { afterPaint, cleanup, mount, nextEvent } from '../../test/helpers/browser.js';
import './define.js';
import type { EventTimeline } from './event-timeline.js';
import { previewHeightFor } from './timeline-crowd.js';

/** A timeline this far below the top of the page is not near the viewport (600 px around it). */
const FAR_BELOW = 4000;

describe('<event-timeline> far from the viewport', () => {
  afterEach(() => {
    cleanup();
    scrollTo(0, 0);
  });

  it('lists its events at once, and draws vis-timeline only when the reader scrolls near it', async () => {
    const near = mount<EventTimeline>('<event-timeline></event-timeline>');
    const spacer = mount(`<div style="height: ${FAR_BELOW}px"></div>`);
    const far = mount<EventTimeline>('<event-timeline></event-timeline>');
    let farDrawn = false;
    far.addEventListener('timeline-draw', () => (farDrawn = true));
    const rendered = nextEvent(far, 'story-render');
    const nearDrawn = nextEvent(near, 'timeline-draw');
    near.story = miniStory();
    far.story = miniStory();
    await rendered;
    // Readable as a list, like any timeline before it is drawn…
    const list = far.shadowRoot!.querySelector<HTMLElement>('.options')!;
    expect(list.innerText).to.include('1926: Congress');
    // …but while the timeline on the first screen is drawn, the one a page away is not.
    await nearDrawn;
    for (let frame = 0; frame < 5; frame += 1) await afterPaint();
    expect(farDrawn, 'drawn while far below the viewport').to.equal(false);
    expect(far.shadowRoot!.querySelector('.vis-timeline')).to.equal(null);

    const drawing = nextEvent(far, 'timeline-draw');
    scrollTo(0, spacer.getBoundingClientRect().bottom + scrollY - innerHeight / 2);
    await drawing;
    expect(far.shadowRoot!.querySelectorAll('.vis-item').length).to.be.greaterThan(0);
    expect(list.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('draws at once when it is on the first screen', async () => {
    const element = mount<EventTimeline>('<event-timeline></event-timeline>');
    const drawing = nextEvent(element, 'timeline-draw', 10000);
    element.story = miniStory();
    await drawing;
    expect(element.shadowRoot!.querySelectorAll('.vis-item').length).to.be.greaterThan(0);
  });

  it("keeps the room its drawing will take while it lists the events, a phone's in a narrow column", async () => {
    mount(`<div style="height: ${FAR_BELOW}px"></div>`);
    const wide = mount<EventTimeline>('<event-timeline style="width: 800px"></event-timeline>');
    const narrow = mount<EventTimeline>('<event-timeline style="width: 360px"></event-timeline>');
    // 34 events: more than the room of a desktop's stack, and of a phone's.
    const story = miniStoryWith(30, (n) => ({ id: `extra-${n}`, start: String(1930 + n) }));
    const rendered = [nextEvent(wide, 'story-render'), nextEvent(narrow, 'story-render')];
    wide.story = story;
    narrow.story = story;
    await Promise.all(rendered);
    const frameHeight = (element: EventTimeline) =>
      element.shadowRoot!.querySelector<HTMLElement>('.frame')!.getBoundingClientRect().height;
    expect(frameHeight(wide)).to.be.closeTo(previewHeightFor(innerHeight, 800, 34), 1);
    expect(frameHeight(narrow)).to.be.closeTo(previewHeightFor(innerHeight, 360, 34), 1);
    expect(frameHeight(narrow), "a phone's stack is taller").to.be.above(frameHeight(wide));
  });
});
