/**
 * Which events the timeline draws on their own and which it gathers into a
 * cluster, at a given zoom: only where their boxes could not all be stacked
 * within the height the timeline allows. It simulates the stacking the drawing
 * will do (each box placed at the lowest height where it collides with none
 * placed before it, in order of their left edges, as vis-timeline stacks), with
 * the boxes' measured sizes, and gathers only the boxes that would not fit and
 * those they crowd. Everywhere else every event keeps its title on screen.
 * Pure: no DOM.
 *
 * @module
 */

/** One event as the layout sees it: where it is in time and how big its box is. */
export interface CrowdItem {
  readonly id: string;
  /** Where the item is drawn (ms since the epoch): a point's instant, a period's start. */
  readonly start: number;
  /** A period's end (ms); absent for a point. */
  readonly end?: number;
  /** Width of its box in px (a period: of its label). */
  readonly width: number;
  /** Height of its box in px. */
  readonly height: number;
  /** A point's box drawn on one side of its instant rather than centred on it (box-side.ts). */
  readonly side?: BoxSide;
}

/**
 * The side of its instant a point's box is drawn on, in vis-timeline's words (its
 * `align`): `left`, the box's left edge on the instant; `right`, its right edge.
 */
export type BoxSide = 'left' | 'right';

/** Events gathered into one cluster item. */
export interface CrowdCluster {
  /** Stable while its members are the same: derived from the first member's id. */
  readonly id: string;
  /** Ids of the events it holds, in date order. */
  readonly members: readonly string[];
  /** Where it is drawn (ms): the middle of its members' instants. */
  readonly at: number;
  /** The earliest start and the latest end of its members (ms). */
  readonly start: number;
  readonly end: number;
}

/** The outcome: the events drawn on their own, and the clusters. */
export interface CrowdLayout {
  readonly alone: ReadonlySet<string>;
  readonly clusters: readonly CrowdCluster[];
  /** Points whose box is drawn on one side of their instant (the others are centred on it). */
  readonly sides?: ReadonlyMap<string, BoxSide>;
}

/** The scale and the room the layout works with. */
export interface CrowdOptions {
  /** Pixels per millisecond: the zoom. */
  readonly pxPerMs: number;
  /** The height the stacked boxes may take (px); a box that would end above it is crowded. */
  readonly maxHeight: number;
  /** Horizontal and vertical room between boxes (px), as the drawing keeps it. */
  readonly gap: { readonly x: number; readonly y: number };
  /** The size of a cluster's box (px). */
  readonly clusterBox: { readonly width: number; readonly height: number };
  /** Events never gathered (the selected one, the one the keyboard is on, an opened cluster's). */
  readonly keepAlone?: (id: string) => boolean;
  /**
   * The stretch of time laid out (ms), when it is not all of it (crowd-span.ts): a period
   * is gathered by the middle of its part in the stretch, where the others it crowds are.
   */
  readonly within?: { readonly start: number; readonly end: number };
}

/** Prefix of cluster ids: a colon never occurs in a story's ids. */
export const CLUSTER_ID_PREFIX = 'he:cluster:';

/** Passes of "stack, gather what does not fit" before the layout settles for what it has. */
const MAX_PASSES = 4;

/** A box on the simulated drawing, in px (x from the epoch at the layout's scale). */
export interface StackBox {
  readonly left: number;
  readonly right: number;
  readonly height: number;
}

/** An event being laid out: where its box is drawn, and the group it is gathered in, if any. */
interface Entry {
  readonly item: CrowdItem;
  /** Its centre (ms): a point's instant, the middle of a period. */
  readonly centre: number;
  group: Group | undefined;
}

/** Events gathered into one cluster, being laid out. */
interface Group {
  readonly members: readonly Entry[];
  /** Where its cluster is drawn (ms): the middle of its members' centres. */
  readonly centre: number;
}

/**
 * Whether a period is drawn wider than a cluster: it keeps its bar (it is what it
 * spans, not part of a crowd) unless it is itself one of the boxes with no room.
 */
function isLong(item: CrowdItem, pxPerMs: number, width: number): boolean {
  return item.end !== undefined && (item.end - item.start) * pxPerMs > width;
}

