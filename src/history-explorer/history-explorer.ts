import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { eventsOfEntity, indexStory, filteredEventIds } from '../model/story-index.js';
import { CATEGORIES, type Category, type Story } from '../model/story-schema.js';
import '../event-graph/define.js';
import '../event-timeline/define.js';
import '../source-quote/define.js';
import type { EventGraph } from '../event-graph/event-graph.js';
import { timelineLibraryLoaded, type EventTimeline } from '../event-timeline/event-timeline.js';
import type {
  EntitySelectDetail,
  EventSelectDetail,
  FollowRangeChangeDetail,
  TimelineRangeDetail,
} from '../shared/events.js';
import { textIn, UI_LANGUAGES, uiStrings, type UiLanguage } from '../shared/i18n.js';
import { StoryElement } from '../shared/story-element.js';
import { themeStyles } from '../shared/theme.js';
import { readEventHash, writeEventHash } from './deep-link.js';
import {
  copyLinkToClipboard,
  eventLinkFor,
  hasEvent,
  renderShareControl,
  type ShareState,
} from './share-control.js';
import { explorerStyles } from './history-explorer.styles.js';

/**
 * The whole explorer: a timeline of the story's events beside the graph of
 * the organisations and agreements that connect them, and the source quote of
 * the selected event. Selection is linked both ways: selecting an event lights
 * up its entities in the graph; selecting an entity lights up its events on
 * the timeline. Search and category filters act on both views.
 *
 * Side by side when the element is wide, stacked when narrow (it follows its
 * own width, not the window's, so it fits any column of an article).
 *
 * @element history-explorer
 *
 * @attr src - URL of a story file (JSON).
 * @attr lang - Interface and label language: zh, en or ru (the switch changes it).
 * @attr selected - Id of the selected event.
 * @attr deep-link - Read and write `#event=<id>` in the page URL; the back button walks the selection history.
 * @attr share-url - The page copied event links point to (default: this page).
 * @attr theme - light or dark; follows prefers-color-scheme when absent.
 *
 * @prop {object} story - A story object; takes precedence over `src`.
 *
 * @fires event-select - The reader selected an event. Detail: `{ eventId }`.
 * @fires entity-select - The reader selected an entity. Detail: `{ entityId }`.
 * @fires story-load - The story was loaded and validated. Detail: `{ story }`.
 * @fires story-error - The story could not be loaded or is invalid. Detail: `{ errors: { path, message }[] }`.
 * @fires story-render - The first frame with the story's events was painted (the
 *   timeline's list of them; see `<event-timeline>`).
 * @fires timeline-draw - The timeline's vis-timeline has drawn the events (from the inner
 *   `<event-timeline>`); the graph is drawn after it.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - Title, search, filters and language switch.
 * @csspart search - The search field.
 * @csspart filters - The category filter buttons.
 * @csspart languages - The language switch.
 * @csspart timeline - The `<event-timeline>`.
 * @csspart graph - The `<event-graph>`.
 * @csspart quote - The `<source-quote>`.
 * @csspart share - The "copy link to this event" control.
 * @csspart status - Loading and empty messages.
 * @csspart error - The error message (role="alert").
 *
 * @cssprop --he-height - Height of the explorer (760px; `auto` for its natural height). Content scrolls inside.
 * @cssprop --he-color-accent - Accent colour (buttons, quote rule, links).
 * @cssprop --he-color-highlight - Background of highlighted quotes and names.
 */
export class HistoryExplorer extends StoryElement {
  static override styles = [themeStyles, explorerStyles];

  /** Keep `#event=<id>` in the page URL in step with the selection. */
  @property({ type: Boolean, attribute: 'deep-link', reflect: true }) deepLink = false;

  /**
   * The page that copied event links point to (default: this page). Set it to
   * the standalone explorer's URL when this embed has no `deep-link`.
   */
  @property({ attribute: 'share-url' }) shareUrl = '';

  /** What the last "copy link" did. */
  @state() private shareState: ShareState = 'idle';

  /** The entity selected in the graph, if any. */
  @state() private selectedEntity = '';
  @state() private query = '';
  @state() private hiddenCategories: ReadonlySet<Category> = new Set();
  @state() private timelineRange?: TimelineRangeDetail;
  @state() private followRange = false;

  @query('event-timeline') private timeline?: EventTimeline;
  @query('event-graph') private graph?: EventGraph;
  private graphPrefetched = false;

