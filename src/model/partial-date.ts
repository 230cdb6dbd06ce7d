/**
 * Partial dates: a year, a month or a day, kept at the precision the source
 * gives. A JS `Date` is only made at the edge (for vis-timeline), and labels are
 * formatted by precision so that "1926" never reads "1 January 1926".
 *
 * @module
 */
import { PARTIAL_DATE_PATTERN } from './story-schema.js';

/** How much of a date the source states. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A parsed partial date. Months and days are 1-based, as written. */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
}

/** The reason a partial date string was refused, in words an editor understands. */
export class PartialDateError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`${JSON.stringify(input)} is not a valid date: ${reason}`);
    this.name = 'PartialDateError';
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month of the proleptic Gregorian calendar (year 0 is a leap year, 1900 is not). */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** The number written by `count` ASCII digits of `text` from `from`. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let index = from; index < from + count; index++) {
    value = value * 10 + (text.charCodeAt(index) - 48);
  }
  return value;
}

/**
 * Parses `"1926"`, `"2025-03"` or `"2025-10-18"`.
 *
 * @throws {PartialDateError} when the text is not such a date or names a day
 *   that does not exist (`"2025-02-30"`).
 */
export function parsePartialDate(text: string): PartialDate {
  if (!PARTIAL_DATE_PATTERN.test(text)) {
    throw new PartialDateError(
      text,
      'write a year, year-month or full date, like 1926, 2025-03 or 2025-10-18',
    );
  }
  // The pattern leaves three shapes, told apart by length: YYYY, YYYY-MM, YYYY-MM-DD.
  // Read digit by digit: a story's dates are parsed on the way to its first paint,
  // thousands of them, and splitting strings there showed in profiles.
  const year = digitsAt(text, 0, 4);
  if (text.length === 4) return { year, precision: 'year' };
  const month = digitsAt(text, 5, 2);
  if (text.length === 7) return { year, month, precision: 'month' };
  const day = digitsAt(text, 8, 2);
  if (day > daysInMonth(year, month)) {
    throw new PartialDateError(
      text,
      `month ${month} of ${year} has ${daysInMonth(year, month)} days`,
    );
  }
  return { year, month, day, precision: 'day' };
}

/** Like {@link parsePartialDate} but returns `undefined` instead of throwing. */
export function tryParsePartialDate(text: string): PartialDate | undefined {
  try {
    return parsePartialDate(text);
  } catch {
    return undefined;
  }
}

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
function utcTime(year: number, monthIndex: number, day: number): number {
  return daysFromCivil(year, monthIndex, day) * DAY_MS;
}

/** The first instant the partial date covers (UTC), in milliseconds since the epoch. */
export function startTime(date: PartialDate): number {
  return utcTime(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The first instant after the partial date (UTC), in milliseconds since the epoch. */
export function endTime(date: PartialDate): number {
  if (date.precision === 'year') return utcTime(date.year + 1, 0, 1);
  if (date.precision === 'month') return utcTime(date.year, date.month ?? 1, 1);
  return utcTime(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + 1);
}

/** The first instant the partial date covers (UTC). */
export function startOf(date: PartialDate): Date {
  return new Date(startTime(date));
}

/** The first instant after the partial date (UTC): exclusive end of its span. */
export function endOf(date: PartialDate): Date {
  return new Date(endTime(date));
}

/** Orders precisions at one instant: a year before the months inside it, a month before its days. */
export const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = {
  year: 0,
  month: 1,
  day: 2,
};

/**
 * Orders two partial dates by the instant each begins; a year sorts before the
 * months inside it, a month before its days.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byStart = startTime(a) - startTime(b);
  if (byStart !== 0) return byStart;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/**
 * Formats a partial date at its own precision with `Intl`, so no locale data
 * has to ship: "1926", "2025年3月" / "Mar 2025", "2025年10月18日" / "18 Oct 2025".
 */
export function formatPartialDate(date: PartialDate, locale: string): string {
  // The calendar Intl formats has no year 0: ISO's year 0000 is 1 BC, and
  // without its era it would read "1", like the year 0001 after it.
  return dateFormatter(locale, date.precision, date.year < 1).format(startTime(date));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and precision: creating them is the costly part. */
function dateFormatter(
  locale: string,
  precision: DatePrecision,
  withEra: boolean,
): Intl.DateTimeFormat {
  const key = `${locale}|${precision}|${withEra}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (precision !== 'year') options.month = 'short';
    if (precision === 'day') options.day = 'numeric';
    if (withEra) options.era = 'short';
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats a span: a single date when `end` is absent, otherwise both ends
 * joined by the locale's range format ("2022–2027", "2025年3月至2026年12月").
 */
export function formatPartialDateRange(
  start: PartialDate,
  end: PartialDate | undefined,
  locale: string,
): string {
  if (!end) return formatPartialDate(start, locale);
  const startText = formatPartialDate(start, locale);
  const endText = formatPartialDate(end, locale);
  if (startText === endText) return startText;
  return `${startText}–${endText}`;
}
