import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { StoryElement } from '../shared/story-element.js';
import { categoryColours, themeStyles } from '../shared/theme.js';
import { scrollBehaviour } from '../shared/motion.js';
import { fullExtent } from '../model/timeline-items.js';
import type { TimeWindow } from '../model/time-window.js';
import { zoomButtons } from '../shared/zoom-buttons.js';
import { timelineStyles } from './event-timeline.styles.js';
import { firstActive, keyAction } from './listbox.js';
import { drawnIn } from './window-moves.js';
import { measureProbes, optionItems } from './option-list.js';
import { OptionsCentre } from './options-centre.js';
import { OverviewStrip } from './overview-strip.js';
import { timelineLegend } from './timeline-legend.js';
import { timelineView, type TimelineView } from './timeline-view.js';
import { VisTimelineController } from './vis-timeline-controller.js';
import { stackHeightFor } from './timeline-crowd.js';
import { PreviewRoom } from './preview-room.js';

export { timelineLibraryLoaded } from './vis-chunk.js';

/**
 * A chronological timeline of a story's events, drawn by vis-timeline inside
 * the element's shadow root.
 *
 * Periods are ranges, planned events (after the source's dateline) are dashed,
 * dates show at the precision the source gives. Every event keeps its title on
 * screen where its box fits; only where boxes could not be stacked within the
 * timeline's height are they gathered into a cluster, which opens (its events
 * side by side) when clicked. It opens on the stretch where the most titles can
 * be read (chosen again for another language, until the reader moves it); an
 * overview strip below shows the whole period and the window, and moves it. The
 * element takes the height its content needs: nothing scrolls inside it. The
 * wheel scrolls the page as usual; Ctrl/⌘ + wheel (or a pinch) zooms, as does
 * the wheel once the timeline has keyboard focus.
 *
 * Keyboard: the timeline is one tab stop (a listbox). Arrow keys move through
 * the events in date order, Home/End jump to the ends, Enter/Space selects,
 * `+`/`-` zoom and `0` shows everything. The overview's brush is a slider.
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
 *   A new value refits the window to the events it leaves.
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
 * @slot heading - A heading for the timeline, beside its zoom buttons (default: the word "Timeline").
 *
 * @csspart toolbar - The zoom and "show all" buttons.
 * @csspart timeline - The framed timeline (the keyboard tab stop).
 * @csspart overview - The overview strip of the whole period, with the window as a brush.
 * @csspart legend - The category legend.
 * @csspart status - Loading and empty messages.
 * @csspart error - The error message (role="alert").
 *
 * @cssprop --he-timeline-min-height - Minimum height of the timeline frame (220px).
 * @cssprop --he-height - Height the element reserves (default: none, its natural height); it grows
 *   past it when its content needs more, and never scrolls inside.
 * @cssprop --he-category-politics - Colour of a category; one property per category
 *   (politics, economy, transport, energy, digital, culture, ecology).
 * @cssprop --he-color-focus - Colour of focus rings and the active event.
 */
export class EventTimeline extends StoryElement {
  static override styles = [themeStyles, timelineStyles, categoryColours];

  /** Ids of events to emphasise; the others are dimmed. Empty or undefined: none. */
  @property({ attribute: false }) highlighted?: readonly string[];

  /** Ids of the events to show (search and filters); undefined shows all. */
  @property({ attribute: false }) visibleEvents?: readonly string[];

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
   * Whether the listbox holds its whole window of options (`MAX_OPTIONS`): only
   * once the drawn timeline has been painted. Growing it from the first list's
   * `PREVIEW_OPTIONS` in the frame vis-timeline first paints would make that
   * frame wait for them.
   */
  @state() private fullWindow = false;

  /** The window the timeline shows, for the overview strip (set as it moves). */
  @state() private shownWindow?: TimeWindow;
  private movingWindow?: TimeWindow;
  private windowFrame = 0;
  private readonly options = new OptionsCentre(this);
  /** Until drawn, the room the drawing will take. */
  private readonly previewRoom = new PreviewRoom(this, () => this.frame);

  @query('.frame') private frame?: HTMLElement;
  @query('.vis-host') private visHost?: HTMLElement;
  @query('.probes') private probes?: HTMLElement;