/** The horizontal extent (px) an item's box takes at the layout's scale. */
function extentOf(item: CrowdItem, pxPerMs: number): { left: number; right: number } {
  const x = item.start * pxPerMs;
  if (item.end === undefined) {
    if (item.side === 'left') return { left: x, right: x + item.width };
    if (item.side === 'right') return { left: x - item.width, right: x };
    return { left: x - item.width / 2, right: x + item.width / 2 };
  }
  // A period's box spans its dates; its label needs its own width even when the period is short.
  return { left: x, right: Math.max(item.end * pxPerMs, x + item.width) };
}

/** Placed boxes from the lowest up. */
const byTop = (a: { top: number }, b: { top: number }) => a.top - b.top;

/**
 * Simulates stacking `boxes` (sorted by left edge) and returns those that
 * would end above `maxHeight`.
 */
export function overflowingBoxes<B extends StackBox>(
  boxes: readonly B[],
  maxHeight: number,
  gap: CrowdOptions['gap'],
): B[] {
  const overflow: B[] = [];
  // Placed boxes that may still collide with a later one (their right edge is not yet behind).
  const active: { right: number; left: number; top: number; bottom: number }[] = [];
  const below: { top: number; bottom: number }[] = [];
  for (const box of boxes) {
    // Drop the boxes left behind (in place), and collect those this one overlaps.
    let kept = 0;
    below.length = 0;
    for (const placed of active) {
      if (placed.right + gap.x <= box.left) continue;
      active[kept++] = placed;
      if (placed.left < box.right + gap.x) below.push(placed);
    }
    active.length = kept;
    if (below.length > 1) below.sort(byTop);
    let top = 0;
    for (const placed of below) {
      if (top + box.height + gap.y <= placed.top) break;
      top = Math.max(top, placed.bottom + gap.y);
    }
    if (top + box.height > maxHeight) overflow.push(box);
    else active.push({ left: box.left, right: box.right, top, bottom: top + box.height });
  }
  return overflow;
}

/**
 * The layout of `items` (sorted by start) at a zoom: which stand alone, which
 * are clustered. Gathers, pass after pass, the events whose boxes would be
 * stacked above `maxHeight` together with the events around them (those whose
 * centre falls within an overflowing box), into clusters no wider than a
 * cluster's box, until everything fits or `MAX_PASSES` have run (then the
 * drawing grows taller rather than hide more).
 */
export function crowdLayout(items: readonly CrowdItem[], options: CrowdOptions): CrowdLayout {
  const { pxPerMs, maxHeight, gap, clusterBox } = options;
  const keepAlone = options.keepAlone ?? (() => false);
  const within = options.within ?? { start: -Infinity, end: Infinity };
  const entries: Entry[] = items.map((item) => ({
    item,
    centre:
      item.end === undefined
        ? item.start
        : (Math.max(item.start, within.start) + Math.min(item.end, within.end)) / 2,
    group: undefined,
  }));
  let groups: Group[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const boxes = layoutBoxes(entries, groups, pxPerMs, clusterBox);
    const overflow = overflowingBoxes(boxes, maxHeight, gap);
    if (overflow.length === 0) break;
    // The spans (px) where boxes would not fit: everything centred in them is gathered.
    const crowded = mergeSpans(overflow);
    const overflowing = new Set(overflow.map((box) => entries[box.order]));
    const next = regroup(
      entries,
      groups,
      crowded,
      pxPerMs,
      clusterBox.width,
      (entry) =>
        keepAlone(entry.item.id) ||
        (isLong(entry.item, pxPerMs, clusterBox.width) && !overflowing.has(entry)),
    );
    if (next === groups) break;
    groups = next;
  }
  return toLayout(entries, groups);
}

/** Boxes from left to right; where two start together, in the order they were made. */
const byLeft = (a: StackBox & { order: number }, b: StackBox & { order: number }) =>
  a.left - b.left || a.order - b.order;

/** The boxes of the current grouping: the events alone, and one box per group. */
function layoutBoxes(
  entries: readonly Entry[],
  groups: readonly Group[],
  pxPerMs: number,
  clusterBox: CrowdOptions['clusterBox'],
): (StackBox & { readonly order: number })[] {
  const boxes: (StackBox & { readonly order: number })[] = [];
  for (let order = 0; order < entries.length; order += 1) {
    const entry = entries[order];
    if (!entry || entry.group) continue;
    // Built whole, not spread from `extentOf`: a spread copy was most of an opening search's time.
    const { left, right } = extentOf(entry.item, pxPerMs);
    boxes.push({ left, right, height: entry.item.height, order });
  }
  const half = clusterBox.width / 2;
  for (let index = 0; index < groups.length; index += 1) {
    const x = (groups[index]?.centre ?? 0) * pxPerMs;
    boxes.push({
      left: x - half,
      right: x + half,
      height: clusterBox.height,
      order: entries.length + index,
    });
  }
  return boxes.sort(byLeft);
}

