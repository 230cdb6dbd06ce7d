import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { toGraphElements, type GraphElements } from '../model/graph-elements.js';
import { type GraphView } from '../model/graph-view.js';
import type { Story } from '../model/story-schema.js';
import { labelLanguage, textIn } from '../shared/i18n.js';
import { StoryElement } from '../shared/story-element.js';
import { zoomButtons } from '../shared/zoom-buttons.js';
import { themeStyles } from '../shared/theme.js';
import { readPalette } from './read-palette.js';
import { CytoscapeController, type GraphSource } from './cytoscape-controller.js';
import { shownView, type ShownView } from './shown-view.js';
import type { DrawnEdge, DrawnNode } from './drawn-graph.js';
import { chosenEntitySummary, renderChosenEntity } from './chosen-entity.js';
import { renderEntityList } from './entity-list.js';
import { graphStyles } from './event-graph.styles.js';
import { renderLegend } from './graph-legend.js';

/** The properties that change what the graph shows (not what it draws). */
const VIEW_INPUTS = ['selected', 'selectedEntity', 'visibleEvents', 'range', 'followRange'];

/**
 * The organisations, agreements, countries, places and people of a story as a
 * graph (cytoscape, inside the element's shadow root), with typed, labelled
 * relations. Choosing a name (on the canvas or in the list of names under it)
 * shows its events, each a button that selects it, beside the canvas (under
 * it when narrow), with its description and connections. The list of names
 * serves keyboards and screen readers and follows the selection.
 *
 * The view opens at a zoom where names are readable (at least 11 px), centred
 * on the best-connected name; the reader drags (or, on touch, moves two
 * fingers) to see the rest, or presses "Show all". One finger on a phone
 * scrolls the page.
 *
 * Positions come precomputed with shipped stories (the same picture on every
 * load); other stories get a deterministic layout in the browser. The graph
 * code loads only when the element comes into view. The wheel scrolls the page;
 * Ctrl/⌘ + wheel zooms, as does the wheel once the canvas has focus.
 *
 * @element event-graph
 *
 * @attr src - URL of a story file (JSON).
 * @attr lang - Interface and label language: zh, en or ru.
 * @attr selected - Id of the selected event: its entities and the edges between them light up.
 * @attr selected-entity - Id of the selected entity: it and its connections light up.
 * @attr follow-range - Show only what exists in `range` (the timeline's window).
 * @attr defer-canvas - Hold the drawing (the canvas and the list of entities) back until removed.
 * @attr theme - light or dark; follows prefers-color-scheme when absent.
 *
 * @prop {object} story - A story object; takes precedence over `src`.
 * @prop {{start: Date, end: Date} | undefined} range - The period to follow when `follow-range` is set.
 * @prop {string[] | undefined} visibleEvents - Events left by search/filters; entities of other events are hidden.
 *
 * @method prefetch - Load the graph code now, once the element is near the viewport, even while `defer-canvas` holds the drawing back.
 * @method pngBlob - The graph as the canvas shows it now, as a PNG `Blob` (`undefined` before it is drawn).
 * @method drawnNodes - The nodes the canvas draws now (id, kind, label, classes, positions): for tests and tools.
 * @method drawnEdges - The edges the canvas draws now (id, ends, label, classes): for tests and tools.
 * @method whenComplete - Resolves once every node and edge of the drawn graph is on the canvas (a big graph adds what is out of view after its first frame).
 *
 * @fires entity-select - The reader selected an entity (`entityId` empty: cleared the choice). Detail: `{ entityId }`.
 * @fires event-select - The reader selected one of the chosen entity's events. Detail: `{ eventId }`.
 * @fires follow-range-change - The "only what the timeline shows" switch changed. Detail: `{ followRange }`.
 * @fires story-load - The story was loaded and validated. Detail: `{ story }`.
 * @fires story-error - The story could not be loaded or is invalid. Detail: `{ errors: { path, message }[] }`.
 * @fires story-render - The first frame of the graph was painted.
 *
 * @slot heading - A heading for the graph, before its zoom buttons.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - Zoom, fit and the follow switch.
 * @csspart canvas - The graph drawing.
 * @csspart legend - The legend of entity kinds.
 * @csspart chosen - The chosen entity: its events, description and connections.
 * @csspart list - The accessible list of entities.
 * @csspart status - Loading and empty messages.
 * @csspart error - The error message (role="alert").
 *
 * @cssprop --he-graph-height - Height of the canvas (440px).
 * @cssprop --he-height - Height of the element (600px; `auto` for its natural height). Content scrolls inside.
 * @cssprop --he-kind-organisation - Colour of an entity kind; one property per kind
 *   (organisation, company, agreement, country, place, person, project, work).
 */
export class EventGraph extends StoryElement {
  static override styles = [themeStyles, graphStyles];

  /** Id of the selected entity. */
  @property({ attribute: 'selected-entity', reflect: true }) selectedEntity = '';

  /** Show only what exists in `range`. */
  @property({ type: Boolean, attribute: 'follow-range', reflect: true }) followRange = false;

