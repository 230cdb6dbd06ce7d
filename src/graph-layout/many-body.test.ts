import { expect } from '@esm-bundle/chai';
import { forceManyBody, type SimulationNodeDatum } from 'd3-force';
import { seededRandom } from './layout-options.js';
import { manyBodyForce } from './many-body.js';

interface Body extends SimulationNodeDatum {
  x: number;
  y: number;
  vx: number;
  vy: number;
}

/** `count` bodies scattered over a wide picture, at rest; two of them at one spot. */
function scattered(count: number): Body[] {
  const random = seededRandom(5);
  const bodies = Array.from({ length: count }, (_, index) => ({
    index,
    x: random() * 2000,
    y: random() * 1000,
    vx: 0,
    vy: 0,
  }));
  bodies[3]!.x = bodies[4]!.x;
  bodies[3]!.y = bodies[4]!.y;
  return bodies;
}

/** The velocities one application of `force` gives `bodies` (copies). */
function pushed(
  bodies: readonly Body[],
  force: { (alpha: number): void; initialize?(nodes: Body[], random: () => number): void },
): Body[] {
  const copies = bodies.map((body) => ({ ...body }));
  force.initialize?.(copies, seededRandom(1));
  force(0.5);
  return copies;
}

/** The largest difference between two sets of velocities, and the largest velocity. */
function difference(expected: readonly Body[], actual: readonly Body[]) {
  let [largestError, largest] = [0, 0];
  expected.forEach((body, index) => {
    const other = actual[index]!;
    largestError = Math.max(largestError, Math.hypot(body.vx - other.vx, body.vy - other.vy));
    largest = Math.max(largest, Math.hypot(body.vx, body.vy));
  });
  return { largestError, largest };
}

/** The force as the layout sets it (FORCE_LAYOUT: repulsion 300, θ 1.2, reach 2000). */
const asInTheLayout = () => manyBodyForce<Body>({ strength: -300, theta: 1.2, distanceMax: 2000 });

describe('manyBodyForce', () => {
  const bodies = scattered(400);

  it('pushes every body as d3-force does, summed exactly when theta is 0', () => {
    const expected = pushed(bodies, forceManyBody<Body>().strength(-300).theta(0));
    const actual = pushed(
      bodies,
      manyBodyForce<Body>({ strength: -300, theta: 0, distanceMax: Infinity }),
    );
    const { largestError, largest } = difference(expected, actual);
    expect(largest).to.be.greaterThan(10);
    expect(largestError).to.be.lessThan(1e-6);
  });

  it('approximates far groups within a few percent at the layout’s theta', () => {
    const exact = pushed(
      bodies,
      manyBodyForce<Body>({ strength: -300, theta: 0, distanceMax: 2000 }),
    );
    const approximate = pushed(bodies, asInTheLayout());
    const { largestError, largest } = difference(exact, approximate);
    expect(largestError).to.be.lessThan(0.1 * largest);
  });

  it('pushes two bodies at one spot apart, the same way on every run', () => {
    const first = pushed(bodies, asInTheLayout());
    const again = pushed(bodies, asInTheLayout());
    expect([first[3]!.vx, first[3]!.vy]).to.not.deep.equal([first[4]!.vx, first[4]!.vy]);
    expect(again).to.deep.equal(first);
  });

  it('does not push bodies farther apart than its reach', () => {
    const pair: Body[] = [
      { index: 0, x: 0, y: 0, vx: 0, vy: 0 },
      { index: 1, x: 3000, y: 0, vx: 0, vy: 0 },
    ];
    const [a, b] = pushed(pair, asInTheLayout());
    expect([a!.vx, b!.vx]).to.deep.equal([0, 0]);
  });
});
