import { expect } from '@esm-bundle/chai';
import {
  crowdLayout,
  overflowingBoxes,
  type CrowdItem,
  type CrowdOptions,
} from './crowd-layout.js';

const YEAR = 365.25 * 24 * 3600 * 1000;
const at = (year: number) => (year - 1970) * YEAR;
const point = (id: string, year: number, height = 40): CrowdItem => ({
  id,
  start: at(year),
  width: 200,
  height,
});
/** 100 px a year: a 200 px box covers two years. */
const options: CrowdOptions = {
  pxPerMs: 100 / YEAR,
  maxHeight: 150,
  gap: { x: 5, y: 7 },
  clusterBox: { width: 96, height: 44 },
};
const sortByStart = (items: CrowdItem[]) => items.sort((a, b) => a.start - b.start);

describe('overflowingBoxes', () => {
  it('stacks only boxes that overlap, and reports those stacked above the room', () => {
    const boxes = [
      { left: 0, right: 100, height: 40 },
      { left: 50, right: 150, height: 40 },
      { left: 60, right: 160, height: 40 },
      { left: 300, right: 400, height: 40 },
    ];
    // Three overlapping boxes need 40 + 7 + 40 + 7 + 40 = 134 px; the fourth stands apart.
    expect(overflowingBoxes(boxes, 134, options.gap)).to.deep.equal([]);
    expect(overflowingBoxes(boxes, 120, options.gap)).to.deep.equal([boxes[2]]);
  });
});

describe('crowdLayout', () => {
  it('leaves every event alone where the boxes stand apart or stack within the room', () => {
    const items = sortByStart([
      point('a', 1900),
      point('b', 1950),
      point('c', 2000),
      point('d', 2000),
      point('e', 2000),
    ]);
    const layout = crowdLayout(items, options);
    expect([...layout.alone].sort()).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(layout.clusters).to.deep.equal([]);
  });

  it('gathers a stack taller than the room into one cluster at its date', () => {
    const items = sortByStart([
      point('early', 1900),
      ...['a', 'b', 'c', 'd', 'e'].map((id) => point(id, 2000)),
    ]);
    const layout = crowdLayout(items, options);
    expect([...layout.alone]).to.deep.equal(['early']);
    expect(layout.clusters).to.have.length(1);
    expect([...layout.clusters[0]!.members].sort()).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(layout.clusters[0]!.at).to.equal(at(2000));
    expect(layout.clusters[0]!.id).to.match(/^he:cluster:/);
  });

  it('never gathers the events it must keep alone (the selected one)', () => {
    const items = sortByStart(['a', 'b', 'c', 'd', 'e'].map((id) => point(id, 2000)));
    const layout = crowdLayout(items, { ...options, keepAlone: (id) => id === 'c' });
    expect(layout.alone.has('c')).to.equal(true);
    expect(layout.clusters.flatMap((cluster) => cluster.members)).not.to.include('c');
  });

  it('cuts a long crowded stretch into clusters no wider than a cluster box', () => {
    // Four events a year for 30 years, at 10 px a year: far too many for the room.
    const items = sortByStart(
      Array.from({ length: 120 }, (_, index) => point(`e${index}`, 1900 + index / 4)),
    );
    const dense = { ...options, pxPerMs: 10 / YEAR };
    const layout = crowdLayout(items, dense);
    expect(layout.clusters.length).to.be.above(1);
    for (const cluster of layout.clusters) {
      const spread = (cluster.end - cluster.start) * dense.pxPerMs;
      expect(spread, `cluster ${cluster.id}`).to.be.at.most(dense.clusterBox.width);
    }
    const gathered = layout.clusters.reduce((sum, cluster) => sum + cluster.members.length, 0);
    expect(gathered + layout.alone.size).to.equal(items.length);
  });

  it('keeps a long period as a bar, never inside a cluster', () => {
    const items = sortByStart([
      { id: 'period', start: at(1990), end: at(2010), width: 200, height: 30 },
      ...['a', 'b', 'c', 'd', 'e'].map((id) => point(id, 2000)),
    ]);
    const layout = crowdLayout(items, options);
    expect(layout.alone.has('period')).to.equal(true);
    expect(layout.clusters.length).to.equal(1);
  });

  it('laying out a stretch, gathers long periods crossing it there, not at their far middles', () => {
    // Eight periods running through 2000–2004, each begun decades earlier (their middles
    // are spread over 1950–1985, far left of the stretch), stacked higher than the room.
    const periods = sortByStart(
      Array.from({ length: 8 }, (_, index) => ({
        id: `period-${index}`,
        start: at(1930 + 10 * index),
        end: at(2010 + 2 * index),
        width: 300,
        height: 30,
      })),
    );
    const within = { start: at(2000), end: at(2004) };
    // By their own middles, each would be a cluster of one: all stay, the drawing grows.
    const whole = crowdLayout(periods, options);
    expect(whole.alone.size).to.equal(8);
    // By the middles of their parts in the stretch, the ones with no room are one cluster.
    const local = crowdLayout(periods, { ...options, within });
    expect(local.clusters).to.have.length(1);
    expect(local.alone.size).to.be.below(8);
    expect(local.alone.size * (30 + options.gap.y)).to.be.at.most(
      options.maxHeight + options.gap.y,
    );
  });
});
