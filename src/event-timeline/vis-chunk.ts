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
 * A long story is the exception: parsing, validating and listing it takes the
 * main thread longer than vis-timeline takes to compile beside it, so a
 * timeline waiting for one asks for the library as soon as the story arrives
 * ({@link LongStoryVisRequest}).
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as VisLoader from './vis-loader.js';
import { onStoryArriving } from '../shared/story-loader.js';
import { isNearViewportNow, type NearViewport } from '../shared/near-viewport.js';

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

/**
 * A story of this many events or more has vis-timeline asked for as it arrives.
 * The real story (26 events) and the collection are validated and listed in
 * ~20 ms, less than the library's compiling, which would then slow their first
 * render; 2,000 events take ~200 ms (figures in docs/performance.md).
 */
export const LONG_STORY_EVENTS = 500;

/**
 * Asks for vis-timeline as soon as a long story arrives on the page while its
 * timeline is near the viewport and not drawn yet (see the module comment). Any
 * story counts, not only the timeline's own: an explorer loads the story its
 * timeline shows.
 */
export class LongStoryVisRequest implements ReactiveController {
  private stopHearing?: () => void;

  /**
   * @param isDrawn whether the timeline has drawn (it then needs nothing more).
   * @param request asks for the library (tests pass their own, to see it asked).
   */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly nearViewport: NearViewport,
    private readonly isDrawn: () => boolean,
    private readonly request: () => unknown = timelineLibraryLoaded,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopHearing ??= onStoryArriving(({ events }) => {
      if (events < LONG_STORY_EVENTS || this.isDrawn()) return;
      if (this.nearViewport.isNear || isNearViewportNow(this.host)) this.request();
    });
  }

  hostDisconnected(): void {
    this.stopHearing?.();
    this.stopHearing = undefined;
  }
}
