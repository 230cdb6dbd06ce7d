/**
 * Adds the rest of a big graph after its first frame: a graph created with
 * what is in view (first-drawn.ts) gains the nodes and edges out of view a few
 * dozen at a time, one step per frame, each in a background task, so that
 * neither a frame nor the reader's input waits for the whole graph. Anything
 * that reads or changes every element (a view, a fit, a language) asks for the
 * rest at once first (`finish`).
 *
 * @module
 */
import type cytoscape from 'cytoscape';
import type { GraphEdge, GraphElements, GraphNode } from '../model/graph-elements.js';
import type { NodeBox } from '../model/graph-label.js';
import type { GraphView } from '../model/graph-view.js';
import { afterNextPaintInBackground } from '../shared/after-paint.js';
import { cytoscapeElements, type Position } from './cytoscape-options.js';
import { dimsRest } from './graph-classes.js';
import type { FitTarget, Viewport } from './graph-fit.js';
import { startingClasses, viewportFor } from './opening-view.js';

/**
 * Elements added per step, at least. cytoscape styles and measures new
 * elements in its next frame, at about 0.2 ms apiece at 2,000 events: a step
 * then costs that frame about as much as a frame of panning.
 */
export const ELEMENTS_PER_STEP = 30;

/**
 * Steps, at most. Each step also redraws the whole graph (cytoscape visits
 * every element to find those in view): at 10,000 events that is ~50 ms per
 * step, and steps of 30 elements took 25 s to add the rest
 * (docs/performance.md); bigger rests are added in bigger steps.
 */
export const MOST_STEPS = 20;

/** The graph as the model has it: what the rest is added from, and fitted by. */
export interface GraphModel {
  /** The nodes and edges, labelled in the language shown now. */
  readonly elements: GraphElements;
  /** Where each node is (provisional until a run-time layout's positions arrive: `moveTo`). */
  readonly positions: Readonly<Record<string, Position>>;
  /** Each node's drawn room (`nodeRooms`), in the language shown now. */
  readonly rooms: ReadonlyMap<string, NodeBox>;
}

/** The view the graph shows now, as the controller reads it. */
export type ShownNow = () => { readonly view: GraphView; readonly selectedEntity: string };

/** The part of a graph not yet on the canvas, and the adding of it. */
export class RestOfGraph {
  private readonly nodes: string[];
  private readonly edges: string[];
  private stopped = false;
  private readonly complete: Promise<void>;
  private resolveComplete: () => void = () => undefined;
  /** The model's nodes and edges by id, made at the first step. */
  private byId?: {
    readonly nodes: ReadonlyMap<string, GraphNode>;
    readonly edges: ReadonlyMap<string, GraphEdge>;
  };

  /**
   * @param cy the graph, created without the nodes and edges of `rest`.
   * @param model the whole graph, from which the rest is defined when added.
   * @param shown the view shown now: what is added takes its classes.
   */
  constructor(
    private readonly cy: cytoscape.Core,
    rest: { readonly nodes: readonly string[]; readonly edges: readonly string[] },
    private model: GraphModel,
    private readonly shown: ShownNow,
  ) {
    // Nodes first: an edge is added only once both its ends are.
    this.nodes = [...rest.nodes];
    this.edges = [...rest.edges];
    this.complete = new Promise((resolve) => (this.resolveComplete = resolve));
    if (this.pending === 0) this.resolveComplete();
  }

  /** How many nodes and edges are still to be added. */
  get pending(): number {
    return this.nodes.length + this.edges.length;
  }

  /** Resolves once every node and edge is on the canvas (or the graph was destroyed). */
  whenComplete(): Promise<void> {
    return this.complete;
  }

  /** Adds the rest one step per frame, from the frame after the first. */
  async addInSteps(): Promise<void> {
    const step = Math.max(ELEMENTS_PER_STEP, Math.ceil(this.pending / MOST_STEPS));
    while (this.pending > 0) {
      await afterNextPaintInBackground();
      if (this.stopped) return;
      this.add(step);
    }
  }

  /** Adds everything left now, in one batch. */
  finish(): void {
    if (!this.stopped) this.add(Infinity);
  }

  /** Stops adding (the graph is being destroyed). */
  stop(): void {
    this.stopped = true;
    this.resolveComplete();
  }

  /** Takes the labels and rooms of another language: what is added later carries them. */
  relabel(elements: GraphElements, rooms: ReadonlyMap<string, NodeBox>): void {
    this.model = { ...this.model, elements, rooms };
    this.byId = undefined;
  }

  /** Takes a run-time layout's final positions: what is added later is placed there. */
  moveTo(positions: Readonly<Record<string, Position>>): void {
    this.model = { ...this.model, positions };
  }

  /**
   * The viewport that brings `target` into view, from the model: the canvas
   * would have to hold the whole graph to answer (`viewportFor`).
   */
  viewportFor(target: FitTarget): Viewport | undefined {
    const { elements, positions, rooms } = this.model;
    const { view, selectedEntity } = this.shown();
    const canvas = { width: this.cy.width(), height: this.cy.height() };
    return viewportFor(elements, positions, rooms, view, selectedEntity, canvas, target);
  }

  private add(count: number): void {
    const nodes = this.nodes.splice(0, count);
    const edges = this.edges.splice(0, count - nodes.length);
    if (nodes.length + edges.length > 0) this.cy.add(this.definitionsOf(nodes, edges));
    if (this.pending === 0) this.resolveComplete();
  }

  /**
   * The nodes and edges of these ids as cytoscape adds them now: at their
   * positions, in the language shown, with the classes of the view and of the
   * zoom shown, as if the graph had been created whole with them.
   */
  private definitionsOf(
    nodes: readonly string[],
    edges: readonly string[],
  ): cytoscape.ElementDefinition[] {
    const { elements, positions } = this.model;
    const whole = elements.nodes.length + elements.edges.length;
    // Looked up by id: a step filtering all 12,500 elements of a 10,000-event graph cost more than its own.
    this.byId ??= {
      nodes: new Map(elements.nodes.map((node) => [node.id, node])),
      edges: new Map(elements.edges.map((edge) => [edge.id, edge])),
    };
    const { nodes: nodeById, edges: edgeById } = this.byId;
    const part = {
      nodes: nodes.flatMap((id) => nodeById.get(id) ?? []),
      edges: edges.flatMap((id) => edgeById.get(id) ?? []),
    };
    const { view, selectedEntity } = this.shown();
    const classes = startingClasses(part, view, selectedEntity, dimsRest(whole), this.cy.zoom());
    const definitions = cytoscapeElements(part, positions, classes);
    return [...definitions.nodes, ...definitions.edges];
  }
}
