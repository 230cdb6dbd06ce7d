import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { claimedEventCount } from './event-count.js';

describe('claimedEventCount', () => {
  it("counts a story's events", () => {
    expect(claimedEventCount({ events: [{}, {}, {}] })).to.equal(3);
  });

  it("sums a collection's stories", () => {
    const collection = {
      stories: [{ events: [{}, {}] }, { events: [{}] }, { title: 'no events' }],
    };
    expect(claimedEventCount(collection)).to.equal(3);
  });

  it('counts 0 for what is not a story, and for a getter that throws', () => {
    expect(claimedEventCount(null)).to.equal(0);
    expect(claimedEventCount('events')).to.equal(0);
    expect(claimedEventCount({ events: 'many' })).to.equal(0);
    const hostile = {
      get events(): unknown {
        throw new Error('no');
      },
    };
    expect(claimedEventCount(hostile)).to.equal(0);
  });
});
