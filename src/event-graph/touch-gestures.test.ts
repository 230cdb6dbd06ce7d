import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { cleanup, mount, nextEvent } from '../../test/helpers/browser.js';
import './define.js';
import type { EventGraph } from './event-graph.js';
import { pinchViewport } from './touch-gestures.js';

describe('pinchViewport', () => {
  const limits = { minZoom: 0.2, maxZoom: 4 };
  const start = { zoom: 1, pan: { x: 0, y: 0 } };
  /** Two fingers moving from [[x, y], [x, y]] to [[x, y], [x, y]]. */
  type Fingers = readonly [readonly [number, number], readonly [number, number]];
  const pair = ([[ax, ay], [bx, by]]: Fingers) =>
    [
      { x: ax, y: ay },
      { x: bx, y: by },
    ] as const;
  const pinch = (from: Fingers, to: Fingers) => pinchViewport(start, pair(from), pair(to), limits);

  it('zooms by how far the fingers spread, keeping the point between them in place', () => {
    const viewport = pinch(
      [
        [90, 100],
        [110, 100],
      ],
      [
        [80, 100],
        [120, 100],
      ],
    );
    expect(viewport.zoom).to.equal(2);
    // The graph point (100, 100) is still drawn at (100, 100).
    expect(100 * viewport.zoom + viewport.pan.x).to.equal(100);
    expect(100 * viewport.zoom + viewport.pan.y).to.equal(100);
  });

  it('pans with two fingers moving together, within the zoom limits', () => {
    const from: Fingers = [
      [0, 0],
      [10, 0],
    ];
    const moved = pinch(from, [
      [30, 40],
      [40, 40],
    ]);
    expect(moved).to.deep.equal({ zoom: 1, pan: { x: 30, y: 40 } });
    const far = pinch(from, [
      [0, 0],
      [1000, 0],
    ]);
    expect(far.zoom).to.equal(4);
  });
});

describe('touch on the graph', () => {
  afterEach(cleanup);

  function touches(target: Element, points: readonly (readonly [number, number])[]): Touch[] {
    return points.map(
      ([x, y], identifier) => new Touch({ identifier, target, clientX: x, clientY: y }),
    );
  }

  function send(target: Element, type: string, points: readonly (readonly [number, number])[]) {
    const list = touches(target, points);
    const event = new TouchEvent(type, {
      touches: list,
      targetTouches: list,
      changedTouches: list,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    target.dispatchEvent(event);
    return event;
  }

  it('leaves one finger to the page and zooms with two', async () => {
    const element = mount<EventGraph>('<event-graph></event-graph>');
    const rendered = nextEvent(element, 'story-render');
    // With positions: a layout's arriving mid-gesture would move the nodes measured here.
    element.story = {
      ...miniStory(),
      layout: {
        positions: { baku: { x: 0, y: 0 }, org: { x: 100, y: 0 }, treaty: { x: 200, y: 50 } },
      },
    };
    await rendered;
    const canvas = element.shadowRoot!.querySelector('.canvas')!;
    const { x, y } = canvas.getBoundingClientRect();
    const spread = () => {
      const [a, b] = element.drawnNodes().map((node) => node.renderedPosition);
      return Math.hypot(a!.x - b!.x, a!.y - b!.y);
    };
    const before = spread();
    expect(send(canvas, 'touchstart', [[x + 50, y + 50]]).defaultPrevented).to.equal(false);
    expect(send(canvas, 'touchmove', [[x + 50, y + 150]]).defaultPrevented).to.equal(false);
    send(canvas, 'touchend', []);
    expect(spread(), 'one finger leaves the graph as it is').to.equal(before);

    send(canvas, 'touchstart', [
      [x + 90, y + 100],
      [x + 110, y + 100],
    ]);
    const pinch = send(canvas, 'touchmove', [
      [x + 70, y + 100],
      [x + 130, y + 100],
    ]);
    send(canvas, 'touchend', []);
    expect(pinch.defaultPrevented, 'two fingers are the graph’s').to.equal(true);
    expect(spread()).to.be.greaterThan(before * 1.5);
  });
});
