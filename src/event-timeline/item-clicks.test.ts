import { expect } from '@esm-bundle/chai';
import { miniStoryWith } from '../../test/fixtures/mini-story.js';
import { cleanup, mount, nextEvent, until } from '../../test/helpers/browser.js';
import './define.js';
import type { EventTimeline } from './event-timeline.js';

/** A timeline whose twelve events of 1990 are gathered into a cluster. */
async function crowdedTimeline(): Promise<{ element: EventTimeline; cluster: HTMLElement }> {
  const story = miniStoryWith(12, (n) => ({
    id: `crowd-${n}`,
    start: '1990',
    title: { zh: `事件${n}`, en: `Crowd event ${n}` },
  }));
  const element = mount<EventTimeline>('<event-timeline></event-timeline>');
  const drawn = nextEvent(element, 'timeline-draw');
  element.story = story;
  await drawn;
  element.fit();
  const cluster = await until(
    () => element.shadowRoot!.querySelector<HTMLElement>('.vis-item.vis-box.he-cluster'),
    'a cluster',
  );
  return { element, cluster };
}

const span = (element: EventTimeline) => {
  const window = element.visibleWindow!;
  return window.end.getTime() - window.start.getTime();
};
const aloneInCrowd = (element: EventTimeline) =>
  [...element.shadowRoot!.querySelectorAll('.item-title')].filter((title) =>
    title.textContent.startsWith('Crowd event'),
  ).length;

/**
 * What the browser sends for a press on `target` at `from` and a release at
 * `to`: a pointerdown, and a click (fired whenever press and release land on
 * the same element, however far the pointer went in between).
 */
function pressAndRelease(target: HTMLElement, from: [number, number], to: [number, number]) {
  const at = ([clientX, clientY]: [number, number]) => ({
    clientX,
    clientY,
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  target.dispatchEvent(new PointerEvent('pointerdown', { ...at(from), pointerId: 1 }));
  target.dispatchEvent(new MouseEvent('click', at(to)));
}

describe('<event-timeline> clicks on its items', () => {
  afterEach(cleanup);

  it('does not open a cluster when a drag that began on it is released on it', async () => {
    const { element, cluster } = await crowdedTimeline();
    const before = span(element);
    const box = cluster.getBoundingClientRect();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    pressAndRelease(cluster, [x - 120, y], [x, y]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(span(element), 'the same zoom: no cluster opened').to.equal(before);
    expect(aloneInCrowd(element)).to.equal(0);
  });

  it('opens the cluster for a press and release in place', async () => {
    const { element, cluster } = await crowdedTimeline();
    const box = cluster.getBoundingClientRect();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    pressAndRelease(cluster, [x, y], [x + 2, y + 1]);
    await until(() => aloneInCrowd(element) === 12 || undefined, 'the twelve events on their own');
  });
});
