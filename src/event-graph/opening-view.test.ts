import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { toGraphElements } from '../model/graph-elements.js';
import { computeGraphView } from '../model/graph-view.js';
import { classToggles, type ClassedElement } from './graph-classes.js';
import { LEGIBLE_ZOOM } from './graph-fit.js';
import { nodeRooms } from './fit-graph.js';
import { openedAt, openingAnchor, openingView } from './opening-view.js';

const story = miniStory();
const elements = toGraphElements(story, {
  textOf: (text) => text.en ?? '',
  relationLabel: (type) => type.replace('-', ' '),
});
const rooms = nodeRooms(elements);
const nothingChosen = computeGraphView(story, {});
const edgeIds = elements.edges.map((edge) => edge.id);

/** Positions `spacing` apart on a row. */
const inRow = (spacing: number) =>
  Object.fromEntries(elements.nodes.map((node, index) => [node.id, { x: index * spacing, y: 0 }]));

describe('openingView', () => {
  it('opens a graph too wide to fit at the readable zoom, relations too small to read', () => {
    const { viewport, classes } = openingView(elements, inRow(2000), rooms, nothingChosen, '', {
      width: 800,
      height: 440,
    });
    expect(viewport?.zoom).to.equal(LEGIBLE_ZOOM);
    // At that zoom names are readable and relations are not: only edges carry the class.
    expect([...classes.entries()]).to.deep.equal(
      edgeIds.map((id) => [id, ['relations-too-small']]),
    );
  });

  it('opens a graph that fits closer in, with every label readable and no class', () => {
    const { viewport, classes } = openingView(elements, inRow(150), rooms, nothingChosen, '', {
      width: 800,
      height: 440,
    });
    expect(viewport?.zoom).to.be.above(1);
    expect(classes.size).to.equal(0);
  });

  it('starts a selection lit up and the rest dimmed, as the view classes would set them', () => {
    const view = computeGraphView(story, { selectedEvent: 'treaty' });
    const { classes } = openingView(elements, inRow(150), rooms, view, '', {
      width: 800,
      height: 440,
    });
    const bare = (id: string, isNode: boolean): ClassedElement => ({
      id: () => id,
      isNode: () => isNode,
      hasClass: () => false,
    });
    const expected = new Map<string, string[]>();
    const all = [
      ...elements.nodes.map((node) => bare(node.id, true)),
      ...elements.edges.map((edge) => bare(edge.id, false)),
    ];
    for (const { element, name } of classToggles(all, view, ''))
      expected.set(element.id(), [...(expected.get(element.id()) ?? []), name]);
    expect(expected.size).to.be.above(0);
    const viewClasses = new Map(
      [...classes].map(([id, list]) => [id, list.filter((name) => !name.endsWith('-too-small'))]),
    );
    expect(viewClasses).to.deep.equal(expected);
  });

  it('centres a graph too wide to fit on its best-connected name, as a fit on the canvas does', () => {
    // org has both relations; the box's middle (x = 3000) is far from it.
    const positions = { org: { x: 1000, y: 0 }, baku: { x: 6000, y: 0 }, treaty: { x: 0, y: 0 } };
    const canvas = { width: 800, height: 440 };
    const { viewport } = openingView(elements, positions, rooms, nothingChosen, '', canvas);
    expect(openingAnchor(elements, nothingChosen, '')).to.equal('org');
    const centre = (canvas.width / 2 - viewport!.pan.x) / viewport!.zoom;
    expect(centre).to.be.closeTo(1000, 1);
  });

  it('centres on the chosen name when it is among what the view lights up', () => {
    const view = computeGraphView(story, { selectedEntity: 'baku' });
    expect(openingAnchor(elements, view, 'baku')).to.equal('baku');
  });

  it('has no viewport while a node has no position (the preset layout then fits)', () => {
    const positions = inRow(150);
    delete positions.org;
    const { viewport } = openingView(elements, positions, rooms, nothingChosen, '', {
      width: 800,
      height: 440,
    });
    expect(viewport).to.equal(undefined);
    expect(openedAt(viewport)).to.deep.equal({});
  });

  it('creates the graph at the viewport, without a fit at creation', () => {
    const options = openedAt({ zoom: 0.8, pan: { x: 10, y: -5 } });
    expect(options).to.deep.equal({
      layout: { name: 'preset', fit: false },
      zoom: 0.8,
      pan: { x: 10, y: -5 },
    });
  });
});
