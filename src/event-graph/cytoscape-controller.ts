/**
 * The controller that owns `<event-graph>`'s cytoscape instance: it loads the
 * library's chunk once the host nears the viewport, creates the instance,
 * relabels, restyles and shows views on it, fits and zooms it, follows the
 * container's size, and destroys it when the host leaves the page. Every call
 * into cytoscape is here; the element keeps its properties, render and wiring.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type cytoscape from 'cytoscape';
import type * as CytoscapeLoader from './cytoscape-loader.js';
import type { GraphElements } from '../model/graph-elements.js';
import { nodeLabel, type NodeBox } from '../model/graph-label.js';
import type { Story } from '../model/story-schema.js';
import { coalescedAfterPaint } from '../shared/after-paint.js';
import { onScreen } from '../shared/on-screen.js';
import { cytoscapeElements, cytoscapeOptions, type Position } from './cytoscape-options.js';
import { drawnEdges, drawnNodes, type DrawnEdge, type DrawnNode } from './drawn-graph.js';
import { layoutBegun, moveWhenFinal, positionsToDraw } from './final-positions.js';
import type { PositionsToDraw } from './final-positions.js';
import { classToggles, dimsRest } from './graph-classes.js';
import { fitGraph, nodeRooms } from './fit-graph.js';
import { fitTarget, SHOW_ALL, type FitTarget } from './graph-fit.js';
import { graphStylesheet } from './graph-style.js';
import { followLabelZoom } from './label-zoom.js';
import { layersAfterFirstFrame } from './layer-cache.js';
import { readPalette } from './read-palette.js';
import { openedAt, openingView } from './opening-view.js';
import { elementsAmong, firstDrawn, provisionalFirstDrawn, restOf } from './first-drawn.js';
import { RestOfGraph } from './rest-of-graph.js';
import { followCanvasSize } from './canvas-position.js';
import { followReaderInput } from './reader-input.js';
import type { ShownView } from './shown-view.js';

type CytoscapeModule = typeof CytoscapeLoader;

/** What the controller asks of its host element. */
export interface GraphSource {
  /** The story the host shows now: a drawing started for another one is dropped. */
  story(): Story | undefined;
  /** The element cytoscape draws in, once rendered. */
  container(): HTMLElement | undefined;
  /** The view to show for `story`, from the host's selection and filters. */
  view(story: Story): ShownView;
  /** The reader tapped a node. */
  selectEntity(id: string): void;
  /** The first frame of a new graph is being painted. */
  firstFrame(): void;
}

/** The outcome of `draw`. */
export type DrawOutcome = 'drawn' | 'stale' | 'busy' | 'library-failed';

/** Zoom factor of one Ctrl/⌘ + wheel notch. */
const WHEEL_ZOOM = 1.1;

/**
 * Owns one cytoscape instance for a host element (added with `addController`):
 * created by `draw`, updated by `relabel`, `restyle` and `scheduleView`, and
 * destroyed on `hostDisconnected` (a moved host draws again on reconnection:
 * cytoscape's renderer does not survive its container leaving the document).
 */
