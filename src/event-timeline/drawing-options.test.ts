import { expect } from '@esm-bundle/chai';
import type { DataItem } from 'vis-timeline/esnext';
import type { CrowdCluster } from './crowd-layout.js';
import { drawingOptions } from './drawing-options.js';
import type { VisModule } from './vis-chunk.js';

/** A cluster of three events from 15 March 44 BC (ISO year -43) to 43 BC. */
const cluster: CrowdCluster = {
  id: 'cluster-ides',
  members: ['a', 'b', 'c'],
  at: new Date('-000043-06-01T00:00:00Z').getTime(),
  start: new Date('-000043-03-15T00:00:00Z').getTime(),
  end: new Date('-000042-01-01T00:00:00Z').getTime(),
};

/** The label vis-timeline would draw for the cluster, in `locale`. */
function clusterText(locale: string): string {
  const options = drawingOptions(
    {} as VisModule,
    undefined,
    {
      locale: () => locale,
      strings: () => ({
        planned: 'planned',
        eventsInCluster: (count: number) => `${count} events`,
      }),
      drawn: () => undefined,
    },
    {
      itemsById: () => undefined,
      cluster: (id) => (id === cluster.id ? cluster : undefined),
    },
  );
  const template = options.template as (item: DataItem) => HTMLElement;
  return template({ id: cluster.id, content: '', start: cluster.at }).textContent;
}

describe('drawing options', () => {
  it("gives a cluster's years before AD 1 their era, not a year a reader takes for AD", () => {
    expect(clusterText('en-GB')).to.equal('44 BC 3 events');
    expect(clusterText('zh-CN')).to.equal('公元前44年 3 events');
    expect(clusterText('ru-RU')).to.equal('44 г. до н. э. 3 events');
  });
});