  /**
   * The period to follow (the timeline's window), when `followRange` is on.
   * While the graph does not follow, a new window costs nothing: the timeline
   * sends one after every pan and zoom.
   */
  @property({ attribute: false, noAccessor: true })
  get range(): { readonly start: Date; readonly end: Date } | undefined {
    return this.followedRange;
  }
  set range(next: { readonly start: Date; readonly end: Date } | undefined) {
    const previous = this.followedRange;
    this.followedRange = next;
    // Re-render for a new window only when following it, or when the "follow"
    // switch appears or goes (it shows only while a window is given).
    if (this.followRange || (previous === undefined) !== (next === undefined)) {
      this.requestUpdate('range', previous);
    }
  }
  private followedRange?: { readonly start: Date; readonly end: Date };

  /**
   * Holds the drawing back (the canvas and the list of entities): the explorer
   * sets it until its timeline has drawn, so that the two libraries do not load
   * and draw at once, and the timeline's first frame is not held up by a few
   * hundred nodes of list.
   */
  @property({ type: Boolean, attribute: 'defer-canvas' }) deferCanvas = false;

  /** Ids of the events left by search and filters; undefined shows everything. */
  @property({ attribute: false }) visibleEvents?: readonly string[];

  @query('.canvas') private canvas?: HTMLElement;

  /**
   * Whether the list of names is filled in: after the canvas's first frame (its
   * few hundred buttons held that frame back, docs/performance.md), when the
   * reader opens it, or when its code failed to load (no canvas). It stays filled.
   */
  @state() private namesListed = false;

  /** Owns the cytoscape instance: every call into cytoscape goes through it. */
  private readonly graph = new CytoscapeController(this, this.graphSource());

  private elementsCache?: { story: Story; lang: string; elements: GraphElements };

  /**
   * Loads the graph code (cytoscape) now rather than when the canvas is first
   * drawn, as soon as the element is near the viewport. The explorer calls it
   * once its timeline's library has arrived: the download then overlaps the
   * timeline's drawing instead of following it.
   */
  prefetch(): void {
    this.graph.prefetch();
  }

  /** Fits the whole graph in view, however small its names then are. */
  fit(): void {
    this.graph.fit();
  }

  /** Zooms in around the centre. */
  zoomIn(): void {
    this.graph.zoomBy(1.25);
  }

  /** Zooms out around the centre. */
  zoomOut(): void {
    this.graph.zoomBy(0.8);
  }

  /**
   * Whether the canvas shows the current story: its first frame has been
   * painted. Until then `drawnNodes()` and `drawnEdges()` may describe an
   * earlier story, or nothing.
   */
  get drawn(): boolean {
    return this.graph.drawn && this.graph.story === this.loadedStory;
  }

  /**
   * The nodes the canvas draws now, as read-only snapshots: id, kind, label,
   * view classes, and positions (in the layout, and on the canvas). Empty
   * before the graph is drawn. For tests and tools; changing them changes nothing.
   */
  drawnNodes(): DrawnNode[] {
    return this.graph.nodes();
  }

  /** The edges the canvas draws now, as read-only snapshots (see `drawnNodes`). */
  drawnEdges(): DrawnEdge[] {
    return this.graph.edges();
  }

  /** Resolves once every node and edge is on the canvas (a big graph gains what is out of view in steps). */
  whenComplete(): Promise<void> {
    return this.graph.whenComplete();
  }

  /**
   * The graph as the canvas shows it now, as a PNG at twice its CSS size, on
   * the theme's background colour; `undefined` before it is drawn.
   */
  pngBlob(): Blob | undefined {
    return this.graph.png(readPalette(this).background);
  }

  /**
   * For leak tests only: the prototype cytoscape instances share (never an
   * instance), once one was made, so that a test can count the live ones
   * (DevTools' `queryObjects`). Not part of the public API.
   *
   * @internal
   */
  get cytoscapePrototype(): object | undefined {
    return this.graph.instancePrototype;
  }

  /** What the controller reads of this element, and how it reports back. */
  private graphSource(): GraphSource {
    return {
      story: () => this.loadedStory,
      container: () => this.canvas,
      view: (story) => this.currentView(story),
      selectEntity: (id) => {
        this.selectEntity(id);
      },
      firstFrame: () => {
        // Called in cytoscape's frame callback, as that frame is drawn.
        void this.emitRenderedAfterPaint('story-render', true, this.listNames);
      },
    };
  }

  /** Nodes and edges in the reader's language (cached per story and language). */
  private graphElements(story: Story): GraphElements {
    const lang = this.uiLang;
    if (this.elementsCache?.story === story && this.elementsCache.lang === lang)
      return this.elementsCache.elements;
    const strings = this.strings;
    const elements = toGraphElements(story, {
      textOf: (text) => textIn(text, labelLanguage(story, lang)),
      relationLabel: (type) => strings.relationNames[type],
    });
    this.elementsCache = { story, lang, elements };
    return elements;
  }

  private currentView(story: Story): ShownView {
    const { selected: selectedEvent, selectedEntity, visibleEvents } = this;
    const range = this.followRange ? this.range : undefined;
    return shownView(story, { selectedEvent, selectedEntity, visibleEvents, range });
  }

