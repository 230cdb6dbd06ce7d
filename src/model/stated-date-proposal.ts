/**
 * Proposals for the dates a text states outright, at the precision it gives
 * them: a year ("1926年", "in 2014"), with its month and day where they are
 * written beside it ("2025年3月", "18 October 2025", "29 октября 1998 года"),
 * a range ("2022—2027年"), a decade ("the 1990s"), or a month whose year is
 * stated earlier in the sentence or, failing that, is the dateline's.
 *
 * @module
 */
import type { DateMention } from './date-mentions.js';
import type { PartialDate } from './partial-date.js';
import {
  asciiDigits,
  proposalFor,
  statedYearsBefore,
  yearDate,
  type DateProposal,
  type DateProposalContext,
} from './proposed-date.js';
import type { TextLanguage } from './story-schema.js';

const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const EN_MONTH = `(${EN_MONTHS.join('|')})`;

/** Russian month stems: "октябр" reads октября (of October), октябре (in October), октябрь. */
const RU_MONTH_STEMS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];
const RU_MONTH = `(январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])`;

const ruMonthNumber = (word: string): number =>
  RU_MONTH_STEMS.findIndex((stem, index) =>
    index === 4 ? /^ма[йяе]$/.test(word) : word.startsWith(stem),
  ) + 1;

/** Where a month (and day) written next to a year says the date is more precise than the year. */
interface MonthDay {
  readonly month: number;
  readonly day?: number;
}

/** Reads the month and day around an explicit year: "18 October 2025", "2025年10月18日", "29 октября 1998 года". */
function monthDayAround(
  source: string,
  mention: DateMention,
  language: TextLanguage,
): MonthDay | undefined {
  if (language === 'zh') {
    const after = asciiDigits(source.slice(mention.end, mention.end + 12));
    const match = /^\s*([0-9]{1,2})\s*月(?:\s*([0-9]{1,2})\s*[日号])?/.exec(after);
    return match ? withDay(Number(match[1]), match[2]) : undefined;
  }
  const before = source.slice(Math.max(0, mention.start - 24), mention.start);
  if (language === 'en') {
    const dayFirst = new RegExp(`(?:\\b([0-9]{1,2})\\s+)?\\b${EN_MONTH},?\\s*$`, 'i').exec(before);
    if (dayFirst?.[2])
      return withDay(EN_MONTHS.indexOf(dayFirst[2].toLowerCase()) + 1, dayFirst[1]);
    const monthFirst = new RegExp(
      `\\b${EN_MONTH}\\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\\s*$`,
      'i',
    ).exec(before);
    if (monthFirst?.[1]) {
      return withDay(EN_MONTHS.indexOf(monthFirst[1].toLowerCase()) + 1, monthFirst[2]);
    }
    return undefined;
  }
  const match = new RegExp(`(?:([0-9]{1,2})\\s*)?${RU_MONTH}\\s*$`, 'iu').exec(before);
  if (!match?.[2]) return undefined;
  return withDay(ruMonthNumber(match[2].toLowerCase()), match[1]);
}

function withDay(month: number, day: string | undefined): MonthDay | undefined {
  if (month < 1 || month > 12) return undefined;
  const dayNumber = day === undefined ? undefined : Number(day);
  return dayNumber !== undefined && dayNumber >= 1 && dayNumber <= 31
    ? { month, day: dayNumber }
    : { month };
}

/** The year a range ends with, right after its first year: "2022—2027年", "2022–2027", "2004-2006 гг.". */
function rangeEndAfter(source: string, mention: DateMention): number | undefined {
  const after = asciiDigits(source.slice(mention.end, mention.end + 16));
  const match = /^\s*(?:[—–―\-－~～至到]|to|until)\s*([0-9]{4})(?![0-9])/.exec(after);
  return match ? Number(match[1]) : undefined;
}

function dateFrom(year: number, monthDay: MonthDay | undefined): PartialDate {
  if (!monthDay) return yearDate(year);
  if (monthDay.day === undefined) return { year, month: monthDay.month, precision: 'month' };
  return { year, month: monthDay.month, day: monthDay.day, precision: 'day' };
}

export function proposeStated(
  source: string,
  mention: DateMention,
  context: DateProposalContext,
): DateProposal | undefined {
  const year = mention.year;
  if (year === undefined) return undefined;
  if (mention.kind === 'date') {
    const [, month, day] = mention.text.split('-').map(Number);
    return proposalFor(
      mention,
      dateFrom(year, withDay(month ?? 0, String(day))),
      undefined,
      context,
    );
  }
  if (/s$/i.test(mention.text) && context.language === 'en') {
    // A decade, "the 1990s": its first and last years.
    const first = yearDate(year - (year % 10));
    return proposalFor(mention, first, yearDate(first.year + 9), context);
  }
  const endYear = rangeEndAfter(source, mention);
  const date = dateFrom(year, monthDayAround(source, mention, context.language));
  return proposalFor(mention, date, endYear === undefined ? undefined : yearDate(endYear), context);
}

/** A month (and day) written without its year: "10月18日", "October 18". */
export function proposeMonth(
  source: string,
  mention: DateMention,
  context: DateProposalContext,
): DateProposal | undefined {
  const text = asciiDigits(mention.text);
  let monthDay: MonthDay | undefined;
  if (context.language === 'zh') {
    const month = /([0-9]{1,2})\s*月/.exec(text)?.[1];
    const day = /^\s*([0-9]{1,2})\s*[日号]/.exec(
      asciiDigits(source.slice(mention.end, mention.end + 6)),
    )?.[1];
    monthDay = month === undefined ? undefined : withDay(Number(month), day);
  } else {
    const name = new RegExp(EN_MONTH, 'i').exec(text)?.[1] ?? '';
    const followingYear = /^\s*,?\s*([0-9]{4})(?![0-9])/.exec(
      source.slice(mention.end, mention.end + 8),
    )?.[1];
    if (followingYear !== undefined) {
      // "18 October 2025": the year is its own mention, read with this month there.
      const day = /[0-9]{1,2}/.exec(text)?.[0];
      const monthDay = withDay(EN_MONTHS.indexOf(name.toLowerCase()) + 1, day);
      return proposalFor(mention, dateFrom(Number(followingYear), monthDay), undefined, context);
    }
    const day = /[0-9]{1,2}/.exec(text)?.[0];
    monthDay = withDay(EN_MONTHS.indexOf(name.toLowerCase()) + 1, day);
  }
  if (!monthDay) return undefined;
  const earlier = statedYearsBefore(mention.start, context).at(-1);
  const year = earlier ?? context.dateline.year;
  const date = dateFrom(year, monthDay);
  const proposal = proposalFor(mention, date, undefined, context);
  if (earlier !== undefined) return proposal;
  return {
    ...proposal,
    basis: {
      en: `“${mention.text}” gives no year: the dateline’s, ${context.dateline.year}.`,
      zh: `原文“${mention.text}”未写年份，取发稿年份${context.dateline.year}年。`,
      ru: `«${mention.text}» без года: год публикации, ${context.dateline.year}.`,
    },
  };
}
