/**
 * The explorer's two views, each a section with its heading (which the view
 * shows beside its own zoom buttons): the timeline, with the skip link to the
 * detail before it, and the graph; and what passes between them.
 *
 * @module
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { timelineLibraryLoaded } from '../event-timeline/event-timeline.js';
import type { Story } from '../model/story-schema.js';
import type {
  EntitySelectDetail,
  EventSelectDetail,
  FollowRangeChangeDetail,
  TimelineRangeDetail,
} from '../shared/events.js';
import type { UiLanguage, uiStrings } from '../shared/i18n.js';

/** What both views are given. */
interface ViewsBase {
  readonly story: Story;
  readonly lang: UiLanguage;
  readonly theme: string;
  readonly selected: string;
  readonly visible: readonly string[] | undefined;
  readonly strings: ReturnType<typeof uiStrings>;
  /** Stops the children's lifecycle events: the explorer reports its own. */
  readonly stop: (event: Event) => void;
}

/** What the timeline section shows and whom it tells. */
export interface TimelineSectionView extends ViewsBase {
  readonly highlighted: readonly string[] | undefined;
  readonly onSkip: () => void;
  readonly onSelect: (event: CustomEvent<EventSelectDetail>) => void;
  readonly onRange: (event: CustomEvent<TimelineRangeDetail>) => void;
  readonly onRender: (event: Event) => void;
  readonly onDraw: () => void;
}

/** The timeline, headed, after a skip link to the detail. */
export function timelineSection(view: TimelineSectionView): TemplateResult {
  const t = view.strings;
  return html`<section class="timeline-section" aria-labelledby="timeline-heading">
    <button type="button" class="skip-link" @click=${view.onSkip}>${t.skipToDetail}</button>
    <event-timeline
      part="timeline"
      class="timeline"
      .story=${view.story}
      lang=${view.lang}
      theme=${view.theme || nothing}
      selected=${view.selected}
      .highlighted=${view.highlighted}
      .visibleEvents=${view.visible}
      @event-select=${view.onSelect}
      @timeline-range=${view.onRange}
      @story-render=${view.onRender}
      @timeline-draw=${view.onDraw}
      @story-load=${view.stop}
      @story-error=${view.stop}
      ><h3 slot="heading" id="timeline-heading" class="view-heading">
        ${t.timelineHeading}
      </h3></event-timeline
    >
  </section>`;
}

/** What the graph section shows and whom it tells. */
export interface GraphSectionView extends ViewsBase {
  readonly selectedEntity: string;
  readonly range: TimelineRangeDetail | undefined;
  readonly followRange: boolean;
  /** Hold the canvas back (until the timeline has drawn). */
  readonly deferCanvas: boolean;
  readonly onEntity: (event: CustomEvent<EntitySelectDetail>) => void;
  /** An event picked from the chosen name's list. */
  readonly onEvent: (event: CustomEvent<EventSelectDetail>) => void;
  readonly onFollow: (event: CustomEvent<FollowRangeChangeDetail>) => void;
}

/** The graph, headed. */
export function graphSection(view: GraphSectionView): TemplateResult {
  return html`<section class="graph-section" aria-labelledby="graph-heading">
    <event-graph
      part="graph"
      class="graph"
      .story=${view.story}
      lang=${view.lang}
      theme=${view.theme || nothing}
      selected=${view.selected}
      selected-entity=${view.selectedEntity}
      .visibleEvents=${view.visible}
      .range=${view.range}
      ?follow-range=${view.followRange}
      ?defer-canvas=${view.deferCanvas}
      @entity-select=${view.onEntity}
      @event-select=${view.onEvent}
      @follow-range-change=${view.onFollow}
      @story-render=${view.stop}
      @story-load=${view.stop}
      @story-error=${view.stop}
      ><h3 slot="heading" id="graph-heading" class="view-heading">
        ${view.strings.graphHeading}
      </h3></event-graph
    >
  </section>`;
}

/** What the link between the views tells the explorer, and needs of it. */
export interface ViewLinkHooks {
  /** The explorer's first frame was painted: it announces `story-render`. */
  rendered(): void;
  /** The graph element, once rendered. */
  graph(): { prefetch(): void } | undefined;
}

/**
 * What passes between the two views through the explorer: the timeline's
 * first paint (the explorer's own), its window (which the graph may follow),
 * and the order the libraries load and draw in (the graph after the timeline).
 */
export class ViewLink {
  /** The window the timeline shows, for the graph. */
  range?: TimelineRangeDetail;
  /** Whether the graph shows only what is in the timeline's window. */
  followRange = false;
  /** Whether the timeline has drawn; the graph's canvas waits for it. */
  timelineDrawn = false;
  /** Whether story-render was announced for the story shown. */
  private announced = false;
  private graphPrefetched = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: ViewLinkHooks,
  ) {}

  /** A new story: its first paint and drawing are still to come. */
  reset(): void {
    this.announced = false;
    this.timelineDrawn = false;
  }

  /**
   * The graph code follows the timeline's: requested once vis-timeline has
   * arrived (the network is free again, the timeline is being drawn), so it is
   * there when the timeline has painted and the canvas may be drawn. Asked
   * only once the timeline's list is painted: before, the explorer has no
   * height yet and a graph far below the fold of a phone looks on screen.
   */
  private prefetchGraph(): void {
    if (this.graphPrefetched || !this.hooks.graph()) return;
    this.graphPrefetched = true;
    void timelineLibraryLoaded().then(() => {
      this.hooks.graph()?.prefetch();
    });
  }

  readonly onRange = (event: CustomEvent<TimelineRangeDetail>): void => {
    event.stopPropagation();
    const first = this.range === undefined;
    this.range = event.detail;
    // The timeline sends a window after every pan and zoom: the explorer is drawn
    // again only when the graph follows it, or for the first (the graph's "follow"
    // switch appears with it). Otherwise the window waits here for the next update.
    if (this.followRange || first) this.host.requestUpdate();
  };

  readonly onFollowChange = (event: CustomEvent<FollowRangeChangeDetail>): void => {
    event.stopPropagation();
    this.followRange = event.detail.followRange;
    this.host.requestUpdate();
  };

  /** The timeline's first paint is the explorer's: the quote and graph are cheap or lazy. */
  readonly onChildRender = (event: Event): void => {
    event.stopPropagation();
    if (this.announced) return;
    this.announced = true;
    this.hooks.rendered();
    this.prefetchGraph();
  };

  /**
   * The graph's canvas is drawn once the timeline is: both take the main thread
   * for a while, and the timeline is what the reader looks at first. The event
   * goes on out of the explorer: pages may want to know, too.
   */
  readonly onTimelineDraw = (): void => {
    this.timelineDrawn = true;
    this.host.requestUpdate();
  };
}