export class CytoscapeController implements ReactiveController {
  private loading?: Promise<CytoscapeModule>;
  private prefetchWanted = false;
  private near = false;
  private cy?: cytoscape.Core;
  private drawnStory?: Story;
  private drawnLang = '';
  private drawing = false;
  private painted = false;
  /** The selection last brought into view; undefined until the first view is shown. */
  private fittedSelection?: string;
  private fittedFilter?: readonly string[];
  private readerMoved = false;
  private prototype?: object;
  private intersection?: IntersectionObserver;
  private resize?: ResizeObserver;
  private readerInput?: { detach(): void };
  private colorScheme?: MediaQueryList;
  private rooms = new Map<string, NodeBox>();
  /** The part of a big graph still to be added after its first frame (rest-of-graph.ts). */
  private rest?: RestOfGraph;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: GraphSource,
  ) {
    host.addController(this);
  }

  /** Watches for the host nearing the viewport and for the reader's colour scheme. */
  hostConnected(): void {
    this.intersection = new IntersectionObserver(
      (entries) => {
        // Where the host is now, not a latch: the explorer's timeline pushes it down when drawn.
        const wasNear = this.near;
        this.near = entries.at(-1)?.isIntersecting ?? false;
        if (!this.near || wasNear) return;
        if (this.prefetchWanted) this.loadLibrary().catch(() => undefined);
        this.host.requestUpdate();
      },
      { rootMargin: '200px' },
    );
    this.intersection.observe(this.host);
    this.colorScheme = matchMedia('(prefers-color-scheme: dark)');
    this.colorScheme.addEventListener('change', this.onColorSchemeChange);
    // Moved in the DOM: the graph was destroyed on disconnect; the update builds it again.
    this.host.requestUpdate();
  }

  /** Stops watching and destroys the instance. */
  hostDisconnected(): void {
    this.intersection?.disconnect();
    this.intersection = undefined;
    this.colorScheme?.removeEventListener('change', this.onColorSchemeChange);
    this.destroy();
    this.near = false;
  }

  /** Whether the host has come near the viewport (then the graph may be drawn). */
  get nearViewport(): boolean {
    return this.near;
  }

  /** The story the instance draws, if there is one. */
  get story(): Story | undefined {
    return this.drawnStory;
  }

  /** Whether the instance has painted its first frame. */
  get drawn(): boolean {
    return this.painted;
  }

  /** The prototype of cytoscape instances, once one was made (for leak tests only). */
  get instancePrototype(): object | undefined {
    return this.prototype;
  }

  /** Loads the chunk now if the host is on screen (not merely near: it may move down yet), else once near. */
  prefetch(): void {
    this.prefetchWanted = true;
    if (this.near && onScreen(this.host)) this.loadLibrary().catch(() => undefined);
  }

  /** cytoscape's chunk, once per host; a failed load can be tried again. */
  private loadLibrary(): Promise<CytoscapeModule> {
    this.loading ??= import('./cytoscape-loader.js').catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  /**
   * Draws `story` (replacing what was drawn): loads the chunk, lays the graph
   * out when the story carries no positions, waits for the fonts, then creates
   * the instance and shows the host's view on it.
   */
  async draw(story: Story, elements: GraphElements, lang: string): Promise<DrawOutcome> {
    if (this.drawing) return 'busy';
    this.drawing = true;
    let positions: PositionsToDraw;
    let module: CytoscapeModule;
    try {
      // Shipped stories carry positions from the build; others are laid out in a worker,
      // started while cytoscape's chunk loads: a worker starts only once the main thread is
      // free, and cytoscape's first drawing holds it for a while.
      [module, positions] = await Promise.all([
        this.loadLibrary(),
        positionsToDraw(elements, story.layout?.positions),
      ]);
      // Labels measure wrong if the font arrives after the first draw (cytoscape #1734).
      await document.fonts.ready;
      await layoutBegun(positions);
    } catch {
      return 'library-failed';
    } finally {
      this.drawing = false;
    }
    const container = this.source.container();
    const current = this.source.story();
    if (!this.host.isConnected || !container || current !== story) {
      // Another story came meanwhile and was turned away ('busy'): the host's update draws it.
      if (current !== story) this.host.requestUpdate();
      return 'stale';
    }
    this.destroy();
    this.intersection?.disconnect(); // drawn: where the host goes no longer matters
    this.rooms = nodeRooms(elements);
    const { view, selectedEntity } = this.source.view(story);
    const size = { width: container.clientWidth, height: container.clientHeight };
    const opening = openingView(elements, positions.now, this.rooms, view, selectedEntity, size);
    // A big graph starts with what is in view (first-drawn.ts); at provisional positions,
    // with its nodes alone (`provisionalFirstDrawn` says why).
    const { viewport } = opening;
    const inView = firstDrawn(elements, positions.now, this.rooms, viewport, size);
    const first = positions.final ? provisionalFirstDrawn(elements, inView) : inView;
    const cy = module.createCytoscape({
      ...cytoscapeOptions({ nodes: elements.nodes.length, edges: elements.edges.length }),
      ...openedAt(opening.viewport),
      container,
      elements: cytoscapeElements(elementsAmong(elements, first), positions.now, opening.classes),
      style: graphStylesheet(readPalette(this.host)),
    });
    this.cy = cy;
    layersAfterFirstFrame(cy, (id) => this.rooms.get(id));
    this.prototype = Object.getPrototypeOf(cy) as object;
    this.drawnStory = story;
    this.drawnLang = lang;
    [this.fittedSelection, this.fittedFilter, this.readerMoved] = [undefined, undefined, false];
    this.readerInput = followReaderInput(cy, container, {
      selectEntity: (id) => {
        this.source.selectEntity(id);
      },
      // Once the reader has zoomed or panned, a resize no longer refits the graph.
      moved: () => {
        this.readerMoved = true;
      },
    });
    this.resize = followCanvasSize(container, () => {
      // A container hidden or zero-sized at init needs a resize once it has a size (cytoscape #894).
      cy.resize();
      this.refit();
    });
    if (first) {
      const model = { elements, positions: positions.now, rooms: this.rooms };
      this.rest = new RestOfGraph(cy, restOf(elements, first), model, () =>
        this.source.view(story),
      );
      void this.rest.addInSteps();
    }
    // Opened at its viewport with its classes, the graph has its first view already.
    this.applyView({ fitted: viewport !== undefined });
    followLabelZoom(cy);
    const markPainted = () => {
      if (this.painted || this.cy !== cy) return;
      this.painted = true;
      this.source.firstFrame();
    };
    cy.one('render', markPainted);
    // cytoscape draws in its own animation-frame loop, registered when it was
    // created; if nothing changes after its first frame, no 'render' event may
    // reach us, so the frame after next counts as painted too.
    requestAnimationFrame(() => requestAnimationFrame(markPainted));
    const rest = this.rest; // what it has still to add goes straight to the final positions
    if (positions.final)
      void moveWhenFinal(cy, positions.final, this.refit, (at) => rest?.moveTo(at));
    return 'drawn';
  }

  /** Brings the view into view again, unless the reader has zoomed or panned. */
  private readonly refit = () => {
    const story = this.source.story();
    if (!this.readerMoved && story) this.fitTo(fitTarget(this.source.view(story).view));
  };

  /** Sets the labels in another language (after the host's `lang` changed). */
  relabel(elements: GraphElements, lang: string): void {
    const cy = this.cy;
    if (!cy || this.drawnLang === lang) return;
    cy.batch(() => {
      for (const node of elements.nodes)
        cy.getElementById(node.id).data('label', nodeLabel(node.label).text);
      for (const edge of elements.edges) cy.getElementById(edge.id).data('label', edge.label);
    });
    this.drawnLang = lang;
    this.rooms = nodeRooms(elements);
    this.rest?.relabel(elements, this.rooms);
  }

  /** Reads the colours again (after a theme change). */
  restyle(): void {
    this.cy?.style(graphStylesheet(readPalette(this.host)));
  }

  private readonly onColorSchemeChange = () => {
    this.restyle();
  };

  /**
   * Shows the host's view after the next paint: a selection first shows its
   * quote, then lights up the graph one frame later, instead of making the
   * quote wait for thousands of canvas elements.
   */
  readonly scheduleView = coalescedAfterPaint(() => {
    const story = this.source.story();
    if (story && this.drawnStory === story) this.applyView();
  });

  /**
   * Sets visibility and highlight classes in one batch; a new selection, or
   * what new search terms or filters leave, is brought into view. `fitted`:
   * the graph was just created with this view (classes and viewport), only note it.
   */
  private applyView({ fitted = false } = {}): void {
    const cy = this.cy;
    const story = this.drawnStory;
    if (!cy || !story) return;
    const { view, selectedEvent, selectedEntity, visibleEvents } = this.source.view(story);
    // A chosen name decides what the graph shows, whichever of its events is selected.
    const selection = selectedEntity ? `|${selectedEntity}` : `${selectedEvent}|`;
    const refit = selection !== this.fittedSelection || visibleEvents !== this.fittedFilter;
    this.fittedSelection = selection;
    this.fittedFilter = visibleEvents;
    if (fitted) return;
    // Elements still to be added take the view's classes when they are (rest-of-graph.ts).
    const elements = cy.elements();
    const whole = elements.length + (this.rest?.pending ?? 0);
    const toggles = classToggles(elements, view, selectedEntity, dimsRest(whole));
    cy.batch(() => {
      for (const { element, name, on } of toggles) element.toggleClass(name, on);
    });
    if (refit) this.fitTo(fitTarget(view));
  }

  /** Fits everything shown in view, however small the names then are ("Show all"). */
  fit(): void {
    this.fitTo(SHOW_ALL);
  }

  /** Brings `target` into view at a readable zoom (fit-graph.ts). */
  private fitTo(target: FitTarget): void {
    // A graph drawn in steps is fitted from the model: it may not hold every element yet.
    const viewport = this.rest?.viewportFor(target);
    if (viewport) this.cy?.viewport(viewport);
    else if (this.cy) fitGraph(this.cy, target, this.rooms);
  }

  /** Zooms by `factor` around `at` (canvas pixels), or around the centre. */
  zoomBy(factor: number, at?: Position): void {
    const cy = this.cy;
    if (!cy) return;
    const position = at ?? { x: cy.width() / 2, y: cy.height() / 2 };
    this.readerMoved = true;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: position });
  }

  /** The canvas's `focusin` listener: the wheel zooms while the canvas has focus. */
  readonly onCanvasFocus = (): void => {
    this.cy?.userZoomingEnabled(true);
  };

  /** The canvas's `focusout` listener: the wheel scrolls the page again. */
  readonly onCanvasBlur = (): void => {
    this.cy?.userZoomingEnabled(false);
  };

  /** The canvas's `wheel` listener: Ctrl/⌘ + wheel zooms even without focus; a plain wheel scrolls the page. */
  readonly onWheel = (event: WheelEvent): void => {
    const cy = this.cy;
    if (!cy || cy.userZoomingEnabled() || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    const bounds = (event.currentTarget as HTMLElement).getBoundingClientRect();
    this.zoomBy(event.deltaY < 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM, {
      x: event.clientX - bounds.left,
      y: event.clientY - bounds.top,
    });
  };

  /** Resolves once every node and edge of the graph drawn now is on its canvas. */
  whenComplete(): Promise<void> {
    return this.rest?.whenComplete() ?? Promise.resolve();
  }

  /** The nodes drawn now (see `EventGraph.drawnNodes`). */
  nodes(): DrawnNode[] {
    return this.cy ? drawnNodes(this.cy) : [];
  }

  /** The canvas as drawn now, as a PNG (see `EventGraph.pngBlob`). */
  png(background: string): Blob | undefined {
    this.rest?.finish();
    return this.cy?.png({ output: 'blob', bg: background, full: false, scale: 2 });
  }

  /** The edges drawn now (see `EventGraph.drawnEdges`). */
  edges(): DrawnEdge[] {
    return this.cy ? drawnEdges(this.cy) : [];
  }

  /** Destroys the instance and stops following the container's size, position and touches. */
  destroy(): void {
    this.resize?.disconnect();
    this.resize = undefined;
    this.readerInput?.detach();
    this.readerInput = undefined;
    this.rest?.stop();
    this.rest = undefined;
    this.cy?.destroy();
    this.cy = undefined;
    this.drawnStory = undefined;
    this.painted = false;
  }
}
