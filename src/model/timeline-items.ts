/**
 * Story -> timeline items: plain data that the timeline element turns into
 * vis-timeline items. Dates become instants here and only here; the label keeps
 * the precision the source gives ("1926", "Mar 2025"), never "1 Jan 1926".
 *
 * @module
 */
import {
  endTime,
  eventDateLabel,
  isDate,
  isFuzzy,
  startTime,
  type DateBound,
  type EventDates,
} from './partial-date.js';
import { datesOfEvent } from './event-dates.js';
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
  /**
   * How much of the drawn span, from its start, the dates leave uncertain: 0
   * when the start is exact; for a period the share of its length the start
   * date covers (the year of "1920~/1930"); 1 for a single approximate,
   * uncertain or unspecified date. The timeline fades that part.
   */
  readonly fuzzyStart?: number;
  /** The same from the end: the end date's share, 1 for a single fuzzy date. */
  readonly fuzzyEnd?: number;
  /** The period has an open end ("since 2022"): drawn to the dateline, running on. */
  readonly openEnd?: boolean;
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
  readonly fuzzyStart: number;
  readonly fuzzyEnd: number;
  readonly openEnd: boolean;
  readonly titleLang: TextLanguage | undefined;
  #dateLabel: string | undefined;

  constructor(
    private readonly event: StoryEvent,
    span: EventSpan | undefined,
    title: string,
    private readonly locale: string,
    titleLang: TextLanguage | undefined,
  ) {
    const spanStart = span?.start ?? NaN;
    const spanEnd = span?.end ?? spanStart;
    // Most dates are plain ("1926", "2025-03"): their shape says all, without
    // parsing them again on the way to a long story's first paint.
    const plain = isPlainDate(event.start) && (event.end === undefined || isPlainDate(event.end));
    const look = plain ? undefined : doubtOf(datesOfEvent(event), spanEnd - spanStart);
    const isPeriod = look ? look.isPeriod : event.end !== undefined;
    this.id = event.id;
    this.start = new Date(isPeriod ? spanStart : (spanStart + spanEnd) / 2);
    this.end = isPeriod ? new Date(spanEnd) : undefined;
    this.type = isPeriod ? 'range' : 'point';
    this.category = event.category;
    this.planned = event.planned === true;
    this.title = title;
    this.fuzzyStart = look?.fuzzyStart ?? 0;
    this.fuzzyEnd = look?.fuzzyEnd ?? 0;
    this.openEnd = look?.openEnd ?? false;
    this.titleLang = titleLang;
  }

  get dateLabel(): string {
    this.#dateLabel ??= eventDateLabel(this.event, this.locale);
    return this.#dateLabel;
  }
}

/** A year, month or day of the common era, with no qualifier, X digits or interval. */
const PLAIN_DATE = /^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$/;
const isPlainDate = (text: string): boolean => PLAIN_DATE.test(text);

/** How an event's dates are drawn: as a period or a point, and how doubtful each end is. */
function doubtOf(
  dates: EventDates,
  length: number,
): { isPeriod: boolean; fuzzyStart: number; fuzzyEnd: number; openEnd: boolean } {
  const { start, end } = dates;
  // A period has a date or an open end after its start; a decade or century
  // of X digits ("199X") is drawn over its years, faded, like a period.
  const isPeriod =
    (isDate(start) && (isDate(end) || end?.bound === 'open')) ||
    (end === undefined && isDate(start) && start.unspecifiedYearDigits !== undefined);
  const single = end === undefined || !isPeriod;
  const fuzzyStart = single
    ? fuzzyShare(start, length) > 0 || fuzzyShare(end, length) > 0
      ? 1
      : 0
    : fuzzyShare(start, length);
  return {
    isPeriod,
    fuzzyStart,
    fuzzyEnd: single ? fuzzyStart : fuzzyShare(end, length),
    openEnd: isPeriod && end !== undefined && !isDate(end) && end.bound === 'open',
  };
}

/** The share of a drawn span of `length` that an end's uncertainty covers (0 when exact). */
function fuzzyShare(bound: DateBound | undefined, length: number): number {
  if (bound === undefined) return 0;
  if (!isDate(bound)) return bound.bound === 'unknown' ? 1 : 0;
  if (!isFuzzy(bound)) return 0;
  if (bound.unspecifiedYearDigits !== undefined) return 1;
  const share = (endTime(bound) - startTime(bound)) / length;
  return Number.isFinite(share) ? Math.min(1, share) : 1;
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
  // One object per story: the overview strip keeps its marks while it gets the same extent,
  // and a timeline re-renders on every frame of a pan.
  if (extents.has(story)) return extents.get(story);
  const extent = computeFullExtent(story);
  extents.set(story, extent);
  return extent;
}

const extents = new WeakMap<Story, { start: Date; end: Date } | undefined>();

function computeFullExtent(story: Story): { start: Date; end: Date } | undefined {
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
