/**
 * Proposing the date a date mention gives (see `date-mentions.ts`), for
 * `npm run draft` and the studio: at the precision the text states ("in
 * February 2014" is a month, "1926年" a year), relative expressions ("去年",
 * "last year", "в прошлом году", "the 20th anniversary") resolved against the
 * dateline with the basis written out in every interface language, and
 * `planned` when the date lies after the dateline. A proposal is for an editor
 * to confirm; where the text cannot be resolved without reading it ("since
 * then", "此前") there is no proposal, never a guess.
 *
 * @module
 */
import type { DateMention } from './date-mentions.js';
import {
  endTime,
  formatPartialDate,
  startTime,
  type DatePrecision,
  type PartialDate,
} from './partial-date.js';
import type { TextLanguage } from './story-schema.js';

/** A text in each interface language: how a date was worked out. */
export type DateBasis = Readonly<Record<TextLanguage, string>>;

/** The date a mention is proposed to give an event. */
export interface DateProposal {
  /** The mention the date was read from. */
  readonly mention: DateMention;
  /** A partial date (`"2014"`, `"2014-02"`, `"2014-02-24"`) at the precision the text gives. */
  readonly start: string;
  /** The end of a range the text states ("2022—2027年", "the past three years"). */
  readonly end?: string;
  readonly precision: DatePrecision;
  /** Whether the date lies after the dateline (or the text says it is still to come). */
  readonly planned: boolean;
  /** How the date was worked out, when the text does not state it outright. */
  readonly basis?: DateBasis;
}

/** What a proposal is made against. */
export interface DateProposalContext {
  /** The source's dateline. */
  readonly dateline: PartialDate;
  /** The source's language, which decides how its dates are written. */
  readonly language: TextLanguage;
  /**
   * The sentence the mention stands in: a month without its year takes the
   * year stated earlier in it, an anniversary the year it is celebrated in.
   */
  readonly sentence?: { readonly start: number; readonly end: number };
  /** The other mentions of the source (or of the sentence), in reading order. */
  readonly mentions?: readonly DateMention[];
}

/** What a relative expression means, relative to the dateline. */
type Relative =
  | { readonly unit: 'year' | 'month'; readonly offset: number; readonly planned?: boolean }
  | { readonly unit: 'near'; readonly planned: boolean };

/** Relative expressions that are resolved against the dateline, by language (lower case). */
const RELATIVE: Readonly<Record<TextLanguage, Readonly<Record<string, Relative>>>> = {
  zh: {
    今年: { unit: 'year', offset: 0 },
    去年: { unit: 'year', offset: -1 },
    明年: { unit: 'year', offset: 1 },
    前年: { unit: 'year', offset: -2 },
    后年: { unit: 'year', offset: 2 },
    本月: { unit: 'month', offset: 0 },
    上月: { unit: 'month', offset: -1 },
    下月: { unit: 'month', offset: 1 },
    近期: { unit: 'near', planned: false },
    近日: { unit: 'near', planned: false },
    日前: { unit: 'near', planned: false },
    即将: { unit: 'near', planned: true },
  },
  en: {
    'this year': { unit: 'year', offset: 0 },
    'earlier this year': { unit: 'year', offset: 0 },
    'later this year': { unit: 'year', offset: 0, planned: true },
    'last year': { unit: 'year', offset: -1 },
    'next year': { unit: 'year', offset: 1 },
    'this month': { unit: 'month', offset: 0 },
    'last month': { unit: 'month', offset: -1 },
    'next month': { unit: 'month', offset: 1 },
    recently: { unit: 'near', planned: false },
    soon: { unit: 'near', planned: true },
    upcoming: { unit: 'near', planned: true },
    forthcoming: { unit: 'near', planned: true },
  },
  ru: {
    'в этом году': { unit: 'year', offset: 0 },
    'в прошлом году': { unit: 'year', offset: -1 },
    'в следующем году': { unit: 'year', offset: 1 },
    'в ближайшее время': { unit: 'near', planned: true },
    'в скором времени': { unit: 'near', planned: true },
    недавно: { unit: 'near', planned: false },
  },
};

