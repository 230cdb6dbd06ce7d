import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { countOverlaps, separateBoxes, type PlacedBox } from './box-separation.js';

const box = (id: string, x: number, y: number): PlacedBox => ({
  id,
  x,
  y,
  halfWidth: 40,
  above: 10,
  below: 30,
});

describe('separateBoxes', () => {
  it('pushes overlapping boxes apart until none overlap', () => {
    const boxes = [box('a', 0, 0), box('b', 10, 5), box('c', 20, -5), box('d', 200, 0)];
    expect(countOverlaps(boxes, 10)).to.be.greaterThan(0);
    expect(separateBoxes(boxes, 10)).to.equal(0);
    expect(countOverlaps(boxes, 10)).to.equal(0);
  });

  it('leaves boxes that do not overlap where they are', () => {
    const boxes = [box('a', 0, 0), box('b', 200, 0)];
    separateBoxes(boxes, 10);
    expect(boxes.map(({ x, y }) => [x, y])).to.deep.equal([
      [0, 0],
      [200, 0],
    ]);
  });

  it('gives the same result for the same boxes', () => {
    const run = () => {
      const boxes = [box('a', 0, 0), box('b', 0, 0), box('c', 0, 0)];
      separateBoxes(boxes, 10);
      return boxes.map(({ x, y }) => [x, y]);
    };
    expect(run()).to.deep.equal(run());
  });

  it('never moves a pinned box: the other one takes the whole push', () => {
    const boxes = [box('pinned', 0, 0), box('new', 10, 0), box('other', 5, 5)];
    expect(separateBoxes(boxes, 10, 200, (id) => id === 'pinned')).to.equal(0);
    expect(boxes[0]).to.include({ x: 0, y: 0 });
    expect(countOverlaps(boxes, 10)).to.equal(0);
  });
});
