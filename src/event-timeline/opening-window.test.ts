import { expect } from '@esm-bundle/chai';
import type { CrowdItem } from './crowd-layout.js';
import {
  isReadableIn,
  openingSearch,
  openingWindow,
  readableCount,
  windowBetween,
  type OpeningOptions,
} from './opening-window.js';

const YEAR = 365.25 * 24 * 3600 * 1000;
const at = (year: number) => (year - 1970) * YEAR;
const point = (id: string, year: number): CrowdItem => ({
  id,
  start: at(year),
  width: 180,
  height: 40,
});
const options: OpeningOptions = {
  width: 800,
  minSpan: YEAR / 2,
  padding: 10,
  maxHeight: 200,
  gap: { x: 5, y: 7 },
  clusterBox: { width: 96, height: 44 },
};
const window = (from: number, to: number) => ({ start: new Date(at(from)), end: new Date(at(to)) });

describe('isReadableIn', () => {
  it("needs the whole of a point's box in the window", () => {
    expect(isReadableIn(point('a', 2000), window(1990, 2010), 800)).to.equal(true);
    // 40 px a year: a 180 px box centred on 2000 reaches back to 1997.75.
    expect(isReadableIn(point('a', 2000), window(1998, 2018), 800)).to.equal(false);
  });

  it("reads a period's label at its start, or at the left edge while it runs on", () => {
    const period = { id: 'p', start: at(1980), end: at(2030), width: 300, height: 30 };
    expect(isReadableIn(period, window(1990, 2010), 800)).to.equal(true);
    expect(isReadableIn({ ...period, start: at(2005) }, window(1990, 2010), 800)).to.equal(false);
  });
});

describe('windowBetween', () => {
  it('holds both boxes wholly, with the padding', () => {
    const first = point('a', 2000);
    const last = point('b', 2010);
    const between = windowBetween(first, last, options)!;
    expect(isReadableIn(first, between, options.width)).to.equal(true);
    expect(isReadableIn(last, between, options.width)).to.equal(true);
  });

  it('centres one date in the narrowest window', () => {
    const one = point('a', 2000);
    const around = windowBetween(one, one, options)!;
    expect(around.end.getTime() - around.start.getTime()).to.equal(options.minSpan);
    expect((around.start.getTime() + around.end.getTime()) / 2).to.equal(one.start);
  });
});

describe('openingWindow', () => {
  // Three events a decade apart, then eight in three years: the dense stretch is the story.
  const items = [
    point('1950', 1950),
    point('1960', 1960),
    point('1970', 1970),
    ...[2020, 2020.5, 2021, 2021.4, 2021.8, 2022.2, 2022.6, 2023].map((year) =>
      point(String(year), year),
    ),
  ];

  it('opens on the stretch where the most titles can be read', () => {
    const opening = openingWindow(items, options)!;
    expect(readableCount(items, opening, options)).to.be.at.least(6);
    expect(opening.start.getTime()).to.be.above(at(2000));
    // No other window of those it tries reads more.
    expect(readableCount(items, window(1945, 2030), options)).to.be.below(
      readableCount(items, opening, options),
    );
  });

  it('holds a deep-linked event when asked to', () => {
    const opening = openingWindow(items, { ...options, mustShow: '1960' })!;
    expect(isReadableIn(point('1960', 1960), opening, options.width)).to.equal(true);
  });

  it('has nothing to open on without events', () => {
    expect(openingWindow([], options)).to.equal(undefined);
  });

  it('pauses after each window it lays out, and finds the same one however it is run', () => {
    const search = openingSearch(items, options);
    let pauses = 0;
    let step = search.next();
    for (; !step.done; step = search.next()) pauses += 1;
    // 11 events: dozens of windows, each a pause where the page may get a turn.
    expect(pauses).to.be.above(10);
    expect(step.value).to.deep.equal(openingWindow(items, options));
  });

  it('assesses no more windows in a 2,000-event story than in a 10,000-event one', () => {
    // A century of events, evenly spread: laid out window by window, each a pause.
    const century = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        ...point(`e${index}`, 1926 + (index * 100) / count),
        width: 120 + ((index * 37) % 90),
      }));
    const windowsAssessed = (items: readonly CrowdItem[]) => {
      const search = openingSearch(items, options);
      let pauses = 0;
      for (let step = search.next(); !step.done; step = search.next()) pauses += 1;
      return pauses;
    };
    const long = windowsAssessed(century(2_000));
    const longest = windowsAssessed(century(10_000));
    // Twelve places along the story, six events reached from each: the search's cost stays put.
    expect(long).to.be.within(1, 72);
    expect(longest).to.be.within(1, 72);
  });

  it('finds as many titles as the best window assessed alone, where windows share one span', () => {
    // Sixty events three weeks apart: every window is widened to the narrowest span, so the
    // search lays each run of them out once; no window it tries may read more than its answer.
    const dense = Array.from({ length: 60 }, (_, index) => ({
      ...point(`e${index}`, 2000 + (index * 3) / 52),
      width: 120 + ((index * 37) % 90),
    }));
    const narrow = { ...options, minSpan: YEAR };
    const opening = openingWindow(dense, narrow)!;
    let most = 0;
    dense.forEach((first, i) => {
      for (const last of dense.slice(i, i + 48)) {
        const tried = windowBetween(first, last, narrow);
        if (tried) most = Math.max(most, readableCount(dense, tried, narrow));
      }
    });
    expect(most).to.be.above(3);
    expect(readableCount(dense, opening, narrow)).to.equal(most);
  });
});
