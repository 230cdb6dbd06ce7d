/**
 * Moves boxes apart until none overlaps another: the last step of the graph
 * layout, after the force layout (which only keeps nodes roughly apart) and the
 * stretch to the panel's shape (which squeezes one axis). Each box is a node's
 * shape with its label under it, so that no name is drawn over another.
 * Deterministic: the same boxes give the same positions.
 *
 * @module
 */

/** A box around a point: centred horizontally, `above` and `below` the point vertically. */
export interface PlacedBox {
  readonly id: string;
  x: number;
  y: number;
  readonly halfWidth: number;
  readonly above: number;
  readonly below: number;
}

/** How far two boxes overlap along each axis, counting `gap` as part of each box. */
function overlapOf(a: PlacedBox, b: PlacedBox, gap: number): { x: number; y: number } {
  const x =
    Math.min(a.x + a.halfWidth, b.x + b.halfWidth) - Math.max(a.x - a.halfWidth, b.x - b.halfWidth);
  const y = Math.min(a.y + a.below, b.y + b.below) - Math.max(a.y - a.above, b.y - b.above);
  return { x: x + gap, y: y + gap };
}

/**
 * Pushes apart each pair of boxes that overlap (closer than `gap`), both by
 * half the overlap, along the axis where they overlap least, until none do or
 * after `maxRounds` rounds. Moves the boxes in place.
 *
 * @returns how many overlapping pairs remain (0 unless the rounds ran out).
 */
export function separateBoxes(boxes: PlacedBox[], gap: number, maxRounds = 200): number {
  const byLeft = [...boxes];
  let overlapping = 0;
  for (let round = 0; round < maxRounds; round += 1) {
    // A sweep along x: only boxes whose left edges are within reach are compared.
    byLeft.sort((a, b) => a.x - a.halfWidth - (b.x - b.halfWidth) || (a.id < b.id ? -1 : 1));
    overlapping = 0;
    for (let i = 0; i < byLeft.length; i += 1) {
      const a = byLeft[i];
      if (!a) continue;
      for (let j = i + 1; j < byLeft.length; j += 1) {
        const b = byLeft[j];
        if (!b) continue;
        if (b.x - b.halfWidth >= a.x + a.halfWidth + gap) break;
        const overlap = overlapOf(a, b, gap);
        if (overlap.x <= 0 || overlap.y <= 0) continue;
        overlapping += 1;
        if (overlap.x <= overlap.y) {
          const sign = a.x < b.x || (a.x === b.x && a.id < b.id) ? 1 : -1;
          a.x -= (sign * overlap.x) / 2;
          b.x += (sign * overlap.x) / 2;
        } else {
          const centreA = a.y + (a.below - a.above) / 2;
          const centreB = b.y + (b.below - b.above) / 2;
          const sign = centreA < centreB || (centreA === centreB && a.id < b.id) ? 1 : -1;
          a.y -= (sign * overlap.y) / 2;
          b.y += (sign * overlap.y) / 2;
        }
      }
    }
    if (overlapping === 0) return 0;
  }
  return overlapping;
}

/** How many pairs of boxes overlap (for tests and measurements). */
export function countOverlaps(boxes: readonly PlacedBox[], gap = 0): number {
  let count = 0;
  for (let i = 0; i < boxes.length; i += 1)
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [a, b] = [boxes[i], boxes[j]];
      if (!a || !b) continue;
      const overlap = overlapOf(a, b, gap);
      if (overlap.x > 0 && overlap.y > 0) count += 1;
    }
  return count;
}
