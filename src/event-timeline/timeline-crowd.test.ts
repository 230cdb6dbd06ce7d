import { expect } from '@esm-bundle/chai';
import type { TimelineItem } from '../model/timeline-items.js';
import type { CrowdContent } from './timeline-crowd.js';
import { TimelineCrowd } from './timeline-crowd.js';

const DAY = 24 * 3600 * 1000;

/**
 * `count` events, about a fortnight apart in bursts (a seeded generator), whose
 * titles note when they are read: a box is measured from its date and title.
 */
function countedStory(count: number): { content: CrowdContent; measured: Set<string> } {
  const measured = new Set<string>();
  let seed = 29;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const itemsById = new Map<string, TimelineItem>();
  let at = Date.UTC(1900, 0, 1);
  for (let index = 0; index < count; index += 1) {
    at += (random() < 0.8 ? 3 : 60) * DAY * random();
    const id = `event-${index}`;
    const words = 2 + Math.floor(random() * 8);
    itemsById.set(id, {
      id,
      start: new Date(at),
      type: 'point',
      category: 'politics',
      planned: false,
      dateLabel: new Date(at).toISOString().slice(0, 10),
      get title() {
        measured.add(id);
        return `Treaty ${index} signed ${'and ratified '.repeat(words)}`;
      },
    });
  }
  return { content: { itemsById, visible: undefined, selected: '', activeId: '' }, measured };
}

/** Resolves once `done` holds, looking after each idle period (fails after 10 s). */
async function idleUntil(done: () => boolean): Promise<void> {
  const started = performance.now();
  while (!done()) {
    if (performance.now() - started > 10_000) throw new Error('not done within 10 s');
    await new Promise((resolve) => requestIdleCallback(resolve));
  }
}

/** A crowd with the stylesheet's default sizes (no probes rendered). */
const newCrowd = () =>
  new TimelineCrowd(
    () => undefined,
    () => 'planned',
  );

describe('TimelineCrowd', () => {
  it('opens a story of more than 1,000 events having measured only the titles it laid out', async () => {
    const { content, measured } = countedStory(2000);
    const crowd = newCrowd();
    const opening = crowd.opening(content, 1200, 400);
    expect(opening).to.not.equal(undefined);
    if (!opening) return;
    crowd.relayout(content, opening, 1200, 400);
    expect(measured.size).to.be.greaterThan(0);
    expect(measured.size).to.be.below(1000);
    // The rest is measured later, when the page is idle, for the zooms to come.
    await idleUntil(() => measured.size === 2000);
    expect(measured.size).to.equal(2000);

    // Measuring as it goes opens on the window measuring everything first would.
    const eager = newCrowd();
    for (const item of eager.items(content)) expect(item.width).to.be.above(0);
    const eagerOpening = eager.opening(content, 1200, 400);
    expect(eagerOpening?.start.getTime()).to.equal(opening.start.getTime());
    expect(eagerOpening?.end.getTime()).to.equal(opening.end.getTime());
    const shown = (layout: typeof crowd.layout) => ({
      alone: [...layout.alone].sort(),
      clusters: layout.clusters.map((cluster) => cluster.members),
    });
    expect(shown(eager.relayout(content, opening, 1200, 400))).to.deep.equal(shown(crowd.layout));
  });

  it('measures every title of a story of up to 1,000 events before it opens', () => {
    const { content, measured } = countedStory(800);
    newCrowd().items(content);
    expect(measured.size).to.equal(800);
  });
});
