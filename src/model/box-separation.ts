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
 * after `maxRounds` rounds. Moves the boxes in place. Boxes for which
 * `isPinned` holds never move: the other box of a pair takes the whole push
 * (two pinned boxes are left as they are).
 *
 * @returns how many overlapping pairs remain (0 unless the rounds ran out).
 */
export function separateBoxes(
  boxes: PlacedBox[],
  gap: number,
  maxRounds = 200,
  isPinned: (id: string) => boolean = () => false,
): number {
  const byLeft = [...boxes];
  let overlapping = 0;
  for (let round = 0; round < maxRounds; round += 1) {
    // A sweep along x: only boxes whose left edges are within reach are compared.
    sortByLeft(byLeft);
    overlapping = 0;
    for (let i = 0; i < byLeft.length; i += 1) {
      const a = byLeft[i];
      if (!a) continue;
      for (let j = i + 1; j < byLeft.length; j += 1) {
        const b = byLeft[j];
        if (!b) continue;
        if (b.x - b.halfWidth >= a.x + a.halfWidth + gap) break;
        // overlapOf, written out: this loop runs millions of times in a big graph's
        // layout, and an object per pair kept the garbage collector busy.
        const overlapX =
          Math.min(a.x + a.halfWidth, b.x + b.halfWidth) -
          Math.max(a.x - a.halfWidth, b.x - b.halfWidth) +
          gap;
        if (overlapX <= 0) continue;
        const overlapY =
          Math.min(a.y + a.below, b.y + b.below) - Math.max(a.y - a.above, b.y - b.above) + gap;
        if (overlapY <= 0) continue;
        const [pinnedA, pinnedB] = [isPinned(a.id), isPinned(b.id)];
        if (pinnedA && pinnedB) continue;
        overlapping += 1;
        // Each moves by its share: half, or all of it when the other is pinned.
        const shareA = pinnedA ? 0 : pinnedB ? 1 : 0.5;
        const shareB = 1 - shareA;
        if (overlapX <= overlapY) {
          const sign = a.x < b.x || (a.x === b.x && a.id < b.id) ? 1 : -1;
          a.x -= sign * overlapX * shareA;
          b.x += sign * overlapX * shareB;
        } else {
          const centreA = a.y + (a.below - a.above) / 2;
          const centreB = b.y + (b.below - b.above) / 2;
          const sign = centreA < centreB || (centreA === centreB && a.id < b.id) ? 1 : -1;
          a.y -= sign * overlapY * shareA;
          b.y += sign * overlapY * shareB;
        }
      }
    }
    if (overlapping === 0) return 0;
  }
  return overlapping;
}

/**
 * Sorts `boxes` by left edge, then id (a total order: ids are unique, so any
 * sort gives the same order). An insertion sort: between two rounds of
 * `separateBoxes` boxes move little, the order is nearly kept, and this takes
 * about one comparison per box where a general sort takes several.
 */
function sortByLeft(boxes: PlacedBox[]): void {
  for (let i = 1; i < boxes.length; i += 1) {
    const box = boxes[i];
    if (!box) continue;
    const left = box.x - box.halfWidth;
    let j = i - 1;
    for (; j >= 0; j -= 1) {
      const before = boxes[j];
      if (!before) break;
      const beforeLeft = before.x - before.halfWidth;
      if (beforeLeft < left || (beforeLeft === left && before.id < box.id)) break;
      boxes[j + 1] = before;
    }
    boxes[j + 1] = box;
  }
}

/** Boxes by the grid cells they cover, for finding a box's neighbours without scanning all. */
class BoxGrid {
  private readonly cells = new Map<string, Set<PlacedBox>>();

  constructor(
    private readonly size: number,
    private readonly gap: number,
  ) {}

  /** The keys of the cells `box` (with the gap around it) covers. */
  private keys(box: PlacedBox): string[] {
    const keys: string[] = [];
    const left = Math.floor((box.x - box.halfWidth - this.gap) / this.size);
    const right = Math.floor((box.x + box.halfWidth + this.gap) / this.size);
    const top = Math.floor((box.y - box.above - this.gap) / this.size);
    const bottom = Math.floor((box.y + box.below + this.gap) / this.size);
    for (let column = left; column <= right; column += 1)
      for (let row = top; row <= bottom; row += 1) keys.push(`${column},${row}`);
    return keys;
  }

  add(box: PlacedBox): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.add(box);
      else this.cells.set(key, new Set([box]));
    }
  }

  remove(box: PlacedBox): void {
    for (const key of this.keys(box)) this.cells.get(key)?.delete(box);
  }

  /** Whether `box` overlaps (closer than the gap) another box of the grid. */
  overlapsAny(box: PlacedBox): boolean {
    for (const key of this.keys(box)) {
      for (const other of this.cells.get(key) ?? []) {
        if (other === box) continue;
        const overlap = overlapOf(box, other, this.gap);
        if (overlap.x > 0 && overlap.y > 0) return true;
      }
    }
    return false;
  }
}

/**
 * Moves each box that is not pinned and still overlaps another (where
 * `separateBoxes` ran out of rounds, e.g. a new box wedged between pinned
 * ones) outwards, away from the middle of all boxes, step by step until it
 * overlaps none. Deterministic; cheap when few boxes are left overlapping.
 * A generator: it pauses after each box it moved (run it to the end).
 */
export function* moveClear(
  boxes: PlacedBox[],
  gap: number,
  isPinned: (id: string) => boolean = () => false,
): Generator<void, void, void> {
  if (boxes.length === 0) return;
  const middleX = boxes.reduce((sum, box) => sum + box.x, 0) / boxes.length;
  const middleY = boxes.reduce((sum, box) => sum + box.y, 0) / boxes.length;
  const widest = Math.max(
    ...boxes.map((box) => Math.max(2 * box.halfWidth, box.above + box.below)),
  );
  const grid = new BoxGrid(widest + gap, gap);
  for (const box of boxes) grid.add(box);
  for (const box of boxes) {
    if (isPinned(box.id) || !grid.overlapsAny(box)) continue;
    const dx = box.x - middleX;
    const dy = box.y - middleY;
    const length = Math.hypot(dx, dy);
    const step = (box.above + box.below + gap) / 2;
    const [unitX, unitY] = length > 0 ? [dx / length, dy / length] : [0, 1];
    grid.remove(box);
    // Outside every box after at most as many steps as it takes to leave the picture.
    for (let moves = 0; moves < 10_000 && grid.overlapsAny(box); moves += 1) {
      box.x += unitX * step;
      box.y += unitY * step;
    }
    grid.add(box);
    // A pause after each box moved: the caller may give the page a turn.
    yield;
  }
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
