import { expect } from '@esm-bundle/chai';
import type { TimelineItem } from '../model/timeline-items.js';
import {
  brushKeyMove,
  brushOf,
  markPaths,
  windowCentredAt,
  windowLabel,
  windowMovedBy,
} from './overview-geometry.js';

const utc = (year: number) => new Date(Date.UTC(year, 0, 1));
const extent = { start: utc(1900), end: utc(2000) };
const window = { start: utc(1950), end: utc(1960) };
/** The window's ends as years, to the nearest year (leap days shift a window by hours). */
const years = (value: { start: Date; end: Date }) =>
  [value.start, value.end].map((date) =>
    Math.round(1970 + date.getTime() / (365.2425 * 24 * 3600 * 1000)),
  );

describe('overview geometry', () => {
  it('draws the brush where the window is in the whole period, kept on the strip', () => {
    const brush = brushOf(extent, window);
    expect(brush.left).to.be.closeTo(0.5, 0.001);
    expect(brush.width).to.be.closeTo(0.1, 0.001);
    const late = brushOf(extent, { start: utc(1995), end: utc(2010) });
    expect(late.left + late.width).to.be.at.most(1);
  });

  it('centres the window where the strip is clicked, and moves it as the brush is dragged', () => {
    expect(years(windowCentredAt(extent, window, 0.25))).to.deep.equal([1920, 1930]);
    expect(years(windowMovedBy(extent, window, -0.3))).to.deep.equal([1920, 1930]);
  });

  it('moves the brush with the keys: a quarter window, a whole window, the ends', () => {
    expect(years(brushKeyMove(extent, window, 'PageUp')!)).to.deep.equal([1960, 1970]);
    expect(years(brushKeyMove(extent, window, 'Home')!)).to.deep.equal([1900, 1910]);
    expect(years(brushKeyMove(extent, window, 'End')!)).to.deep.equal([1990, 2000]);
    expect(brushKeyMove(extent, window, 'x')).to.equal(undefined);
  });

  it('draws one tick per event, in a path per category', () => {
    const item = (id: string, year: number, category: TimelineItem['category']): TimelineItem => ({
      id,
      start: utc(year),
      type: 'point',
      category,
      planned: false,
      dateLabel: String(year),
      title: id,
    });
    const paths = markPaths(
      [item('a', 1925, 'culture'), item('b', 1950, 'culture'), item('c', 1975, 'politics')],
      extent,
      18,
    );
    expect([...paths.keys()].sort()).to.deep.equal(['culture', 'politics']);
    expect(paths.get('culture')!.match(/M/g)).to.have.length(2);
    expect(paths.get('politics')).to.match(/^M750\.\d /);
  });

  it('says the window in words, with months when it is short', () => {
    expect(windowLabel(window, 'en-GB')).to.equal('1950 – 1960');
    expect(
      windowLabel({ start: utc(1950), end: new Date(Date.UTC(1950, 6, 1)) }, 'en-GB'),
    ).to.equal('Jan 1950 – Jul 1950');
  });
});
