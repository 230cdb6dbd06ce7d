import { expect } from '@esm-bundle/chai';
import type { GraphElements } from '../model/graph-elements.js';
import {
  CREATED_WHOLE_UP_TO,
  firstDrawn,
  provisionalFirstDrawn,
  restOf,
  viewedBox,
} from './first-drawn.js';
import { nodeRooms } from './fit-graph.js';

/** `columns` × `rows` places `spacing` apart, each joined to its right neighbour. */
function grid(columns: number, rows: number) {
  const id = (column: number, row: number) => `n${column}-${row}`;
  const nodes: GraphElements['nodes'][number][] = [];
  const edges: GraphElements['edges'][number][] = [];
  for (let row = 0; row < rows; row += 1)
    for (let column = 0; column < columns; column += 1) {
      nodes.push({ id: id(column, row), kind: 'place', label: id(column, row) });
      if (column > 0)
        edges.push({
          id: `e${column}-${row}`,
          source: id(column - 1, row),
          target: id(column, row),
          type: 'connects',
          label: 'connects',
          events: [],
        });
    }
  const positions = Object.fromEntries(
    nodes.map((node) => {
      const [column, row] = node.id.slice(1).split('-').map(Number) as [number, number];
      return [node.id, { x: column * 300, y: row * 300 }];
    }),
  );
  const elements: GraphElements = { nodes, edges };
  return { elements, positions, rooms: nodeRooms(elements) };
}

const canvas = { width: 600, height: 300 };
/** Graph coordinates 0..600 × 0..300 on the canvas. */
const atOrigin = { zoom: 1, pan: { x: 0, y: 0 } };

describe('firstDrawn', () => {
  it('creates a small graph whole', () => {
    const { elements, positions, rooms } = grid(10, 10);
    expect(elements.nodes.length + elements.edges.length).to.be.at.most(CREATED_WHOLE_UP_TO);
    expect(firstDrawn(elements, positions, rooms, atOrigin, canvas)).to.equal(undefined);
  });

  it('starts a big graph with what is in and around the view, and leaves the rest for later', () => {
    const { elements, positions, rooms } = grid(30, 30);
    const first = firstDrawn(elements, positions, rooms, atOrigin, canvas)!;
    const seen = viewedBox(atOrigin, canvas);
    // Every node whose position is in the view (and its margin) is there from the start.
    for (const node of elements.nodes) {
      const at = positions[node.id]!;
      const inside = at.x >= seen.x1 && at.x <= seen.x2 && at.y >= seen.y1 && at.y <= seen.y2;
      if (inside) expect(first.nodes.has(node.id), node.id).to.equal(true);
    }
    expect(first.nodes.has('n0-0')).to.equal(true);
    expect(first.edges.has('e1-0')).to.equal(true);
    // Far away: added after the first frame.
    expect(first.nodes.has('n20-20')).to.equal(false);
    expect(first.edges.has('e20-20')).to.equal(false);
    const rest = restOf(elements, first);
    expect(rest.nodes.length + first.nodes.size).to.equal(elements.nodes.length);
    expect(rest.edges.length + first.edges.size).to.equal(elements.edges.length);
    expect(first.nodes.size).to.be.below(elements.nodes.length / 10);
  });

  it('draws an edge crossing the view from the start, with both its far ends', () => {
    const { elements, positions, rooms } = grid(30, 30);
    const long = {
      id: 'long',
      source: 'n0-25',
      target: 'n25-0',
      type: 'connects' as const,
      label: 'connects',
      events: [],
    };
    // Moved so that the line between them runs through the view.
    const placed = { ...positions, 'n0-25': { x: -3000, y: 150 }, 'n25-0': { x: 3600, y: 150 } };
    const first = firstDrawn(
      { nodes: elements.nodes, edges: [...elements.edges, long] },
      placed,
      rooms,
      atOrigin,
      canvas,
    )!;
    expect(first.edges.has('long')).to.equal(true);
    expect(first.nodes.has('n0-25')).to.equal(true);
    expect(first.nodes.has('n25-0')).to.equal(true);
  });

  it('creates the graph whole when a node has no position', () => {
    const { elements, positions, rooms } = grid(30, 30);
    const unplaced: Record<string, { x: number; y: number }> = { ...positions };
    delete unplaced['n29-29'];
    expect(firstDrawn(elements, unplaced, rooms, atOrigin, canvas)).to.equal(undefined);
  });

  it('starts a big graph at provisional positions with its nodes, and none of its edges', () => {
    const { elements, positions, rooms } = grid(30, 30);
    const inView = firstDrawn(elements, positions, rooms, atOrigin, canvas)!;
    const first = provisionalFirstDrawn(elements, inView)!;
    expect([...first.nodes]).to.deep.equal([...inView.nodes]);
    expect(first.edges.size).to.equal(0);
    // All in view: every node, still no edge.
    const all = provisionalFirstDrawn(elements, undefined)!;
    expect(all.nodes.size).to.equal(elements.nodes.length);
    expect(all.edges.size).to.equal(0);
    const rest = restOf(elements, all);
    expect(rest.nodes).to.deep.equal([]);
    expect(rest.edges).to.have.length(elements.edges.length);
    // A small graph is created whole.
    const small = grid(10, 10).elements;
    expect(provisionalFirstDrawn(small, undefined)).to.equal(undefined);
  });
});
