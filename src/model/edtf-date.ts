/**
 * Dates as historians write them, in the Extended Date/Time Format (EDTF,
 * ISO 8601-2) levels 0 and 1: a year, month or day (`1926`, `2025-03`,
 * `2025-10-18`), years before 1000 and BCE as astronomical years (`0622`,
 * `-0043` for 44 BC), approximate `~`, uncertain `?` or both `%`, unspecified
 * digits (`199X`, `19XX`, `2025-XX`, `1985-04-XX`), seasons (`2001-21`), and
 * intervals with open or unknown ends (`2022/..`, `1984~/2004-06`, `/1930`).
 *
 * Our own small parser, read character by character (a story's dates are
 * parsed on the way to its first paint, thousands of them), tested against the
 * `edtf` package as the oracle (`edtf-date.test.ts`). What it refuses on
 * purpose, with the rule in the message: times of day, years written with more
 * than four digits (`Y170000002`), `XXXX`, and unspecified digits in an
 * interval (the oracle refuses those at level 1 too).
 *
 * @module
 */

/** How much of a date the source states, from the widest span to the narrowest. */
export type DatePrecision = 'century' | 'decade' | 'year' | 'season' | 'month' | 'day';

/** EDTF seasons: 21 spring, 22 summer, 23 autumn, 24 winter. */
export type Season = 21 | 22 | 23 | 24;

/**
 * A parsed EDTF date. Months and days are 1-based, as written. `year` is the
 * astronomical year the digits give with every `X` read as 0 (`199X` → 1990,
 * `-0043` → -43, which is 44 BC).
 */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly season?: Season;
  readonly precision: DatePrecision;
  /** How many trailing digits of the year are `X`: 1 for `199X`, 2 for `19XX`. */
  readonly unspecifiedYearDigits?: 1 | 2;
  /** The month is written `XX` (`2025-XX`, `1985-XX-XX`). */
  readonly unspecifiedMonth?: true;
  /** The day is written `XX` (`1985-04-XX`, `1985-XX-XX`). */
  readonly unspecifiedDay?: true;
  /** `~`: the source says "about", "c.". */
  readonly approximate?: true;
  /** `?`: the source is not sure. */
  readonly uncertain?: true;
}

/** An end of an interval that is not a date: open (`..`, "since 2022") or unknown (empty). */
export interface OpenBound {
  readonly bound: 'open' | 'unknown';
}

/** One end of an event's span. */
export type DateBound = PartialDate | OpenBound;

/** An event's dates: a single date, or a span from `start` to `end`. */
export interface EventDates {
  readonly start: DateBound;
  readonly end?: DateBound;
}

/** The reason a date was refused, in words an editor understands: `"2025-13": month 13 does not exist`. */
export class PartialDateError extends Error {
  constructor(
    readonly input: string,
    readonly rule: string,
  ) {
    super(`${JSON.stringify(input)}: ${rule}`);
    this.name = 'PartialDateError';
  }
}

/** Whether an end of a span is a date (not open or unknown). */
export const isDate = (bound: DateBound | undefined): bound is PartialDate =>
  bound !== undefined && !('bound' in bound);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month of the proleptic Gregorian calendar (year 0 is a leap year, 1900 is not). */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

const ZERO = 48;
const X = 88;
const isDigit = (code: number) => code >= ZERO && code <= ZERO + 9;

/** The number written by two ASCII digits of `text` at `from`, or -1 when they are not digits. */
function twoDigits(text: string, from: number): number {
  const tens = text.charCodeAt(from);
  const units = text.charCodeAt(from + 1);
  return isDigit(tens) && isDigit(units) ? (tens - ZERO) * 10 + units - ZERO : -1;
}

const SHAPE =
  'write a year, month or day like 1926, 2025-03 or 2025-10-18 (EDTF: -0043 for 44 BC, 1920~ approximate, 1920? uncertain, 199X a decade, 2001-21 a season)';

/**
 * The rule for a date written the way a sentence writes one ("March 2019",
 * "12.03.2019"), if it is one; only asked once a date has been refused.
 */
