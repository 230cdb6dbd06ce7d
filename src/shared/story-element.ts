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
import { emit } from './events.js';
import { localeOf, toUiLanguage, uiStrings, type UiLanguage } from './i18n.js';
import {
  acceptStory,
  loadStory,
  formatLimit,
  type LoadFailure,
  type LoadResult,
} from './story-loader.js';

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

  /**
   * Interface and label language: `zh`, `en` or `ru`. When absent the nearest
   * ancestor's `lang` applies (the page's, usually).
   */
  @property({ reflect: true }) override lang = '';

  /** Id of the selected event, or empty for none. */
  @property({ reflect: true }) selected = '';

  /** `light` or `dark`; when empty the reader's `prefers-color-scheme` decides. */
  @property({ reflect: true }) theme = '';

  /** Where the story is: loading, ready (with the story) or failed. */
  @state() protected storyState: StoryState = { status: 'idle' };

  private loadToken = 0;

  /**
   * Takes over a declarative shadow root if the page has one: the static list
   * the build prerenders for readers without JavaScript (see docs/embedding.md).
   * Its content gives way to the widget in the same box, so nothing moves.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = this.shadowRoot;
    if (prerendered) prerendered.replaceChildren();
    return super.createRenderRoot();
  }

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
  }

  /** Loads again (the Retry button). */
  retry(): void {
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
    void loadStory(this.src).then((result) => {
      // A newer src or story replaced this one while it loaded.
      if (token === this.loadToken) this.applyResult(result);
    });
  }

  private applyResult(result: LoadResult): void {
    if (result.ok) {
      this.storyState = { status: 'ready', story: result.story };
      emit(this, 'story-load', { story: result.story });
    } else {
      this.storyState = {
        status: 'error',
        failure: result.failure,
        problems: result.problems,
        retryable: result.retryable,
      };
      emit(this, 'story-error', { errors: result.problems });
    }
  }

  /**
   * Shows that the widget's own code (a lazy chunk) could not be loaded. No
   * "try again" here: browsers remember a failed module import for the life of
   * the page, so only a reload fetches it again.
   */
  protected showLoadFailure(what: string): void {
    const message = `${what} could not be loaded (network error); reload the page to try again`;
    this.storyState = {
      status: 'error',
      failure: { kind: 'code' },
      problems: [{ path: '', message }],
      retryable: false,
    };
    emit(this, 'story-error', { errors: [{ path: '', message }] });
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
      case 'invalid':
        return t.errorInvalid(problemCount);
      case 'code':
        return t.errorCodeMissing;
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
        const shown = current.failure.kind === 'invalid' ? current.problems.slice(0, 8) : [];
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
   * after that frame. Resolves then, too.
   */
  protected emitRenderedAfterPaint(
    name: 'story-render' | 'timeline-draw' = 'story-render',
  ): Promise<void> {
    return new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          if (this.isConnected) emit(this, name, null);
          resolve();
        };
        channel.port2.postMessage(null);
      });
    });
  }
}
