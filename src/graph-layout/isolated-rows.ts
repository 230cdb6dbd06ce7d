/**
 * Where entities without relations go: in tidy rows under the connected
 * picture ("also mentioned"), whichever layout placed the rest.
 *
 * @module
 */
import type { PlacedBox } from '../model/box-separation.js';

import { BOX_GAP, ISOLATED_GAP } from './layout-options.js';

/**
 * Puts `rows` (boxes without relations) in rows as wide as the connected
 * picture `above` (at least four boxes wide), under it, and writes their positions.
 */
export function placeInRows(
  rows: readonly PlacedBox[],
  above: readonly PlacedBox[],
  positions: Record<string, { x: number; y: number }>,
): void {
  if (rows.length === 0) return;
  const widest = Math.max(...rows.map((box) => 2 * box.halfWidth));
  const left = above.length > 0 ? Math.min(...above.map((box) => box.x - box.halfWidth)) : 0;
  const right = above.length > 0 ? Math.max(...above.map((box) => box.x + box.halfWidth)) : 0;
  const width = Math.max(right - left, 4 * (widest + BOX_GAP));
  let top =
    above.length > 0 ? Math.max(...above.map((box) => box.y + box.below)) + ISOLATED_GAP : 0;
  let x = left;
  let rowHeight = 0;
  for (const box of rows) {
    if (x > left && x + 2 * box.halfWidth > left + width) {
      top += rowHeight + BOX_GAP;
      x = left;
      rowHeight = 0;
    }
    positions[box.id] = { x: Math.round(x + box.halfWidth), y: Math.round(top + box.above) };
    x += 2 * box.halfWidth + BOX_GAP;
    rowHeight = Math.max(rowHeight, box.above + box.below);
  }
}