  /** Whether story-render was announced for this story. */
  private rendered = false;
  /** Whether the timeline has drawn; the graph's canvas waits for it. */
  @state() private timelineDrawn = false;
  private appliedHashFor?: Story;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.deepLink) window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const story = this.loadedStory;
    if (story && this.appliedHashFor !== story) {
      // A new story: no stale selection survives it.
      this.appliedHashFor = story;
      this.rendered = false;
      this.timelineDrawn = false;
      this.selectedEntity = '';
      if (this.deepLink) this.applyHash(false);
      if (this.selected && !indexStory(story).eventsById.has(this.selected)) this.selected = '';
    }
    if (changed.has('deepLink') && this.isConnected) {
      window.removeEventListener('popstate', this.onPopState);
      if (this.deepLink) window.addEventListener('popstate', this.onPopState);
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The graph code follows the timeline's: requested once vis-timeline has
    // arrived (the network is free again, the timeline is being drawn), so it is
    // there when the timeline has painted and the canvas may be drawn.
    if (this.loadedStory && this.graph && !this.graphPrefetched) {
      this.graphPrefetched = true;
      void timelineLibraryLoaded().then(() => {
        this.graph?.prefetch();
      });
    }
  }

  override render() {
    const status = this.renderStatus();
    const story = this.loadedStory;
    if (status !== nothing || !story) return html`<div class="root" part="base">${status}</div>`;
    const t = this.strings;
    const lang = this.uiLang;
    const visible = filteredEventIds(story, this.query, this.hiddenCategories);
    const total = story.events.length;
    const shown = visible ? visible.length : total;
    const categories = CATEGORIES.filter((category) =>
      story.events.some((event) => event.category === category),
    );
    const entity = this.selectedEntity
      ? indexStory(story).entitiesById.get(this.selectedEntity)
      : undefined;
    const highlighted = entity ? eventsOfEntity(story, entity.id) : undefined;
    return html`<div class="root" part="base" lang=${lang}>
      <header class="header" part="header">
        <h2 class="title">${textIn(story.title, lang)}</h2>
        <div class="languages" role="group" aria-label=${t.language} part="languages">
          ${UI_LANGUAGES.map(
            (code) =>
              html`<button
                type="button"
                class="button"
                lang=${code}
                aria-pressed=${code === lang ? 'true' : 'false'}
                @click=${() => {
                  this.setLanguage(code);
                }}
              >
                ${uiStrings(code).languageNames[code]}
              </button>`,
          )}
        </div>
        <div class="filters-row">
          <label class="search" part="search">
            <span class="visually-hidden">${t.search}</span>
            <input
              type="search"
              .value=${this.query}
              placeholder=${t.searchPlaceholder}
              @input=${this.onSearch}
              autocomplete="off"
            />
          </label>
          <div class="filters" role="group" aria-label=${t.categories} part="filters">
            ${categories.map(
              (category) =>
                html`<button
                  type="button"
                  class=${`chip cat-${category}`}
                  aria-pressed=${this.hiddenCategories.has(category) ? 'false' : 'true'}
                  @click=${() => {
                    this.toggleCategory(category);
                  }}
                >
                  <span class="swatch" aria-hidden="true"></span>${t.categoryNames[category]}
                </button>`,
            )}
          </div>
          <p class="count" role="status" aria-live="polite">${t.showingEvents(shown, total)}</p>
        </div>
        ${shown === 0 ? html`<p class="no-match" role="status">${t.noMatches}</p>` : nothing}
        ${
          entity
            ? html`<p class="entity-status">
                ${t.selectedEntity(textIn(entity.name, lang), highlighted?.length ?? 0)}
                <button type="button" class="button small" @click=${this.clearEntity}>
                  ${t.clearSelection}
                </button>
              </p>`
            : nothing
        }
      </header>
      <event-timeline
        part="timeline"
        class="timeline"
        .story=${story}
        lang=${lang}
        theme=${this.theme || nothing}
        selected=${this.selected}
        .highlighted=${highlighted}
        .visibleEvents=${visible}
        @event-select=${this.onEventSelect}
        @timeline-range=${this.onRange}
        @story-render=${this.onChildRender}
        @timeline-draw=${this.onTimelineDraw}
        @story-load=${stopHere}
        @story-error=${stopHere}
      ></event-timeline>
      <div class="panels">
        <event-graph
          part="graph"
          class="graph"
          .story=${story}
          lang=${lang}
          theme=${this.theme || nothing}
          selected=${this.selected}
          selected-entity=${this.selectedEntity}
          .visibleEvents=${visible}
          .range=${this.timelineRange}
          ?follow-range=${this.followRange}
          ?defer-canvas=${!this.timelineDrawn}
          @entity-select=${this.onEntitySelect}
          @follow-range-change=${this.onFollowChange}
          @story-render=${stopHere}
          @story-load=${stopHere}
          @story-error=${stopHere}
        ></event-graph>
        <div class="quote-panel">
          <source-quote
            part="quote"
            class="quote"
            .story=${story}
            lang=${lang}
            theme=${this.theme || nothing}
            selected=${this.selected}
            @story-render=${stopHere}
            @story-load=${stopHere}
            @story-error=${stopHere}
          ></source-quote>
          ${hasEvent(this.loadedStory, this.selected) ? this.renderShare() : nothing}
        </div>
      </div>
    </div>`;
  }

  /** The "copy link to this event" control, with its outcome announced. */
  private renderShare() {
    return renderShareControl({
      state: this.shareState,
      link: this.eventLink(this.selected),
      labels: this.strings,
      onCopy: () => void this.copyLink(),
    });
  }

  /**
   * The link that opens an event: `share-url` (or this page) with
   * `#event=<id>`. It opens the event where an explorer with `deep-link` reads it.
   */
  eventLink(eventId: string): string {
    return eventLinkFor(this.shareUrl, eventId);
  }

  private async copyLink(): Promise<void> {
    this.shareState = await copyLinkToClipboard(this.eventLink(this.selected));
    if (this.shareState !== 'manual') return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('.share-manual input')?.focus();
  }

  private setLanguage(code: UiLanguage): void {
    this.lang = code;
  }

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private toggleCategory(category: Category): void {
    const next = new Set(this.hiddenCategories);
    if (next.has(category)) next.delete(category);
    else next.add(category);
    this.hiddenCategories = next;
  }

  private onEventSelect(event: CustomEvent<EventSelectDetail>): void {
    // The event goes on bubbling out of the explorer: the page hears it from here.
    this.selectedEntity = '';
    this.select(event.detail.eventId, true);
  }

  private onEntitySelect(event: CustomEvent<EntitySelectDetail>): void {
    this.selectedEntity = event.detail.entityId;
  }

  private clearEntity(): void {
    this.selectedEntity = '';
  }

  private onRange(event: CustomEvent<TimelineRangeDetail>): void {
    event.stopPropagation();
    this.timelineRange = event.detail;
  }

  private onFollowChange(event: CustomEvent<FollowRangeChangeDetail>): void {
    event.stopPropagation();
    this.followRange = event.detail.followRange;
  }

  /** The timeline's first paint is the explorer's: the quote and graph are cheap or lazy. */
  private onChildRender(event: Event): void {
    event.stopPropagation();
    if (this.rendered) return;
    this.rendered = true;
    this.emit('story-render', null);
  }

  /**
   * The graph's canvas is drawn once the timeline is: both take the main thread
   * for a while, and the timeline is what the reader looks at first. The event
   * goes on out of the explorer: pages may want to know, too.
   */
  private onTimelineDraw(): void {
    this.timelineDrawn = true;
  }

  private select(eventId: string, fromReader: boolean): void {
    if (this.selected === eventId) return;
    this.selected = eventId;
    this.shareState = 'idle';
    if (fromReader && this.deepLink) writeEventHash(eventId);
  }

  /** Applies `#event=<id>` from the URL; an unknown id is ignored. */
  private applyHash(announce: boolean): void {
    const story = this.loadedStory;
    const id = readEventHash();
    if (!story) return;
    if (id === undefined) {
      if (announce) this.selected = '';
      return;
    }
    if (!indexStory(story).eventsById.has(id)) return;
    this.selectedEntity = '';
    this.selected = id;
    if (announce) this.emit('event-select', { eventId: id });
  }

  private readonly onPopState = () => {
    this.applyHash(true);
  };

  /** Focuses the timeline (the keyboard entry point). */
  override focus(options?: FocusOptions): void {
    if (this.timeline) this.timeline.focus(options);
    else super.focus(options);
  }
}

/** Children's lifecycle events stop at the explorer, which reports its own. */
function stopHere(event: Event): void {
  event.stopPropagation();
}