  /**
   * The vis-timeline drawing: built, kept up to date and destroyed by its controller.
   *
   * @internal
   */
  private readonly visTimeline = new VisTimelineController(this, {
    container: () => this.visHost ?? undefined,
    locale: () => this.locale,
    strings: () => this.strings,
    probes: () => this.probes ?? undefined,
    stackHeight: () => stackHeightFor(window.innerHeight, this.frame?.clientWidth ?? 0),
    select: (id) => {
      this.selectEvent(id);
    },
    drawn: () => {
      this.markDrawn();
    },
    rangeChanged: (window) => {
      this.emit('timeline-range', window);
    },
    windowChanging: (window) => {
      // Once a frame, and never inside an update: the overview strip follows the window.
      this.movingWindow = window;
      this.windowFrame ||= requestAnimationFrame(() => {
        this.windowFrame = 0;
        this.shownWindow = this.movingWindow;
      });
    },
    clusterOpened: () => {
      // The opened cluster's events may stand taller than the frame was: keep them on screen.
      this.frame?.scrollIntoView({ block: 'nearest', behavior: scrollBehaviour() });
    },
    destroyed: () => {
      this.resetDrawing();
    },
  });

  /** The overview strip: its gestures move the window. */
  private readonly overview = new OverviewStrip((window) => {
    void this.visTimeline.setWindow(window, false);
  });

  /** The story as shown: items in the reader's language, and what the filters leave. */
  private view?: TimelineView;
  private highlightedIds: ReadonlySet<string> = new Set();
  /** Whether story-render was announced for the story shown. */
  private rendered = false;
  /** Resolves once the first frame with the story's events is painted. */
  private firstPaint?: Promise<void>;

  /** Focuses the timeline: the listbox, its one tab stop. */
  override focus(options?: FocusOptions): void {
    if (this.frame) this.frame.focus(options);
    else super.focus(options);
  }

  /** Shows every (visible) event. */
  fit(): void {
    this.visTimeline.fit();
  }

  /** Zooms in around the selected event, or the event in view nearest the centre. */
  zoomIn(): void {
    this.visTimeline.zoomIn(1.5);
  }

  /** Zooms out around the centre. */
  zoomOut(): void {
    this.visTimeline.zoomOut(1.5);
  }

  /**
   * Moves and zooms the timeline so that an event is in view on its own (not
   * inside a cluster), without selecting it. Resolves once it is drawn there.
   */
  showEvent(id: string): Promise<void> {
    return this.visTimeline.show(id);
  }

  /** Moves and zooms the timeline so that these events are all in view, without selecting any. */
  showEvents(ids: readonly string[]): Promise<void> {
    return this.visTimeline.showAll(ids);
  }