/** Russian "предстоящий" in any form: upcoming. */
const RU_UPCOMING = 'предстоящ';

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

/** ASCII digits for full-width ones, so one pattern reads both. */
const asciiDigits = (text: string): string =>
  text.replace(/[０-９]/g, (char) => String(char.charCodeAt(0) - 0xff10));

const CHINESE_NUMERALS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A number written in digits or Chinese numerals up to 999 ("二十", "一百", "30"). */
export function readCount(text: string): number | undefined {
  const digits = /[0-9]+/.exec(asciiDigits(text));
  if (digits) return Number(digits[0]);
  let total = 0;
  let pending = 0;
  let seen = false;
  for (const char of text) {
    const digit = CHINESE_NUMERALS[char];
    if (digit !== undefined) {
      pending = digit;
      seen = true;
    } else if (char === '十' || char === '百') {
      total += (pending === 0 ? 1 : pending) * (char === '十' ? 10 : 100);
      pending = 0;
      seen = true;
    }
  }
  return seen ? total + pending : undefined;
}

const EN_COUNTS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** A partial date as the story format writes it. */
export function formatIsoPartialDate(date: PartialDate): string {
  const year = pad(date.year, 4);
  if (date.precision === 'year' || date.month === undefined) return year;
  const month = `${year}-${pad(date.month, 2)}`;
  return date.precision === 'month' || date.day === undefined
    ? month
    : `${month}-${pad(date.day, 2)}`;
}

const yearDate = (year: number): PartialDate => ({ year, precision: 'year' });

/** A month `offset` months from the dateline's month. */
function monthFrom(dateline: PartialDate, offset: number): PartialDate {
  const index = dateline.year * 12 + (dateline.month ?? 1) - 1 + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, precision: 'month' };
}

/** Whether a date lies wholly after the dateline: the start of its span is past the dateline's. */
export function isAfterDateline(date: PartialDate, dateline: PartialDate): boolean {
  return startTime(date) >= endTime(dateline);
}

/** A date in words in an interface language: "18 Oct 2025", "2025年10月18日". */
const inWords = (date: PartialDate, language: TextLanguage): string =>
  formatPartialDate(date, language === 'en' ? 'en-GB' : language);

/** How a relative date relates to the dateline, in each language, with the dateline inserted. */
function relationToDateline(relative: Relative, dateline: PartialDate): DateBasis {
  const en = inWords(dateline, 'en');
  const zh = inWords(dateline, 'zh');
  const ru = inWords(dateline, 'ru');
  if (relative.unit === 'near') {
    return relative.planned
      ? {
          en: `still to come at the dateline (${en}); the text gives no date, so its year`,
          zh: `发稿日期（${zh}）之后不久；原文未给出具体日期，记为当年`,
          ru: `ещё предстоит на дату публикации (${ru}); точной даты в тексте нет, поэтому её год`,
        }
      : {
          en: `shortly before the dateline (${en}); the text gives no date, so its year`,
          zh: `发稿日期（${zh}）之前不久；原文未给出具体日期，记为当年`,
          ru: `незадолго до даты публикации (${ru}); точной даты в тексте нет, поэтому её год`,
        };
  }
  const { unit, offset } = relative;
  const count = Math.abs(offset);
  if (offset === 0) {
    return unit === 'year'
      ? {
          en: `the year of the dateline (${en})`,
          zh: `发稿日期（${zh}）当年`,
          ru: `год публикации (${ru})`,
        }
      : {
          en: `the month of the dateline (${en})`,
          zh: `发稿日期（${zh}）当月`,
          ru: `месяц публикации (${ru})`,
        };
  }
  const before = offset < 0;
  const units = {
    en: `${count} ${unit}${count === 1 ? '' : 's'}`,
    zh: `${count}${unit === 'year' ? '年' : '个月'}`,
    ru: `${count} ${unit === 'year' ? (count === 1 ? 'год' : 'года') : count === 1 ? 'месяц' : 'месяца'}`,
  };
  return {
    en: `${units.en} ${before ? 'before' : 'after'} the dateline (${en})`,
    zh: `发稿日期（${zh}）的${before ? '前' : '后'}${units.zh}`,
    ru: `${before ? 'за' : 'через'} ${units.ru} ${before ? 'до' : 'после'} даты публикации (${ru})`,
  };
}

