/**
 * The first window the timeline shows: the stretch of the story where the most
 * event titles can be read at once (each on its own box, wholly in view), so
 * that a reader meets the densest part of the story readable rather than the
 * whole period collapsed into counts. The overview strip under the timeline
 * shows where that stretch sits in the whole. Pure: no DOM.
 *
 * @module
 */
import type { TimeWindow } from '../model/time-window.js';
import {
  crowdLayout,
  type CrowdItem,
  type CrowdLayout,
  type CrowdOptions,
} from './crowd-layout.js';
import { finishNow } from '../shared/yield-to-main.js';
import { LOCAL_LAYOUT_MIN_EVENTS } from './crowd-span.js';

/** What the choice depends on beside the events. */
export interface OpeningOptions extends Omit<CrowdOptions, 'pxPerMs'> {
  /** Width of the drawing (px). */
  readonly width: number;
  /** The narrowest window to offer (ms): a year-only story is not opened on a fortnight. */
  readonly minSpan: number;
  /** Room kept free at both ends of the window (px). */
  readonly padding: number;
  /** An event that must be readable in the window (a deep-linked selection). */
  readonly mustShow?: string;
}

/**
 * How much work choosing may take, in events laid out: a short story tries
 * every window from one event to any of the next `MAX_REACH`; a long one
 * samples fewer, shorter windows across the story, so that choosing costs a
 * few milliseconds however many events there are (docs/performance.md).
 */
const WORK = 200_000;
/**
 * The windows tried in a long story (more than `LOCAL_LAYOUT_MIN_EVENTS`
 * events, each window laid out from its nearby events only), however long it
 * is: the floor every story already had. Above that size, `WORK`'s share (100
 * windows at 2,000 events) found the same opening ~20 ms later in the first
 * draw (docs/performance.md).
 */
const LONG_STORY_WINDOWS = 64;
/** From one first event, windows reaching at most this many events further are tried. */
const MAX_REACH = 48;
/** However long the story, windows start from at least this many places along it. */
const MIN_ANCHORS = 12;
/** …and reach at least this many events. */
const MIN_REACH = 6;

/**
 * Whether an item's title is wholly in `window` on a drawing `width` px wide:
 * a point's box centred on its date; a period's label at its start, or held at
 * the left edge while the period runs on.
 */
export function isReadableIn(item: CrowdItem, window: TimeWindow, width: number): boolean {
  const from = window.start.getTime();
  const scale = width / (window.end.getTime() - from);
  const x = (item.start - from) * scale;
  if (item.end === undefined) return x - item.width / 2 >= 0 && x + item.width / 2 <= width;
  const right = (item.end - from) * scale;
  return right > 0 && Math.max(x, 0) + item.width <= width;
}

/** How many titles can be read in `window`: events alone (not clustered) and wholly in view. */
export function readableCount(
  items: readonly CrowdItem[],
  window: TimeWindow,
  options: OpeningOptions,
): number {
  return assess(nearWindow(items, window), window, options).readable.length;
}

/**
 * The titles readable in `window`, and how many boxes (events or clusters) it
 * cuts at its edges: partly in view, partly out. `near`: the events that can
 * crowd it (`nearWindow`).
 */
function assess(
  near: readonly CrowdItem[],
  window: TimeWindow,
  options: OpeningOptions,
): { readable: string[]; cut: number } {
  const pxPerMs = options.width / (window.end.getTime() - window.start.getTime());
  return assessIn(crowdLayout(near, { ...options, pxPerMs }), near, window, options);
}

/**
 * `assess` with the layout already made: `layout` is of `near` (or of more events
 * around it) at the window's scale.
 */
function assessIn(
  layout: CrowdLayout,
  near: readonly CrowdItem[],
  window: TimeWindow,
  options: OpeningOptions,
): { readable: string[]; cut: number } {
  const from = window.start.getTime();
  const pxPerMs = options.width / (window.end.getTime() - from);
  const readable: string[] = [];
  let cut = 0;
  const isCut = (left: number, right: number) =>
    right > 0 && left < options.width && (left < 0 || right > options.width);
  for (const item of near) {
    if (!layout.alone.has(item.id)) continue;
    if (isReadableIn(item, window, options.width)) readable.push(item.id);
    else if (item.end === undefined) {
      const x = (item.start - from) * pxPerMs;
      if (isCut(x - item.width / 2, x + item.width / 2)) cut += 1;
    }
  }
  const half = options.clusterBox.width / 2;
  for (const cluster of layout.clusters) {
    const x = (cluster.at - from) * pxPerMs;
    if (isCut(x - half, x + half)) cut += 1;
  }
  return { readable, cut };
}

