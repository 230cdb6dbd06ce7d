/**
 * The base of every widget: the public `src` / `story` / `lang` / `selected`
 * API, loading and validating the story, and the loading, error and empty
 * states. Subclasses render the story once it is ready.
 *
 * @module
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { StoryProblem } from '../model/story-error.js';
import type { Story } from '../model/story-schema.js';
import { emit, type HistoryExplorerEventDetails, type HistoryExplorerEventName } from './events.js';
import { localeOf, toUiLanguage, uiStrings, type UiLanguage } from './i18n.js';
import {
  acceptStory,
  loadStory,
  formatLimit,
  onStoryLoaded,
  storyUrl,
  type LoadFailure,
  type LoadResult,
} from './story-loader.js';
import { yieldToMain } from './yield-to-main.js';

/** Where a widget is in getting its story. */
export type StoryState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly story: Story }
  | {
      readonly status: 'error';
      readonly failure: LoadFailure;
      readonly problems: readonly StoryProblem[];
      readonly retryable: boolean;
    };

/** Shared base class; not registered as an element itself. */
export abstract class StoryElement extends LitElement {
  /** URL of a story file (JSON), relative to the page. Ignored while `story` is set. */
  @property({ reflect: true }) src?: string;

  /** A story object of the story format; takes precedence over `src`. */
  @property({ attribute: false }) story?: unknown;

  // `lang` is the element's own, native property: setting it sets the attribute (as on
  // any element), and nothing is written to the tag until someone sets it. A Lit property
  // with a default would reflect `lang=""` onto every widget, which tells screen readers
  // and font selection "language unknown" and hides the page's own `lang`. The attribute
  // is observed (see `observedAttributes`) so that a change re-renders.

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang') {
      if (old !== value) this.requestUpdate('lang', old ?? '');
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  /** Id of the selected event, or empty for none. */
  @property({ reflect: true }) selected = '';

  /** `light` or `dark`; when empty the reader's `prefers-color-scheme` decides. */
  @property({ reflect: true }) theme = '';

  /** Where the story is: loading, ready (with the story) or failed. */
  @state() protected storyState: StoryState = { status: 'idle' };

  /**
   * What of the widget's own code (a lazily loaded library) could not be loaded,
   * if anything. The story stays: the element keeps showing what it can without
   * the library (the list of events or names) beside the error.
   */
  @state() protected libraryFailure = '';

  private loadToken = 0;

  /**
   * The element's custom states: `loading` while the story is fetched, so that
   * its styles (`:host(:state(loading))`) can keep the room its static
   * fallback took meanwhile rather than collapse to one line of "Loading…";
   * `fallback` while that prerendered fallback is still shown (see
   * `createRenderRoot`); `error` while the story could not be shown.
   */
  private readonly internals = this.attachInternals();

  /**
   * The nodes of the static fallback the page prerendered (see
   * `createRenderRoot`), while they are still shown.
   */
  private fallbackNodes: readonly ChildNode[] = [];

  /**
   * Takes over a declarative shadow root if the page has one: the static list
   * the build prerenders for readers without JavaScript (see docs/embedding.md).
   * The list stays, readable, while the story loads (on a phone's network that
   * is seconds, and "Loading…" in an empty box tells a reader nothing); it gives
   * way to the widget, in the same box, when the story is ready. If the story
   * fails, the error shows above the list, which stays. Meanwhile the element
   * is in the custom state `fallback`: the list keeps its room, and the
   * widget's own "Loading…" is for screen readers only.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = this.shadowRoot;
    if (!prerendered || prerendered.childNodes.length === 0) return super.createRenderRoot();
    this.fallbackNodes = [...prerendered.childNodes];
    this.internals.states.add('fallback');
    // Lit renders before the root's first child: a marker of ours, which stays when
    // the fallback goes. The widget comes first, as an error above the list is read.
    prerendered.prepend(document.createComment(' history-explorer '));
    return super.createRenderRoot();
  }

  /**
   * Removes the static fallback. A reader whose focus was in it (it is one tab
   * stop, so that the keyboard can scroll it) is not dropped to the page's top:
   * once the widget has rendered, the focus moves into it.
   */
  private removeFallback(): void {
    const focused = this.shadowRoot?.activeElement;
    const hadFocus =
      focused !== null &&
      focused !== undefined &&
      this.fallbackNodes.some((node) => node === focused || node.contains(focused));
    for (const node of this.fallbackNodes) node.remove();
    this.fallbackNodes = [];
    this.internals.states.delete('fallback');
    if (hadFocus) this.focusInsideOnceRendered();
  }

