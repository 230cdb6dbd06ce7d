/**
 * The vis-timeline instance of an `<event-timeline>`, owned by a Lit reactive
 * controller: created once the library has loaded and the element's list of
 * events has been painted, kept up to date (items, classes, selection,
 * clustering), destroyed when the element leaves the document. Every reach
 * into vis-timeline's private state is here, and nowhere else.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataSet } from 'vis-data/esnext/esm/vis-data.js';
import type { DataItem, IdType, Timeline, TimelineOptions } from 'vis-timeline/esnext';
import { indexStory } from '../model/story-index.js';
import type { Story } from '../model/story-schema.js';
import type { TimeWindow } from '../model/time-window.js';
import { fullExtent, type TimelineItem } from '../model/timeline-items.js';
import { axisFormat } from './axis-format.js';
import { clusterThreshold, countInWindow, shouldCluster } from './clustering.js';
import { itemContent, type ItemStrings, type TemplateData } from './item-content.js';
import { loadVis, type VisModule } from './vis-chunk.js';
import {
  classUpdates,
  eventIdOfItem,
  toVisItems,
  visItemId,
  type VisItemState,
} from './vis-items.js';
import { visClusterOptions, visTimelineOptions, type VisClusterOptions } from './vis-options.js';
import { revealCentre, windowAround, zoomedInto } from './window-moves.js';

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
  /** The interface strings the drawing shows (cluster titles, "planned"). */
  strings(): ItemStrings;
  /** At most this many events in the window stand on their own (`cluster-threshold`). */
  clusterThreshold(): number;
  /** The reader picked an event on the drawing. */
  select(id: string): void;
  /** vis-timeline's drawing became visible (may be told twice). */
  drawn(): void;
  /** The reader moved or zoomed the window, and it has settled. */
  rangeChanged(window: TimeWindow): void;
  /** `destroy` was called, or the element left the document: there is no drawing. */
  destroyed(): void;
}

/**
 * The parts of vis-timeline's internal state used here: not its API, so a new
 * version may rename them (the tests of the first window and of the list giving
 * way to the drawing would fail).
 */
interface TimelineInternals {
  /** Whether vis-timeline has fitted its first window to the item boxes. */
  initialFitDone: boolean;
  /** Set in the redraw that makes the drawing visible (it is hidden until then). */
  initialDrawDone?: boolean;
}

const internals = (timeline: Timeline) => timeline as unknown as TimelineInternals;

const NO_ITEMS: ReadonlyMap<string, TimelineItem> = new Map();

/** Owns the vis-timeline of an `<event-timeline>`. */
export class VisTimelineController implements ReactiveController {
  /** What to draw; undefined while the element has no story to show. */
  content: TimelineContent | undefined;

