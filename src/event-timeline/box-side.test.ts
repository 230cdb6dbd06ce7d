import { expect } from '@esm-bundle/chai';
import type { TimeWindow } from '../model/time-window.js';
import { sidesAtOpening, withSides } from './box-side.js';
import { crowdLayout, type CrowdItem } from './crowd-layout.js';

/** A window of 1,000 ms drawn 1,000 px wide: 1 px per ms, so instants read as px. */
const WINDOW: TimeWindow = { start: new Date(10_000), end: new Date(11_000) };
const WIDTH = 1000;
const point = (id: string, x: number, width = 300): CrowdItem => ({
  id,
  start: 10_000 + x,
  width,
  height: 40,
});

describe('sidesAtOpening', () => {
  it('turns a box whose instant is outside the window wholly out of view', () => {
    // Centred, these boxes would show 135 px of themselves at each edge.
    const sides = sidesAtOpening([point('before', -15), point('after', 1015)], WINDOW, WIDTH);
    expect(Object.fromEntries(sides)).to.deep.equal({ before: 'right', after: 'left' });
  });

  it('turns a box whose instant is inside inwards, when it fits there whole', () => {
    const sides = sidesAtOpening([point('near-start', 40), point('near-end', 900)], WINDOW, WIDTH);
    expect(Object.fromEntries(sides)).to.deep.equal({ 'near-start': 'left', 'near-end': 'right' });
  });

  it('keeps the date and the start of the title in view of a box too wide to fit', () => {
    // Centred, the box would lose its first 395 px; to the right of its instant, its last 90.
    const sides = sidesAtOpening(
      [point('wide-near-start', 100, 990), point('wide-near-end', 800, 990)],
      WINDOW,
      WIDTH,
    );
    // Near the end, no side keeps it whole, and centred its start is in view already.
    expect(Object.fromEntries(sides)).to.deep.equal({ 'wide-near-start': 'left' });
  });

  it('leaves centred the boxes wholly in or out of view, and periods', () => {
    const period: CrowdItem = { ...point('period', -100), end: 10_500 };
    const sides = sidesAtOpening(
      [point('inside', 500), point('far-before', -400), point('far-after', 1400), period],
      WINDOW,
      WIDTH,
    );
    expect(sides.size).to.equal(0);
  });
});

describe('a turned box', () => {
  it('is stacked where it is drawn: beside its instant, not across it', () => {
    // Two boxes 60 px apart, each 300 px wide: centred they overlap, and with room for one
    // row they are gathered into a cluster.
    const left = point('left', 100);
    const right = point('right', 160);
    const options = {
      pxPerMs: 1,
      maxHeight: 40,
      gap: { x: 5, y: 7 },
      clusterBox: { width: 96, height: 44 },
    };
    expect(crowdLayout([left, right], options).clusters).to.have.length(1);
    // Turned away from each other, they stand side by side in one row.
    const turned = withSides(
      [left, right],
      new Map([
        ['left', 'right'],
        ['right', 'left'],
      ]),
    );
    const layout = crowdLayout(turned, options);
    expect(layout.clusters).to.deep.equal([]);
    expect([...layout.alone]).to.deep.equal(['left', 'right']);
  });
});
