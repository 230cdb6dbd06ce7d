import { expect } from '@esm-bundle/chai';
import { LAYOUT_START_WAIT_MS, layoutBegun } from './final-positions.js';

describe('layoutBegun', () => {
  it('does not hold a graph that needs no layout', async () => {
    const begun = layoutBegun({ now: {} });
    let settled = false;
    void begun.then(() => (settled = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).to.equal(true);
  });

  it('lets the drawing go once the layout has begun', async () => {
    const started = Promise.resolve();
    const before = performance.now();
    await layoutBegun({ now: {}, final: new Promise(() => undefined), started });
    expect(performance.now() - before).to.be.below(LAYOUT_START_WAIT_MS);
  });

  it('holds the drawing no longer than its limit when the layout never begins', async () => {
    const before = performance.now();
    await layoutBegun({
      now: {},
      final: new Promise(() => undefined),
      started: new Promise(() => undefined),
    });
    expect(performance.now() - before).to.be.at.least(LAYOUT_START_WAIT_MS - 1);
  });
});