/** The basis of a relative date in every language: the words, their relation to the dateline, the result. */
function relativeBasis(
  words: string,
  relative: Relative,
  result: PartialDate,
  dateline: PartialDate,
): DateBasis {
  const relation = relationToDateline(relative, dateline);
  return {
    en: `“${words}”: ${relation.en} → ${inWords(result, 'en')}.`,
    zh: `原文“${words}”：${relation.zh}，即${inWords(result, 'zh')}。`,
    ru: `«${words}»: ${relation.ru} → ${inWords(result, 'ru')}.`,
  };
}

function lookUpRelative(text: string, language: TextLanguage): Relative | undefined {
  const key = text.toLowerCase();
  const found = RELATIVE[language][key];
  if (found) return found;
  if (language === 'ru' && key.startsWith(RU_UPCOMING)) return { unit: 'near', planned: true };
  return undefined;
}

function proposeRelative(
  mention: DateMention,
  context: DateProposalContext,
): DateProposal | undefined {
  const relative = lookUpRelative(mention.text, context.language);
  if (!relative) return undefined; // "since then", "此前": resolved by reading, not by the dateline
  const { dateline } = context;
  let date: PartialDate;
  if (relative.unit === 'year') date = yearDate(dateline.year + relative.offset);
  else if (relative.unit === 'month') date = monthFrom(dateline, relative.offset);
  else date = yearDate(dateline.year);
  const planned =
    (relative.unit === 'near' ? relative.planned : (relative.planned ?? false)) ||
    isAfterDateline(date, dateline);
  return {
    mention,
    start: formatIsoPartialDate(date),
    precision: date.precision,
    planned,
    basis: relativeBasis(mention.text, relative, date, dateline),
  };
}

/** The years stated outright in the sentence before `offset`, nearest last. */
function statedYearsBefore(offset: number, context: DateProposalContext): number[] {
  const from = context.sentence?.start ?? 0;
  return (context.mentions ?? [])
    .filter((other) => other.year !== undefined && other.start >= from && other.end <= offset)
    .map((other) => other.year ?? 0);
}

/** The first year stated outright in the sentence, wherever it stands. */
function statedYearIn(context: DateProposalContext): number | undefined {
  const { sentence } = context;
  return (context.mentions ?? []).find(
    (other) =>
      other.year !== undefined &&
      (!sentence || (other.start >= sentence.start && other.end <= sentence.end)),
  )?.year;
}

function anniversaryCount(text: string): number | undefined {
  if (/centenar|centennial|столети/i.test(text)) return 100;
  return readCount(text);
}

function proposeAnniversary(
  mention: DateMention,
  context: DateProposalContext,
): DateProposal | undefined {
  const count = anniversaryCount(mention.text);
  if (count === undefined) return undefined;
  const stated = statedYearIn(context);
  const celebrated = stated ?? context.dateline.year;
  const origin = yearDate(celebrated - count);
  const when = stated === undefined ? 'the dateline’s year' : 'the year the text gives';
  const whenZh = stated === undefined ? '发稿年份' : '原文所述年份';
  const whenRu = stated === undefined ? 'год публикации' : 'год, названный в тексте';
  return {
    mention,
    start: formatIsoPartialDate(origin),
    precision: 'year',
    planned: isAfterDateline(origin, context.dateline),
    basis: {
      en: `“${mention.text}” in ${celebrated} (${when}) → ${origin.year}.`,
      zh: `原文“${mention.text}”：${celebrated}年（${whenZh}）往前推${count}年，即${origin.year}年。`,
      ru: `«${mention.text}» в ${celebrated} г. (${whenRu}) → ${origin.year} г.`,
    },
  };
}

