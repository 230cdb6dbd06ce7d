/**
 * What a `VisTimelineController` is given and tells its element, and the few
 * helpers that reach into vis-timeline beyond its API (kept together so a new
 * vis-timeline version has one place to check).
 *
 * @module
 */
import type { DataSet } from 'vis-data/esnext/esm/vis-data.js';
import type { DataItem, Timeline, TimelineOptions } from 'vis-timeline/esnext';
import type { Story } from '../model/story-schema.js';
import type { TimeWindow } from '../model/time-window.js';
import { fullExtent, type TimelineItem } from '../model/timeline-items.js';
import type { ItemStrings } from './item-content.js';
import type { CrowdContent } from './timeline-crowd.js';
import type { VisModule } from './vis-chunk.js';
import type { VisItemState } from './vis-items.js';

/** What the timeline draws. The element sets it before each of its updates. */
export interface TimelineContent {
  readonly story: Story;
  /** The story's events as timeline items, in date order, by id. */
  readonly itemsById: ReadonlyMap<string, TimelineItem>;
  /** Which events are drawn, and how (see `toVisItems`). */
  readonly itemState: VisItemState;
  /** The selected event, or empty. */
  readonly selected: string;
}

/** What the controller asks of its element, and tells it. */
export interface VisTimelineHooks {
  /** The element vis-timeline draws into, once rendered. */
  container(): HTMLElement | undefined;
  /** The `Intl` locale of the axis labels, read at each redraw. */
  locale(): string;
  /** The interface strings the drawing shows (cluster counts, "planned"). */
  strings(): ItemStrings;
  /** Hidden boxes styled as the drawing's (a point's, a period's), to measure labels with. */
  probes(): HTMLElement | undefined;
  /** The height the stacked boxes may take before they are clustered (px). */
  stackHeight(): number;
  /** The reader picked an event on the drawing. */
  select(id: string): void;
  /** vis-timeline's drawing became visible (may be told twice). */
  drawn(): void;
  /** The reader moved or zoomed the window, and it has settled. */
  rangeChanged(window: TimeWindow): void;
  /** The window is moving (each step of a drag or zoom, and every jump). */
  windowChanging(window: TimeWindow): void;
  /** A cluster was opened: its events are drawn on their own now. */
  clusterOpened(): void;
  /** `destroy` was called, or the element left the document: there is no drawing. */
  destroyed(): void;
}

/**
 * The parts of vis-timeline's internal state used here: not its API, so a new
 * version may rename them (the tests of the first window and of the list giving
 * way to the drawing would fail).
 */
export interface TimelineInternals {
  /** Whether vis-timeline has fitted its first window to the item boxes. */
  initialFitDone: boolean;
  /** Set in the redraw that makes the drawing visible (it is hidden until then). */
  initialDrawDone?: boolean;
}

export const internals = (timeline: Timeline) => timeline as unknown as TimelineInternals;

/** Resolves after vis-timeline's next redraw (or half a second later if none comes). */
export function nextRedraw(timeline: Timeline): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      timeline.off('changed', done);
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(done, 500);
    timeline.on('changed', done);
  });
}

/** The content as the crowd layout reads it. */
export function crowdContentOf(content: TimelineContent): CrowdContent {
  return {
    itemsById: content.itemsById,
    visible: content.itemState.visible,
    selected: content.selected,
    activeId: content.itemState.activeId,
    extent: fullExtent(content.story),
  };
}

/** Gives vis-timeline's stylesheet to the shadow root `container` is drawn in, once. */
export function adoptVisStyles(container: HTMLElement, vis: VisModule): void {
  const root = container.getRootNode();
  if (root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(vis.visStyleSheet())) {
    // First, so that the element's own rules (same specificity) override vis-timeline's.
    root.adoptedStyleSheets = [vis.visStyleSheet(), ...root.adoptedStyleSheets];
  }
}

/**
 * Calls `drawn` once vis-timeline's drawing is visible. vis-timeline makes it
 * visible inside its first `changed` (a redraw in an animation frame; its own
 * listener, registered first, runs before this one) but calls
 * onInitialDrawComplete only in a task after that frame was painted. Told
 * here, the element hides its list in the frame the drawing appears in: one
 * frame to paint, not two (docs/performance.md).
 */
export function onFirstDraw(timeline: Timeline, drawn: () => void): void {
  const listener = () => {
    if (!internals(timeline).initialDrawDone) return;
    timeline.off('changed', listener);
    drawn();
  };
  timeline.on('changed', listener);
}

/**
 * A vis-timeline showing `window`, created without items: given at creation,
 * vis-timeline fits its window to them before `initialFitDone` can be set,
 * piling the off-window ones at the left. Without any (not even an empty set)
 * it stays hidden until `setItemsDrawnNextFrame`, which leaves the drawing to
 * vis-timeline's next animation frame: on a phone, the longest task while the
 * timeline appears, halved (docs/performance.md).
 */
export function createWithoutItems(
  vis: VisModule,
  container: HTMLElement,
  options: TimelineOptions,
  window: TimeWindow | undefined,
): Timeline {
  const timeline = new vis.Timeline(container, null as unknown as DataItem[], options);
  internals(timeline).initialFitDone = true;
  if (window) timeline.setWindow(window.start, window.end, { animation: false });
  return timeline;
}

/** The parts of a vis-timeline group (a row of items) touched by `setItemsDrawnNextFrame`. */
interface GroupInternals {
  _checkIfVisible?: unknown;
}

/** The parts of vis-timeline's item set touched by `setItemsDrawnNextFrame`. */
interface ItemSetInternals {
  groups?: Record<string, GroupInternals>;
  initialItemSetDrawn?: boolean;
}

/**
 * `timeline.setItems(items)` for a timeline that has not drawn items yet, with
 * the drawing left to vis-timeline's next animation frame, where every box in
 * view is built in one pass of writes and measured in one of reads. Left to
 * itself, vis-timeline builds and measures each added item in view at once
 * (`_checkIfVisible`: a forced layout per item, one write and read after
 * another), then redraws everything again inside `setItems`. Its redraw finds
 * the items in view all the same (`_updateItemsInRange`). Figures in
 * docs/performance.md.
 */
export function setItemsDrawnNextFrame(timeline: Timeline, items: DataSet<DataItem>): void {
  const itemSet = (timeline as unknown as { itemSet?: ItemSetInternals }).itemSet;
  const groups = Object.values(itemSet?.groups ?? {});
  // Until set (by its first redraw), vis-timeline redraws at once on every change.
  if (itemSet) itemSet.initialItemSetDrawn = true;
  for (const group of groups) group._checkIfVisible = () => undefined;
  try {
    timeline.setItems(items);
  } finally {
    // Back to the prototype's: later changes show their items as vis-timeline does.
    for (const group of groups) delete group._checkIfVisible;
  }
}