/**
 * The events (sorted by start) that can crowd `window`: those starting in it or
 * within one window's span on either side, and periods starting before that
 * and running into it.
 */
function nearWindow(items: readonly CrowdItem[], window: TimeWindow): CrowdItem[] {
  const span = window.end.getTime() - window.start.getTime();
  return nearStretch(items, window.start.getTime() - span, window.end.getTime() + span);
}

/** The events (sorted by start) starting from `from` to before `to`, and periods running into it. */
function nearStretch(items: readonly CrowdItem[], from: number, to: number): CrowdItem[] {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((items[middle]?.start ?? Infinity) < from) low = middle + 1;
    else high = middle;
  }
  // A loop, not `slice(0, low).filter`: this runs for every window the opening search tries.
  const near: CrowdItem[] = [];
  for (let index = 0; index < low; index += 1) {
    const item = items[index];
    if (item?.end !== undefined && item.end > from) near.push(item);
  }
  for (let index = low; index < items.length; index += 1) {
    const item = items[index];
    if (!item || item.start >= to) break;
    near.push(item);
  }
  return near;
}

/**
 * At most how many titles `window` can show readable: the events of `near`
 * that reach into it (the crowd layout is what it saves).
 */
function mostReadable(near: readonly CrowdItem[], window: TimeWindow): number {
  const from = window.start.getTime();
  const to = window.end.getTime();
  let count = 0;
  for (const item of near) if (item.start <= to && (item.end ?? item.start) >= from) count += 1;
  return count;
}

/**
 * Where the windows tried start (indices into the events) and how many events
 * they reach: all of them for a short story, a sample for a long one (see
 * `WORK` and `LONG_STORY_WINDOWS`); with `mustShow` at `index`, only windows that hold it.
 */
function candidateAnchors(count: number, index: number): { anchors: number[]; reach: number } {
  const budget =
    count > LOCAL_LAYOUT_MIN_EVENTS
      ? LONG_STORY_WINDOWS
      : Math.max(LONG_STORY_WINDOWS, Math.floor(WORK / count));
  let reach = Math.min(MAX_REACH, count);
  let anchorCount = Math.ceil(budget / reach);
  if (anchorCount < MIN_ANCHORS) {
    reach = Math.max(MIN_REACH, Math.floor(budget / MIN_ANCHORS));
    anchorCount = MIN_ANCHORS;
  }
  if (index >= 0) {
    const first = Math.max(0, index - reach + 1);
    return {
      anchors: Array.from({ length: index - first + 1 }, (_, offset) => first + offset),
      reach,
    };
  }
  const step = Math.max(1, Math.ceil(count / anchorCount));
  return { anchors: Array.from({ length: Math.ceil(count / step) }, (_, n) => n * step), reach };
}

/**
 * The window from the box of `first` to the box of `last` (their dates and
 * half their widths, or a period's start, plus padding), widened to `minSpan`
 * around its middle; one event alone is centred in a window of `minSpan`.
 * Undefined when the drawing is too narrow to hold the two boxes apart.
 */
export function windowBetween(
  first: CrowdItem,
  last: CrowdItem,
  options: Pick<OpeningOptions, 'width' | 'minSpan' | 'padding'>,
): TimeWindow | undefined {
  // A period's label starts at its date and may run on past the right edge.
  const leftRoom = (first.end === undefined ? first.width / 2 : 0) + options.padding;
  const rightRoom = (last.end === undefined ? last.width / 2 : 0) + options.padding;
  const inner = options.width - leftRoom - rightRoom;
  const from = first.start;
  const to = last.start;
  let start: number;
  let end: number;
  if (to > from && inner > 0) {
    const scale = inner / (to - from);
    start = from - leftRoom / scale;
    end = to + rightRoom / scale;
  } else if (to <= from) {
    // One date: its box in the middle (a period's from its start).
    start = first.end === undefined ? from : from - options.minSpan / 4;
    end = start;
  } else {
    return undefined;
  }
  if (end - start < options.minSpan) {
    const middle = (start + end) / 2;
    start = middle - options.minSpan / 2;
    end = middle + options.minSpan / 2;
  }
  return { start: new Date(start), end: new Date(end) };
}

