/**
 * The vis-timeline instance of an `<event-timeline>`, owned by a Lit reactive controller: created
 * once the library has loaded, the element's list of events has been painted and the element is
 * near the viewport; kept up to date (items, classes, selection, clustering), destroyed when the
 * element leaves the document. Every reach into vis-timeline's private state is here or in
 * vis-timeline-contract.ts.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataItem, IdType, Timeline } from 'vis-timeline/esnext';
import type { Story } from '../model/story-schema.js';
import type { TimeWindow } from '../model/time-window.js';
import { fullExtent } from '../model/timeline-items.js';
import { TimelineCrowd } from './timeline-crowd.js';
import { loadVis, LongStoryVisRequest } from './vis-chunk.js';
import { coalescedAfterPaint } from '../shared/after-paint.js';
import { finishInSlices, finishNow, yieldToMain } from '../shared/yield-to-main.js';
import { TallestDrawing } from './tallest-drawing.js';
import { eventIdOfItem, visItemId } from './vis-items.js';
import { DrawnItems, visItemsOf } from './drawn-items.js';
import { drawingOptions } from './drawing-options.js';
import { onItemClick } from './item-clicks.js';
import { adoptVisStyles, createWithoutItems, crowdContentOf } from './vis-timeline-contract.js';
import { nextRedraw, onFirstDraw, setItemsDrawnNextFrame } from './vis-timeline-contract.js';
import type { TimelineContent, VisTimelineHooks } from './vis-timeline-contract.js';
import { NearViewport } from '../shared/near-viewport.js';
import {
  centreOf,
  revealCentre,
  windowAround,
  windowAroundAll,
  zoomAnchor,
  zoomedAround,
} from './window-moves.js';

/** Owns the vis-timeline of an `<event-timeline>`. */
export class VisTimelineController implements ReactiveController {
  /** What to draw; undefined while the element has no story to show. */
  content: TimelineContent | undefined;

