import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { computeGraphView } from '../model/graph-view.js';
import {
  fitTarget,
  fitViewport,
  LEGIBLE_ZOOM,
  MIN_LABEL_PX,
  nodesBox,
  SHOW_ALL,
} from './graph-fit.js';

describe('fitTarget', () => {
  const story = miniStory();

  it('fits everything shown when nothing is selected, never zoomed out past readable names', () => {
    expect(fitTarget(computeGraphView(story, {}))).to.deep.include({
      selector: ':visible',
      padding: 24,
      minZoom: LEGIBLE_ZOOM,
    });
    expect(LEGIBLE_ZOOM * 14).to.be.closeTo(MIN_LABEL_PX, 1e-9);
  });

  it('fits what a selection lights up, with more room, never zoomed in past 0.95', () => {
    expect(fitTarget(computeGraphView(story, { selectedEvent: 'treaty' }))).to.deep.include({
      selector: 'node.highlighted',
      padding: 48,
      maxZoom: 0.95,
      minZoom: LEGIBLE_ZOOM,
    });
  });

  it('fits everything when the selection is hidden by the filters', () => {
    const view = computeGraphView(story, {
      selectedEntity: 'treaty',
      visibleEvents: new Set(['congress']),
    });
    expect(fitTarget(view).selector).to.equal(':visible');
  });
});

describe('fitViewport', () => {
  const canvas = { width: 500, height: 300 };
  const target = { padding: 0, maxZoom: 2, minZoom: 0.5 };

  it('fits and centres a box that fits', () => {
    const viewport = fitViewport({ x1: 0, y1: 0, x2: 250, y2: 150 }, canvas, target);
    expect(viewport.zoom).to.equal(2);
    expect(viewport.pan).to.deep.equal({ x: 0, y: 0 });
  });

  it('keeps a readable zoom for a box too big, centred on the anchor', () => {
    const box = { x1: 0, y1: 0, x2: 4000, y2: 1000 };
    const viewport = fitViewport(box, canvas, target, { x: 2000, y: 500 });
    expect(viewport.zoom).to.equal(0.5);
    // The anchor is drawn in the middle of the canvas.
    expect(2000 * viewport.zoom + viewport.pan.x).to.equal(250);
    expect(500 * viewport.zoom + viewport.pan.y).to.equal(150);
  });

  it('moves an anchor near an edge inward, so the view shows no empty margin', () => {
    const box = { x1: 0, y1: 0, x2: 4000, y2: 1000 };
    const viewport = fitViewport(box, canvas, target, { x: 0, y: 0 });
    // The box's top-left corner is at the canvas's top-left corner.
    expect(viewport.pan).to.deep.equal({ x: 0, y: 0 });
  });

  it('"Show all" fits everything however small', () => {
    const box = { x1: 0, y1: 0, x2: 5000, y2: 3000 };
    expect(fitViewport(box, canvas, SHOW_ALL).zoom).to.be.lessThan(0.1);
  });
});

describe('nodesBox', () => {
  const rooms = new Map([
    ['constructor', { halfWidth: 50, above: 10, below: 30 }],
    ['b', { halfWidth: 20, above: 10, below: 40 }],
  ]);

  it('holds every node with its shape and its name, from their positions', () => {
    const box = nodesBox(
      [
        { id: 'constructor', at: { x: 0, y: 0 } },
        { id: 'b', at: { x: 200, y: 100 } },
      ],
      (id) => rooms.get(id),
    );
    expect(box).to.deep.equal({ x1: -50, y1: -10, x2: 220, y2: 140 });
  });

  it('gives undefined when a node has no known room (the caller measures instead)', () => {
    expect(nodesBox([{ id: 'unknown', at: { x: 0, y: 0 } }], (id) => rooms.get(id))).to.equal(
      undefined,
    );
    expect(nodesBox([], (id) => rooms.get(id))).to.equal(undefined);
  });
});