  /** The window the timeline shows, once it exists. */
  get visibleWindow(): { start: Date; end: Date } | undefined {
    return this.visTimeline.window;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('highlighted')) this.highlightedIds = new Set(this.highlighted ?? []);
    const story = this.loadedStory;
    const view = story
      ? timelineView(story, this.uiLang, this.visibleEvents, this.view)
      : undefined;
    if (view && view.story !== this.view?.story) {
      // Another story (or the same after none): nothing is active yet.
      this.activeId = '';
      this.resetDrawing();
    }
    // The keyboard cannot stay on an event the filters now hide.
    if (view?.visible && this.activeId && !view.visible.has(this.activeId)) this.activeId = '';
    this.view = view;
    if (!story?.events.length) this.visTimeline.destroy(); // the list it leaves: in this update
    this.visTimeline.content = view && {
      story: view.story,
      itemsById: view.itemsById,
      selected: this.selected,
      itemState: {
        visible: view.visible,
        highlighted: this.highlightedIds,
        activeId: this.activeId,
        afterDateline: view.afterDateline,
      },
    };
  }

  override render() {
    const status = this.renderStatus();
    const story = this.loadedStory;
    const view = this.view;
    if (status !== nothing || !story || !view)
      return html`<div class="root" part="base">${status}</div>`;
    const t = this.strings;
    const events = view.navigable;
    const immediate = !this.drawn || this.frame?.matches(':focus-visible') === true;
    const target = this.activeId || this.selected;
    const { options, offset } = this.options.around(events, target, this.fullWindow, immediate);
    return html`<div class="root" part="base">
      <div class="head">
        <slot name="heading"><span class="view-title">${t.timelineHeading}</span></slot>
        <div class="toolbar" part="toolbar" role="toolbar" aria-label=${t.timelineZoom}>
          ${zoomButtons(this, this.uiLang)}
        </div>
      </div>
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
        ${measureProbes}
        <ul
          class=${this.drawn ? 'options visually-hidden' : 'options preview'}
          role="presentation"
          @click=${this.onOptionClick}
        >
          ${optionItems(options, {
            offset,
            total: events.length,
            selected: this.selected,
            drawn: this.drawn,
            planned: t.planned,
            list: events,
          })}
        </ul>
      </div>
      <p id="help" class="visually-hidden">${t.timelineHelp}</p>
      ${this.renderOverview()} ${timelineLegend(story, t)}
    </div>`;
  }

  /** The overview strip, with the drawing (before its first move: the window it was made with). */
  private renderOverview() {
    const story = this.loadedStory;
    const window = this.shownWindow ?? this.visibleWindow;
    const extent = story ? fullExtent(story) : undefined;
    if (!this.drawn || !window || !extent || !this.view) return nothing;
    return this.overview.render({
      extent,
      window,
      items: this.view.navigable,
      selected: this.selected,
      locale: this.locale,
      label: this.strings.overviewLabel,
    });
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.previewRoom.update(this.drawn ? 0 : (this.view?.navigable.length ?? 0));
    if (!this.loadedStory?.events.length || !this.isConnected) {
      this.visTimeline.destroy();
      return;
    }
    if (!this.rendered) {
      // This update put the story's events on screen (as a list until vis-timeline
      // has drawn): that frame is the first render.
      this.rendered = true;
      this.firstPaint = this.emitRenderedAfterPaint();
    }
    if (this.libraryFailure) return;
    this.visTimeline.sync(this.firstPaint).catch(() => {
      // Offline, or the chunk is blocked: say so in the widget; the list of events stays.
      this.showLibraryFailure('The timeline code (vis-timeline)');
    });
  }

  /** Back to the list of events until vis-timeline draws, and its first frame announced again. */
  private resetDrawing(): void {
    [this.rendered, this.drawn, this.fullWindow] = [false, false, false];
    this.shownWindow = undefined; // a new drawing's strip starts from its own window
  }

  /** The timeline is visible: hide the list (in the same frame) and say so once painted. */
  private markDrawn(): void {
    if (this.drawn || !this.visTimeline.story) return;
    this.drawn = true;
    void this.emitRenderedAfterPaint('timeline-draw').then(() => {
      this.fullWindow = true;
    });
  }

  private selectEvent(id: string): void {
    this.activeId = id;
    if (this.selected !== id) {
      this.selected = id;
      this.emit('event-select', { eventId: id });
    } else {
      this.visTimeline.syncSelection();
    }
  }

  private moveActive(id: string, reveal = true): void {
    this.activeId = id;
    if (reveal) this.visTimeline.reveal(id);
  }

  /** A click on an event of the list shown until the timeline is drawn selects it. */
  private onOptionClick(event: Event): void {
    const option = (event.target as Element).closest('[role=option]');
    const id = option?.id.replace(/^option-/, '');
    if (id && this.view?.itemsById.has(id)) this.selectEvent(id);
  }

  private onFocus(): void {
    // Keyboard focus only (not a click's) picks an active event: one the window shows.
    if (this.activeId || !this.loadedStory || !this.frame?.matches(':focus-visible')) return;
    const inView = drawnIn(this.view?.itemsById, this.visibleWindow);
    const start = firstActive(this.view?.navigableIds ?? [], this.selected, inView);
    if (start) this.moveActive(start, !inView(start));
  }

  private onKeydown(event: KeyboardEvent): void {
    const ids = this.loadedStory && this.view ? this.view.navigableIds : [];
    const action = keyAction(ids, this.activeId, event.key);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'move') this.moveActive(action.id);
    else if (action.kind === 'select') this.selectEvent(action.id);
    else if (action.kind === 'zoom-in') this.zoomIn();
    else if (action.kind === 'zoom-out') this.zoomOut();
    else this.fit();
  }

  /**
   * Once the reader has given the timeline keyboard focus, a plain wheel zooms
   * too (Ctrl is handled by vis). A click focuses the frame without
   * `:focus-visible`: the wheel then goes on scrolling the page, as it should
   * for a reader who clicked an event and scrolls on to read.
   */
  private onWheel(event: WheelEvent): void {
    if (!this.visTimeline.story || event.ctrlKey) return;
    const focused =
      this.shadowRoot?.activeElement === this.frame && this.frame?.matches(':focus-visible');
    if (!focused && !event.metaKey) return;
    event.preventDefault();
    if (event.deltaY < 0) this.visTimeline.zoomIn(1.2);
    else if (event.deltaY > 0) this.visTimeline.zoomOut(1.2);
  }
}
