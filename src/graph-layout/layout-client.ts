/**
 * Lays out a story's graph without blocking the page: in a module worker
 * (layout-worker.ts) when one can be started, else on the main thread in
 * slices that yield to the page between them. Meanwhile the graph is drawn at
 * provisional positions (cheap, deterministic) and moves to the final ones.
 *
 * A story whose positions cover most of its nodes (an edited story, a
 * collection grown by a story) keeps them: only the new nodes are laid out,
 * around the others, which stay exactly where they were.
 *
 * Part of the graph's lazy chunk; the worker is a chunk of its own.
 *
 * @module
 */
import type { GraphElements } from '../model/graph-elements.js';
import { layOutInSteps, provisionalLayout, type Positions } from './graph-layout.js';
import type { LayoutReply, LayoutRequest } from './layout-messages.js';

/** A layout under way: where to draw now, and where the nodes end up. */
export interface LayoutJob {
  /** Positions for every node, at once. */
  readonly provisional: Positions;
  /** The final positions; rejects only if the layout itself fails. */
  readonly final: Promise<Positions>;
  /**
   * Resolves once the layout has begun: in the worker, when it has the graph (a
   * worker starts only when the page's main thread is free, so a long task
   * begun before that, such as the graph's first drawing, delays the layout by
   * its whole length); at once on the main thread.
   */
  readonly started: Promise<void>;
}

/** Positions covering at least this share of the nodes are kept (incremental layout). */
export const KEEP_POSITIONS_SHARE = 0.5;

/**
 * Starts laying out `elements`, or returns undefined when `known` already
 * places every node. `known` positions covering at least
 * `KEEP_POSITIONS_SHARE` of the nodes are pinned; fewer are ignored.
 *
 * @param startWorker makes the worker (tests pass one that fails, to check the fallback).
 * @param yieldToPage gives the page a turn between slices of the fallback.
 */
export function startLayout(
  elements: GraphElements,
  known: Readonly<Record<string, { x: number; y: number }>> | undefined,
  startWorker: () => Worker = defaultWorker,
  yieldToPage: () => Promise<void> = yieldToMainThread,
): LayoutJob | undefined {
  const placed = known ? elements.nodes.filter((node) => Object.hasOwn(known, node.id)) : [];
  if (known && placed.length === elements.nodes.length) return undefined;
  let pinned: Positions | undefined;
  if (known && placed.length >= KEEP_POSITIONS_SHARE * elements.nodes.length) {
    pinned = Object.create(null) as Positions;
    for (const node of placed) {
      const at = known[node.id];
      if (at) pinned[node.id] = { x: at.x, y: at.y };
    }
  }
  const provisional = provisionalLayout(elements).positions;
  if (pinned) Object.assign(provisional, pinned);
  // Plain data: what cytoscape's elements or a Proxy carry cannot be cloned to a worker.
  const plain: GraphElements = {
    nodes: elements.nodes.map(({ id, kind, label }) => ({ id, kind, label })),
    edges: elements.edges.map(({ id, source, target, type, label, events }) => ({
      id,
      source,
      target,
      type,
      label,
      events: [...events],
    })),
  };
  // Marks for the bench: the layout's own time, from its start until its positions arrive
  // (`he-graph-layout-begun`: the worker has the graph).
  performance.mark('he-graph-layout-start');
  let begun: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (begun = resolve));
  const final = inWorkerOrSlices(plain, pinned, { startWorker, yieldToPage, begun });
  void final.then(() => performance.mark('he-graph-layout-done')).catch(() => undefined);
  return { provisional, final, started };
}

/** The layout worker, a module beside this chunk (same origin: `worker-src 'self'`). */
function defaultWorker(): Worker {
  return new Worker(new URL('./layout-worker.js', import.meta.url), { type: 'module' });
}

let requests = 0;

/**
 * The layout from the worker; if the worker cannot be made or fails to load
 * (a script served from another origin than the page, a CSP without
 * `worker-src`), from the main thread in slices.
 */
async function inWorkerOrSlices(
  elements: GraphElements,
  pinned: Positions | undefined,
  how: { startWorker: () => Worker; yieldToPage: () => Promise<void>; begun: () => void },
): Promise<Positions> {
  const { startWorker, yieldToPage, begun } = how;
  let worker: Worker;
  try {
    worker = startWorker();
  } catch {
    begun();
    return inSlices(elements, pinned, yieldToPage);
  }
  const id = (requests += 1);
  const reply = await new Promise<LayoutReply | undefined>((resolve) => {
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      if (event.data.id !== id) return;
      if ('started' in event.data) {
        performance.mark('he-graph-layout-begun');
        begun();
      } else resolve(event.data);
    };
    // A worker blocked by CSP or failing to load reports an error event, not an exception.
    worker.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    const request: LayoutRequest = { id, elements, pinned };
    worker.postMessage(request);
  });
  worker.terminate();
  begun();
  if (reply && 'positions' in reply) return reply.positions;
  return inSlices(elements, pinned, yieldToPage);
}

/**
 * Gives the page a turn: `scheduler.yield()` where it exists, else a message-channel task.
 * The same as `yieldToMain` (shared/yield-to-main.ts), kept here on purpose: importing that
 * module from this lazy chunk made esbuild split it into a chunk of its own, one more
 * request before the explorer's first paint (test/node/embed.test.mjs counts them).
 */
export function yieldToMainThread(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** A slice of the layout runs about this long before the page gets a turn, in ms. */
const SLICE_MS = 10;

/** The layout on the main thread, yielding to the page every `SLICE_MS`. */
async function inSlices(
  elements: GraphElements,
  pinned: Positions | undefined,
  yieldToPage: () => Promise<void>,
): Promise<Positions> {
  const steps = layOutInSteps(elements, { pinned });
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value.positions;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
