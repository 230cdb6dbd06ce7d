import { expect } from '@esm-bundle/chai';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FollowRangeChangeDetail, TimelineRangeDetail } from '../shared/events.js';
import { ViewLink } from './explorer-views.js';

/** A host that counts the updates it is asked for. */
function countingHost() {
  const host = {
    updates: 0,
    addController: (_controller: ReactiveController) => undefined,
    removeController: (_controller: ReactiveController) => undefined,
    requestUpdate() {
      host.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
  return host satisfies ReactiveControllerHost & { updates: number };
}

const windowOf = (from: number, to: number) =>
  new CustomEvent<TimelineRangeDetail>('timeline-range', {
    detail: { start: new Date(Date.UTC(from, 0)), end: new Date(Date.UTC(to, 0)) },
  });

describe('ViewLink', () => {
  it('redraws the explorer for a new timeline window only while the graph follows it', () => {
    const host = countingHost();
    const link = new ViewLink(host, { rendered: () => undefined, graph: () => undefined });

    link.onRange(windowOf(1990, 2000));
    expect(host.updates, 'the first window shows the "follow" switch').to.equal(1);
    link.onRange(windowOf(1991, 2001));
    link.onRange(windowOf(1992, 2002));
    expect(host.updates, 'pans the graph does not follow draw nothing').to.equal(1);
    expect(link.range?.start.getUTCFullYear(), 'the latest window is kept').to.equal(1992);

    link.onFollowChange(
      new CustomEvent<FollowRangeChangeDetail>('follow-range-change', {
        detail: { followRange: true },
      }),
    );
    expect(host.updates).to.equal(2);
    link.onRange(windowOf(1993, 2003));
    expect(host.updates, 'a followed window is drawn').to.equal(3);
  });
});