  /**
   * Once this update is rendered, focuses the widget as its own `focus()` does (the
   * timeline's listbox), else its first tab stop (the fallback's list while it loads).
   */
  private focusInsideOnceRendered(): void {
    void this.updateComplete.then(() => {
      this.focus();
      if (this.shadowRoot?.activeElement) return;
      this.shadowRoot
        ?.querySelector<HTMLElement>('[tabindex="0"], button, a[href], input, select, textarea')
        ?.focus();
    });
  }

  /** Whether the keyboard pressed Retry: the focus then follows the load (see `willUpdate`). */
  private focusFollowsLoad = false;

  /** The validated story, once ready. */
  get loadedStory(): Story | undefined {
    return this.storyState.status === 'ready' ? this.storyState.story : undefined;
  }

  /** The interface language in effect. */
  protected get uiLang(): UiLanguage {
    if (this.lang) return toUiLanguage(this.lang);
    const inherited =
      this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return toUiLanguage(inherited);
  }

  protected get strings() {
    return uiStrings(this.uiLang);
  }

  protected get locale(): string {
    return localeOf(this.uiLang);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('story') || (changed.has('src') && this.story === undefined)) this.startLoad();
    const status = this.storyState.status;
    this.setCustomState('loading', status === 'loading');
    this.setCustomState('error', status === 'error');
    // A story that failed to load keeps the list under the error: what the reader
    // was reading stays (the error says why, and offers to try again).
    if (this.fallbackNodes.length > 0 && status === 'ready') this.removeFallback();
    // The Retry button that had the focus is gone: it goes into the widget instead.
    if (this.focusFollowsLoad) {
      this.focusFollowsLoad = status === 'loading';
      this.focusInsideOnceRendered();
    }
  }

  private setCustomState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }

  /** Stops hearing of the stories that load elsewhere on the page (while connected). */
  private stopHearingLoads: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Another widget's "Try again" loaded the file this one failed on: show it here too.
    this.stopHearingLoads ??= onStoryLoaded((url) => {
      const state = this.storyState;
      const failedHere = state.status === 'error' && state.retryable && this.story === undefined;
      if (failedHere && this.src && storyUrl(this.src) === url) this.startLoad();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopHearingLoads?.();
    this.stopHearingLoads = undefined;
  }

  /** Loads again (the Retry button). */
  retry(): void {
    this.focusFollowsLoad = Boolean(this.shadowRoot?.activeElement);
    this.startLoad();
  }

  private startLoad(): void {
    const token = ++this.loadToken;
    if (this.story !== undefined) {
      this.applyResult(acceptStory(this.story));
      return;
    }
    if (!this.src) {
      this.storyState = { status: 'idle' };
      return;
    }
    this.storyState = { status: 'loading' };
    void loadStory(this.src)
      // Validated in one task, rendered in the next.
      .then(async (result) => {
        await yieldToMain();
        return result;
      })
      .then((result) => {
        // A newer src or story replaced this one while it loaded.
        if (token === this.loadToken) this.applyResult(result);
      });
  }

  /**
   * Dispatches one of the public events from this element: bubbling, composed,
   * with the detail its name requires (see `HistoryExplorerEventDetails`).
   */
  protected emit<K extends HistoryExplorerEventName>(
    name: K,
    detail: HistoryExplorerEventDetails[K],
  ): boolean {
    return emit(this, name, detail);
  }

  private applyResult(result: LoadResult): void {
    this.libraryFailure = '';
    if (result.ok) {
      this.storyState = { status: 'ready', story: result.story };
      this.emit('story-load', { story: result.story });
    } else {
      this.storyState = {
        status: 'error',
        failure: result.failure,
        problems: result.problems,
        retryable: result.retryable,
      };
      this.emit('story-error', { errors: result.problems });
    }
  }

  /**
   * Says that a library chunk of the widget (vis-timeline, cytoscape) could not
   * be loaded, keeping the story: the subclass goes on showing what it can
   * without it, with the error beside (`renderLibraryFailure`). No "try again":
   * browsers remember a failed module import for the life of the page, so only
   * a reload fetches it again.
   */
  protected showLibraryFailure(what: string): void {
    const message = `${what} could not be loaded (network error); reload the page to try again`;
    this.libraryFailure = message;
    this.emit('story-error', { errors: [{ path: '', message }] });
  }

  /** The alert for a library chunk that could not be loaded, or `nothing`. */
  protected renderLibraryFailure(): TemplateResult | typeof nothing {
    if (!this.libraryFailure) return nothing;
    const t = this.strings;
    return html`<div class="error" role="alert" part="error">
      <strong>${t.errorTitle}</strong>
      <p>${t.errorCodeMissing}</p>
    </div>`;
  }

  /** The headline of an error, in the interface language. */
  private failureText(failure: LoadFailure, problemCount: number): string {
    const t = this.strings;
    switch (failure.kind) {
      case 'http':
        return t.errorNotFound(failure.status);
      case 'network':
        return t.errorNetwork;
      case 'timeout':
        return t.errorTimeout(failure.seconds);
      case 'not-json':
        return t.errorNotJson;
      case 'too-large':
        return t.errorTooLarge(formatLimit(failure.limitBytes));
      case 'source-missing':
        return t.errorSourceMissing;
      case 'invalid-url':
        return t.errorInvalidUrl;
      case 'invalid':
        return t.errorInvalid(problemCount);
    }
  }

  /**
   * The loading, error or empty state, or `nothing` when the story is ready
   * and has events (then the subclass renders it).
   */
  protected renderStatus(): TemplateResult | typeof nothing {
    const t = this.strings;
    const current = this.storyState;
    switch (current.status) {
      case 'idle':
        return nothing;
      case 'loading':
        return html`<p class="status" role="status" part="status">${t.loading}</p>`;
      case 'error': {
        // The problems name the cause: which rule, or which URL answered what.
        const detailed = ['invalid', 'source-missing', 'invalid-url'].includes(
          current.failure.kind,
        );
        const shown = detailed ? current.problems.slice(0, 8) : [];
        return html`<div class="error" role="alert" part="error">
          <strong>${t.errorTitle}</strong>
          <p>${this.failureText(current.failure, current.problems.length)}</p>
          ${
            shown.length > 0
              ? html`<ul>
                  ${shown.map(
                    (problem) =>
                      html`<li>
                        ${problem.path ? html`<code>${problem.path}</code>: ` : nothing}${problem.message}
                      </li>`,
                  )}
                </ul>`
              : nothing
          }
          ${
            current.retryable
              ? html`<button type="button" class="button" part="retry" @click=${this.retry}>
                  ${t.retry}
                </button>`
              : nothing
          }
        </div>`;
      }
      case 'ready':
        return current.story.events.length === 0
          ? html`<p class="status" role="status" part="status">${t.emptyStory}</p>`
          : nothing;
    }
  }

  /**
   * Dispatches `story-render` (or `timeline-draw`) once the frame now being
   * prepared has been painted: a task posted from a frame callback runs right
   * after that frame. Resolves then, too. `inFrameCallback`: the caller runs in
   * a frame callback already (cytoscape draws in one), and that frame is the
   * one to wait for, not the next (where cytoscape may go on caching textures).
   * `beforeEmit` runs in the same task, just before: what it changes is
   * rendered after the listeners have run, and before any of them continues.
   */
  protected emitRenderedAfterPaint(
    name: 'story-render' | 'timeline-draw' = 'story-render',
    inFrameCallback = false,
    beforeEmit?: () => void,
  ): Promise<void> {
    return new Promise((resolve) => {
      const afterThisFrame = () => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          if (this.isConnected) {
            beforeEmit?.();
            this.emit(name, null);
          }
          resolve();
        };
        channel.port2.postMessage(null);
      };
      if (inFrameCallback) afterThisFrame();
      else requestAnimationFrame(afterThisFrame);
    });
  }
}
