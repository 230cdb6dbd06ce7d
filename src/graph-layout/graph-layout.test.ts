import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import type { GraphElements } from '../model/graph-elements.js';
import { toGraphElements } from '../model/graph-elements.js';
import { countOverlaps } from '../model/box-separation.js';
import { nodeBox, nodeLabel } from '../model/graph-label.js';
import { computeGraphLayout, layOutInSteps, provisionalLayout } from './graph-layout.js';

/** A ring of `count` people, each linked to the next, plus a few chords. */
function ring(count: number): GraphElements {
  const nodes = Array.from({ length: count }, (_, index) => ({
    id: `p${index}`,
    kind: 'person' as const,
    label: `Person number ${index}`,
  }));
  const edges = nodes.flatMap((node, index) => [
    { source: node.id, target: `p${(index + 1) % count}` },
    ...(index % 5 === 0 ? [{ source: node.id, target: `p${(index + 7) % count}` }] : []),
  ]);
  return {
    nodes,
    edges: edges.map((edge, index) => ({
      id: `e${index}`,
      type: 'member-of' as const,
      label: '',
      events: [],
      ...edge,
    })),
  };
}

/** The boxes of `positions`, as separateBoxes sees them. */
function boxesAt(elements: GraphElements, positions: Record<string, { x: number; y: number }>) {
  return elements.nodes.map((node) => ({
    id: node.id,
    ...nodeBox(node.kind, nodeLabel(node.label)),
    ...positions[node.id]!,
  }));
}

describe('computeGraphLayout', () => {
  const story = miniStory();
  story.entities.push({ id: 'lonely', kind: 'person', name: { zh: '某人', en: 'Someone' } });
  const elements = toGraphElements(story, {
    textOf: (text) => text.en ?? '',
    relationLabel: String,
  });

  it('gives every node a position, the same on every run', () => {
    const first = computeGraphLayout(elements).positions;
    expect(Object.keys(first).sort()).to.deep.equal(['baku', 'lonely', 'org', 'treaty']);
    expect(computeGraphLayout(elements).positions).to.deep.equal(first);
    expect(computeGraphLayout(elements, { seed: 7 }).positions).not.to.deep.equal(first);
  });

  it('puts entities without relations in a row below the connected picture', () => {
    const { positions } = computeGraphLayout(elements);
    const connectedBottom = Math.max(positions.baku!.y, positions.org!.y, positions.treaty!.y);
    expect(positions.lonely!.y).to.be.greaterThan(connectedBottom);
  });

  it('lays a bigger graph out the same way twice, with no box over another', () => {
    const graph = ring(200);
    const first = computeGraphLayout(graph).positions;
    expect(computeGraphLayout(graph).positions).to.deep.equal(first);
    expect(countOverlaps(boxesAt(graph, first))).to.equal(0);
  });

  it('keeps pinned nodes exactly where they were and places the new ones apart', () => {
    const before = ring(60);
    const { positions: old } = computeGraphLayout(before);
    const after = ring(66);
    const { positions } = computeGraphLayout(after, { pinned: old });
    for (const [id, at] of Object.entries(old)) expect(positions[id], id).to.deep.equal(at);
    expect(Object.keys(positions)).to.have.length(66);
    expect(countOverlaps(boxesAt(after, positions))).to.equal(0);
  });

  it('gives the same layout in steps as in one go, pausing between slices of ticks', () => {
    const graph = ring(200);
    const steps = layOutInSteps(graph);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses += 1;
      step = steps.next();
    }
    expect(pauses).to.be.greaterThan(10);
    expect(step.value).to.deep.equal(computeGraphLayout(graph));
  });

  it('has provisional positions for every node at once, none on top of another', () => {
    const graph = ring(200);
    const { positions } = provisionalLayout(graph);
    expect(Object.keys(positions)).to.have.length(200);
    const distinct = new Set(Object.values(positions).map(({ x, y }) => `${x},${y}`));
    expect(distinct.size).to.equal(200);
  });
});
