/**
 * vis-timeline's chunk (`vis-loader.ts`), loaded once per page and shared by
 * every timeline on it.
 *
 * A timeline asks for it once its list of events is painted, not sooner. The
 * browser compiles a script on a background thread as it arrives; asked for
 * with the element code, vis-timeline (the largest chunk) was compiled during
 * the first render and, on a two-core machine, took the core that render
 * needed: its first paint came ~30 ms later, and its drawing no sooner
 * (figures in docs/performance.md).
 *
 * @module
 */
import type * as VisLoader from './vis-loader.js';

/** What the chunk exports: vis-timeline, its data set, its stylesheet, a UTC clock. */
export type VisModule = typeof VisLoader;

let visModule: Promise<VisModule> | undefined;

/** Loads the chunk (once); a failed load can be tried again. */
export function loadVis(): Promise<VisModule> {
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
