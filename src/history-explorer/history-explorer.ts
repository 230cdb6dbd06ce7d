import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { eventsOfEntity, indexStory } from '../model/story-index.js';
import type { Story } from '../model/story-schema.js';
import '../event-graph/define.js';
import '../event-timeline/define.js';
import '../source-quote/define.js';
import type { EventGraph } from '../event-graph/event-graph.js';
import type { EventTimeline } from '../event-timeline/event-timeline.js';
import type { EventSelectDetail } from '../shared/events.js';
import type { UiLanguage } from '../shared/i18n.js';
import { StoryElement } from '../shared/story-element.js';
import { themeStyles } from '../shared/theme.js';
import { bringIntoView } from './bring-into-view.js';
import { EntityEventsLink } from './entity-events.js';
import { downloadMenuStyles, renderDownloadMenu } from './download-menu.js';
import { eventMediaStyles } from './event-media.js';
import { explorerHeader } from './explorer-header.js';
import { linkNotice, linkNoticeStyles, PageLink } from './page-link.js';
import { graphSection, timelineSection, ViewLink } from './explorer-views.js';
import {
  copyLinkToClipboard,
  eventLinkFor,
  hasEvent,
  renderShareControl,
  type ShareState,
} from './share-control.js';
import { explorerStyles } from './history-explorer.styles.js';
import { detailStyles } from './detail-panel.styles.js';
import { detailPanel } from './detail-panel.js';
import { ReadingFlow, selectionAnnouncement } from './reading-flow.js';
import { readingOrder } from './reading-order.js';
import { StoryFilter } from './story-filter.js';

/**
 * The whole explorer: a timeline of the story's events beside the graph of
 * the organisations and agreements that connect them, and the source quote of
 * the selected event. Selection is linked both ways: selecting an event lights
 * up its entities in the graph; selecting an entity lights up its events on
 * the timeline. Search and category filters act on both views.
 *
 * Before an event is picked, a title card (the story, its period, a "Start"
 * button) stands where the detail will be; previous / next buttons (or a swipe,
 * or the arrow keys on the detail) then step through the events in date order,
 * and Escape goes back to the card. The detail sits beside the timeline when
 * the element is wide and right under it when narrow (it follows its own
 * width, not the window's, so it fits any column of an article), and is
 * scrolled into view when a selection puts it off screen. Each selection is
 * announced to screen readers. The element takes its natural height: the page
 * is the only scroller.
 *
 * @element history-explorer
 *
 * @attr src - URL of a story file (JSON), or of a compiled collection of stories.
 * @attr lang - Interface and label language: zh, en or ru (the switch changes it).
 * @attr selected - Id of the selected event.
 * @attr deep-link - Read and write `#event=<id>&lang=<code>` in the page URL; the back button walks the selection history.
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
 * @csspart source-filter - A collection's source filter: one button per story.
 * @csspart languages - The language switch.
 * @csspart timeline - The `<event-timeline>`.
 * @csspart detail - The area beside or under the timeline: the title card, or the selected event.
 * @csspart title-card - The story's title, summary, period and the "Start" button.
 * @csspart steps - The previous / next buttons.
 * @csspart graph - The `<event-graph>`.
 * @csspart quote - The `<source-quote>`.
 * @csspart share - The "copy link to this event" control.
 * @csspart downloads - The download menu (the story as TimelineJS, GEXF, GraphML, Web Annotations; the graph as PNG, SVG).
 * @csspart media - The selected event's media link, under its quote.
 * @csspart status - Loading and empty messages.
 * @csspart error - The error message (role="alert").
 *
 * @cssprop --he-height - Height the explorer reserves (default: none, its natural height); it grows
 *   past it when its content needs more, and never scrolls inside.
 * @cssprop --he-color-accent - Accent colour (buttons, quote rule, links).
 * @cssprop --he-color-highlight - Background of highlighted quotes and names.
 */
export class HistoryExplorer extends StoryElement {
  static override styles = [
    themeStyles,
    explorerStyles,
    detailStyles,
    linkNoticeStyles,
    downloadMenuStyles,
    eventMediaStyles,
  ];

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

  /** What the live region last said ("Selected: 1926 …"). */
  @state() private announcement = '';

