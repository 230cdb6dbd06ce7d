import { expect } from '@esm-bundle/chai';
import type { GraphElements } from '../model/graph-elements.js';
import { nodeBox, nodeLabel } from '../model/graph-label.js';
import { buildTimeLayout, FCOSE_UP_TO } from './build-layout.js';
import { computeFcoseLayout } from './fcose-layout.js';
import { computeGraphLayout } from './graph-layout.js';

/** A chain of `count` organisations, each linked to the next. */
function chain(count: number): GraphElements {
  const nodes = Array.from({ length: count }, (_, index) => ({
    id: index === 0 ? 'constructor' : `o${index}`,
    kind: 'organisation' as const,
    label: `Organisation ${index}`,
  }));
  return {
    nodes,
    edges: nodes.slice(1).map((node, index) => ({
      id: `e${index}`,
      source: nodes[index]!.id,
      target: node.id,
      type: 'member-of' as const,
      label: '',
      events: [],
    })),
  };
}

const boxOf = (node: GraphElements['nodes'][number]) => nodeBox(node.kind, nodeLabel(node.label));

describe('buildTimeLayout', () => {
  it('lays a small graph out with fcose, as issue 19 tuned it, the same on every run', () => {
    const elements = chain(12);
    const built = buildTimeLayout(elements, boxOf);
    expect(built.positions).to.deep.equal(computeFcoseLayout(elements, boxOf).positions);
    expect(built.positions).to.deep.equal(buildTimeLayout(elements, boxOf).positions);
    expect(built.positions).not.to.deep.equal(computeGraphLayout(elements, { boxOf }).positions);
    expect(Object.keys(built.positions)).to.have.members(elements.nodes.map((node) => node.id));
  });

  it('lays a graph of more than FCOSE_UP_TO nodes out with the force layout', () => {
    const elements = chain(FCOSE_UP_TO + 1);
    expect(buildTimeLayout(elements, boxOf).positions).to.deep.equal(
      computeGraphLayout(elements, { boxOf }).positions,
    );
  });
});
