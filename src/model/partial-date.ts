/**
 * Partial dates as instants: the first instant a date covers and the first
 * after it, for sorting, windows and vis-timeline. The dates themselves are
 * EDTF (`edtf-date.ts`); their labels in each language are in `date-labels.ts`.
 * A JS `Date` is only made at the edge, from a number, never from a string.
 *
 * @module
 */
import {
  isDate,
  type DateBound,
  type DatePrecision,
  type EventDates,
  type PartialDate,
} from './edtf-date.js';

export {
  formatEdtfDate,
  formatEdtfDates,
  isDate,
  parseEventDates,
  parsePartialDate,
  PartialDateError,
  tryParseEventDates,
  tryParsePartialDate,
  type DateBound,
  type DatePrecision,
  type EventDates,
  type OpenBound,
  type PartialDate,
  type Season,
} from './edtf-date.js';
export {
  eventDateLabel,
  formatEventDates,
  formatPartialDate,
  formatPartialDateRange,
} from './date-labels.js';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar; months
 * and days may overflow (month index 12 is January of the next year, day 32 of
 * a 31-day month is the 1st of the next). Howard Hinnant's `days_from_civil`:
 * plain arithmetic, where `Date.UTC` costs ~1 µs a call, thousands of times on
 * the way to a long story's first paint, and reads years 0-99 as 1900-1999.
 */
function daysFromCivil(year: number, monthIndex: number, day: number): number {
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  const civilYear = year + Math.floor(monthIndex / 12);
  // Years counted from March, so that the leap day is the last of the year.
  const marchYear = month <= 2 ? civilYear - 1 : civilYear;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Milliseconds since the epoch of a UTC midnight; months and days may overflow. */
export function utcTime(year: number, monthIndex: number, day: number): number {
  return daysFromCivil(year, monthIndex, day) * DAY_MS;
}

/**
 * The first and last year a date with X digits may be: `199X` is 1990-1999,
 * `-004X` (astronomical) -49 to -40.
 */
export function yearRange(date: PartialDate): { first: number; last: number } {
  const hidden = date.unspecifiedYearDigits;
  if (hidden === undefined) return { first: date.year, last: date.year };
  const width = (hidden === 1 ? 10 : 100) - 1;
  return date.year < 0
    ? { first: date.year - width, last: date.year }
    : { first: date.year, last: date.year + width };
}

/** The first instant the partial date covers (UTC), in milliseconds since the epoch. */
export function startTime(date: PartialDate): number {
  if (date.season !== undefined) return utcTime(date.year, (date.season - 21) * 3, 1);
  return utcTime(yearRange(date).first, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The first instant after the partial date (UTC), in milliseconds since the epoch. */
export function endTime(date: PartialDate): number {
  if (date.season !== undefined) return utcTime(date.year, (date.season - 20) * 3, 1);
  if (date.month === undefined) return utcTime(yearRange(date).last + 1, 0, 1);
  if (date.day === undefined) return utcTime(date.year, date.month, 1);
  return utcTime(date.year, date.month - 1, date.day + 1);
}

/** The first instant the partial date covers (UTC). */
export function startOf(date: PartialDate): Date {
  return new Date(startTime(date));
}

/** The first instant after the partial date (UTC): exclusive end of its span. */
export function endOf(date: PartialDate): Date {
  return new Date(endTime(date));
}

/** Orders precisions at one instant: the widest first (a year before the months inside it). */
export const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = {
  century: 0,
  decade: 1,
  year: 2,
  season: 3,
  month: 4,
  day: 5,
};

/**
 * Orders two partial dates by the instant each begins; at one instant the
 * wider first (a year before the months inside it, a decade before its first year).
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byStart = startTime(a) - startTime(b);
  if (byStart !== 0) return byStart;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/** Whether a date is marked approximate or uncertain, or has unspecified digits. */
export function isFuzzy(bound: DateBound | undefined): boolean {
  if (!isDate(bound)) return false;
  return (
    bound.approximate === true ||
    bound.uncertain === true ||
    bound.unspecifiedYearDigits !== undefined ||
    bound.unspecifiedMonth === true ||
    bound.unspecifiedDay === true
  );
}

/** The time an event's dates cover, in milliseconds since the epoch (UTC). */
export interface DatesSpan {
  /** The earliest instant the dates allow: where the event sorts and starts. */
  readonly start: number;
  /** Exclusive end of what is drawn: an open end runs to `openEndAt`. */
  readonly end: number;
  /** The latest instant the dates allow, the second sort key: an open end is Infinity. */
  readonly latest: number;
}

/**
 * The span of an event's dates. An open or unknown start counts from its end
 * date's first instant; an open end ("since 2022") runs to `openEndAt` (the
 * end of the source's dateline: what the source knows of "now"), an unknown
 * end stops with the start date.
 */
export function spanOfDates(dates: EventDates, openEndAt: number): DatesSpan {
  const { start, end } = dates;
  const first = isDate(start) ? start : isDate(end) ? end : undefined;
  if (!first) return { start: NaN, end: NaN, latest: NaN }; // refused by parseEventDates
  const spanStart = startTime(first);
  if (isDate(end)) {
    const spanEnd = endTime(end);
    return { start: spanStart, end: spanEnd, latest: spanEnd };
  }
  const firstEnd = endTime(first);
  if (end?.bound === 'open') {
    return { start: spanStart, end: Math.max(openEndAt, firstEnd), latest: Infinity };
  }
  return { start: spanStart, end: firstEnd, latest: firstEnd };
}
