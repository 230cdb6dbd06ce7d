/**
 * The crowd state of one drawn timeline: the events measured as boxes, the
 * layout at the current zoom (which stand alone, which are clustered), the
 * cluster the reader opened and the event a caller asked to see; and from
 * them, the window the timeline opens on. The controller asks; this answers.
 *
 * @module
 */
import type { TimeWindow } from '../model/time-window.js';
import type { TimelineItem } from '../model/timeline-items.js';
import { sidesAtOpening, withSides } from './box-side.js';
import {
  crowdLayout,
  type BoxSide,
  type CrowdCluster,
  type CrowdItem,
  type CrowdLayout,
  type CrowdOptions,
} from './crowd-layout.js';
import {
  itemsWithin,
  laidOutStretch,
  LOCAL_LAYOUT_MIN_EVENTS,
  stretchCovers,
  type TimeStretch,
} from './crowd-span.js';
import { crowdItemSteps, measureBox, metricsOf, type LabelMetrics } from './item-size.js';
import { openingSearch, windowBetween } from './opening-window.js';
import { finishNow, finishWhenIdle } from '../shared/yield-to-main.js';
import { panLimits, windowWithinLimits } from './vis-options.js';

/** What the crowd state reads of the timeline's content. */
export interface CrowdContent {
  readonly itemsById: ReadonlyMap<string, TimelineItem>;
  readonly visible: ReadonlySet<string> | undefined;
  readonly selected: string;
  readonly activeId: string;
  /** The window that shows every event (`fullExtent`): vis-timeline's pan limits follow it. */
  readonly extent?: TimeWindow | undefined;
}

const DAY_MS = 24 * 3600 * 1000;
/** The room vis-timeline keeps between boxes (its `margin.item`), plus a pixel of rounding. */
export const ITEM_GAP = { x: 5, y: 7 } as const;
/** The narrowest opening window: half a year (a phone shows one year's stack of events). */
const MIN_OPENING_SPAN = 182 * DAY_MS;
/** The narrowest window an opened cluster gets: three months. */
const MIN_CLUSTER_SPAN = 91 * DAY_MS;
/** Room kept at both ends of a window the timeline chooses (px). */
const PADDING = 12;
/** The box of a cluster: its dates and count on two lines. */
const CLUSTER_BOX = { width: 96, height: 44 } as const;

/** Where an item's box ends on the time axis: a period's end, a point's instant. */
const reach = (item: CrowdItem) => item.end ?? item.start;

/** An item as a point at the far end of its span (to fit a period's end in a window). */
function asPoint(item: CrowdItem): CrowdItem {
  // Named, not spread: a box measured when asked has its sizes as getters (item-size.ts).
  const { id, width, height, side } = item;
  return { id, start: item.end ?? item.start, width, height, ...(side ? { side } : {}) };
}

/** The crowd state of a timeline; see the module comment. */
export class TimelineCrowd {
  /** The layout the drawing shows now. */
  layout: CrowdLayout = { alone: new Set(), clusters: [] };
  /** Events of a cluster the reader opened: they stand alone until the next zoom of theirs. */
  private opened: ReadonlySet<string> = new Set();
  /** An event shown on request (`showEvent`): it stands alone until the next zoom. */
  private featured = '';
  private metrics?: LabelMetrics;
  private measured?: {
    readonly itemsById: CrowdContent['itemsById'];
    readonly visible: CrowdContent['visible'];
    readonly items: CrowdItem[];
  };
  private clustersById = new Map<string, CrowdCluster>();
  /** The zoom (px per ms) the layout was made for. */
  private pxPerMs = 0;
  /** The stretch of time the layout covers (crowd-span.ts): the events beyond it are not drawn. */
  private stretch?: TimeStretch;
  /**
   * Boxes turned to one side of their instant at the opening (box-side.ts). Kept while the
   * reader moves from there; forgotten when the timeline chooses another window itself.
   */
  private sides: ReadonlyMap<string, BoxSide> = new Map();
  private sided?: {
    readonly items: readonly CrowdItem[];
    readonly sides: ReadonlyMap<string, BoxSide>;
    readonly sidedItems: readonly CrowdItem[];
  };

  constructor(
    private readonly probes: () => HTMLElement | undefined,
    private readonly plannedLabel: () => string,
  ) {}

  /** Forgets the measurements (a new drawing, another language). */
  reset(): void {
    this.metrics = undefined;
    this.measured = undefined;
    this.opened = new Set();
    this.featured = '';
    this.sides = new Map();
  }

