/**
 * Story -> timeline items: plain data that the timeline element turns into
 * vis-timeline items. Dates become instants here and only here; the label keeps
 * the precision the source gives ("1926", "Mar 2025"), never "1 Jan 1926".
 *
 * @module
 */
import { formatPartialDateRange, parsePartialDate } from './partial-date.js';
import { indexStory, type EventSpan } from './story-index.js';
import type { Category, LocalText, Story, StoryEvent, TextLanguage } from './story-schema.js';

/** One event as the timeline draws it. */
export interface TimelineItem {
  readonly id: string;
  /**
   * Where the item sits: for a period, its first instant; for a single date,
   * the middle of the span its precision covers (mid-1926 for "1926"), so that
   * zooming in never pins a year-only event to 1 January.
   */
  readonly start: Date;
  /** Exclusive end instant, for events that are periods; absent for points. */
  readonly end?: Date;
  readonly type: 'point' | 'range';
  readonly category: Category;
  readonly planned: boolean;
  /** The date at its own precision, in the reader's language. */
  readonly dateLabel: string;
  readonly title: string;
  /** The title's language when it is not the interface's (it then carries `lang`). */
  readonly titleLang?: TextLanguage;
}

/**
 * A {@link TimelineItem} whose date label is formatted on first read: a long
 * story draws and lists only some of its events at a time, and a label costs a
 * few microseconds of Intl each. A class rather than an object literal with a
 * getter, which V8 builds one by one, slowly, for each of thousands of events.
 */
class LazyTimelineItem implements TimelineItem {
  readonly id: string;
  readonly start: Date;
  readonly end: Date | undefined;
  readonly type: 'point' | 'range';
  readonly category: Category;
  readonly planned: boolean;
  readonly title: string;
  readonly titleLang: TextLanguage | undefined;
  #dateLabel: string | undefined;

  constructor(
    private readonly event: StoryEvent,
    span: EventSpan | undefined,
    title: string,
    private readonly locale: string,
    titleLang: TextLanguage | undefined,
  ) {
    const isPeriod = event.end !== undefined;
    const spanStart = span?.start ?? NaN;
    const spanEnd = span?.end ?? spanStart;
    this.id = event.id;
    this.start = new Date(isPeriod ? spanStart : (spanStart + spanEnd) / 2);
    this.end = isPeriod ? new Date(spanEnd) : undefined;
    this.type = isPeriod ? 'range' : 'point';
    this.category = event.category;
    this.planned = event.planned === true;
    this.title = title;
    this.titleLang = titleLang;
  }

  get dateLabel(): string {
    this.#dateLabel ??= formatPartialDateRange(
      parsePartialDate(this.event.start),
      this.event.end === undefined ? undefined : parsePartialDate(this.event.end),
      this.locale,
    );
    return this.#dateLabel;
  }
}

/**
 * Builds the items for every event of the story, in chronological order.
 *
 * @param textOf picks the reader's language from a {@link LocalText}.
 * @param locale the `Intl` locale that formats dates.
 * @param titleLang the language `textOf` gives, when it is not the interface's.
 */
export function toTimelineItems(
  story: Story,
  textOf: (text: LocalText) => string,
  locale: string,
  titleLang?: TextLanguage,
): TimelineItem[] {
  const { chronological, spans } = indexStory(story);
  return chronological.map(
    (event) =>
      new LazyTimelineItem(event, spans.get(event.id), textOf(event.title), locale, titleLang),
  );
}

/**
 * The window that shows every event with a margin on both sides, so the first
 * and last items are not cut at the edges.
 */
export function fullExtent(story: Story): { start: Date; end: Date } | undefined {
  const { spans } = indexStory(story);
  if (spans.size === 0) return undefined;
  let min = Infinity;
  let max = -Infinity;
  for (const span of spans.values()) {
    min = Math.min(min, span.start);
    max = Math.max(max, span.end);
  }
  const margin = Math.max((max - min) * 0.06, 180 * 24 * 3600 * 1000);
  return { start: new Date(min - margin), end: new Date(max + margin) };
}