/** Overlapping spans merged: [left, right] in px, sorted. */
function mergeSpans(boxes: readonly StackBox[]): { left: number; right: number }[] {
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  const spans: { left: number; right: number }[] = [];
  for (const box of sorted) {
    const last = spans[spans.length - 1];
    if (last && box.left <= last.right) last.right = Math.max(last.right, box.right);
    else spans.push({ left: box.left, right: box.right });
  }
  return spans;
}

function groupOf(members: readonly Entry[]): Group {
  let min = Infinity;
  let max = -Infinity;
  for (const member of members) {
    min = Math.min(min, member.centre);
    max = Math.max(max, member.centre);
  }
  return { members, centre: (min + max) / 2 };
}

/**
 * New groups: every event (unless it `stays` alone) whose box, or whose
 * cluster, is centred in a crowded span is gathered there, the groups already in it taken
 * apart and gathered anew; the events of a span are cut into groups no wider
 * than `width` px, so that a long crowded stretch becomes a row of clusters,
 * each of which zooms into a readable stretch. Returns `groups` itself when
 * nothing changed.
 */
function regroup(
  entries: readonly Entry[],
  groups: readonly Group[],
  crowded: readonly { left: number; right: number }[],
  pxPerMs: number,
  width: number,
  stays: (entry: Entry) => boolean,
): Group[] {
  // The spans are merged and sorted: find the last one starting at or before x.
  const inSpan = (x: number) => {
    let low = 0;
    let high = crowded.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((crowded[middle]?.left ?? Infinity) <= x) low = middle + 1;
      else high = middle;
    }
    const span = crowded[low - 1];
    return span !== undefined && x <= span.right;
  };
  const gathered = new Set<Entry>();
  for (const entry of entries) {
    if (stays(entry)) continue;
    if (inSpan((entry.group?.centre ?? entry.centre) * pxPerMs)) gathered.add(entry);
  }
  const touched = groups.filter((group) => group.members.some((member) => gathered.has(member)));
  const touchedSet = new Set(touched);
  for (const group of touched) for (const member of group.members) gathered.add(member);
  const touchedCount = touched.reduce((sum, group) => sum + group.members.length, 0);
  // Nothing new to gather: regrouping would give back the same groups.
  if (gathered.size === 0 || touchedCount === gathered.size) return groups as Group[];
  const kept = groups.filter((group) => !touchedSet.has(group));
  const fresh: Entry[][] = [];
  let current: Entry[] = [];
  let firstX = 0;
  for (const entry of [...gathered].sort((a, b) => a.centre - b.centre)) {
    const x = entry.centre * pxPerMs;
    if (current.length > 0 && x - firstX > width) {
      fresh.push(current);
      current = [];
    }
    if (current.length === 0) firstX = x;
    current.push(entry);
  }
  if (current.length > 0) fresh.push(current);
  // A cluster of one event would hide its title for nothing: it stays alone (the drawing grows).
  const next = [...kept, ...fresh.filter((members) => members.length > 1).map(groupOf)];
  for (const entry of entries) entry.group = undefined;
  for (const group of next) for (const member of group.members) member.group = group;
  return next;
}

function toLayout(entries: readonly Entry[], groups: readonly Group[]): CrowdLayout {
  const alone = new Set(entries.filter((entry) => !entry.group).map((entry) => entry.item.id));
  const clusters = groups
    .map((group): CrowdCluster => {
      const members = [...group.members].sort((a, b) => a.item.start - b.item.start);
      let start = Infinity;
      let end = -Infinity;
      for (const { item } of members) {
        start = Math.min(start, item.start);
        end = Math.max(end, item.end ?? item.start);
      }
      const ids = members.map((member) => member.item.id);
      return {
        id: `${CLUSTER_ID_PREFIX}${ids[0] ?? ''}`,
        members: ids,
        at: group.centre,
        start,
        end,
      };
    })
    .sort((a, b) => a.at - b.at);
  return { alone, clusters };
}
