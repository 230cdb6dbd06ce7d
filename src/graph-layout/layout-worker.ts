/**
 * The graph layout's module worker: lays out the graph it is sent and posts
 * the positions back, so that a big story's layout never blocks the page
 * (layout-client.ts starts it; the build emits it as its own entry,
 * `chunks/layout-worker.js`, beside the chunks that import it).
 *
 * @module
 */
import { computeGraphLayout } from './graph-layout.js';
import type { LayoutReply, LayoutRequest } from './layout-messages.js';

/** The worker's global scope, as much of it as this module uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutReply): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, elements, pinned } = event.data;
  // The page holds its drawing back until the layout has begun (layout-client.ts).
  scope.postMessage({ id, started: true });
  try {
    const { positions } = computeGraphLayout(elements, { pinned });
    scope.postMessage({ id, positions });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