  private timeline?: Timeline;
  private items?: DataSet<DataItem>;
  /** The content the drawing shows (while there is one): what the next `sync` compares with. */
  private synced?: TimelineContent;
  private building = false;
  /** Whether the drawing clusters now (it changes only when the window crosses the threshold). */
  private clustered = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hooks: VisTimelineHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Start fetching vis-timeline now, while the story loads, not after it.
    loadVis().catch(() => undefined);
    // Moved in the DOM: the drawing was destroyed on disconnect; the update builds it again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.destroy();
  }

  /** The story the drawing shows; undefined until it is built. */
  get story(): Story | undefined {
    return this.synced?.story;
  }

  /** The window the drawing shows, once it exists. */
  get window(): TimeWindow | undefined {
    const window = this.timeline?.getWindow();
    return window ? { start: window.start, end: window.end } : undefined;
  }

  /**
   * Brings the drawing up to date with `content`, after an update of the
   * element. Builds it if there is none (or none of this story), once
   * vis-timeline's chunk has loaded and `listPainted` has resolved: building
   * takes the main thread for a while, so the list of events is painted first.
   * Otherwise applies what changed since the last call, and only that: the
   * items (story, language, filters), else only the classes of those that
   * changed (highlight, active ring), and the selection. Rejects when the
   * chunk cannot load.
   */
  async sync(listPainted: Promise<void> | undefined): Promise<void> {
    const content = this.content;
    if (!content) return;
    // Another story: its window, limits and zoom range are not the old one's.
    if (this.synced && this.synced.story !== content.story) this.teardown();
    const synced = this.synced;
    if (!synced) {
      await this.build(listPainted);
      return;
    }
    this.synced = content;
    const { itemState } = content;
    if (content.itemsById !== synced.itemsById || itemState.visible !== synced.itemState.visible)
      this.syncItems();
    else if (
      itemState.highlighted !== synced.itemState.highlighted ||
      itemState.activeId !== synced.itemState.activeId
    )
      this.syncItemClasses();
    if (content.selected !== synced.selected) this.syncSelection();
  }

  private async build(listPainted: Promise<void> | undefined): Promise<void> {
    if (this.building) return;
    this.building = true;
    let vis: VisModule;
    try {
      vis = await loadVis();
      await listPainted;
    } finally {
      this.building = false;
    }
    const content = this.content;
    const container = this.hooks.container();
    if (!content || !container || !this.host.isConnected || this.timeline) return;
    const root = container.getRootNode();
    if (root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(vis.visStyleSheet())) {
      // First, so that the element's own rules (same specificity) override vis-timeline's.
      root.adoptedStyleSheets = [vis.visStyleSheet(), ...root.adoptedStyleSheets];
    }
    this.items = new vis.DataSet<DataItem>(
      toVisItems(content.itemsById.values(), content.itemState),
    );
    const extent = fullExtent(content.story);
    const timeline = new vis.Timeline(container, this.items, this.options(vis, extent));
    this.timeline = timeline;
    this.synced = content;
    if (extent) {
      // vis-timeline fits its first window to the item boxes (on a phone, boxes a
      // third of the width wide stretch 1900-2030 to 1800-2150). Skip that fit and
      // show the story's extent. (Passing start/end as options instead keeps the
      // drawing hidden until a later range change.)
      internals(timeline).initialFitDone = true;
      timeline.setWindow(extent.start, extent.end, { animation: false });
    }
    this.listen(timeline);
    this.syncSelection();
  }

  /** Draws the events `content` now holds (another language, other filters). */
  private syncItems(): void {
    const { content, items } = this;
    if (!content || !items) return;
    const next = toVisItems(content.itemsById.values(), content.itemState);
    const nextIds = new Set(next.map((item) => item.id));
    items.remove(items.getIds().filter((id) => !nextIds.has(id)));
    items.update(next);
  }

  /** Brings the classes (highlight, active ring) up to date, touching only the items that changed. */
  private syncItemClasses(): void {
    const { content, items } = this;
    if (!content || !items) return;
    const updates = classUpdates(items.get(), content.itemsById, content.itemState);
    if (updates.length > 0) items.update(updates);
  }

  /** Selects the selected event on the drawing and brings it into view. */
  syncSelection(): void {
    const timeline = this.timeline;
    if (!timeline) return;
    const selected = this.content?.selected ?? '';
    const id = selected && this.items?.get(visItemId(selected)) ? selected : '';
    timeline.setSelection(id ? [visItemId(id)] : []);
    if (id) this.reveal(id);
  }

  /** Moves the window so that an event is in view, without zooming. */
  reveal(id: string): void {
    const item = this.content?.itemsById.get(id);
    const timeline = this.timeline;
    if (!item || !timeline) return;
    const centre = revealCentre(item, timeline.getWindow());
    if (centre) timeline.moveTo(centre, { animation: false });
  }

  /** Shows an event on its own (outside any cluster); resolves once it is drawn there. */
  show(id: string): Promise<void> {
    const item = this.content?.itemsById.get(id);
    const timeline = this.timeline;
    if (!item || !timeline) return Promise.resolve();
    const drawn = nextRedraw(timeline);
    const window = windowAround(item);
    timeline.setWindow(window.start, window.end, { animation: false });
    this.updateClustering();
    return drawn;
  }

  /** Shows every event. */
  fit(): void {
    const extent = this.content ? fullExtent(this.content.story) : undefined;
    if (this.timeline && extent)
      this.timeline.setWindow(extent.start, extent.end, { animation: false });
  }

  /** Zooms in around the centre by `fraction` of the window. */
  zoomIn(fraction: number): void {
    this.timeline?.zoomIn(fraction, { animation: false });
  }

  /** Zooms out around the centre by `fraction` of the window. */
  zoomOut(fraction: number): void {
    this.timeline?.zoomOut(fraction, { animation: false });
  }

  /** Destroys the drawing, if any, and tells the element (which shows its list again). */
  destroy(): void {
    this.teardown();
    this.hooks.destroyed();
  }

  private teardown(): void {
    this.timeline?.destroy();
    this.timeline = undefined;
    this.synced = undefined;
    this.items = undefined;
  }

  private options(vis: VisModule, extent: TimeWindow | undefined): TimelineOptions {
    return {
      ...visTimelineOptions({ extent, cluster: this.clusterOptions(extent) }),
      // Labels formatted with Intl at the precision of the scale; no moment locales ship.
      format: axisFormat(this.hooks.locale),
      // Everything in UTC, like the story's dates: a year starts at 00:00 UTC on 1 January.
      moment: vis.utcMoment,
      template: (item: DataItem, _element: HTMLElement, data: TemplateData) =>
        itemContent(item, data, this.content?.itemsById ?? NO_ITEMS, this.hooks.strings()),
      // vis-timeline keeps its drawing hidden until the first range change after
      // its first draw. Normally seen first in `changed` (see `listen`); kept in
      // case a vis-timeline version stops making its drawing visible there.
      onInitialDrawComplete: () => {
        this.hooks.drawn();
      },
    } as TimelineOptions;
  }

  private listen(timeline: Timeline): void {
    // vis-timeline makes its drawing visible inside its first `changed` (a redraw
    // in an animation frame; its own listener, registered first, runs before this
    // one) but calls onInitialDrawComplete only in a task after that frame was
    // painted. Telling the element here hides its list in the frame the drawing
    // appears in: one frame to paint, not two (docs/performance.md).
    const onFirstDraw = () => {
      if (!internals(timeline).initialDrawDone) return;
      timeline.off('changed', onFirstDraw);
      this.hooks.drawn();
    };
    timeline.on('changed', onFirstDraw);
    timeline.on('select', (properties: { items: IdType[] }) => {
      const id = eventIdOfItem(properties.items[0]);
      const content = this.content;
      if (id && content?.itemsById.has(id)) this.hooks.select(id);
      else if (content?.selected) timeline.setSelection([visItemId(content.selected)]);
    });
    timeline.on('rangechanged', (properties: { start: Date; end: Date }) => {
      this.updateClustering();
      this.hooks.rangeChanged({ start: new Date(properties.start), end: new Date(properties.end) });
    });
    timeline.on('click', (properties: { what?: string; item?: IdType | null; time: Date }) => {
      // A click on a cluster zooms in around it until its events stand apart.
      const id = properties.item;
      const eventId = eventIdOfItem(id);
      if (properties.what !== 'item' || id == null || this.content?.itemsById.has(eventId ?? ''))
        return;
      const window = zoomedInto(timeline.getWindow(), properties.time);
      timeline.setWindow(window.start, window.end, { animation: false });
    });
  }

  /**
   * Turns clustering on or off when the window crosses the threshold, and only
   * then: new cluster options make vis-timeline redraw every item.
   */
  private updateClustering(): void {
    const timeline = this.timeline;
    if (!timeline) return;
    const wasClustered = this.clustered;
    const cluster = this.clusterOptions(timeline.getWindow());
    if (this.clustered !== wasClustered) timeline.setOptions({ cluster } as TimelineOptions);
  }

  /** The cluster options for a window (false when it is sparse enough); notes which it is. */
  private clusterOptions(window: TimeWindow | undefined): VisClusterOptions {
    const content = this.content;
    const count =
      content && window
        ? countInWindow(indexStory(content.story).spans, window, content.itemState.visible)
        : 0;
    const width = this.hooks.container()?.clientWidth ?? 0;
    this.clustered = shouldCluster(count, clusterThreshold(width, this.hooks.clusterThreshold()));
    if (!this.clustered) return false;
    const title = this.hooks.strings().eventsInCluster(0).replace('0', '{count}');
    // The selected and the active event always stand on their own.
    return visClusterOptions(title, (id) => this.standsAlone(id));
  }

  private standsAlone(itemId: IdType): boolean {
    const content = this.content;
    const id = eventIdOfItem(itemId);
    return (
      content !== undefined &&
      id !== undefined &&
      (id === content.selected || id === content.itemState.activeId)
    );
  }
}

/** Resolves after vis-timeline's next redraw (or half a second later if none comes). */
function nextRedraw(timeline: Timeline): Promise<void> {
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
