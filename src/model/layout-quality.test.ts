import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { nodeLabel } from './graph-label.js';
import { layoutQuality, type DrawnNode } from './layout-quality.js';

const person = (id: string, name = id): DrawnNode => ({
  id,
  kind: 'person',
  label: nodeLabel(name),
});

describe('layoutQuality', () => {
  it('counts nodes whose shapes overlap, and only those', () => {
    const nodes = [person('a'), person('b'), person('c')];
    // Persons are 24 units wide: a and b share 4 units, c is far away.
    const positions = { a: { x: 0, y: 0 }, b: { x: 20, y: 0 }, c: { x: 500, y: 0 } };
    expect(layoutQuality(nodes, [], positions).nodeOverlaps).to.equal(1);
    positions.b.x = 30;
    expect(layoutQuality(nodes, [], positions).nodeOverlaps).to.equal(0);
  });

  it('counts a name drawn over the shape or the name of another node', () => {
    const nodes = [person('a', 'Kazakhstan Temir Zholy'), person('b')];
    // b sits just under a's shape, where a's label is drawn.
    const underA = { a: { x: 0, y: 0 }, b: { x: 0, y: 30 } };
    const quality = layoutQuality(nodes, [], underA);
    expect(quality.nodeOverlaps).to.equal(0);
    expect(quality.labelOverlaps).to.equal(1);
    // Side by side, the long label of a (wider than the shape) reaches b's label.
    const beside = { a: { x: 0, y: 0 }, b: { x: 60, y: 0 } };
    expect(layoutQuality(nodes, [], beside)).to.deep.equal({
      nodeOverlaps: 0,
      labelOverlaps: 1,
      edgeCrossings: 0,
    });
    const apart = { a: { x: 0, y: 0 }, b: { x: 300, y: 0 } };
    expect(layoutQuality(nodes, [], apart).labelOverlaps).to.equal(0);
  });

  it('counts edges that cross, not edges that share an end', () => {
    const nodes = ['a', 'b', 'c', 'd'].map((id) => person(id));
    const square = {
      a: { x: 0, y: 0 },
      b: { x: 500, y: 500 },
      c: { x: 500, y: 0 },
      d: { x: 0, y: 500 },
    };
    const diagonals = [
      { source: 'a', target: 'b' },
      { source: 'c', target: 'd' },
    ];
    expect(layoutQuality(nodes, diagonals, square).edgeCrossings).to.equal(1);
    const sides = [
      { source: 'a', target: 'c' },
      { source: 'c', target: 'b' },
      { source: 'b', target: 'd' },
    ];
    expect(layoutQuality(nodes, sides, square).edgeCrossings).to.equal(0);
    expect(layoutQuality(nodes, [...sides, ...diagonals], square).edgeCrossings).to.equal(1);
  });
});
