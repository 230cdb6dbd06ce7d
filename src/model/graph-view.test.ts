import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { canvasLabel, edgeId, toGraphElements } from './graph-elements.js';
import { computeGraphView } from './graph-view.js';

describe('toGraphElements', () => {
  it('makes a node per entity and a labelled edge per relation', () => {
    const elements = toGraphElements(miniStory(), {
      textOf: (text) => text.en ?? '',
      relationLabel: (type) => `<${type}>`,
    });
    expect(elements.nodes.map((node) => `${node.id}:${node.kind}:${node.label}`)).to.deep.equal([
      'baku:place:Baku',
      'org:organisation:Organisation',
      'treaty:agreement:Treaty',
    ]);
    expect(
      elements.edges.map((edge) => `${edge.source}-${edge.label}-${edge.target}`),
    ).to.deep.equal(['org-<held-in>-baku', 'org-<party-to>-treaty']);
  });

  it('merges repeated relations into one edge citing all their events', () => {
    const story = miniStory();
    story.relations.push({ type: 'party-to', from: 'org', to: 'treaty', events: ['roadmap'] });
    const elements = toGraphElements(story, {
      textOf: (text) => text.en ?? '',
      relationLabel: String,
    });
    expect(elements.edges).to.have.length(2);
    expect(elements.edges[1]!.events).to.deep.equal(['treaty', 'roadmap']);
  });
});

describe('computeGraphView', () => {
  const story = miniStory();

  it("highlights the selected event's entities and the edges between them", () => {
    const view = computeGraphView(story, { selectedEvent: 'treaty' });
    expect([...view.highlightedNodes].sort()).to.deep.equal(['org', 'treaty']);
    expect([...view.highlightedEdges]).to.deep.equal([edgeId('org', 'party-to', 'treaty')]);
    expect(view.focused).to.equal(true);
  });

  it('highlights a selected entity with its neighbours, ahead of the event', () => {
    const view = computeGraphView(story, { selectedEvent: 'treaty', selectedEntity: 'baku' });
    expect([...view.highlightedNodes].sort()).to.deep.equal(['baku', 'org']);
  });

  it('hides what the timeline window does not contain', () => {
    const view = computeGraphView(story, {
      range: { start: new Date('1920-01-01T00:00:00Z'), end: new Date('1930-01-01T00:00:00Z') },
    });
    expect([...view.hiddenNodes]).to.deep.equal(['treaty']);
    expect([...view.hiddenEdges]).to.deep.equal([edgeId('org', 'party-to', 'treaty')]);
  });

  it('hides entities of events that search and filters removed', () => {
    const view = computeGraphView(story, { visibleEvents: new Set(['cable']) });
    expect([...view.hiddenNodes].sort()).to.deep.equal(['baku', 'org']);
    expect(view.focused).to.equal(false);
  });
});

describe('canvasLabel', () => {
  it('shows the abbreviation of a long name that ends with one, and short names whole', () => {
    expect(
      canvasLabel('Conference on Interaction and Confidence-Building Measures in Asia (CICA)'),
    ).to.equal('CICA');
    expect(canvasLabel('Parliamentary Assembly of Turkic States (TURKPA)')).to.equal('TURKPA');
    expect(canvasLabel('Kazakhstan')).to.equal('Kazakhstan');
    expect(canvasLabel('Port of Aktau (Kazakhstan)')).to.equal('Port of Aktau (Kazakhstan)');
  });
});
