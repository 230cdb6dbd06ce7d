import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type cytoscape from 'cytoscape';
import type * as CytoscapeLoader from './cytoscape-loader.js';
import {
  canvasLabel,
  toGraphElements,
  type GraphEdge,
  type GraphElements,
} from '../model/graph-elements.js';
import { computeGraphView, type GraphView } from '../model/graph-view.js';
import { eventsOfEntity, indexStory } from '../model/story-index.js';
import { ENTITY_KINDS, type EntityKind, type Story } from '../model/story-schema.js';
import { textIn } from '../shared/i18n.js';
import { StoryElement } from '../shared/story-element.js';
import { zoomButtons } from '../shared/zoom-buttons.js';
import { themeStyles } from '../shared/theme.js';
import { graphStyles } from './event-graph.styles.js';
import { graphStylesheet, KIND_SHAPES, readPalette } from './graph-style.js';

type CytoscapeModule = typeof CytoscapeLoader;

/** Up to this many entities, the list shows every entity's connections. */
const MAX_LISTED_CONNECTIONS_NODES = 80;

/**
 * The organisations, agreements, countries, places and people of a story as a
 * graph (cytoscape, inside the element's shadow root), with typed, labelled
 * relations. Beside the canvas, a list of the same names and their
 * connections serves keyboards and screen readers and follows the selection.
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
 *
 * @fires entity-select - The reader selected an entity. Detail: `{ entityId }`.
 * @fires follow-range-change - The "only what the timeline shows" switch changed. Detail: `{ followRange }`.
 * @fires story-load - The story was loaded and validated. Detail: `{ story }`.
 * @fires story-error - The story could not be loaded or is invalid. Detail: `{ errors: { path, message }[] }`.
 * @fires story-render - The first frame of the graph was painted.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - Zoom, fit and the follow switch.
 * @csspart canvas - The graph drawing.
 * @csspart legend - The legend of entity kinds.
 * @csspart list - The accessible list of entities and connections.
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

  /** Whether the element has come near the viewport (then cytoscape loads). */
  @state() private nearViewport = false;

  @query('.canvas') private canvas?: HTMLElement;

  private cytoscapeLoading?: Promise<CytoscapeModule>;
  private prefetchWanted = false;
  private cy?: cytoscape.Core;
  private cyStory?: Story;
  private cyLang = '';
  private loadingGraph = false;
  private rendered = false;
  private fittedSelection = '';
  private readerMoved = false;
  private elementsCache?: { story: Story; lang: string; elements: GraphElements };
  private intersection?: IntersectionObserver;
  private resize?: ResizeObserver;
  private colorScheme?: MediaQueryList;

  override connectedCallback(): void {
    super.connectedCallback();
    this.intersection = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this.nearViewport = true;
          if (this.prefetchWanted) this.loadGraphLibrary().catch(() => undefined);
          this.intersection?.disconnect();
        }
      },
      { rootMargin: '200px' },
    );
    this.intersection.observe(this);
    this.colorScheme = matchMedia('(prefers-color-scheme: dark)');
    this.colorScheme.addEventListener('change', this.onThemeChange);
    // Moved in the DOM: the graph was destroyed on disconnect; build it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.intersection?.disconnect();
    this.intersection = undefined;
    this.colorScheme?.removeEventListener('change', this.onThemeChange);
    this.destroyGraph();
    this.nearViewport = false;
  }

  /**
   * Loads the graph code (cytoscape) now rather than when the canvas is first
   * drawn, as soon as the element is near the viewport. The explorer calls it
   * once its timeline's library has arrived: the download then overlaps the
   * timeline's drawing instead of following it.
   */
  prefetch(): void {
    this.prefetchWanted = true;
    if (this.nearViewport) this.loadGraphLibrary().catch(() => undefined);
  }

  /** cytoscape's chunk, once per element; a failed load can be tried again. */
  private loadGraphLibrary(): Promise<CytoscapeModule> {
    this.cytoscapeLoading ??= import('./cytoscape-loader.js').catch((error: unknown) => {
      this.cytoscapeLoading = undefined;
      throw error;
    });
    return this.cytoscapeLoading;
  }

  /** Fits the whole graph in view. */
  fit(): void {
    this.cy?.fit(this.cy.elements(':visible'), 24);
  }

  /** Zooms in around the centre. */
  zoomIn(): void {
    this.zoomBy(1.25);
  }

  /** Zooms out around the centre. */
  zoomOut(): void {
    this.zoomBy(0.8);
  }

  private zoomBy(factor: number, at?: { x: number; y: number }): void {
    const cy = this.cy;
    if (!cy) return;
    const position = at ?? { x: cy.width() / 2, y: cy.height() / 2 };
    this.readerMoved = true;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: position });
  }

  /** Nodes and edges in the reader's language (cached per story and language). */
  private graphElements(story: Story): GraphElements {
    const lang = this.uiLang;
    if (this.elementsCache?.story === story && this.elementsCache.lang === lang)
      return this.elementsCache.elements;
    const strings = this.strings;
    const elements = toGraphElements(story, {
      textOf: (text) => textIn(text, lang),
      relationLabel: (type) => strings.relationNames[type],
    });
    this.elementsCache = { story, lang, elements };
    return elements;
  }

  private currentView(story: Story): GraphView {
    return computeGraphView(story, {
      ...(this.selected ? { selectedEvent: this.selected } : {}),
      ...(this.selectedEntity ? { selectedEntity: this.selectedEntity } : {}),
      ...(this.visibleEvents ? { visibleEvents: new Set(this.visibleEvents) } : {}),
      ...(this.followRange && this.range ? { range: this.range } : {}),
    });
  }

  override render() {
    const status = this.renderStatus();
    const story = this.loadedStory;
    if (status !== nothing || !story) return html`<div class="root" part="base">${status}</div>`;
    const t = this.strings;
    const elements = this.graphElements(story);
    const view = this.currentView(story);
    const kinds = ENTITY_KINDS.filter((kind) =>
      story.entities.some((entity) => entity.kind === kind),
    );
    const allHidden = view.hiddenNodes.size === story.entities.length && story.entities.length > 0;
    return html`<div class="root" part="base">
      <div class="toolbar" part="toolbar">
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
            @wheel=${this.onWheel}
            @focusin=${this.onCanvasFocus}
            @focusout=${this.onCanvasBlur}
          ></div>
          ${allHidden ? html`<p class="overlay" role="status">${t.noEntitiesInRange}</p>` : nothing}
          <ul class="legend" part="legend" aria-label=${t.legend}>
            ${kinds.map((kind) => html`<li>${this.renderShape(kind)}${t.kindNames[kind]}</li>`)}
          </ul>
        </div>
        ${
          // Held back with the canvas: in the explorer, the timeline's first frame
          // comes first, and these few hundred nodes would lengthen it.
          this.deferCanvas ? nothing : this.renderList(story, elements, view)
        }
      </div>
    </div>`;
  }

  private renderShape(kind: EntityKind): TemplateResult {
    return html`<span
      class=${`shape shape-${KIND_SHAPES[kind]} kind-${kind}`}
      aria-hidden="true"
    ></span>`;
  }

  /** The accessible alternative: every visible entity, its events and its connections. */
  private renderList(story: Story, elements: GraphElements, view: GraphView): TemplateResult {
    const t = this.strings;
    const { entitiesById } = indexStory(story);
    const byNode = new Map<string, GraphEdge[]>();
    for (const edge of elements.edges) {
      if (view.hiddenEdges.has(edge.id)) continue;
      for (const end of [edge.source, edge.target]) {
        const list = byNode.get(end);
        if (list) list.push(edge);
        else byNode.set(end, [edge]);
      }
    }
    // A big graph lists the connections of the names in play (selected, or in
    // the selected event) rather than thousands of lines at once.
    const everyConnection = elements.nodes.length <= MAX_LISTED_CONNECTIONS_NODES;
    const names = new Map(elements.nodes.map((node) => [node.id, node.label]));
    const nameOf = (id: string) => names.get(id) ?? id;
    const groups = ENTITY_KINDS.map((kind) => ({
      kind,
      nodes: elements.nodes
        .filter((node) => node.kind === kind && !view.hiddenNodes.has(node.id))
        .sort((a, b) => a.label.localeCompare(b.label, this.locale)),
    })).filter((group) => group.nodes.length > 0);
    return html`<nav class="list" part="list" aria-label=${t.entityList}>
      <p class="help">${t.graphHelp}</p>
      ${groups.map(
        (group) =>
          html`<h4 class="kind-heading">${t.kindNames[group.kind]}</h4>
            <ul class="entities">
              ${group.nodes.map((node) => {
                const highlighted = view.highlightedNodes.has(node.id);
                const selected = node.id === this.selectedEntity;
                const count = eventsOfEntity(story, node.id).length;
                const edges = byNode.get(node.id) ?? [];
                const description = entitiesById.get(node.id)?.description;
                return html`<li
                  class=${highlighted ? 'entity is-highlighted' : 'entity'}
                  data-entity=${node.id}
                >
                  <button
                    type="button"
                    class="entity-button"
                    aria-pressed=${selected ? 'true' : 'false'}
                    @click=${() => {
                      this.selectEntity(node.id);
                    }}
                  >
                    <span class="name">${node.label}</span>
                    ${count > 0 ? html`<span class="count">${t.eventsOfEntity(count)}</span>` : nothing}
                    ${highlighted && !selected ? html`<span class="visually-hidden">(${t.inSelectedEvent})</span>` : nothing}
                  </button>
                  ${description ? html`<p class="description">${textIn(description, this.uiLang)}</p>` : nothing}
                  ${
                    edges.length > 0 && (everyConnection || highlighted || selected)
                      ? html`<ul
                          class="connections"
                          aria-label=${`${t.connections}: ${node.label}`}
                        >
                          ${edges.map(
                            (edge) =>
                              html`<li
                                class=${view.highlightedEdges.has(edge.id) ? 'is-highlighted' : ''}
                              >
                                ${nameOf(edge.source)}
                                <span class="relation">${edge.label}</span> ${nameOf(edge.target)}
                              </li>`,
                          )}
                        </ul>`
                      : nothing
                  }
                </li>`;
              })}
            </ul>`,
      )}
    </nav>`;
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    const story = this.loadedStory;
    if (!story || !this.isConnected || !this.nearViewport || this.deferCanvas) {
      if (!story) this.destroyGraph();
      return;
    }
    if (!this.cy || this.cyStory !== story) {
      if (!this.libraryFailure) void this.buildGraph(story);
      return;
    }
    if (changed.has('lang')) this.relabel(story);
    if (changed.has('theme')) this.restyle();
    const viewInputs = ['selected', 'selectedEntity', 'visibleEvents', 'range', 'followRange'];
    if (viewInputs.some((name) => changed.has(name))) this.scheduleView();
  }

  private viewScheduled = false;

  /**
   * Applies highlight and visibility after the next paint: a selection first
   * shows its quote, then lights up the graph one frame later, instead of
   * making the quote wait for thousands of canvas elements.
   */
  private scheduleView(): void {
    if (this.viewScheduled) return;
    this.viewScheduled = true;
    requestAnimationFrame(() => {
      setTimeout(() => {
        this.viewScheduled = false;
        const story = this.loadedStory;
        if (story && this.cyStory === story) this.applyView(story);
      });
    });
  }

  private async buildGraph(story: Story): Promise<void> {
    if (this.loadingGraph) return;
    this.loadingGraph = true;
    const elements = this.graphElements(story);
    let positions = story.layout?.positions;
    let module: CytoscapeModule;
    try {
      module = await this.loadGraphLibrary();
      // Shipped stories carry positions from the build; others are laid out here, once.
      positions ??= (await import('../graph-layout/graph-layout.js')).computeGraphLayout(
        elements,
      ).positions;
      // Labels measure wrong if the font arrives after the first draw (cytoscape #1734).
      await document.fonts.ready;
    } catch {
      // Offline, or the chunk is blocked: say so in the widget; the list of names stays.
      this.showLibraryFailure('The graph code (cytoscape)');
      return;
    } finally {
      this.loadingGraph = false;
    }
    const container = this.canvas;
    if (!this.isConnected || !container || this.loadedStory !== story) return;
    this.destroyGraph();
    const cy = module.createCytoscape({
      container,
      elements: {
        nodes: elements.nodes.map((node) => ({
          data: { id: node.id, label: canvasLabel(node.label), kind: node.kind },
          position: positions[node.id] ?? { x: 0, y: 0 },
        })),
        edges: elements.edges.map((edge) => ({
          data: {
            id: edge.id,
            source: edge.source,
            target: edge.target,
            label: edge.label,
            type: edge.type,
          },
        })),
      },
      layout: { name: 'preset', fit: true, padding: 24 },
      style: graphStylesheet(readPalette(this)),
      minZoom: 0.2,
      maxZoom: 4,
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      selectionType: 'single',
      pixelRatio: elements.nodes.length > 300 ? 1 : 'auto',
      hideEdgesOnViewport: elements.edges.length > 600,
      textureOnViewport: elements.nodes.length > 600,
    });
    this.cy = cy;
    this.cyStory = story;
    this.fittedSelection = '|';
    this.cyLang = this.uiLang;
    cy.on('tap', 'node', (event) => {
      this.selectEntity((event.target as cytoscape.NodeSingular).id());
    });
    this.readerMoved = false;
    cy.on('scrollzoom pinchzoom dragpan', () => {
      // Once the reader has zoomed or panned, a resize no longer refits the graph.
      this.readerMoved = true;
    });
    let size = `${container.clientWidth}x${container.clientHeight}`;
    this.resize = new ResizeObserver(() => {
      // The first call only reports the size cytoscape was created at: nothing to redo.
      const current = `${container.clientWidth}x${container.clientHeight}`;
      if (current === size) return;
      size = current;
      // A container hidden or zero-sized at init needs a resize once it has a size (cytoscape #894).
      cy.resize();
      const shown = this.loadedStory;
      if (!this.readerMoved && shown) this.fitView(cy, this.currentView(shown));
    });
    this.resize.observe(container);
    this.applyView(story);
    const markRendered = () => {
      if (this.rendered || this.cy !== cy) return;
      this.rendered = true;
      void this.emitRenderedAfterPaint();
    };
    cy.one('render', markRendered);
    // cytoscape draws in its own animation-frame loop, registered when it was
    // created; if nothing changes after its first frame, no 'render' event may
    // reach us, so the frame after next counts as painted too.
    requestAnimationFrame(() => requestAnimationFrame(markRendered));
  }

  private relabel(story: Story): void {
    const cy = this.cy;
    if (!cy || this.cyLang === this.uiLang) return;
    const elements = this.graphElements(story);
    cy.batch(() => {
      for (const node of elements.nodes)
        cy.getElementById(node.id).data('label', canvasLabel(node.label));
      for (const edge of elements.edges) cy.getElementById(edge.id).data('label', edge.label);
    });
    this.cyLang = this.uiLang;
  }

  private restyle(): void {
    this.cy?.style(graphStylesheet(readPalette(this)));
  }

  private readonly onThemeChange = () => {
    this.restyle();
  };

  /** Applies visibility and highlight classes in one batch; a new selection is brought into view. */
  private applyView(story: Story): void {
    const cy = this.cy;
    if (!cy) return;
    const view = this.currentView(story);
    const selection = `${this.selected}|${this.selectedEntity}`;
    const selectionChanged = selection !== this.fittedSelection;
    this.fittedSelection = selection;
    // Only the classes that change: every toggle, even a no-op one, makes
    // cytoscape restyle the element, which costs ~0.05 ms each (thousands of
    // elements on a first draw where nothing is highlighted).
    const setClass = (element: cytoscape.SingularElementArgument, name: string, on: boolean) => {
      if (element.hasClass(name) !== on) element.toggleClass(name, on);
    };
    cy.batch(() => {
      cy.elements().forEach((element) => {
        const id = element.id();
        const hidden = element.isNode() ? view.hiddenNodes.has(id) : view.hiddenEdges.has(id);
        const highlighted = element.isNode()
          ? view.highlightedNodes.has(id)
          : view.highlightedEdges.has(id);
        setClass(element, 'hidden', hidden);
        setClass(element, 'highlighted', highlighted);
        setClass(element, 'dimmed', view.focused && !highlighted);
        setClass(element, 'selected', id === this.selectedEntity);
      });
    });
    if (selectionChanged) this.fitView(cy, view);
  }

  /** Zooms to what the selection lights up (labels readable), or to everything. */
  private fitView(cy: cytoscape.Core, view: GraphView): void {
    const target = view.focused ? cy.nodes('.highlighted') : cy.elements(':visible');
    cy.fit(target, view.focused ? 48 : 24);
    if (view.focused && cy.zoom() > 0.95) {
      cy.zoom(0.95);
      cy.center(target);
    }
  }

  private selectEntity(id: string): void {
    if (this.selectedEntity === id) return;
    this.selectedEntity = id;
    this.emit('entity-select', { entityId: id });
  }

  private onFollowChange(event: Event): void {
    this.followRange = (event.target as HTMLInputElement).checked;
    this.emit('follow-range-change', { followRange: this.followRange });
  }

  private onCanvasFocus(): void {
    this.cy?.userZoomingEnabled(true);
  }

  private onCanvasBlur(): void {
    this.cy?.userZoomingEnabled(false);
  }

  /** Ctrl/⌘ + wheel zooms even without focus; a plain wheel scrolls the page. */
  private onWheel(event: WheelEvent): void {
    const cy = this.cy;
    if (!cy || cy.userZoomingEnabled() || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    const bounds = (event.currentTarget as HTMLElement).getBoundingClientRect();
    this.zoomBy(event.deltaY < 0 ? 1.1 : 1 / 1.1, {
      x: event.clientX - bounds.left,
      y: event.clientY - bounds.top,
    });
  }

  private destroyGraph(): void {
    this.resize?.disconnect();
    this.resize = undefined;
    this.cy?.destroy();
    this.cy = undefined;
    this.cyStory = undefined;
    this.rendered = false;
  }
}
