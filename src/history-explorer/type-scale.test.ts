import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import type { EventTimeline } from '../event-timeline/event-timeline.js';
import { FIRST_FRAME_FONTS } from '../embed/warm-fonts.js';
import {
  cleanup,
  mount,
  mountExplorer,
  nextEvent,
  REAL_STORY_URL,
  until,
} from '../../test/helpers/browser.js';
import './define.js';
import type { HistoryExplorer } from './history-explorer.js';

/**
 * Each font size, weight and style a page shows for the first time costs a
 * synchronous round trip to the browser process on Linux (2–13 ms each in
 * Debian's Chromium 156, figures in docs/performance.md); eleven of them made
 * the explorer's first layout 30–107 ms. The widgets keep to one small scale.
 */
const SCALE = new Set([
  '13px 400 normal',
  '15px 400 normal',
  '13px 700 normal',
  '15px 700 normal',
  '22px 700 normal',
  // Italic marks meaning only: a planned event's "planned", a translated quote.
  '13px 400 italic',
  '15px 400 italic',
]);

/** The size, weight and style of every piece of text shown, with an example of each. */
function fontsShown(root: Document | ShadowRoot): Map<string, string> {
  const fonts = new Map<string, string>();
  const walk = (node: Document | ShadowRoot) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let current = walker.nextNode(); current; current = walker.nextNode()) {
      if (current instanceof Element) {
        if (current.shadowRoot) walk(current.shadowRoot);
        continue;
      }
      const parent = current.parentElement;
      if (!parent || !current.textContent?.trim()) continue;
      const style = getComputedStyle(parent);
      // Not shown: a slot's fallback while something is assigned to the slot (Chromium 150
      // gives it a computed style, 147 and 156 none), or anything without a box.
      if (!style.fontSize || style.display === 'none' || parent.closest('[hidden]')) continue;
      if (parent.getClientRects().length === 0) continue;
      const key = `${style.fontSize} ${style.fontWeight} ${style.fontStyle}`;
      if (!fonts.has(key))
        fonts.set(
          key,
          `${parent.localName}.${parent.className}: ${current.textContent.trim().slice(0, 30)}`,
        );
    }
  };
  walk(root);
  return fonts;
}

describe('the explorer’s type', () => {
  afterEach(cleanup);

  it('shows on its first paint only the fonts embed.js looks up while the code downloads', async () => {
    await setViewport({ width: 1280, height: 900 });
    const element = mount<HistoryExplorer>('<history-explorer></history-explorer>');
    const rendered = nextEvent(element, 'story-render');
    element.src = REAL_STORY_URL;
    await rendered;
    const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const looked = FIRST_FRAME_FONTS.map(([rem, weight]) => `${rem * rootSize}px ${weight} normal`);
    const upright = [...fontsShown(element.shadowRoot!).keys()].filter((key) =>
      key.endsWith('normal'),
    );
    expect(upright.sort()).to.deep.equal([...looked].sort());
  });

  it('keeps to the scale on first paint, in the drawn timeline and with a quote open', async () => {
    await setViewport({ width: 1280, height: 900 });
    const element: HistoryExplorer = await mountExplorer();
    const timeline = element.shadowRoot!.querySelector<EventTimeline>('event-timeline')!;
    await until(
      () => timeline.shadowRoot!.querySelector('.vis-item.planned, .item-planned'),
      'a planned event drawn',
    );
    element.selected = 'middle-corridor-roadmap-2022';
    const quote = element.shadowRoot!.querySelector('source-quote')!;
    await until(() => quote.shadowRoot!.querySelector('blockquote mark'), 'the quote shown');
    const outside = [...fontsShown(element.shadowRoot!)].filter(([key]) => !SCALE.has(key));
    expect(outside, 'text outside the type scale').to.deep.equal([]);
  });
});
