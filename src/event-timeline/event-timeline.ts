import { css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DataSet } from 'vis-data/esnext/esm/vis-data.js';
import type { DataItem, Timeline, TimelineOptions } from 'vis-timeline/esnext';
import { parsePartialDate, startOf } from '../model/partial-date.js';
import { CATEGORIES, type Story } from '../model/story-schema.js';
import { fullExtent, toTimelineItems, type TimelineItem } from '../model/timeline-items.js';
import { textIn } from '../shared/i18n.js';
import { StoryElement } from '../shared/story-element.js';
import { zoomButtons } from '../shared/zoom-buttons.js';
import { categoryColorVar, themeStyles } from '../shared/theme.js';
import { timelineStyles } from './event-timeline.styles.js';
import { axisFormat } from './axis-format.js';
import type * as VisLoader from './vis-loader.js';

type VisModule = typeof VisLoader;

const categoryColours = unsafeCSS(
  CATEGORIES.map(
    (category) => `.cat-${category} { --he-item-color: var(${categoryColorVar(category)}); }`,
  ).join('\n'),
);

const DAY_MS = 24 * 3600 * 1000;
/**
 * The id of the item the timeline adds for the time after the dateline. A colon
 * cannot occur in a story's ids (lower-case words joined by hyphens), so no
 * event can collide with it (vis-timeline refuses a second item with one id).
 */
const FUTURE_ITEM_ID = 'he:future';
/** Above this many events, the listbox holds only a window of options around the active one. */
const MAX_OPTIONS = 200;
/**
 * The window while the options are the list shown before vis-timeline has drawn:
 * as many as fill a frame 1,900 px wide. Building and laying out up to 200 for a
 * frame that shows a quarter of them cost ~15 ms of a long story's first paint.
 */
const PREVIEW_OPTIONS = 64;

let visModule: Promise<VisModule> | undefined;
/** vis-timeline's chunk, loaded once per page; a failed load can be tried again. */
function loadVis(): Promise<VisModule> {
  visModule ??= import('./vis-loader.js').catch((error: unknown) => {
    visModule = undefined;
    throw error;
  });
  return visModule;
}

/**
 * Resolves once vis-timeline's chunk is loaded (starting the load if need be);
 * never rejects. The explorer waits for it before it lets the graph code load,
 * so that the two libraries do not share the reader's bandwidth.
 */
export function timelineLibraryLoaded(): Promise<void> {
  return loadVis().then(
    () => undefined,
    () => undefined,
  );
}

/**
 * A chronological timeline of a story's events, drawn by vis-timeline inside
 * the element's shadow root.
 *
 * Periods are ranges, planned events (after the source's dateline) are dashed,
 * dates show at the precision the source gives. Crowded events cluster until
 * the reader zooms in. The wheel scrolls the page as usual; Ctrl/⌘ + wheel (or a
 * pinch) zooms, as does the wheel once the timeline has focus.
 *
 * Keyboard: the timeline is one tab stop (a listbox). Arrow keys move through
 * the events in date order, Home/End jump to the ends, Enter/Space selects,
 * `+`/`-` zoom and `0` shows everything.
 *
 * @element event-timeline
 *
 * @attr src - URL of a story file (JSON).
 * @attr lang - Interface and label language: zh, en or ru.
 * @attr selected - Id of the selected event.
 * @attr theme - light or dark; follows prefers-color-scheme when absent.
 *
 * @prop {object} story - A story object; takes precedence over `src`.
 * @prop {string[] | undefined} highlighted - Ids of events to emphasise (others are dimmed).
 * @prop {string[] | undefined} visibleEvents - Ids of the events to show; all when undefined.
 * @attr cluster-threshold - Cluster while the window holds more events than this (24).
 *
 * @fires event-select - The reader selected an event. Detail: `{ eventId }`.
 * @fires timeline-range - The visible window changed. Detail: `{ start, end }` (Dates).
 * @fires story-load - The story was loaded and validated. Detail: `{ story }`.
 * @fires story-error - The story could not be loaded or is invalid. Detail: `{ errors: { path, message }[] }`.
 * @fires story-render - The first frame with the story's events was painted: the list of
 *   them (dates and titles, in date order) that shows until vis-timeline has drawn.
 * @fires timeline-draw - vis-timeline has drawn the story's events and replaced that list;
 *   the window can now be panned and zoomed.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The zoom and "show all" buttons.
 * @csspart timeline - The framed timeline (the keyboard tab stop).
 * @csspart legend - The category legend.
 * @csspart status - Loading and empty messages.
 * @csspart error - The error message (role="alert").
 *
 * @cssprop --he-timeline-min-height - Minimum height of the timeline frame (220px).
 * @cssprop --he-height - Height of the element (380px; `auto` for its natural height). Content scrolls inside.
 * @cssprop --he-category-politics - Colour of a category; one property per category
 *   (politics, economy, transport, energy, digital, culture, ecology).
 * @cssprop --he-color-focus - Colour of focus rings and the active event.
 */