  /** Measures the labels again (the drawing's width changed, and wrapped labels with it). */
  remeasure(): void {
    this.metrics = undefined;
    this.measured = undefined;
  }

  /** Whether `window` on a drawing `width` px wide is at another zoom than the layout was made for. */
  zoomChanged(window: TimeWindow, width: number): boolean {
    const scale = width / (window.end.getTime() - window.start.getTime());
    return Math.abs(scale - this.pxPerMs) > this.pxPerMs * 0.01;
  }

  /** Whether the layout covers `window` (a pan within it needs no new one). */
  covers(window: TimeWindow): boolean {
    return stretchCovers(this.stretch, window);
  }

  /** The cluster drawn with this id, if any. */
  cluster(id: string): CrowdCluster | undefined {
    return this.clustersById.get(id);
  }

  /** Keeps an event alone until the reader zooms (the timeline was asked to show it). */
  feature(id: string): void {
    this.featured = id;
    this.centreBoxes();
  }

  /** The timeline chooses a window itself: every box centred on its instant again. */
  centreBoxes(): void {
    this.sides = new Map();
  }

  /** The reader zoomed: an opened cluster and a featured event may be gathered again. */
  release(): void {
    this.opened = new Set();
    this.featured = '';
  }

  /** The visible events, measured as boxes (cached while the items and the filter are the same). */
  items(content: CrowdContent): CrowdItem[] {
    return finishNow(this.itemsSteps(content));
  }

  /**
   * `items` in steps, for a caller that gives the page turns between them (`finishInSlices`).
   * A story laid out whole (crowd-span.ts) has every box measured in these steps; a longer
   * one, laid out near the window only, has each measured when first laid out, and the rest
   * when the page is idle (so that a later zoom over a wide stretch finds them measured).
   */
  *itemsSteps(content: CrowdContent): Generator<void, CrowdItem[], void> {
    const measured = this.measured;
    if (measured?.itemsById === content.itemsById && measured.visible === content.visible)
      return measured.items;
    this.metrics ??= this.measureLabels();
    const count = content.visible?.size ?? content.itemsById.size;
    const items = (yield* crowdItemSteps(
      content.itemsById.values(),
      this.metrics,
      this.plannedLabel(),
      content.visible,
      count <= LOCAL_LAYOUT_MIN_EVENTS,
    )).sort((a, b) => a.start - b.start);
    this.measured = { itemsById: content.itemsById, visible: content.visible, items };
    if (count > LOCAL_LAYOUT_MIN_EVENTS) void finishWhenIdle(this.measureRestSteps(items));
    return items;
  }

  /** Measures the boxes of `items` not measured yet, one step per event, until they are replaced. */
  private *measureRestSteps(items: readonly CrowdItem[]): Generator<void, void, void> {
    for (const item of items) {
      if (this.measured?.items !== items) return;
      measureBox(item);
      yield;
    }
  }

  /**
   * Lays the events out for `window` on a drawing `width` px wide, and keeps the
   * result. A long story's are laid out near the window only (crowd-span.ts):
   * those beyond the stretch it covers are neither alone nor clustered, so not
   * drawn, until a window outside it is laid out.
   */
  relayout(content: CrowdContent, window: TimeWindow, width: number, stackHeight: number) {
    const span = window.end.getTime() - window.start.getTime();
    const items = this.sidedItems(this.items(content));
    this.stretch = laidOutStretch(window, items.length);
    this.pxPerMs = width > 0 && span > 0 ? width / span : 0;
    const layout = crowdLayout(itemsWithin(items, this.stretch), {
      ...this.options(content, stackHeight),
      pxPerMs: this.pxPerMs,
      within: this.stretch,
    });
    this.layout = { ...layout, sides: this.sides };
    this.clustersById = new Map(this.layout.clusters.map((cluster) => [cluster.id, cluster]));
    return this.layout;
  }

  /**
   * The window to open on: where the most titles are readable, holding
   * `mustShow` when given (a deep-linked selection), as vis-timeline will show it
   * within the pan limits of the content's extent. The boxes it would cut at its
   * edges are turned from then on (box-side.ts).
   */
  opening(
    content: CrowdContent,
    width: number,
    stackHeight: number,
    mustShow?: string,
  ): TimeWindow | undefined {
    return finishNow(this.openingSteps(content, width, stackHeight, mustShow));
  }