function sentenceDateRule(text: string): string | undefined {
  if (/[A-WZa-z]/.test(text)) {
    return 'write the date in digits, year first: 2019-03 for March 2019, 2019-03-12 for 12 March 2019';
  }
  if (/[.,\s]/.test(text)) {
    return 'write the date year first, with hyphens: 2019-03-12 for 12.03.2019 or 12 03 2019';
  }
  return undefined;
}

/** Qualifier characters at the end of a date. */
const QUALIFIERS: Readonly<Record<string, Pick<PartialDate, 'approximate' | 'uncertain'>>> = {
  '~': { approximate: true },
  '?': { uncertain: true },
  '%': { approximate: true, uncertain: true },
};

/**
 * A date with its qualifier, if any. Most dates have none and are returned as
 * they are: no spread on the way to a long story's first paint.
 */
function qualify(
  date: PartialDate,
  qualifier: Pick<PartialDate, 'approximate' | 'uncertain'> | undefined,
): PartialDate {
  return qualifier ? { ...date, ...qualifier } : date;
}

/** Reads the year: four digits, the last one or two of which may be `X`, after an optional minus. */
function readYear(
  text: string,
  from: number,
): { year: number; unspecified: 0 | 1 | 2 } | { rule: string } {
  let year = 0;
  let unspecified = 0;
  for (let index = from; index < from + 4; index++) {
    const code = text.charCodeAt(index);
    if (code === X) {
      unspecified += 1;
      year *= 10;
    } else if (!isDigit(code)) {
      return { rule: `the year must have four digits (0622, not 622); ${SHAPE}` };
    } else if (unspecified > 0) {
      return { rule: 'only the last one or two digits of a year may be X, like 199X or 19XX' };
    } else year = year * 10 + code - ZERO;
  }
  if (unspecified > 2) {
    return { rule: 'only the last one or two digits of a year may be X, like 199X or 19XX' };
  }
  return { year, unspecified: unspecified as 0 | 1 | 2 };
}

/**
 * Why a month is refused, with what to write: months are 01 to 12, and a
 * full date whose "month" is a day and whose day could be the month was
 * written day first (2025-13-03 for 13 March).
 */
function noSuchMonth(month: number, yearText: string, day?: number): string {
  const two = (value: number) => String(value).padStart(2, '0');
  if (day !== undefined && day >= 1 && day <= 12 && month > 12 && month <= 31) {
    return `month ${month} does not exist: write the year, the month, then the day, like ${yearText}-${two(day)}-${two(month)}`;
  }
  return `month ${month} does not exist: months are 01 to 12, like ${yearText}-12 for December`;
}

/**
 * Parses one EDTF date (not an interval): `"1926"`, `"-0043"`, `"1920~"`,
 * `"199X"`, `"2025-XX"`, `"2001-21"`, `"2025-10-18"`.
 *
 * @throws {PartialDateError} naming the rule the text breaks: `"2025-13":
 *   month 13 does not exist`.
 */