/** "the past three years", "近三年", "за последние 5 лет": the span up to the dateline. */
function proposePeriod(
  mention: DateMention,
  context: DateProposalContext,
): DateProposal | undefined {
  const text = mention.text.toLowerCase();
  // "过去几十年", "the past few years", "несколько лет": no number to count back.
  if (/几|数|few|several|many|несколь/.test(text)) return undefined;
  const word = /\b(two|three|four|five|six|seven|eight|nine|ten)\b/.exec(text)?.[1];
  const count = word
    ? EN_COUNTS[word]
    : readCount(text.replace(/[^0-9０-９一二两三四五六七八九十百]/g, ''));
  if (count === undefined || count === 0 || !/year|年|год|лет/.test(text)) return undefined;
  const { dateline } = context;
  const start = yearDate(dateline.year - count);
  const end = yearDate(dateline.year);
  return {
    mention,
    start: formatIsoPartialDate(start),
    end: formatIsoPartialDate(end),
    precision: 'year',
    planned: false,
    basis: {
      en: `“${mention.text}”: the ${count} years up to the dateline, ${inWords(dateline, 'en')} → ${start.year}–${end.year}.`,
      zh: `原文“${mention.text}”：截至发稿日期${inWords(dateline, 'zh')}的${count}年，即${start.year}—${end.year}年。`,
      ru: `«${mention.text}»: ${count} лет до даты публикации (${inWords(dateline, 'ru')}) → ${start.year}–${end.year} гг.`,
    },
  };
}

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

function proposeStated(
  source: string,
  mention: DateMention,
  context: DateProposalContext,
): DateProposal | undefined {
  const year = mention.year;
  if (year === undefined) return undefined;
  if (mention.kind === 'date') {
    const [, month, day] = mention.text.split('-').map(Number);
    return stated(mention, dateFrom(year, withDay(month ?? 0, String(day))), undefined, context);
  }
  if (/s$/i.test(mention.text) && context.language === 'en') {
    // A decade, "the 1990s": its first and last years.
    const first = yearDate(year - (year % 10));
    return stated(mention, first, yearDate(first.year + 9), context);
  }
  const endYear = rangeEndAfter(source, mention);
  const date = dateFrom(year, monthDayAround(source, mention, context.language));
  return stated(mention, date, endYear === undefined ? undefined : yearDate(endYear), context);
}

function stated(
  mention: DateMention,
  date: PartialDate,
  end: PartialDate | undefined,
  context: DateProposalContext,
): DateProposal {
  return {
    mention,
    start: formatIsoPartialDate(date),
    ...(end ? { end: formatIsoPartialDate(end) } : {}),
    precision: date.precision,
    planned: isAfterDateline(date, context.dateline),
  };
}

/** A month (and day) written without its year: "10月18日", "October 18". */
function proposeMonth(
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
      return stated(mention, dateFrom(Number(followingYear), monthDay), undefined, context);
    }
    const day = /[0-9]{1,2}/.exec(text)?.[0];
    monthDay = withDay(EN_MONTHS.indexOf(name.toLowerCase()) + 1, day);
  }
  if (!monthDay) return undefined;
  const earlier = statedYearsBefore(mention.start, context).at(-1);
  const year = earlier ?? context.dateline.year;
  const date = dateFrom(year, monthDay);
  const proposal = stated(mention, date, undefined, context);
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

/**
 * The date `mention` gives, as a proposal for an editor, or `undefined` when
 * the text must be read to date it ("since then", "此前", "近年来").
 */
export function proposeDate(
  source: string,
  mention: DateMention,
  context: DateProposalContext,
): DateProposal | undefined {
  switch (mention.kind) {
    case 'year':
    case 'date':
      return proposeStated(source, mention, context);
    case 'month':
      return proposeMonth(source, mention, context);
    case 'relative':
      return proposeRelative(mention, context);
    case 'anniversary':
      return proposeAnniversary(mention, context);
    case 'period':
      return proposePeriod(mention, context);
  }
}