export class EventTimeline extends StoryElement {
  static override styles = [
    themeStyles,
    timelineStyles,
    css`
      ${categoryColours}
    `,
  ];

  /** Ids of events to emphasise; the others are dimmed. Empty or undefined: none. */
  @property({ attribute: false }) highlighted?: readonly string[];

  /** Ids of the events to show (search and filters); undefined shows all. */
  @property({ attribute: false }) visibleEvents?: readonly string[];

  /**
   * Crowded events cluster while the window holds more than this many events
   * (fewer on narrow screens: about one per 55 px of width); below it, every
   * event is drawn on its own (stacked where dates coincide), so zooming in
   * always takes clusters apart.
   */
  @property({ type: Number, attribute: 'cluster-threshold' }) clusterThreshold = 24;

  /** The event the keyboard is on (the listbox's active descendant). */
  @state() private activeId = '';

  /**
   * Whether vis-timeline has drawn the story. Until then the listbox's options
   * are shown as a list of the events, so that the reader sees the story as
   * soon as it is validated, not only once the timeline library (its largest
   * chunk) has arrived and drawn; afterwards they are visually hidden and stay
   * for screen readers.
   */
  @state() private drawn = false;
  /**
   * Whether the listbox holds its whole window of options (up to 200): only once
   * the drawn timeline has been painted. Growing it from the first list's 64 in
   * the frame vis-timeline first paints would make that frame wait for them.
   */
  @state() private fullWindow = false;

  @query('.frame') private frame?: HTMLElement;
  @query('.vis-host') private visHost?: HTMLElement;