  private timeline?: Timeline;
  private items?: DrawnItems;
  /** The content the drawing shows (while there is one): what the next `sync` compares with. */
  private synced?: TimelineContent;
  private building = false;
  /** Whether the window is still the one the timeline opened on (nobody has moved it). */
  private atOpening = false;
  /** The drawing's width when last laid out: a new width lays it out again. */
  private laidOutWidth = 0;
  /** The drawing's width followed, its height kept at its tallest (tallest-drawing.ts). */
  private room?: TallestDrawing;
  /** Which events stand alone and which are clustered, at the current zoom. */
  private readonly crowd: TimelineCrowd;
  private readonly nearViewport = new NearViewport();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hooks: VisTimelineHooks,
  ) {
    host.addController(this);
    new LongStoryVisRequest(host, this.nearViewport, () => this.timeline !== undefined);
    this.crowd = new TimelineCrowd(hooks.probes, () => hooks.strings().planned);
  }

  hostConnected(): void {
    this.nearViewport.watch(this.host);
    // Moved in the DOM: the drawing was destroyed on disconnect; the update builds it again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.nearViewport.stop();
    this.destroy();
  }

  /** The story the drawing shows; undefined until it is built. */
  get story(): Story | undefined {
    return this.synced?.story;
  }

  /** The window the drawing shows, once it exists. */
  get window(): TimeWindow | undefined {
    const shown = this.timeline?.getWindow();
    return shown && { start: shown.start, end: shown.end };
  }

  /**
   * Brings the drawing up to date with `content`: builds it (see the module comment;
   * `listPainted`: the list's first frame), else applies only what changed (items and window,
   * layout, classes, selection). Rejects when the chunk cannot load.
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
    const itemsChanged = content.itemsById !== synced.itemsById;
    const filterChanged = itemState.visible !== synced.itemState.visible;
    const selectionChanged = content.selected !== synced.selected;
    // New items (another language): every drawn box is given again, with its new label.
    if (itemsChanged) this.items?.relabel();
    if (itemsChanged) this.crowd.reset();
    if (filterChanged) this.fitFilter();
    else if (selectionChanged && !itemsChanged) this.selectAfterPaint();
    // Labels of another length: the stretch where the most titles can be read may be another.
    else if (itemsChanged) this.reopenOrRelayout(content);
    else if (itemState.activeId !== synced.itemState.activeId) this.relayout();
    else if (itemState.highlighted !== synced.itemState.highlighted)
      this.items?.syncClasses(content);
    if (selectionChanged && (itemsChanged || filterChanged)) this.syncSelection();
  }

  /**
   * A new selection alone: what the element shows of it (its quote, beside) is painted first,
   * then the drawing is laid out and moved to it (at 10,000 events most of a click's work).
   */
  private readonly selectAfterPaint = coalescedAfterPaint(() => {
    this.relayout();
    this.syncSelection();
  });

  private async build(listPainted: Promise<void> | undefined): Promise<void> {
    if (this.building) return;
    this.building = true;
    const started = this.content;
    try {
      await this.drawFirst(listPainted);
    } finally {
      this.building = false;
    }
    // `sync` returns early while drawing: apply what changed meanwhile.
    const latest = this.content;
    if (latest && latest !== started && latest !== this.synced) await this.sync(undefined);
  }

  /**
   * The first drawing, in tasks a phone can take: labels, opening, layout, creation, items.
   * vis-timeline is asked for once the list is painted (vis-chunk.ts says why); the labels,
   * opening and layout are worked out while it compiles, as they need only the element's own
   * styles (the probes are styled by them, not by vis-timeline's sheet).
   */
  private async drawFirst(listPainted: Promise<void> | undefined): Promise<void> {
    await Promise.all([listPainted, this.nearViewport.reached()]);
    const loading = loadVis();
    loading.catch(() => undefined); // awaited below: not unhandled meanwhile
    const content = this.content;
    const container = this.hooks.container();
    if (!content || !container || !(await this.stillToDrawAfterYield(content))) return;
    this.crowd.reset();
    await finishInSlices(this.crowd.itemsSteps(crowdContentOf(content)));
    if (!(await this.stillToDrawAfterYield(content))) return;
    const extent = fullExtent(content.story);
    const width = container.clientWidth;
    const opening = (await finishInSlices(this.openingFor(content, width))) ?? extent;
    if (!(await this.stillToDrawAfterYield(content))) return;
    if (opening) this.layoutFor(opening);
    const vis = await loading;
    if (!(await this.stillToDrawAfterYield(content))) return;
    adoptVisStyles(container, vis);
    const items = new vis.DataSet<DataItem>(visItemsOf(content, this.crowd.layout));
    if (!(await this.stillToDrawAfterYield(content))) return;
    const timeline = createWithoutItems(
      vis,
      container,
      drawingOptions(vis, extent, this.hooks, {
        itemsById: () => this.content?.itemsById,
        cluster: (id) => this.crowd.cluster(id),
      }),
      opening,
    );
    [this.timeline, this.synced, this.items] = [timeline, content, new DrawnItems(items)];
    setItemsDrawnNextFrame(timeline, items); // drawn in a task (a frame) of its own
    this.listen(timeline);
    this.syncSelection();
    this.atOpening = true;
    this.laidOutWidth = width;
    const drawing = container.querySelector(':scope > .vis-timeline');
    this.room = new TallestDrawing(container, width, drawing, () => {
      this.onResize();
    });
  }

  /** After a turn for the page, whether the first drawing of `content` is still to be made. */
  private async stillToDrawAfterYield(content: TimelineContent): Promise<boolean> {
    await yieldToMain();
    return this.content === content && this.host.isConnected && !this.timeline;
  }

  /** Another width: boxes keep their px size, so the opening (if unmoved) and layout are made again. */
  private onResize(): void {
    const content = this.content;
    const width = this.hooks.container()?.clientWidth ?? 0;
    if (!content || width <= 0 || Math.abs(width - this.laidOutWidth) < 1) return;
    this.laidOutWidth = width;
    // Labels wrap within the frame's width: measure them again.
    this.crowd.remeasure();
    this.reopenOrRelayout(content);
  }

  /** While nobody has moved the window: the opening chosen again; else the window shown laid out again. */
  private reopenOrRelayout(content: TimelineContent): void {
    const opening = this.atOpening ? finishNow(this.openingFor(content, this.width())) : undefined;
    if (opening) void this.setWindow(opening, true, true);
    else this.relayout();
  }

  /** Where the most titles can be read, holding the selected event if any: steps to finish. */
  private openingFor(content: TimelineContent, width: number) {
    const mustShow = content.selected || undefined;
    const crowd = crowdContentOf(content);
    return this.crowd.openingSteps(crowd, width, this.hooks.stackHeight(), mustShow);
  }

  /** The drawing's width (px) as last observed (a read per pan frame forced a layout); 0 before. */
  private width(): number {
    return this.laidOutWidth || (this.hooks.container()?.clientWidth ?? 0);
  }

  /** Lays the events out for `window` (which may not be drawn yet). */
  private layoutFor(window: TimeWindow): void {
    const content = this.content;
    const width = this.width();
    if (!content || width <= 0) return;
    this.crowd.relayout(crowdContentOf(content), window, width, this.hooks.stackHeight());
  }

  /** Lays the events out again for the window shown, and draws what changed. */
  private relayout(): void {
    const window = this.window;
    if (!window) return;
    this.layoutFor(window);
    this.syncItems();
  }

  /** Draws the items the content and the layout now give (another language, other filters). */
  private syncItems(): void {
    if (this.content) this.items?.sync(this.content, this.crowd.layout);
  }

  /** Selects the selected event on the drawing and brings it into view. */
  syncSelection(): void {
    const timeline = this.timeline;
    if (!timeline) return;
    const selected = this.content?.selected ?? '';
    const id = selected && this.items?.drawsAlone(selected) ? selected : '';
    timeline.setSelection(id ? [visItemId(id)] : []);
    if (id) this.reveal(id);
  }

  /** Moves the window so that an event is in view, without zooming. */
  reveal(id: string): void {
    const item = this.content?.itemsById.get(id);
    const timeline = this.timeline;
    if (!item || !timeline) return;
    const centre = revealCentre(item, timeline.getWindow());
    if (!centre) return;
    this.atOpening = false;
    timeline.moveTo(centre, { animation: false });
  }

  /** Shows an event on its own (outside any cluster); resolves once it is drawn there. */
  show(id: string): Promise<void> {
    const item = this.content?.itemsById.get(id);
    if (!item || !this.timeline) return Promise.resolve();
    this.crowd.feature(id);
    return this.setWindow(windowAround(item));
  }

  /** Shows these events together (a chosen name's); resolves once they are drawn. */
  showAll(ids: readonly string[]): Promise<void> {
    const items = ids.flatMap((id) => this.content?.itemsById.get(id) ?? []);
    if (items.length === 0 || !this.timeline) return Promise.resolve();
    this.crowd.release();
    this.crowd.centreBoxes();
    return this.setWindow(windowAroundAll(items));
  }

  /** Shows every event the filters leave. */
  fit(): void {
    const content = this.content;
    const window = content ? this.crowd.fitting(crowdContentOf(content), this.width()) : undefined;
    this.crowd.release();
    if (window) void this.setWindow(window);
  }

  /** Shows `window`, laid out for it; resolves once drawn. `relayout` false (a pan): only on a new zoom. */
  setWindow(window: TimeWindow, relayout = true, opening = false): Promise<void> {
    const timeline = this.timeline;
    if (!timeline) return Promise.resolve();
    this.atOpening = opening;
    const drawn = nextRedraw(timeline);
    if (relayout || this.crowd.zoomChanged(window, this.width()) || !this.crowd.covers(window)) {
      this.layoutFor(window);
      this.syncItems();
    }
    timeline.setWindow(window.start, window.end, { animation: false });
    this.hooks.windowChanging(window);
    return drawn;
  }

  /**
   * Zooms in by `factor` around the selected event when it is in view, else
   * around the event in view nearest the centre (never into an empty middle).
   */
  zoomIn(factor: number): void {
    const window = this.window;
    const content = this.content;
    if (!window || !content) return;
    const instants = this.crowd.items(crowdContentOf(content)).map((item) => item.start);
    const selected = content.selected ? content.itemsById.get(content.selected) : undefined;
    const anchor = zoomAnchor(window, instants, selected?.start.getTime());
    this.crowd.release();
    void this.setWindow(zoomedAround(window, anchor, factor));
  }

  /** Zooms out by `factor` around the centre. */
  zoomOut(factor: number): void {
    const window = this.window;
    if (!window) return;
    this.crowd.release();
    void this.setWindow(zoomedAround(window, centreOf(window), 1 / factor));
  }

  /** Search or filters changed: show all they leave, or without any, the opening window again. */
  private fitFilter(): void {
    const content = this.content;
    if (!content || !this.timeline) return;
    this.crowd.release();
    const crowd = crowdContentOf(content);
    const width = this.width();
    const window = content.itemState.visible
      ? this.crowd.fitting(crowd, width)
      : this.crowd.opening(crowd, width, this.hooks.stackHeight());
    if (window) void this.setWindow(window, true, !content.itemState.visible);
    else this.relayout();
  }

  /** Destroys the drawing, if any, and tells the element (which shows its list again). */
  destroy(): void {
    this.teardown();
    this.hooks.destroyed();
  }

  private teardown(): void {
    this.room?.disconnect();
    this.room = undefined;
    this.timeline?.destroy();
    [this.timeline, this.synced, this.items] = [undefined, undefined, undefined];
    this.laidOutWidth = 0;
    this.crowd.reset();
  }

  private listen(timeline: Timeline): void {
    onFirstDraw(timeline, () => {
      this.hooks.drawn();
    });
    timeline.on('select', (properties: { items: IdType[] }) => {
      const id = eventIdOfItem(properties.items[0]);
      const content = this.content;
      if (id && content?.itemsById.has(id)) this.hooks.select(id);
      else if (content?.selected) timeline.setSelection([visItemId(content.selected)]);
    });
    timeline.on('rangechange', (properties: { start: Date; end: Date }) => {
      const window = { start: properties.start, end: properties.end };
      // A long drag past the laid-out stretch: the events it reaches are laid out and drawn.
      if (!this.crowd.zoomChanged(window, this.width()) && !this.crowd.covers(window))
        this.relayout();
      this.hooks.windowChanging(window);
    });
    timeline.on('rangechanged', (properties: { start: Date; end: Date; byUser?: boolean }) => {
      if (properties.byUser) this.atOpening = false;
      const window = { start: new Date(properties.start), end: new Date(properties.end) };
      // A zoom (not a pan) changes which boxes fit: lay them out again.
      const zoomed = this.crowd.zoomChanged(window, this.width());
      if (zoomed && properties.byUser) this.crowd.release();
      if (zoomed || !this.crowd.covers(window)) this.relayout();
      this.hooks.windowChanging(window);
      this.hooks.rangeChanged(window);
    });
    // A click on a cluster (not a drag's release) opens it: its events side by side, titled.
    onItemClick(timeline, (itemId) => {
      const cluster = this.crowd.cluster(itemId);
      const content = this.content;
      if (!cluster || !content) return;
      const window = this.crowd.open(cluster, crowdContentOf(content), this.width());
      if (!window) return;
      void this.setWindow(window).then(() => {
        this.hooks.clusterOpened();
      });
    });
  }
}
