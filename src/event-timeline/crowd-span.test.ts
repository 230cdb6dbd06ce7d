import { expect } from '@esm-bundle/chai';
import { crowdLayout, type CrowdItem, type CrowdOptions } from './crowd-layout.js';
import {
  ALL_TIME,
  itemsWithin,
  laidOutStretch,
  LOCAL_LAYOUT_MIN_EVENTS,
  stretchCovers,
} from './crowd-span.js';

const YEAR = 365.25 * 24 * 3600 * 1000;
const at = (year: number) => (year - 1970) * YEAR;
const windowOf = (from: number, to: number) => ({
  start: new Date(at(from)),
  end: new Date(at(to)),
});

/** A long story: 4,000 events over 400 years, unevenly crowded (a seeded generator). */
function longStory(): CrowdItem[] {
  let seed = 17;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const items: CrowdItem[] = [];
  for (let index = 0; index < 4000; index += 1) {
    const year = 1600 + 400 * random() ** 2;
    const period = random() < 0.1;
    items.push({
      id: `event-${index}`,
      start: at(year),
      ...(period ? { end: at(year + 5 * random()) } : {}),
      width: 80 + 130 * random(),
      height: random() < 0.5 ? 26 : 43,
    });
  }
  return items.sort((a, b) => a.start - b.start);
}

describe('crowd span (level of detail)', () => {
  it('reaches one window width past the window on each side', () => {
    const stretch = laidOutStretch(windowOf(1900, 1910));
    expect(stretch.start).to.be.closeTo(at(1880), 1);
    expect(stretch.end).to.be.closeTo(at(1930), 1);
    expect(stretchCovers(stretch, windowOf(1895, 1905))).to.equal(true);
    expect(stretchCovers(stretch, windowOf(1925, 1935))).to.equal(false);
    expect(stretchCovers(undefined, windowOf(1900, 1910))).to.equal(false);
  });

  it('keeps a period that began before the stretch and reaches into it', () => {
    const items: CrowdItem[] = [
      { id: 'war', start: at(1850), end: at(1895), width: 100, height: 26 },
      { id: 'before', start: at(1850), width: 100, height: 26 },
      { id: 'in', start: at(1900), width: 100, height: 26 },
      { id: 'after', start: at(1950), width: 100, height: 26 },
    ];
    const ids = itemsWithin(items, laidOutStretch(windowOf(1900, 1910))).map((item) => item.id);
    expect(ids).to.deep.equal(['war', 'in']);
  });

  it('lays a story of up to 1,000 events out whole, whatever the window', () => {
    const items = longStory().slice(0, LOCAL_LAYOUT_MIN_EVENTS);
    const stretch = laidOutStretch(windowOf(1990, 1995), items.length);
    expect(stretch).to.equal(ALL_TIME);
    expect(itemsWithin(items, stretch)).to.have.length(LOCAL_LAYOUT_MIN_EVENTS);
    expect(stretchCovers(stretch, windowOf(1000, 3000))).to.equal(true);
  });

  it('shows every event of the window in a long story, alone or in a cluster, from fewer laid out', () => {
    const items = longStory();
    const options: CrowdOptions = {
      pxPerMs: 0,
      maxHeight: 260,
      gap: { x: 5, y: 7 },
      clusterBox: { width: 96, height: 44 },
    };
    // Windows 1,200 px wide, from crowded to sparse, at several zooms.
    for (const [from, to] of [
      [1990, 1995],
      [1950, 1980],
      [1700, 1720],
      [1620, 1625],
    ] as const) {
      const near = itemsWithin(items, laidOutStretch(windowOf(from, to), items.length));
      expect(near.length).to.be.below(items.length / 2);
      const layout = crowdLayout(near, { ...options, pxPerMs: 1200 / (at(to) - at(from)) });
      const shown = new Set([...layout.alone, ...layout.clusters.flatMap((c) => c.members)]);
      const inWindow = items.filter((item) => item.start >= at(from) && item.start <= at(to));
      expect(inWindow.length, `${from}–${to}`).to.be.above(0);
      expect(inWindow.filter((item) => !shown.has(item.id)).map((item) => item.id)).to.deep.equal(
        [],
      );
    }
  });
});
