import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { toGraphElements } from '../model/graph-elements.js';
import { cytoscapeElements, cytoscapeOptions, LARGE_GRAPH } from './cytoscape-options.js';

describe('cytoscapeOptions', () => {
  it('draws a small graph sharply, with every edge and label while the view moves', () => {
    const options = cytoscapeOptions({ nodes: 43, edges: 45 });
    expect(options.pixelRatio).to.equal('auto');
    expect(options.hideEdgesOnViewport).to.equal(false);
    expect(options.textureOnViewport).to.equal(false);
  });

  it('draws a big graph at one pixel per CSS pixel, and cheaply while the view moves', () => {
    const { pixelRatioOneAbove, hideEdgesOnViewportAbove, textureOnViewportAbove } = LARGE_GRAPH;
    expect(cytoscapeOptions({ nodes: pixelRatioOneAbove, edges: 0 }).pixelRatio).to.equal('auto');
    expect(cytoscapeOptions({ nodes: pixelRatioOneAbove + 1, edges: 0 }).pixelRatio).to.equal(1);
    const edges = (count: number) => cytoscapeOptions({ nodes: 10, edges: count });
    expect(edges(hideEdgesOnViewportAbove).hideEdgesOnViewport).to.equal(false);
    expect(edges(hideEdgesOnViewportAbove + 1).hideEdgesOnViewport).to.equal(true);
    const nodes = (count: number) => cytoscapeOptions({ nodes: count, edges: 0 });
    expect(nodes(textureOnViewportAbove).textureOnViewport).to.equal(false);
    expect(nodes(textureOnViewportAbove + 1).textureOnViewport).to.equal(true);
  });

  it('leaves the wheel to the page, keeps nodes in place and fits the given positions', () => {
    const options = cytoscapeOptions({ nodes: 3, edges: 2 });
    expect(options.userZoomingEnabled).to.equal(false);
    expect(options.autoungrabify).to.equal(true);
    expect(options.boxSelectionEnabled).to.equal(false);
    expect(options.layout).to.deep.equal({ name: 'preset', fit: true, padding: 24 });
    expect([options.minZoom, options.maxZoom]).to.deep.equal([0.2, 4]);
  });
});

describe('cytoscapeElements', () => {
  const elements = toGraphElements(miniStory(), {
    textOf: (text) => text.en ?? '',
    relationLabel: (type) => type.replace('-', ' '),
  });

  it('puts each node at its position, and one without a position at the origin', () => {
    const { nodes } = cytoscapeElements(elements, { org: { x: 100, y: -20 } });
    expect(nodes.map((node) => [node.data.id, node.position])).to.deep.equal([
      ['baku', { x: 0, y: 0 }],
      ['org', { x: 100, y: -20 }],
      ['treaty', { x: 0, y: 0 }],
    ]);
  });

  it('labels nodes as the canvas shows names, and edges with their relation', () => {
    const long = {
      nodes: [
        { id: 'cica', kind: 'organisation' as const, label: 'Conference on Interaction (CICA)' },
      ],
      edges: [],
    };
    expect(cytoscapeElements(long, {}).nodes[0]!.data).to.deep.equal({
      id: 'cica',
      label: 'CICA',
      kind: 'organisation',
    });
    expect(cytoscapeElements(elements, {}).edges.map((edge) => edge.data)).to.deep.equal([
      { id: 'org~held-in~baku', source: 'org', target: 'baku', label: 'held in', type: 'held-in' },
      {
        id: 'org~party-to~treaty',
        source: 'org',
        target: 'treaty',
        label: 'party to',
        type: 'party-to',
      },
    ]);
  });

  it('copies positions, so that cytoscape moving a node leaves the story alone', () => {
    const positions = { org: { x: 1, y: 2 } };
    const { nodes } = cytoscapeElements(elements, positions);
    expect(nodes[1]!.position).not.to.equal(positions.org);
  });
});
