/**
 * Loading a story from a URL: bounded in time and size, validated, its source
 * text fetched when the file does not carry it. Widgets given the same URL
 * share one request. Never throws: every failure comes back as a value a widget
 * can show.
 *
 * @module
 */
import type { StoryProblem } from '../model/story-error.js';
import type { Story } from '../model/story-schema.js';
import { isCollectionFile, validateCollection } from '../model/collection-story.js';
import { claimedEventCount } from '../model/event-count.js';
import { inspectStoryInput } from '../model/input-limits.js';
import { validateStory } from '../model/validate-story.js';
import { yieldToMain } from './yield-to-main.js';

/** How long a story (or its source text) may take to arrive, by default. */
export const LOAD_TIMEOUT_MS = 15_000;
/**
 * The largest story file (or source text) a widget accepts, by default. It follows the
 * biggest story we support, 10,000 events (about 9.1 MB compiled, with its graph layout;
 * docs/performance.md, "Story size"), with room for longer titles and summaries.
 */
export const MAX_STORY_BYTES = 12 * 1024 * 1024;

const limits = { timeoutMs: LOAD_TIMEOUT_MS, maxBytes: MAX_STORY_BYTES };

/**
 * Changes the time and size limits of later loads (tests use short ones).
 * Returns the previous limits so they can be restored.
 */
export function setLoadLimits(next: Partial<typeof limits>): typeof limits {
  const previous = { ...limits };
  Object.assign(limits, next);
  return previous;
}

/** Why a story could not be loaded. */
export type LoadFailure =
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'network' }
  | { readonly kind: 'timeout'; readonly seconds: number }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'too-large'; readonly limitBytes: number }
  /** The source text beside an authored story failed: its URL, and the HTTP status if one came. */
  | { readonly kind: 'source-missing'; readonly url: string; readonly status?: number }
  /** `src` is not a URL at all: trying again cannot help. */
  | { readonly kind: 'invalid-url'; readonly url: string }
  | { readonly kind: 'invalid' };

/** A loaded story, or why not (with problems for `story-error`). */
export type LoadResult =
  | { readonly ok: true; readonly story: Story }
  | {
      readonly ok: false;
      readonly failure: LoadFailure;
      readonly problems: readonly StoryProblem[];
      /** Whether trying again may help (network trouble, not bad data). */
      readonly retryable: boolean;
    };

/** Stories that came out of validation: handing one to a widget skips re-validating it. */
const validated = new WeakSet<Story>();

/** Whether a story object has already been validated by this module. */
export function isValidatedStory(story: unknown): story is Story {
  return typeof story === 'object' && story !== null && validated.has(story as Story);
}

/** The plain copy validated for each story object a page handed over. */
const copies = new WeakMap<object, Story>();

/**
 * Validates a story object given directly (the `story` property). The object
 * is untrusted: a getter or a Proxy may throw, or answer differently each time
 * it is read, and a list may claim a billion items. It is read once, within
 * the input limits, into a plain copy, and the copy is what is validated and
 * shown. Returns the same story when the object was accepted before, so caches
 * keyed on it stay warm.
 */
export function acceptStory(input: unknown): LoadResult {
  if (isValidatedStory(input)) return { ok: true, story: input };
  const known = typeof input === 'object' && input !== null ? copies.get(input) : undefined;
  if (known) return { ok: true, story: known };
  storyArriving(input);
  const inspection = inspectStoryInput(input, true);
  if (!inspection.ok) return invalid([inspection.problem]);
  // A compiled collection (several stories as one) is taken where a story is.
  const result = isCollectionFile(inspection.value)
    ? validateCollection(inspection.value, { inspected: true })
    : validateStory(inspection.value, { inspected: true });
  if (!result.ok) return invalid(result.problems);
  validated.add(result.story);
  if (typeof input === 'object' && input !== null) copies.set(input, result.story);
  return { ok: true, story: result.story };
}