export function parsePartialDate(text: string): PartialDate {
  const fail = (rule: string): never => {
    throw new PartialDateError(text, rule);
  };
  if (text.startsWith('Y')) {
    fail(
      'years of more than four digits (Y…) are not supported: the timeline shows years -9999 to 9999',
    );
  }
  if (text.includes('T'))
    fail('a time of day is not supported: write the day alone, like 1985-04-12');
  if (text.includes('/'))
    fail('an interval (…/…) can only be an event\'s "start", when it has no "end"');
  const negative = text.charCodeAt(0) === 45; // '-'
  const from = negative ? 1 : 0;
  const qualifier = QUALIFIERS[text.charAt(text.length - 1)];
  const length = text.length - from - (qualifier ? 1 : 0);
  if (length !== 4 && length !== 7 && length !== 10) fail(sentenceDateRule(text) ?? SHAPE);
  const read = readYear(text, from);
  if ('rule' in read) return fail(sentenceDateRule(text) ?? read.rule);
  if (negative && read.year === 0) fail('there is no year -0000: 1 BC is 0000, 2 BC is -0001');
  const year = negative ? -read.year : read.year;
  const hidden = read.unspecified;
  if (hidden !== 0) {
    if (length !== 4) fail('a year with X digits (199X) cannot have a month or day');
    if (qualifier) fail('EDTF level 1 does not mark a date with X digits approximate or uncertain');
    return {
      year,
      precision: hidden === 1 ? 'decade' : 'century',
      unspecifiedYearDigits: hidden,
    };
  }
  if (length === 4) return qualify({ year, precision: 'year' }, qualifier);
  if (text.charCodeAt(from + 4) !== 45) fail(sentenceDateRule(text) ?? SHAPE);
  const monthAt = from + 5;
  const monthX = text.charCodeAt(monthAt) === X && text.charCodeAt(monthAt + 1) === X;
  const month = monthX ? 0 : twoDigits(text, monthAt);
  if (!monthX && month < 0) fail(sentenceDateRule(text) ?? SHAPE);
  if (length === 7) {
    if (monthX) {
      if (qualifier)
        fail('EDTF level 1 does not mark a date with X digits approximate or uncertain');
      return { year, precision: 'year', unspecifiedMonth: true };
    }
    if (month >= 21 && month <= 24) {
      if (qualifier) fail('EDTF level 1 does not mark a season approximate or uncertain');
      return { year, season: month as Season, precision: 'season' };
    }
    if (month < 1 || month > 12) fail(noSuchMonth(month, text.slice(0, monthAt - 1)));
    return qualify({ year, month, precision: 'month' }, qualifier);
  }
  if (text.charCodeAt(monthAt + 2) !== 45) fail(sentenceDateRule(text) ?? SHAPE);
  const dayAt = monthAt + 3;
  const dayX = text.charCodeAt(dayAt) === X && text.charCodeAt(dayAt + 1) === X;
  const day = dayX ? 0 : twoDigits(text, dayAt);
  if (!dayX && day < 0) fail(sentenceDateRule(text) ?? SHAPE);
  if ((monthX || dayX) && qualifier) {
    fail('EDTF level 1 does not mark a date with X digits approximate or uncertain');
  }
  if (monthX) {
    if (!dayX) fail('a day cannot be given when the month is XX: write 1985-XX-XX or 1985-04-12');
    return { year, precision: 'year', unspecifiedMonth: true, unspecifiedDay: true };
  }
  const yearText = text.slice(0, monthAt - 1);
  if (month < 1 || month > 12) fail(noSuchMonth(month, yearText, dayX ? undefined : day));
  if (dayX) return { year, month, precision: 'month', unspecifiedDay: true };
  const monthText = `${yearText}-${text.slice(monthAt, monthAt + 2)}`;
  if (day < 1)
    fail(`day 00 does not exist: days start at 01; write ${monthText} for the month alone`);
  if (day > daysInMonth(year, month)) {
    const last = daysInMonth(year, month);
    fail(
      `month ${month} of ${year} has ${last} days: write ${monthText}-${last} at the latest, or ${monthText} for the month alone`,
    );
  }
  return qualify({ year, month, day, precision: 'day' }, qualifier);
}

/** Like {@link parsePartialDate} but returns `undefined` instead of throwing. */
export function tryParsePartialDate(text: string): PartialDate | undefined {
  try {
    return parsePartialDate(text);
  } catch {
    return undefined;
  }
}

/** One end of an interval: a date, `..` (open) or nothing (unknown). */
function parseBound(text: string, whole: string): DateBound {
  if (text === '..') return { bound: 'open' };
  if (text === '') return { bound: 'unknown' };
  // "03/2021": a month and year written with a slash, which EDTF reads as an interval.
  if (/^\d{1,2}$/.test(text)) {
    throw new PartialDateError(
      whole,
      `"${text}" is not a year: a slash makes an interval (2019/2021, from one date to another); write a month as 2021-03, year first`,
    );
  }
  const date = parsePartialDate(text);
  if (date.season !== undefined) {
    throw new PartialDateError(
      whole,
      'a season cannot end an interval in EDTF level 1: write the months, like 2001-03/2001-05',
    );
  }
  if (date.unspecifiedYearDigits !== undefined || date.unspecifiedMonth || date.unspecifiedDay) {
    throw new PartialDateError(
      whole,
      `a date with X digits cannot end an interval in EDTF level 1: write its first or last year (1990 or 1999 for 199X)`,
    );
  }
  return date;
}