  private vis?: VisModule;
  private timeline?: Timeline;
  /** The story the vis-timeline was built for. */
  private timelineStory?: Story;
  private items?: DataSet<DataItem>;
  private itemsById = new Map<string, TimelineItem>();
  private renderedStory?: Story;
  private renderedLang = '';
  /** Whether story-render was announced for the story shown. */
  private rendered = false;
  /** Resolves once the first frame with the story's events is painted. */
  private firstPaint?: Promise<void>;
  private building = false;
  private clustered = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Start fetching vis-timeline now, while the story loads, not after it.
    loadVis().catch(() => undefined);
    // Moved in the DOM: the timeline was destroyed on disconnect; build it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.destroyTimeline();
  }

  /** Focuses the timeline: the listbox, its one tab stop. */
  override focus(options?: FocusOptions): void {
    if (this.frame) this.frame.focus(options);
    else super.focus(options);
  }

  /** Shows every (visible) event. */
  fit(): void {
    const story = this.loadedStory;
    const extent = story ? fullExtent(story) : undefined;
    if (this.timeline && extent)
      this.timeline.setWindow(extent.start, extent.end, { animation: false });
  }

  /** Zooms in around the centre (or the active event). */
  zoomIn(): void {
    this.timeline?.zoomIn(0.5, { animation: false });
  }

  /** Zooms out around the centre. */
  zoomOut(): void {
    this.timeline?.zoomOut(0.5, { animation: false });
  }

  /**
   * Moves and zooms the timeline so that an event is in view on its own (not
   * inside a cluster), without selecting it. Resolves once it is drawn there.
   */
  showEvent(id: string): Promise<void> {
    const model = this.itemsById.get(id);
    const timeline = this.timeline;
    if (!model || !timeline) return Promise.resolve();
    const start = model.start.getTime();
    const end = (model.end ?? model.start).getTime();
    const margin = Math.max((end - start) * 0.15, 400 * DAY_MS);
    const drawn = this.nextRedraw(timeline);
    timeline.setWindow(new Date(start - margin), new Date(end + margin), { animation: false });
    this.updateClustering();
    return drawn;
  }

  /** Resolves after vis-timeline's next redraw (or a frame later if none comes). */
  private nextRedraw(timeline: Timeline): Promise<void> {
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

  /** The window the timeline shows, once it exists. */
  get visibleWindow(): { start: Date; end: Date } | undefined {
    const window = this.timeline?.getWindow();
    return window ? { start: window.start, end: window.end } : undefined;
  }

  override render() {
    const status = this.renderStatus();
    const story = this.loadedStory;
    if (status !== nothing || !story) return html`<div class="root" part="base">${status}</div>`;
    const t = this.strings;
    const events = this.navigableEvents(story);
    const categories = CATEGORIES.filter((category) =>
      story.events.some((event) => event.category === category),
    );
    const hasPlanned = story.events.some((event) => event.planned === true);
    return html`<div class="root" part="base">
      <div class="toolbar" part="toolbar">${zoomButtons(this, this.uiLang)}</div>
      ${this.renderLibraryFailure()}
      <div
        class="frame"
        part="timeline"
        tabindex="0"
        role="listbox"
        aria-label=${t.timelineLabel}
        aria-describedby="help"
        aria-activedescendant=${this.activeId ? `option-${this.activeId}` : nothing}
        @keydown=${this.onKeydown}
        @wheel=${this.onWheel}
        @focus=${this.onFocus}
      >
        <div class="vis-host" aria-hidden="true"></div>
        <ul
          class=${this.drawn ? 'options visually-hidden' : 'options preview'}
          role="presentation"
          @click=${this.onOptionClick}
        >
          ${repeat(
            this.optionsAround(events),
            (item) => item.id,
            (item) =>
              html`<li
                role="option"
                id=${`option-${item.id}`}
                class=${`cat-${item.category}`}
                aria-selected=${item.id === this.selected ? 'true' : 'false'}
                aria-setsize=${events.length}
                aria-posinset=${events.indexOf(item) + 1}
              >
                ${item.dateLabel}: ${item.title}${item.planned ? ` (${t.planned})` : ''}
              </li>`,
          )}
        </ul>
      </div>
      <p id="help" class="visually-hidden">${t.timelineHelp}</p>
      <ul class="legend" part="legend" aria-label=${t.legend}>
        ${categories.map(
          (category) =>
            html`<li class=${`cat-${category}`}>
              <span class="swatch" aria-hidden="true"></span>${t.categoryNames[category]}
            </li>`,
        )}
        ${
          hasPlanned
            ? html`<li><span class="swatch planned" aria-hidden="true"></span>${t.planned}</li>`
            : nothing
        }
      </ul>
    </div>`;
  }

  /**
   * The options the listbox holds: every event in a story of ordinary size; in
   * a long one, those around the active event (fewer in the list shown until
   * vis-timeline has drawn), each saying its position and the total
   * (aria-posinset / aria-setsize), so thousands of events do not mean thousands
   * of hidden nodes.
   */
  private optionsAround(events: readonly TimelineItem[]): readonly TimelineItem[] {
    const size = this.fullWindow ? MAX_OPTIONS : PREVIEW_OPTIONS;
    if (events.length <= size) return events;
    const active = Math.max(
      events.findIndex((item) => item.id === (this.activeId || this.selected)),
      0,
    );
    const from = Math.max(0, Math.min(active - size / 2, events.length - size));
    return events.slice(from, from + size);
  }

  /** The events the reader can reach, in date order: all, or those the filters leave. */
  private navigableEvents(story: Story): TimelineItem[] {
    this.ensureItems(story);
    const visible = this.visibleEvents ? new Set(this.visibleEvents) : undefined;
    return [...this.itemsById.values()].filter((item) => !visible || visible.has(item.id));
  }

  /** (Re)computes the view model when the story or the language changed. */
  private ensureItems(story: Story): void {
    if (this.renderedStory === story && this.renderedLang === this.uiLang) return;
    const lang = this.uiLang;
    const items = toTimelineItems(story, (text) => textIn(text, lang), this.locale);
    this.itemsById = new Map(items.map((item) => [item.id, item]));
    if (this.renderedStory !== story) {
      this.activeId = '';
      this.rendered = false;
      this.drawn = false;
      this.fullWindow = false;
    }
    this.renderedStory = story;
    this.renderedLang = lang;
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    const story = this.loadedStory;
    if (!story || story.events.length === 0 || !this.isConnected) {
      this.destroyTimeline();
      return;
    }
    // Another story: its window, limits and zoom range are not the old one's, and
    // its first frame is announced again (story-render). Build the timeline afresh.
    if (this.timeline && this.timelineStory !== story) this.destroyTimeline();
    if (!this.rendered) {
      // This update put the story's events on screen (as a list until vis-timeline
      // has drawn): that frame is the first render.
      this.rendered = true;
      this.firstPaint = this.emitRenderedAfterPaint();
    }
    if (!this.timeline) {
      if (!this.libraryFailure) void this.buildTimeline();
      return;
    }
    if (changed.has('storyState') || changed.has('lang') || changed.has('visibleEvents')) {
      this.syncItems();
    } else if (changed.has('highlighted') || changed.has('activeId')) {
      this.syncItemClasses();
    }
    if (changed.has('selected') || changed.has('storyState')) this.syncSelection();
  }

  private async buildTimeline(): Promise<void> {
    if (this.building) return;
    this.building = true;
    try {
      this.vis ??= await loadVis();
      // Let the list of events be painted first: building the timeline takes the
      // main thread for a while (~0.2 s at 2,000 events on a slow machine).
      await this.firstPaint;
    } catch {
      // Offline, or the chunk is blocked: say so in the widget; the list of events stays.
      this.showLibraryFailure('The timeline code (vis-timeline)');
      return;
    } finally {
      this.building = false;
    }
    const story = this.loadedStory;
    const host = this.visHost;
    if (!story || !host || !this.isConnected || this.timeline) return;
    const root = this.shadowRoot;
    if (root && !root.adoptedStyleSheets.includes(this.vis.visStyleSheet())) {
      // First, so that the element's own rules (same specificity) override vis-timeline's.
      root.adoptedStyleSheets = [this.vis.visStyleSheet(), ...root.adoptedStyleSheets];
    }
    this.items = new this.vis.DataSet<DataItem>(this.toVisItems(story));
    const extent = fullExtent(story);
    const timeline = new this.vis.Timeline(
      host,
      this.items,
      this.timelineOptions(this.vis, extent),
    );
    this.timeline = timeline;
    this.timelineStory = story;
    if (extent) {
      // vis-timeline fits its first window to the item boxes (on a phone, boxes a
      // third of the width wide stretch 1900-2030 to 1800-2150). Skip that fit and
      // show the story's extent. (Passing start/end as options instead keeps the
      // drawing hidden until a later range change, up to a second.)
      (timeline as unknown as { initialFitDone: boolean }).initialFitDone = true;
      timeline.setWindow(extent.start, extent.end, { animation: false });
    }
    // vis-timeline makes its drawing visible inside its first `changed` (a redraw
    // in an animation frame; its own listener, registered first, runs before this
    // one) but calls onInitialDrawComplete only in a task after that frame was
    // painted. Hiding the list here puts the timeline and the list's removal in one
    // frame: one frame to paint and rasterise instead of two (~30-50 ms at 2,000
    // events with software raster).
    const onFirstDraw = () => {
      if (!(timeline as unknown as { initialDrawDone?: boolean }).initialDrawDone) return;
      timeline.off('changed', onFirstDraw);
      this.markDrawn();
    };
    timeline.on('changed', onFirstDraw);
    timeline.on('select', (properties: { items: string[]; event?: Event }) => {
      const id = properties.items[0];
      if (id && this.itemsById.has(id)) this.selectEvent(id);
      else if (this.selected) timeline.setSelection([this.selected]);
    });
    timeline.on('rangechanged', (properties: { start: Date; end: Date }) => {
      this.updateClustering();
      this.emit('timeline-range', {
        start: new Date(properties.start),
        end: new Date(properties.end),
      });
    });
    timeline.on(
      'click',
      (properties: { what?: string; item?: string | number | null; time: Date }) => {
        // A click on a cluster zooms in around it until its events stand apart.
        if (
          properties.what !== 'item' ||
          properties.item == null ||
          this.itemsById.has(String(properties.item))
        )
          return;
        const window = timeline.getWindow();
        const span = (window.end.getTime() - window.start.getTime()) / 4;
        const at = properties.time.getTime();
        timeline.setWindow(new Date(at - span / 2), new Date(at + span / 2), { animation: false });
      },
    );
    this.syncSelection();
  }

  /** The timeline is visible: hide the list (in the same frame) and say so once painted. */
  private markDrawn(): void {
    if (this.drawn || !this.timeline) return;
    this.drawn = true;
    void this.emitRenderedAfterPaint('timeline-draw').then(() => {
      this.fullWindow = true;
    });
  }

  private timelineOptions(
    vis: VisModule,
    extent: { start: Date; end: Date } | undefined,
  ): TimelineOptions {
    const span = extent ? extent.end.getTime() - extent.start.getTime() : 100 * 365 * DAY_MS;
    return {
      // No start/end here: with them, vis-timeline keeps its drawing hidden until a
      // later range change (up to a second); the window is set right after creation.
      ...(extent
        ? {
            min: new Date(extent.start.getTime() - span),
            max: new Date(extent.end.getTime() + span),
          }
        : {}),
      zoomMin: 14 * DAY_MS,
      zoomMax: span * 3,
      // Plain wheel scrolls the page; Ctrl + wheel (and trackpad pinch) zooms.
      zoomKey: 'ctrlKey',
      horizontalScroll: false,
      // Scrolls inside only when stacked events overflow maxHeight; otherwise the
      // wheel is left to the page.
      verticalScroll: true,
      moveable: true,
      zoomable: true,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      stack: true,
      orientation: { axis: 'bottom', item: 'bottom' },
      margin: { item: { horizontal: 4, vertical: 6 }, axis: 8 },
      minHeight: 200,
      maxHeight: 420,
      // Labels formatted with Intl at the precision of the scale; no moment locales ship.
      format: axisFormat(() => this.locale),
      // Everything in UTC, like the story's dates: a year starts at 00:00 UTC on 1 January.
      moment: vis.utcMoment,
      template: (item: DataItem, _element: HTMLElement, data: { uiItems?: unknown[] }) =>
        this.itemContent(item, data),
      // vis-timeline keeps its drawing hidden (under a "loading screen") until the
      // first range change after its first draw; only then is anything painted.
      // Normally seen first in `changed` (see buildTimeline); kept in case a
      // vis-timeline version stops making its drawing visible there.
      onInitialDrawComplete: () => {
        this.markDrawn();
      },
      cluster: this.clusterOptions(extent),
      xss: { disabled: false },
      tooltip: { followMouse: false, overflowMethod: 'cap' },
    } as TimelineOptions;
  }

  /** Cluster options for a window: off when the window is sparse enough. */
  private clusterOptions(
    window: { start: Date; end: Date } | undefined,
  ): false | Record<string, unknown> {
    const story = this.loadedStory;
    const count = story && window ? this.countInWindow(window) : 0;
    // A narrow timeline has room for fewer boxes side by side before they stack
    // into a tower: about one per 55 px of width.
    const width = this.visHost?.clientWidth ?? 0;
    const threshold =
      width > 0
        ? Math.min(this.clusterThreshold, Math.max(4, Math.floor(width / 55)))
        : this.clusterThreshold;
    this.clustered = count > threshold;
    if (!this.clustered) return false;
    return {
      maxItems: 1,
      showStipes: true,
      fitOnDoubleClick: true,
      titleTemplate: this.strings.eventsInCluster(0).replace('0', '{count}'),
      // The selected and the active event always stand on their own.
      clusterCriteria: (first: { id: DataItem['id'] }, second: { id: DataItem['id'] }) =>
        !this.isPinned(first.id) && !this.isPinned(second.id),
    };
  }

  private countInWindow(window: { start: Date; end: Date }): number {
    const visible = this.visibleEvents ? new Set(this.visibleEvents) : undefined;
    let count = 0;
    for (const item of this.itemsById.values()) {
      if (visible && !visible.has(item.id)) continue;
      const end = item.end ?? item.start;
      if (item.start < window.end && end >= window.start) count += 1;
    }
    return count;
  }

  /** Turns clustering on or off when the window crosses the threshold. */
  private updateClustering(): void {
    const timeline = this.timeline;
    if (!timeline) return;
    const window = timeline.getWindow();
    const wasClustered = this.clustered;
    const cluster = this.clusterOptions(window);
    if (this.clustered !== wasClustered) timeline.setOptions({ cluster } as TimelineOptions);
  }

  private isPinned(id: DataItem['id']): boolean {
    return id === this.selected || id === this.activeId;
  }

  /** The DOM an item shows: text nodes only, so no story string is ever read as HTML. */
  private itemContent(item: DataItem, data: { uiItems?: unknown[] }): HTMLElement {
    const wrapper = document.createElement('span');
    if (Array.isArray(data.uiItems)) {
      wrapper.textContent = String(data.uiItems.length);
      wrapper.title = this.strings.eventsInCluster(data.uiItems.length);
      return wrapper;
    }
    if (item.id === FUTURE_ITEM_ID) {
      wrapper.textContent = this.strings.planned;
      return wrapper;
    }
    const model = this.itemsById.get(String(item.id));
    if (!model) return wrapper;
    const date = document.createElement('span');
    date.className = 'item-date';
    date.textContent = model.dateLabel;
    if (model.planned) {
      const planned = document.createElement('span');
      planned.className = 'item-planned';
      planned.textContent = ` · ${this.strings.planned}`;
      date.append(planned);
    }
    const title = document.createElement('span');
    title.className = 'item-title';
    title.textContent = model.title;
    wrapper.append(date, title);
    return wrapper;
  }

  private classNameOf(item: TimelineItem): string {
    const classes = [`cat-${item.category}`];
    if (item.planned) classes.push('planned');
    if (item.id === this.activeId) classes.push('is-active');
    const highlighted = this.highlighted;
    if (highlighted && highlighted.length > 0)
      classes.push(highlighted.includes(item.id) ? 'is-highlighted' : 'is-dimmed');
    return classes.join(' ');
  }

  private toVisItems(story: Story): DataItem[] {
    this.ensureItems(story);
    const visible = this.visibleEvents ? new Set(this.visibleEvents) : undefined;
    const items: DataItem[] = [];
    for (const item of this.itemsById.values()) {
      if (visible && !visible.has(item.id)) continue;
      items.push({
        id: item.id,
        start: item.start,
        ...(item.end ? { end: item.end } : {}),
        type: item.type === 'range' ? 'range' : 'box',
        className: this.classNameOf(item),
        content: '',
      });
    }
    // The time after the source's dateline: what lies there is planned.
    const dateline = tryDate(story.source.dateline);
    const extent = fullExtent(story);
    if (dateline && extent && extent.end > dateline) {
      items.push({
        id: FUTURE_ITEM_ID,
        start: dateline,
        end: extent.end,
        type: 'background',
        className: 'future',
        content: '',
      });
    }
    return items;
  }

  private syncItems(): void {
    const story = this.loadedStory;
    if (!story || !this.items) return;
    const next = this.toVisItems(story);
    const nextIds = new Set(next.map((item) => item.id));
    const stale = this.items.getIds().filter((id) => !nextIds.has(id));
    this.items.remove(stale);
    this.items.update(next);
    if (this.activeId && !nextIds.has(this.activeId)) this.activeId = '';
  }

  private syncItemClasses(): void {
    if (!this.items) return;
    const updates: DataItem[] = [];
    for (const id of this.items.getIds()) {
      const model = this.itemsById.get(String(id));
      if (!model) continue;
      const className = this.classNameOf(model);
      if (this.items.get(id)?.className !== className)
        updates.push({ id, className, start: model.start, content: '' });
    }
    if (updates.length > 0) this.items.update(updates);
  }

  private syncSelection(): void {
    if (!this.timeline) return;
    const id = this.selected && this.items?.get(this.selected) ? this.selected : '';
    this.timeline.setSelection(id ? [id] : []);
    if (id) this.revealItem(id);
  }

  /** Moves the window so that an event is in view, without zooming. */
  private revealItem(id: string): void {
    const model = this.itemsById.get(id);
    const window = this.timeline?.getWindow();
    if (!model || !window || !this.timeline) return;
    const start = model.start.getTime();
    const end = (model.end ?? model.start).getTime();
    const span = window.end.getTime() - window.start.getTime();
    const margin = span * 0.1;
    if (start >= window.start.getTime() + margin && end <= window.end.getTime() - margin) return;
    this.timeline.moveTo(new Date((start + end) / 2), { animation: false });
  }

  private selectEvent(id: string): void {
    this.activeId = id;
    if (this.selected !== id) {
      this.selected = id;
      this.emit('event-select', { eventId: id });
    } else {
      this.syncSelection();
    }
  }

  /** A click on an event of the list shown until the timeline is drawn selects it. */
  private onOptionClick(event: Event): void {
    const option = (event.target as Element).closest('[role=option]');
    const id = option?.id.replace(/^option-/, '');
    if (id && this.itemsById.has(id)) this.selectEvent(id);
  }

  private onFocus(): void {
    // A mouse click focuses the frame too; only keyboard focus picks an active
    // event (moving the window under a click would make it miss its target).
    if (this.activeId || !this.frame?.matches(':focus-visible')) return;
    const story = this.loadedStory;
    if (!story) return;
    const events = this.navigableEvents(story);
    const start =
      this.selected && events.some((item) => item.id === this.selected)
        ? this.selected
        : events[0]?.id;
    if (start) this.moveActive(start);
  }

  private moveActive(id: string): void {
    this.activeId = id;
    this.revealItem(id);
  }

  private onKeydown(event: KeyboardEvent): void {
    const story = this.loadedStory;
    if (!story) return;
    const events = this.navigableEvents(story);
    if (events.length === 0) return;
    const position = events.findIndex((item) => item.id === this.activeId);
    let next: TimelineItem | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = events[position < 0 ? 0 : Math.min(position + 1, events.length - 1)];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = events[position < 0 ? 0 : Math.max(position - 1, 0)];
        break;
      case 'Home':
        next = events[0];
        break;
      case 'End':
        next = events[events.length - 1];
        break;
      case 'Enter':
      case ' ': {
        const target = events[position < 0 ? 0 : position];
        if (target) this.selectEvent(target.id);
        event.preventDefault();
        return;
      }
      case '+':
      case '=':
        this.zoomIn();
        event.preventDefault();
        return;
      case '-':
        this.zoomOut();
        event.preventDefault();
        return;
      case '0':
        this.fit();
        event.preventDefault();
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next) this.moveActive(next.id);
  }

  /** Once the reader has focused the timeline, a plain wheel zooms too (Ctrl is handled by vis). */
  private onWheel(event: WheelEvent): void {
    if (!this.timeline || event.ctrlKey) return;
    const focused = this.shadowRoot?.activeElement === this.frame;
    if (!focused && !event.metaKey) return;
    event.preventDefault();
    if (event.deltaY < 0) this.timeline.zoomIn(0.2, { animation: false });
    else if (event.deltaY > 0) this.timeline.zoomOut(0.2, { animation: false });
  }

  private destroyTimeline(): void {
    this.timeline?.destroy();
    this.timeline = undefined;
    this.timelineStory = undefined;
    this.items = undefined;
    this.rendered = false;
    this.drawn = false;
    this.fullWindow = false;
  }
}

function tryDate(text: string): Date | undefined {
  try {
    return startOf(parsePartialDate(text));
  } catch {
    return undefined;
  }
}
