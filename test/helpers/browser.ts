import { expect } from '@esm-bundle/chai';
/**
 * Helpers for browser tests: waiting for the widgets' events, the real story's
 * URL, keyboard input and an accessibility audit with axe-core.
 *
 * @module
 */
import type { HistoryExplorer } from '../../src/history-explorer/history-explorer.js';
import type {
  HistoryExplorerEventDetails,
  HistoryExplorerEventName,
} from '../../src/shared/events.js';

/**
 * The real story as the build compiles it (`npm run build` first). The authored
 * file no longer stands alone: its shared entities are in data/entities/, which
 * the build adds to it.
 */
export const REAL_STORY_URL = '/dist/stories/azerbaijan-kazakhstan.json';

/** The five events the product card names, by id. */
export const CARD_EVENTS = [
  'turkological-congress-1926',
  'strategic-partnership-treaty-2005',
  'turkic-states-organisation-founded-2009',
  'middle-corridor-roadmap-2022',
  'caspian-cable-completion-2026',
] as const;

/** Resolves with the next `name` event from `target`; rejects after `timeout` ms. */
export function nextEvent<K extends HistoryExplorerEventName>(
  target: EventTarget,
  name: K,
  timeout = 15000,
): Promise<CustomEvent<HistoryExplorerEventDetails[K]>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener(name, onEvent);
      reject(new Error(`no "${name}" event within ${timeout} ms`));
    }, timeout);
    function onEvent(event: Event) {
      clearTimeout(timer);
      target.removeEventListener(name, onEvent);
      resolve(event as CustomEvent<HistoryExplorerEventDetails[K]>);
    }
    target.addEventListener(name, onEvent);
  });
}

/** Waits until `check` returns a truthy value (polling each frame). */
export async function until<T>(
  check: () => T | undefined | null | false,
  what: string,
  timeout = 10000,
): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Mounts `html` in a fresh container attached to the body; removed by `cleanup()`. */
const mounted: HTMLElement[] = [];
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type it mounted
export function mount<T extends Element = HTMLElement>(html: string, width?: number): T {
  const container = document.createElement('div');
  if (width !== undefined) container.style.width = `${width}px`;
  container.innerHTML = html;
  document.body.append(container);
  mounted.push(container);
  return container.firstElementChild as T;
}

/** Removes everything `mount` added. */
export function cleanup(): void {
  for (const container of mounted.splice(0)) container.remove();
}

/**
 * Registers hooks that fail each test of the enclosing suite during which an
 * error went uncaught or a rejection unhandled.
 */
export function failOnUncaught(): void {
  const messages: string[] = [];
  const onError = (event: ErrorEvent) => messages.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => messages.push(String(event.reason));
  beforeEach(() => {
    messages.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(messages, 'no uncaught error or unhandled rejection').to.deep.equal([]);
  });
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}
interface AxeGlobal {
  run(context: Element | Document, options?: object): Promise<AxeResult>;
}

/** Runs axe-core on an element and returns its serious and critical violations as text. */
export async function seriousA11yViolations(
  context: Element | Document = document,
): Promise<string[]> {
  const holder = window as unknown as { axe?: AxeGlobal };
  if (!holder.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => {
        resolve();
      };
      script.onerror = () => {
        reject(new Error('axe-core did not load'));
      };
      document.head.append(script);
    });
  }
  const result = await holder.axe!.run(context, { resultTypes: ['violations'] });
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact ?? ''}): ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
    );
}

/**
 * Resolves after the next frame is painted and the tasks queued behind it ran:
 * the graph applies a selection's highlight right after the paint that shows
 * the quote, in a background-priority task where the browser has
 * `scheduler.postTask` (src/shared/after-paint.ts); this waits behind it.
 */
export function afterPaint(): Promise<void> {
  const scheduler = (
    globalThis as {
      scheduler?: { postTask?: (task: () => void, options: object) => Promise<void> };
    }
  ).scheduler;
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const then = () => setTimeout(resolve);
      if (scheduler?.postTask) void scheduler.postTask(then, { priority: 'background' });
      else setTimeout(then);
    });
  });
}

/**
 * Mounts `<history-explorer …attributes>` on the real story; resolves once its
 * events are listed (story-render) and vis-timeline has drawn them (timeline-draw).
 * The caller imports the element's definition.
 */
export async function mountExplorer(attributes = ''): Promise<HistoryExplorer> {
  const element = mount<HistoryExplorer>(`<history-explorer ${attributes}></history-explorer>`);
  const rendered = Promise.all([
    nextEvent(element, 'story-render'),
    nextEvent(element, 'timeline-draw'),
  ]);
  element.src = REAL_STORY_URL;
  await rendered;
  return element;
}

/**
 * Opens a graph's list of names as a reader does, from its summary, and waits
 * until the names are listed: before the canvas's first frame (or the reader
 * opening it) the list is its summary alone.
 */
export async function openNameList(graph: Element & { updateComplete: Promise<boolean> }) {
  const summary = graph.shadowRoot!.querySelector<HTMLElement>('.list-summary')!;
  if (!summary.closest('details')!.open) summary.click();
  await graph.updateComplete;
  await until(() => graph.shadowRoot!.querySelector('.entity'), 'the names listed');
}