/**
 * Parses an event's `start` and optional `end`. The start may be an EDTF
 * interval (`"2022/.."`, `"1984~/2004-06"`, `"../1930"`) when there is no end;
 * the end may be a date or `".."` (open: "since 2022" is `start: "2022", end: ".."`).
 *
 * @throws {PartialDateError} naming the value and the rule.
 */
export function parseEventDates(start: string, end?: string): EventDates {
  const slash = start.indexOf('/');
  if (slash >= 0) {
    if (end !== undefined) {
      throw new PartialDateError(
        start,
        'the start is already an interval (…/…): remove "end", or write the start as one date',
      );
    }
    const first = parseBound(start.slice(0, slash), start);
    const last = parseBound(start.slice(slash + 1), start);
    if (!isDate(first) && !isDate(last)) {
      throw new PartialDateError(
        start,
        'an interval needs a date at one end at least, like 2022/..',
      );
    }
    return { start: first, end: last };
  }
  if (start === '..' || start === '') {
    throw new PartialDateError(
      start,
      'the start must be a date; an open start is written as an interval, like ../1930',
    );
  }
  const startDate = parsePartialDate(start);
  if (end === undefined) return { start: startDate };
  if (end === '..') {
    if (!isRangeEnd(startDate)) throw intervalX(start);
    return { start: startDate, end: { bound: 'open' } };
  }
  const endDate = parseBound(end, end);
  if (!isRangeEnd(startDate)) throw intervalX(start);
  return { start: startDate, end: endDate };
}

/** Like {@link parseEventDates} but returns `undefined` instead of throwing. */
export function tryParseEventDates(start: string, end?: string): EventDates | undefined {
  try {
    return parseEventDates(start, end);
  } catch {
    return undefined;
  }
}

const isRangeEnd = (date: PartialDate) =>
  date.season === undefined &&
  date.unspecifiedYearDigits === undefined &&
  !date.unspecifiedMonth &&
  !date.unspecifiedDay;

const intervalX = (text: string) =>
  new PartialDateError(
    text,
    'a date with X digits or a season cannot begin a span in EDTF level 1: write its first year or month (1990 for 199X)',
  );

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** A date as EDTF writes it: the inverse of {@link parsePartialDate}. */
export function formatEdtfDate(date: PartialDate): string {
  const digits = pad(Math.abs(date.year), 4);
  const hidden = date.unspecifiedYearDigits ?? 0;
  let text = `${date.year < 0 ? '-' : ''}${digits.slice(0, 4 - hidden)}${'X'.repeat(hidden)}`;
  if (date.season !== undefined) return `${text}-${date.season}`;
  if (date.unspecifiedMonth) text += date.unspecifiedDay ? '-XX-XX' : '-XX';
  else if (date.month !== undefined) {
    text += `-${pad(date.month, 2)}`;
    if (date.unspecifiedDay) text += '-XX';
    else if (date.day !== undefined) text += `-${pad(date.day, 2)}`;
  }
  if (date.approximate && date.uncertain) return `${text}%`;
  if (date.approximate) return `${text}~`;
  return date.uncertain ? `${text}?` : text;
}

/** An event's dates as one EDTF string: a date, or an interval (`"2022/.."`). */
export function formatEdtfDates(dates: EventDates): string {
  const bound = (value: DateBound) =>
    isDate(value) ? formatEdtfDate(value) : value.bound === 'open' ? '..' : '';
  return dates.end === undefined ? bound(dates.start) : `${bound(dates.start)}/${bound(dates.end)}`;
}