/** "5 MB", "64 KB": a byte limit in words. */
export function formatLimit(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

function invalid(problems: readonly StoryProblem[]): LoadResult {
  return { ok: false, failure: { kind: 'invalid' }, problems, retryable: false };
}

function failed(failure: LoadFailure, message: string, path = ''): LoadResult {
  const retryable =
    failure.kind === 'network' ||
    failure.kind === 'timeout' ||
    failure.kind === 'http' ||
    failure.kind === 'source-missing';
  return { ok: false, failure, problems: [{ path, message }], retryable };
}

type TextResult = { ok: true; text: string } | { ok: false; result: LoadResult };

/** Fetches text with a deadline and a size cap, reading the body as a stream. */
async function fetchText(url: string, what: string, path: string): Promise<TextResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort();
  }, limits.timeoutMs);
  const seconds = limits.timeoutMs / 1000;
  // A fetch or a read that throws failed either on the deadline or on the network.
  // The source text beside a story fails as such, whatever the cause: the
  // widget then says which URL failed, not that "the story" did.
  const isSource = path !== '';
  const thrown = (doing: string): TextResult => ({
    ok: false,
    result: controller.signal.aborted
      ? failed(
          isSource ? { kind: 'source-missing', url } : { kind: 'timeout', seconds },
          `${what} did not arrive within ${seconds} s: ${url}`,
          path,
        )
      : failed(
          isSource ? { kind: 'source-missing', url } : { kind: 'network' },
          `${what} could not be ${doing} (network error): ${url}`,
          path,
        ),
  });
  let response: Response;
  try {
    response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
  } catch {
    clearTimeout(timer);
    return thrown('fetched');
  }
  try {
    if (!response.ok) {
      const failure: LoadFailure = isSource
        ? { kind: 'source-missing', url, status: response.status }
        : { kind: 'http', status: response.status };
      const message = `${what} could not be loaded: ${url} answered HTTP ${response.status}`;
      return { ok: false, result: failed(failure, message, path) };
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    const tooLarge = failed(
      { kind: 'too-large', limitBytes: limits.maxBytes },
      `${what} is larger than the ${formatLimit(limits.maxBytes)} limit: ${url}`,
      path,
    );
    if (declared > limits.maxBytes) {
      controller.abort();
      return { ok: false, result: tooLarge };
    }
    const bytes = await readCapped(response, controller);
    if (bytes === 'too-large') return { ok: false, result: tooLarge };
    return { ok: true, text: new TextDecoder().decode(bytes) };
  } catch {
    return thrown('read');
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(
  response: Response,
  controller: AbortController,
): Promise<Uint8Array | 'too-large'> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limits.maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function fetchAndValidate(url: string): Promise<LoadResult> {
  const storyText = await fetchText(url, 'The story file', '');
  if (!storyText.ok) return storyText.result;
  let input: unknown;
  try {
    input = JSON.parse(storyText.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failed({ kind: 'not-json' }, `The story file is not valid JSON (${detail}): ${url}`);
  }
  storyArriving(input);
  // Parsing and validating a long story are two long tasks, not one.
  await yieldToMain();
  if (isCollectionFile(input)) {
    const collection = validateCollection(input);
    if (!collection.ok) return invalid(collection.problems);
    validated.add(collection.story);
    return { ok: true, story: collection.story };
  }
  let sourceText: string | undefined;
  const source = (input as { source?: { text?: unknown; file?: unknown } } | null)?.source;
  if (
    source &&
    typeof source.text !== 'string' &&
    typeof source.file === 'string' &&
    source.file !== ''
  ) {
    // An authored (uncompiled) story: its source text sits beside it.
    let sourceUrl: string;
    try {
      sourceUrl = new URL(source.file, new URL(url, document.baseURI)).href;
    } catch {
      return invalid([
        {
          path: 'source.file',
          message: `"${source.file}" is not a usable path to the source text`,
        },
      ]);
    }
    const fetched = await fetchText(sourceUrl, 'The source text', 'source.file');
    if (!fetched.ok) return fetched.result;
    sourceText = fetched.text;
  }
  const result = validateStory(input, sourceText === undefined ? {} : { sourceText });
  if (!result.ok) return invalid(result.problems);
  const story =
    sourceText === undefined
      ? result.story
      : { ...result.story, source: { ...result.story.source, text: sourceText } };
  validated.add(story);
  return { ok: true, story };
}

const inFlight = new Map<string, Promise<LoadResult>>();

/** Told of each story file that loads ({@link onStoryLoaded}) and each story about to be validated ({@link onStoryArriving}). */
const storyLoads = new EventTarget();

/**
 * Calls `listener` with the resolved URL of each story file that loads. A
 * widget that failed on the same URL (the network dropped) tries again then:
 * two widgets of one article share one story file, and a reader's "Try again"
 * on one of them brings both back. Returns the unsubscribe function.
 */
export function onStoryLoaded(listener: (url: string) => void): () => void {
  return hearStoryLoads('loaded', listener);
}

/** What each event of {@link storyLoads} carries. */
interface StoryLoadDetails {
  readonly loaded: string;
  readonly arriving: StoryArrival;
}

/** Calls `listener` with the detail of each `type` event of {@link storyLoads}; returns the unsubscribe function. */
function hearStoryLoads<K extends keyof StoryLoadDetails>(
  type: K,
  listener: (detail: StoryLoadDetails[K]) => void,
): () => void {
  const heard = (event: Event) => {
    listener((event as CustomEvent<StoryLoadDetails[K]>).detail);
  };
  storyLoads.addEventListener(type, heard);
  return () => {
    storyLoads.removeEventListener(type, heard);
  };
}

/** A story about to be validated: its size, for widgets that prepare for it. */
export interface StoryArrival {
  /** How many events it claims (unchecked): how long validating and listing it will take. */
  readonly events: number;
}

/**
 * Calls `listener` as each story (a file that arrived, or an object given) is about to be
 * validated: a timeline waiting for a long story asks for vis-timeline then, so that the
 * library compiles while the story is validated (vis-chunk.ts). Returns the unsubscribe
 * function.
 */
export function onStoryArriving(listener: (arrival: StoryArrival) => void): () => void {
  return hearStoryLoads('arriving', listener);
}

function storyArriving(input: unknown): void {
  const detail: StoryArrival = { events: claimedEventCount(input) };
  storyLoads.dispatchEvent(new CustomEvent('arriving', { detail }));
}

/** The URL a `src` names, resolved against the page, or undefined when it is not one. */
export function storyUrl(src: string): string | undefined {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return undefined;
  }
}

/**
 * Loads the story at `url` (relative to the page). Concurrent and later calls
 * for the same URL share one request; a failed load is forgotten so that a
 * retry fetches again.
 */
export function loadStory(url: string): Promise<LoadResult> {
  const key = storyUrl(url);
  if (key === undefined) {
    return Promise.resolve(
      failed(
        { kind: 'invalid-url', url },
        `"${url}" is not a valid URL; fix the src attribute (a path like "stories/my-story.json" or an http(s) URL)`,
      ),
    );
  }
  const existing = inFlight.get(key);
  if (existing) return existing;
  const pending = fetchAndValidate(key).then((result) => {
    if (!result.ok) inFlight.delete(key);
    // After this promise settles: the widgets told then find it in `inFlight`, loaded.
    else queueMicrotask(() => storyLoads.dispatchEvent(new CustomEvent('loaded', { detail: key })));
    return result;
  });
  inFlight.set(key, pending);
  return pending;
}

/** Forgets every cached story (tests, or a page that knows the files changed). */
export function clearStoryCache(): void {
  inFlight.clear();
}
