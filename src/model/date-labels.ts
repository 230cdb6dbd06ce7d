/**
 * Dates in words, in the reader's language, at the precision the source
 * gives and with its doubts shown: "1926", "Mar 2025", "c. 1920" / "约1920年" /
 * "ок. 1920 г.", "1920?", "1990s" / "20世纪90年代" / "1990-е", "44 BC" /
 * "公元前44年" / "44 г. до н. э.", "since 2022" / "2022年至今" / "с 2022 г.".
 * The calendar part is `Intl.DateTimeFormat`'s text (calendar-text.ts writes it
 * out for the three interface languages, any other locale asks `Intl`); the few
 * words around it are here, for the same three languages (others read English).
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
import { calendarText } from './calendar-text.js';
import { datesOfEvent } from './event-dates.js';
import { yearRange } from './partial-date.js';

type Words = 'en' | 'zh' | 'ru';

const wordsOf = (locale: string): Words =>
  locale.startsWith('zh') ? 'zh' : locale.startsWith('ru') ? 'ru' : 'en';

const SEASONS: Readonly<Record<Words, readonly string[]>> = {
  en: ['spring', 'summer', 'autumn', 'winter'],
  zh: ['春', '夏', '秋', '冬'],
  ru: ['весна', 'лето', 'осень', 'зима'],
};

/** Russian writes "г." after a bare year in running text: "ок. 1920 г.", "с 2022 г.". */
const withRussianYear = (text: string, words: Words): string =>
  words === 'ru' && /[0-9]$/.test(text) ? `${text} г.` : text;

/** A decade or century of X digits: "1990s" / "20世纪90年代" / "1990-е"; before AD 1 its years. */
function unspecifiedYearsText(date: PartialDate, precision: DatePrecision, locale: string): string {
  const { first, last } = yearRange(date);
  const words = wordsOf(locale);
  if (first < 1) {
    return `${calendarText(first, undefined, undefined, locale)}–${calendarText(last, undefined, undefined, locale)}`;
  }
  if (words === 'ru') return `${first}-е`;
  if (words === 'en') return `${first}s`;
  if (precision === 'decade') {
    return `${Math.floor(first / 100) + 1}世纪${String(first % 100).padStart(2, '0')}年代`;
  }
  return `${first}年代`;
}

/** The calendar part of a date, before its qualifiers. */
function plainText(date: PartialDate, locale: string): string {
  const words = wordsOf(locale);
  if (date.precision === 'decade' || date.precision === 'century') {
    return unspecifiedYearsText(date, date.precision, locale);
  }
  if (date.season !== undefined) {
    const season = SEASONS[words][date.season - 21] ?? '';
    const year = calendarText(date.year, undefined, undefined, locale);
    return words === 'zh' ? `${year}${season}` : `${season} ${withRussianYear(year, words)}`;
  }
  return calendarText(date.year, date.month, date.day, locale);
}

/**
 * Formats a partial date at its own precision, with "c." for an approximate
 * date and "?" for an uncertain one: "1926", "2025年3月" / "Mar 2025",
 * "c. 1920", "约1920年", "ок. 1920 г.", "1920?", "1990s", "44 BC".
 */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const words = wordsOf(locale);
  let text = plainText(date, locale);
  if (!date.approximate && !date.uncertain) return text;
  text = withRussianYear(text, words);
  if (date.approximate)
    text = words === 'zh' ? `约${text}` : words === 'ru' ? `ок. ${text}` : `c. ${text}`;
  return date.uncertain ? `${text}?` : text;
}

const UNKNOWN = '?';

/** One end of a span in words: a date, or "?" when unknown. */
const boundText = (bound: DateBound, locale: string): string =>
  isDate(bound) ? formatPartialDate(bound, locale) : UNKNOWN;

/**
 * Formats an event's dates: one date, both ends joined by a dash
 * ("2022–2027", "2025年3月–2026年12月"), or an open end: "since 2022" /
 * "2022年至今" / "с 2022 г.", "until 1930" / "1930年以前" / "до 1930 г.".
 */
export function formatEventDates(dates: EventDates, locale: string): string {
  const { start, end } = dates;
  if (end === undefined) return boundText(start, locale);
  const words = wordsOf(locale);
  if (isDate(start) && !isDate(end) && end.bound === 'open') {
    const from = formatPartialDate(start, locale);
    return words === 'zh'
      ? `${from}至今`
      : words === 'ru'
        ? `с ${withRussianYear(from, words)}`
        : `since ${from}`;
  }
  if (isDate(end) && !isDate(start) && start.bound === 'open') {
    const to = formatPartialDate(end, locale);
    return words === 'zh'
      ? `${to}以前`
      : words === 'ru'
        ? `до ${withRussianYear(to, words)}`
        : `until ${to}`;
  }
  const startText = boundText(start, locale);
  const endText = boundText(end, locale);
  if (startText === endText) return startText;
  return `${startText}–${endText}`;
}

/**
 * Formats a span: a single date when `end` is absent, otherwise both ends
 * joined by a dash ("2022–2027"); an open end reads "since 2022".
 */
export function formatPartialDateRange(
  start: PartialDate,
  end: DateBound | undefined,
  locale: string,
): string {
  return formatEventDates(end === undefined ? { start } : { start, end }, locale);
}

/**
 * An event's dates in words, from its `start` and `end` as the story writes
 * them; the start as written when the dates do not parse (a story that has not
 * passed validation, shown as it is).
 */
export function eventDateLabel(
  event: { readonly start: string; readonly end?: string },
  locale: string,
): string {
  try {
    return formatEventDates(datesOfEvent(event), locale);
  } catch {
    return event.start;
  }
}
