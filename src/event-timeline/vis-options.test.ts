import { expect } from '@esm-bundle/chai';
import { visClusterOptions, visTimelineOptions } from './vis-options.js';

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