  /** `opening` in steps, for a caller that gives the page turns between them (`finishInSlices`). */
  *openingSteps(
    content: CrowdContent,
    width: number,
    stackHeight: number,
    mustShow?: string,
  ): Generator<void, TimeWindow | undefined, void> {
    const items = this.items(content);
    const found = yield* openingSearch(items, {
      ...this.options(content, stackHeight),
      width,
      minSpan: MIN_OPENING_SPAN,
      padding: PADDING,
      ...(mustShow ? { mustShow } : {}),
    });
    const { extent } = content;
    const window = found && extent ? windowWithinLimits(found, panLimits(extent)) : found;
    this.sides = window ? sidesAtOpening(items, window, width) : new Map();
    return window;
  }

  /** The window that shows every visible event, each box wholly in view. */
  fitting(content: CrowdContent, width: number): TimeWindow | undefined {
    // The window is worked out for boxes centred on their instants.
    this.centreBoxes();
    const items = this.items(content);
    const first = items[0];
    // The event whose box reaches furthest right: a period's end, or a late point.
    const last = items.reduce<CrowdItem | undefined>(
      (latest, item) => (!latest || reach(item) >= reach(latest) ? item : latest),
      undefined,
    );
    if (!first || !last) return undefined;
    return windowBetween(first, asPoint(last), {
      width,
      minSpan: MIN_OPENING_SPAN,
      padding: PADDING,
    });
  }

  /**
   * Opens a cluster: its events will stand alone, and the window that shows
   * them all side by side (or stacked, when they share a date).
   */
  open(cluster: CrowdCluster, content: CrowdContent, width: number): TimeWindow | undefined {
    const members = new Set(cluster.members);
    this.opened = members;
    this.centreBoxes();
    const items = this.items(content).filter((item) => members.has(item.id));
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return undefined;
    return windowBetween(first, last, { width, minSpan: MIN_CLUSTER_SPAN, padding: PADDING });
  }

  /** `items` with the boxes' sides (cached while both are the same). */
  private sidedItems(items: readonly CrowdItem[]): readonly CrowdItem[] {
    const sided = this.sided;
    if (sided?.items === items && sided.sides === this.sides) return sided.sidedItems;
    const sidedItems = withSides(items, this.sides);
    this.sided = { items, sides: this.sides, sidedItems };
    return sidedItems;
  }

  private options(content: CrowdContent, stackHeight: number): Omit<CrowdOptions, 'pxPerMs'> {
    const { selected, activeId } = content;
    const { opened, featured } = this;
    return {
      maxHeight: stackHeight,
      gap: ITEM_GAP,
      clusterBox: CLUSTER_BOX,
      keepAlone: (id) => id === selected || id === activeId || id === featured || opened.has(id),
    };
  }

  private measureLabels(): LabelMetrics {
    const probes = this.probes();
    if (probes) return metricsOf(probes);
    // Not rendered yet: the sizes the stylesheet sets, give or take.
    return {
      measure: (text, bold) => text.length * (bold ? 7.6 : 7.1),
      lineHeight: 17.5,
      maxWidth: 208,
      rangeMaxWidth: 520,
      chromeX: 17,
      chromeY: 8,
    };
  }
}

/** Under this width (px) a frame is a phone's: boxes stack rather than stand side by side. */
const NARROW_FRAME = 480;

/**
 * The height the timeline's stacked boxes may take before crowded ones are
 * clustered: about half the window's height, so that the timeline, its
 * overview and the start of the detail fit on one screen; on a phone (a frame
 * under 480 px wide, where boxes stack rather than stand side by side) more.
 */
export function stackHeightFor(viewportHeight: number, frameWidth: number): number {
  const share = frameWidth > 0 && frameWidth < NARROW_FRAME ? 0.64 : 0.48;
  return Math.round(Math.min(540, Math.max(180, viewportHeight * share)));
}

/** The overview strip's height with its gap: it appears once the timeline is drawn. */
const OVERVIEW_ROOM = 50;

/**
 * The height a frame keeps while it shows the list of events, before
 * vis-timeline draws: about what the drawing will take (a box row per dozen
 * events, up to the stacking height) plus the overview strip that comes with
 * it; 0 (none) for no events. What is under the timeline (the detail on a
 * phone, the graph on a wide page) then hardly moves when it is drawn, and it
 * does not paint inside the first screen only to be pushed out of it (it
 * would become the page's largest paint). Measured shifts in
 * docs/performance.md.
 */
export function previewHeightFor(
  viewportHeight: number,
  frameWidth: number,
  events: number,
): number {
  if (events === 0) return 0;
  const drawn = Math.min(stackHeightFor(viewportHeight, frameWidth), 200 + 12 * events) + 6;
  return drawn + OVERVIEW_ROOM;
}