/**
 * Whether a window beats another: more titles readable; then fewer boxes cut
 * at its edges; then wider (it shows more of the story around them).
 */
function isBetter(
  candidate: { count: number; cut: number; span: number },
  best: { count: number; cut: number; span: number },
): boolean {
  if (candidate.count !== best.count) return candidate.count > best.count;
  if (candidate.cut !== best.cut) return candidate.cut < best.cut;
  return candidate.span > best.span;
}

/**
 * The opening window of `items` (sorted by start): of the windows that run
 * from one event's box to a later one's, the one where the most titles are
 * readable (see `isBetter` for ties). With `mustShow`, only windows where that event is readable count.
 * Undefined without items.
 */
export function openingWindow(
  items: readonly CrowdItem[],
  options: OpeningOptions,
): TimeWindow | undefined {
  return finishNow(openingSearch(items, options));
}

/**
 * `openingWindow` as steps: it pauses after each window it assesses, so that
 * a caller on the main thread can give the page a turn between slices (the
 * search was the longest task of a story page's first drawing on a phone,
 * docs/performance.md). The windows are tried in the same order however it
 * is sliced, so the answer is the same.
 */
export function* openingSearch(
  items: readonly CrowdItem[],
  options: OpeningOptions,
): Generator<void, TimeWindow | undefined, void> {
  if (items.length === 0 || options.width <= 0) return undefined;
  let best: { window: TimeWindow; count: number; cut: number; span: number } | undefined;
  const keepAlone = (id: string) => id === options.mustShow || options.keepAlone?.(id) === true;
  const layoutOptions = { ...options, keepAlone };
  const must =
    options.mustShow === undefined ? -1 : items.findIndex((item) => item.id === options.mustShow);
  const { anchors, reach } = candidateAnchors(items.length, must);
  for (const i of anchors) {
    const first = items[i];
    if (!first) continue;
    // With a must-show event, only windows that reach it.
    const from = must >= 0 ? Math.max(i, must) : i;
    const windows: TimeWindow[] = [];
    for (const last of items.slice(from, i + reach)) {
      const window = windowBetween(first, last, options);
      if (window) windows.push(window);
    }
    for (const run of sameSpanRuns(windows)) {
      // One layout for a run of windows of one span (one scale): in a long story most are
      // the narrowest span, a little apart. Laid out over all their surroundings at once,
      // each window has at least the events around it that it would have alone.
      const span = spanOf(run[0]);
      const near = nearStretch(
        items,
        Math.min(...run.map((window) => window.start.getTime())) - span,
        Math.max(...run.map((window) => window.end.getTime())) + span,
      );
      let layout: CrowdLayout | undefined;
      for (const window of run) {
        // Fewer titles than the best so far, at most: it cannot win (fewer titles lose first).
        if (best && mostReadable(near, window) < best.count) continue;
        layout ??= crowdLayout(near, { ...layoutOptions, pxPerMs: options.width / span });
        const { readable, cut } = assessIn(layout, near, window, options);
        yield;
        if (options.mustShow !== undefined && !readable.includes(options.mustShow)) continue;
        const candidate = { window, count: readable.length, cut, span: spanOf(window) };
        if (!best || isBetter(candidate, best)) best = candidate;
      }
    }
  }
  return best?.window;
}

/** A window's length (ms). */
function spanOf(window: TimeWindow | undefined): number {
  return window ? window.end.getTime() - window.start.getTime() : 0;
}

/**
 * `windows` cut into runs of neighbours with the same span, in order (to the
 * millisecond: a window's ends are whole milliseconds, so two windows widened to
 * the same span around different middles may differ by one).
 */
function sameSpanRuns(windows: readonly TimeWindow[]): TimeWindow[][] {
  const runs: TimeWindow[][] = [];
  for (const window of windows) {
    const run = runs[runs.length - 1];
    if (run && Math.abs(spanOf(run[0]) - spanOf(window)) <= 1) run.push(window);
    else runs.push([window]);
  }
  return runs;
}
