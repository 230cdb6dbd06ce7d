import { expect } from '@esm-bundle/chai';
import { swipeStep } from './swipe.js';

describe('swipeStep', () => {
  it('turns the page: a swipe to the left goes to the next event, to the right to the previous', () => {
    expect(swipeStep(-120, 10, 200)).to.equal('next');
    expect(swipeStep(120, -10, 200)).to.equal('previous');
  });

  it('ignores a tap, a vertical scroll and a slow drag', () => {
    expect(swipeStep(-8, 2, 100), 'a tap').to.equal(undefined);
    expect(swipeStep(-80, 200, 200), 'mostly vertical').to.equal(undefined);
    expect(swipeStep(-200, 0, 1500), 'too slow').to.equal(undefined);
  });
});
