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

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one. setUTCFullYear, unlike
  // Date.UTC, does not read years 0-99 as 1900-1999 (so 0000-02-29 exists: year 0
  // is a leap year, 1900 is not).
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
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
  const [yearText, monthText, dayText] = text.split('-');
  const year = Number(yearText);
  if (monthText === undefined) return { year, precision: 'year' };
  const month = Number(monthText);
  if (dayText === undefined) return { year, month, precision: 'month' };
  const day = Number(dayText);
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

function utc(year: number, monthIndex: number, day: number): Date {
  const date = new Date(Date.UTC(year, monthIndex, day));
  // Date.UTC reads years 0-99 as 1900-1999; undo that after months and days
  // have overflowed into the right year.
  if (year >= 0 && year < 100) date.setUTCFullYear(date.getUTCFullYear() - 1900);
  return date;
}

/** The first instant the partial date covers (UTC). */
export function startOf(date: PartialDate): Date {
  return utc(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The first instant after the partial date (UTC): exclusive end of its span. */
export function endOf(date: PartialDate): Date {
  if (date.precision === 'year') return utc(date.year + 1, 0, 1);
  if (date.precision === 'month') return utc(date.year, date.month ?? 1, 1);
  return utc(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + 1);
}

/**
 * Orders two partial dates by the instant each begins; a year sorts before the
 * months inside it, a month before its days.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byStart = startOf(a).getTime() - startOf(b).getTime();
  if (byStart !== 0) return byStart;
  const rank: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
  return rank[a.precision] - rank[b.precision];
}

/**
 * Formats a partial date at its own precision with `Intl`, so no locale data
 * has to ship: "1926", "2025年3月" / "Mar 2025", "2025年10月18日" / "18 Oct 2025".
 */
export function formatPartialDate(date: PartialDate, locale: string): string {
  return dateFormatter(locale, date.precision).format(startOf(date));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and precision: creating them is the costly part. */
function dateFormatter(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (precision !== 'year') options.month = 'short';
    if (precision === 'day') options.day = 'numeric';
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