  override render() {
    const status = this.renderStatus();
    const story = this.loadedStory;
    if (status !== nothing || !story) return html`<div class="root" part="base">${status}</div>`;
    const t = this.strings;
    const elements = this.graphElements(story);
    const { view } = this.currentView(story);
    const allHidden = view.hiddenNodes.size === story.entities.length && story.entities.length > 0;
    return html`<div class="root" part="base">
      <div class="toolbar" part="toolbar" role="toolbar" aria-label=${t.graphZoom}>
        <slot name="heading"></slot>
        ${zoomButtons(this, this.uiLang)}
        ${
          this.range
            ? html`<label class="follow">
                <input
                  type="checkbox"
                  .checked=${this.followRange}
                  @change=${this.onFollowChange}
                />
                ${t.followTimeline}
              </label>`
            : nothing
        }
      </div>
      <div class="body">
        <div class="canvas-frame">
          ${this.renderLibraryFailure()}
          <div
            class="canvas"
            part="canvas"
            tabindex="-1"
            role="img"
            aria-label=${t.graphLabel}
            @wheel=${this.graph.onWheel}
            @focusin=${this.graph.onCanvasFocus}
            @focusout=${this.graph.onCanvasBlur}
          ></div>
          ${allHidden ? html`<p class="overlay" role="status">${t.noEntitiesInRange}</p>` : nothing}
        </div>
        ${renderLegend(story, this.uiLang)}
        ${
          // Held back with the canvas: in the explorer, the timeline's first frame
          // comes first, and these few hundred nodes would lengthen it.
          this.deferCanvas ? nothing : this.renderNames(story, elements, view)
        }
      </div>
      <p class="visually-hidden" role="status">${this.chosenSummary(story, view)}</p>
    </div>`;
  }

  /** The chosen entity (or how to choose one), and the list of every name. */
  private renderNames(story: Story, elements: GraphElements, view: GraphView) {
    const t = this.strings;
    const chosen = this.chosenEntity(view);
    return html`<div class="side">
        ${
          chosen
            ? renderChosenEntity({
                story,
                elements,
                view,
                entityId: chosen,
                selectedEvent: this.selected,
                visibleEvents: this.visibleEvents && new Set(this.visibleEvents),
                lang: this.uiLang,
                onSelectEvent: (id) => {
                  this.selectEvent(id);
                },
                onClear: () => {
                  this.selectEntity('');
                },
              })
            : html`<p class="help help-pointer">${t.graphHelp}</p>
                <p class="help help-touch">${t.graphHelpTouch}</p>`
        }
      </div>
      ${renderEntityList({
        story,
        elements,
        view,
        selectedEntity: this.selectedEntity,
        lang: this.uiLang,
        onSelect: (id) => {
          this.selectEntity(id);
        },
        listed: this.namesListed,
        onOpen: this.listNames,
      })}`;
  }

  private readonly listNames = (): void => void (this.namesListed = true);

  /** The selected entity, unless search or filters hide it. */
  private chosenEntity(view: GraphView): string {
    return this.selectedEntity && !view.hiddenNodes.has(this.selectedEntity)
      ? this.selectedEntity
      : '';
  }

  /** What the status line announces: "Kazakhstan: 18 events" once a name is chosen. */
  private chosenSummary(story: Story, view: GraphView): string {
    const chosen = this.chosenEntity(view);
    if (!chosen) return '';
    const visible = this.visibleEvents && new Set(this.visibleEvents);
    return chosenEntitySummary(story, chosen, visible, this.uiLang);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // No canvas will be drawn (its code failed): the list is the way to the names. A graph far
    // from the viewport waits (its sort made a phone's first Intl.Collator, docs/performance.md).
    if (!this.namesListed && !this.deferCanvas && this.libraryFailure) this.namesListed = true;
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    const story = this.loadedStory;
    if (!story || !this.isConnected || !this.graph.nearViewport || this.deferCanvas) {
      if (!story) this.graph.destroy();
      return;
    }
    if (this.graph.story !== story) {
      if (!this.libraryFailure) void this.drawGraph(story);
      return;
    }
    if (changed.has('lang')) this.graph.relabel(this.graphElements(story), this.uiLang);
    if (changed.has('theme')) this.graph.restyle();
    if (VIEW_INPUTS.some((name) => changed.has(name))) this.graph.scheduleView();
  }

  private async drawGraph(story: Story): Promise<void> {
    const outcome = await this.graph.draw(story, this.graphElements(story), this.uiLang);
    // Offline, or the chunk is blocked: say so in the widget; the list of names stays.
    if (outcome === 'library-failed') this.showLibraryFailure('The graph code (cytoscape)');
  }

  private selectEntity(id: string): void {
    if (this.selectedEntity === id) return;
    this.selectedEntity = id;
    this.emit('entity-select', { entityId: id });
  }

  private selectEvent(id: string): void {
    if (this.selected === id) return;
    this.selected = id;
    this.emit('event-select', { eventId: id });
  }

  private onFollowChange(event: Event): void {
    this.followRange = (event.target as HTMLInputElement).checked;
    this.emit('follow-range-change', { followRange: this.followRange });
  }
}
