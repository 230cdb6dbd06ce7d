import { expect } from '@esm-bundle/chai';
import { visClusterOptions, visTimelineOptions, windowWithinLimits } from './vis-options.js';

const DAY_MS = 24 * 3600 * 1000;
const extent = {
  start: new Date(Date.UTC(1900, 0, 1)),
  end: new Date(Date.UTC(2000, 0, 1)),
};
const span = extent.end.getTime() - extent.start.getTime();

describe('visTimelineOptions', () => {
  it("lets the reader pan a span's width beyond the story and zoom from two weeks to three spans", () => {
    const options = visTimelineOptions({ extent, cluster: false });
    expect((options.min as Date).getTime()).to.equal(extent.start.getTime() - span);
    expect((options.max as Date).getTime()).to.equal(extent.end.getTime() + span);
    expect(options.zoomMin).to.equal(14 * DAY_MS);
    expect(options.zoomMax).to.equal(3 * span);
  });

  it('pans and zooms from 3000 BC to 2100 for a story that spans them, with Dates made from numbers', () => {
    const year = (value: number) => new Date(new Date(0).setUTCFullYear(value, 0, 1));
    const ancient = visTimelineOptions({
      extent: { start: year(-2900), end: year(2050) },
      cluster: false,
    });
    const min = ancient.min as Date;
    const max = ancient.max as Date;
    expect(min).to.be.instanceOf(Date);
    expect(min.getUTCFullYear()).to.equal(-2999); // 3000 BC
    expect(max.getUTCFullYear()).to.equal(2101); // the end of 2100
    expect(ancient.zoomMax).to.equal(max.getTime() - min.getTime());
    // 44 BC to 2022: the reader may pan a span's width back, no further than 3000 BC.
    const roman = visTimelineOptions({
      extent: { start: year(-44), end: year(2023) },
      cluster: false,
    });
    const romanSpan = year(2023).getTime() - year(-44).getTime();
    expect((roman.min as Date).getTime()).to.equal(year(-44).getTime() - romanSpan);
    expect((roman.max as Date).getUTCFullYear()).to.equal(2101);
  });

  it('sets no start or end, which would keep the drawing hidden until a later range change', () => {
    const options = visTimelineOptions({ extent, cluster: false });
    expect(options).not.to.have.property('start');
    expect(options).not.to.have.property('end');
  });

  it('leaves the plain wheel to the page: Ctrl zooms, nothing scrolls sideways or up and down', () => {
    const options = visTimelineOptions({ extent, cluster: false });
    expect(options).to.deep.include({
      zoomKey: 'ctrlKey',
      horizontalScroll: false,
      verticalScroll: false,
      multiselect: false,
    });
    // No height cap: with one, vis-timeline scrolls its stacked boxes inside a box of its own.
    expect(options).not.to.have.property('maxHeight');
  });

  it('passes the clustering on as given, and has no limits without events', () => {
    const cluster = visClusterOptions();
    expect(visTimelineOptions({ extent, cluster }).cluster).to.equal(cluster);
    const empty = visTimelineOptions({ extent: undefined, cluster: false });
    expect(empty).not.to.have.property('min');
    expect(empty.cluster).to.equal(false);
  });
});

describe('windowWithinLimits', () => {
  const limits = { min: 1000, max: 5000 };
  const window = (start: number, end: number) => ({ start: new Date(start), end: new Date(end) });
  const times = (shown: { start: Date; end: Date }) => [shown.start.getTime(), shown.end.getTime()];

  it('moves a window reaching past a limit inside it, as vis-timeline shows it', () => {
    expect(times(windowWithinLimits(window(4000, 6000), limits))).to.deep.equal([3000, 5000]);
    expect(times(windowWithinLimits(window(500, 1500), limits))).to.deep.equal([1000, 2000]);
  });

  it('cuts a window wider than the limits to them, and keeps one within them', () => {
    expect(times(windowWithinLimits(window(0, 9000), limits))).to.deep.equal([1000, 5000]);
    const inside = window(2000, 3000);
    expect(windowWithinLimits(inside, limits)).to.equal(inside);
  });
});

describe('visClusterOptions', () => {
  it('clusters one by one, with a count title, never the events that must stand alone', () => {
    const cluster = visClusterOptions('{count} events', (id) => id === 'selected');
    expect(cluster).to.deep.include({ maxItems: 1, titleTemplate: '{count} events' });
    const criteria = cluster.clusterCriteria!;
    const item = (id: string) => ({ id, content: '', start: 0 });
    expect(criteria(item('a'), item('b'))).to.equal(true);
    expect(criteria(item('a'), item('selected'))).to.equal(false);
    expect(criteria(item('selected'), item('b'))).to.equal(false);
  });

  it('clusters everything alike without a rule', () => {
    expect(visClusterOptions()).not.to.have.property('clusterCriteria');
    expect(visClusterOptions()).not.to.have.property('titleTemplate');
  });
});