  @query('event-timeline') private timeline?: EventTimeline;
  @query('event-graph') private graph?: EventGraph;
  @query('.detail') private detail?: HTMLElement;
  /** The timeline's paint and window, passed on to the explorer and the graph. */
  private readonly views = new ViewLink(this, {
    rendered: () => {
      this.emit('story-render', null);
    },
    graph: () => this.graph ?? undefined,
  });
  /** A name chosen in the graph: its events into view on the timeline, and selectable. */
  private readonly entityEvents = new EntityEventsLink({
    timeline: () => this.timeline ?? undefined,
    eventsOf: (entityId) => {
      const story = this.loadedStory;
      const visible = new Set(this.visibleIds() ?? story?.events.map((event) => event.id));
      return story ? eventsOfEntity(story, entityId).filter((id) => visible.has(id)) : [];
    },
    chooseEntity: (entityId) => {
      this.selectedEntity = entityId;
    },
    selectEvent: (eventId) => {
      this.revealDetail = true;
      this.select(eventId, true);
    },
    rendered: () => this.updateComplete,
  });
  /** The search and the category filters. */
  private readonly filter = new StoryFilter(this);
  /** Start, previous / next, swipes, arrows and Escape, turned into selections. */
  private readonly flow = new ReadingFlow({
    selected: () => this.selected,
    selectedEntity: () => this.selectedEntity,
    order: () => (this.loadedStory ? readingOrder(this.loadedStory, this.visibleIds()) : []),
    select: (eventId) => {
      this.readerSelect(eventId);
    },
    clearSelection: () => {
      this.clearSelection();
    },
    clearEntity: () => {
      this.selectedEntity = '';
    },
    detail: () => this.detail ?? undefined,
    focusStart: () => {
      void this.updateComplete.then(() => {
        this.renderRoot.querySelector<HTMLElement>('.detail .start')?.focus();
      });
    },
  });
  /** A selection the reader made: its detail is brought into view once rendered. */
  private revealDetail = false;
  /** `#event=` / `lang=` in the page URL, and event ids the story lacks. */
  private readonly pageLink = new PageLink(this, {
    deepLink: () => this.deepLink,
    story: () => this.loadedStory,
    open: (eventId, announce) => {
      this.selectedEntity = '';
      this.selected = eventId;
      if (announce) this.emit('event-select', { eventId });
    },
    clear: () => {
      this.selected = '';
    },
    setLanguage: (code) => {
      this.lang = code;
    },
  });

