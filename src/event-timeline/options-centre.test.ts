import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { miniStoryWith } from '../../test/fixtures/mini-story.js';
import { afterPaint, cleanup, mount, nextEvent, until } from '../../test/helpers/browser.js';
import './define.js';
import type { EventTimeline } from './event-timeline.js';
import { MAX_OPTIONS } from './listbox.js';
import { OptionsCentre } from './options-centre.js';

const events = Array.from({ length: 1000 }, (_, index) => ({ id: `e${index}` }));
const first = (window: { options: readonly { id: string }[] }) => window.options[0]?.id;

describe('OptionsCentre', () => {
  it('keeps the window while it holds the event, and moves it after the paint when not', async () => {
    let updates = 0;
    const centre = new OptionsCentre({
      requestUpdate: () => {
        updates += 1;
      },
    } as never);
    expect(first(centre.around(events, '', true, false))).to.equal('e0');
    // Inside the window: no move.
    expect(first(centre.around(events, 'e150', true, false))).to.equal('e0');
    // Far away, not at once: the same window now, one around it after the paint.
    expect(first(centre.around(events, 'e700', true, false))).to.equal('e0');
    expect(updates).to.equal(0);
    await afterPaint();
    expect(updates).to.equal(1);
    const moved = centre.around(events, 'e700', true, false);
    expect(moved.options.map((event) => event.id)).to.include('e700');
    expect(moved.offset).to.equal(700 - MAX_OPTIONS / 2);
  });

  it('moves the window at once when asked to (the keyboard)', () => {
    const centre = new OptionsCentre({ requestUpdate: () => undefined } as never);
    const moved = centre.around(events, 'e999', true, true);
    expect(moved.options.at(-1)?.id).to.equal('e999');
    expect(moved.offset).to.equal(1000 - MAX_OPTIONS);
  });
});

describe('<event-timeline> with more events than its listbox holds', () => {
  afterEach(cleanup);

  async function mountLong(): Promise<EventTimeline> {
    const story = miniStoryWith(396, (n) => ({ id: `event-${n}`, start: String(1600 + n) }));
    const element = mount<EventTimeline>('<event-timeline></event-timeline>');
    const drawn = nextEvent(element, 'timeline-draw');
    element.story = story;
    await drawn;
    await until(
      () =>
        element.shadowRoot!.querySelectorAll('[role=option]').length === MAX_OPTIONS || undefined,
      'the drawn listbox with its whole window',
    );
    return element;
  }

  const option = (element: EventTimeline, id: string) =>
    element.shadowRoot!.querySelector(`#option-${id}`);

  it('lists a selection from elsewhere once the quote has been painted', async () => {
    const element = await mountLong();
    expect(option(element, 'event-390')).to.equal(null);
    element.selected = 'event-390';
    await element.updateComplete;
    const listed = await until(() => option(element, 'event-390'), 'the selected option listed');
    expect(listed.getAttribute('aria-selected')).to.equal('true');
  });

  it("lists the keyboard's active option at once, wherever it jumps", async () => {
    const element = await mountLong();
    const frame = element.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    const before = document.createElement('button');
    document.body.prepend(before);
    try {
      before.focus();
      for (let tab = 0; tab < 4 && element.shadowRoot!.activeElement !== frame; tab += 1) {
        await sendKeys({ press: 'Tab' });
      }
      expect(element.shadowRoot!.activeElement).to.equal(frame);
      await sendKeys({ press: 'End' });
      await element.updateComplete;
      const active = frame.getAttribute('aria-activedescendant')!;
      expect(active).to.equal('option-cable');
      // In the same update, not a frame later: a screen reader reads it now.
      expect(element.shadowRoot!.getElementById(active)).to.exist;
    } finally {
      before.remove();
    }
  });
});