  private appliedHashFor?: Story;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const story = this.loadedStory;
    if (story && this.appliedHashFor !== story) {
      // A new story: no stale selection survives it.
      this.appliedHashFor = story;
      this.views.reset();
      this.selectedEntity = '';
      this.pageLink.storyLoaded();
      this.selected = this.pageLink.checked(story, this.selected);
    } else if (story && changed.has('selected')) {
      this.selected = this.pageLink.checked(story, this.selected);
    }
    // Here, not in `updated`: set there, it cost every selection a second update.
    if (story && changed.has('selected')) {
      this.announcement = selectionAnnouncement(
        story,
        this.selected,
        this.announcement,
        this.uiLang,
      );
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.revealDetail) {
      this.revealDetail = false;
      if (this.detail) bringIntoView(this.detail);
    }
  }

  /** Ids of the events left by the search and the category filters (undefined: all). */
  private visibleIds(): string[] | undefined {
    return this.loadedStory ? this.filter.visibleIds(this.loadedStory) : undefined;
  }

  override render() {
    const status = this.renderStatus();
    const story = this.loadedStory;
    if (status !== nothing || !story) return html`<div class="root" part="base">${status}</div>`;
    const t = this.strings;
    const lang = this.uiLang;
    const visible = this.visibleIds();
    const total = story.events.length;
    const entity = this.selectedEntity
      ? indexStory(story).entitiesById.get(this.selectedEntity)
      : undefined;
    const highlighted = entity ? eventsOfEntity(story, entity.id) : undefined;
    const common = {
      story,
      lang,
      theme: this.theme,
      selected: this.selected,
      visible,
      strings: t,
      stop: stopHere,
    };
    return html`<div class="root" part="base" lang=${lang} @keydown=${this.flow.onKeydown}>
      ${explorerHeader({
        lang,
        query: this.filter.query,
        story,
        titleIsHeading: this.selected !== '',
        hiddenCategories: this.filter.hidden,
        hiddenSources: this.filter.hiddenSources,
        shown: visible ? visible.length : total,
        total,
        entity,
        entityEvents: highlighted?.length ?? 0,
        onLanguage: (code) => {
          this.setLanguage(code);
        },
        onSearch: this.filter.onSearch,
        onToggleCategory: this.filter.toggle,
        onToggleSource: this.filter.toggleSource,
        onClearEntity: this.clearEntity,
      })}
      ${linkNotice(this.pageLink.missingId, t)}
      <div class="stage">
        ${timelineSection({
          ...common,
          highlighted,
          onSkip: this.skipToDetail,
          onSelect: this.onEventSelect,
          onRange: this.views.onRange,
          onRender: this.views.onChildRender,
          onDraw: this.views.onTimelineDraw,
        })}
        ${detailPanel({
          ...common,
          order: readingOrder(story, visible),
          locale: this.locale,
          flow: this.flow,
          // The "copy link to this event" control, with its outcome announced.
          share: hasEvent(this.loadedStory, this.selected)
            ? renderShareControl({
                state: this.shareState,
                link: this.eventLink(this.selected),
                labels: this.strings,
                onCopy: () => void this.copyLink(),
              })
            : nothing,
        })}
        ${graphSection({
          ...common,
          selectedEntity: this.selectedEntity,
          range: this.views.range,
          followRange: this.views.followRange,
          deferCanvas: !this.views.timelineDrawn,
          onEntity: this.entityEvents.onEntitySelect,
          onEvent: this.entityEvents.onEventSelect,
          onFollow: this.views.onFollowChange,
        })}
      </div>
      ${renderDownloadMenu({
        story,
        lang,
        graph: () => this.graph,
        host: () => this.renderRoot.querySelector('.root') ?? undefined,
        announce: (message) => {
          this.announcement = message;
        },
      })}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </p>
    </div>`;
  }

  /**
   * The link that opens an event: `share-url` (or this page) with
   * `#event=<id>&lang=<code>`. It opens the event, in this language, where an
   * explorer with `deep-link` (or the iframe page) reads it.
   */
  eventLink(eventId: string): string {
    return eventLinkFor(this.shareUrl, eventId, this.uiLang);
  }

  private async copyLink(): Promise<void> {
    this.shareState = await copyLinkToClipboard(this.eventLink(this.selected));
    if (this.shareState !== 'manual') return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('.share-manual input')?.focus();
  }

  private setLanguage(code: UiLanguage): void {
    this.lang = code;
    this.pageLink.languageChosen(code);
  }

  private onEventSelect(event: CustomEvent<EventSelectDetail>): void {
    // The event goes on bubbling out of the explorer: the page hears it from here.
    this.selectedEntity = '';
    this.revealDetail = true;
    this.select(event.detail.eventId, true);
  }

  /**
   * The reader picked an event in the explorer itself (Start, previous / next,
   * a swipe): selected as from the timeline, announced to the page, its detail
   * brought into view.
   */
  private readerSelect(eventId: string): void {
    if (!eventId || eventId === this.selected) return;
    this.selectedEntity = '';
    this.revealDetail = true;
    this.select(eventId, true);
    this.emit('event-select', { eventId });
  }

  /** Back to the title card: no event selected (Escape). */
  private clearSelection(): void {
    if (!this.selected) return;
    this.selected = '';
    this.shareState = 'idle';
    this.pageLink.cleared();
  }

  /** The skip link: from the timeline's controls straight to the detail. */
  private skipToDetail(): void {
    this.detail?.focus();
    this.detail?.scrollIntoView({ block: 'nearest' });
  }

  private readonly clearEntity = (): void => {
    this.selectedEntity = '';
  };

  private select(eventId: string, fromReader: boolean): void {
    if (this.selected === eventId) return;
    this.selected = eventId;
    this.shareState = 'idle';
    if (fromReader) this.pageLink.selected(eventId);
  }

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
