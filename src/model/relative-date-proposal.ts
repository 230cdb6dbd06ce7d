/**
 * Proposals for relative dates, resolved against the dateline with the basis
 * written out in zh, en and ru: "去年" / "last year" / "в прошлом году", "soon",
 * anniversaries ("20周年", "the 20th anniversary", "20-летие") and counted
 * periods ("the past three years"). Expressions that refer to another date of
 * the text ("since then", "此前") are not listed: they get no proposal.
 *
 * @module
 */
import type { DateMention } from './date-mentions.js';
import type { PartialDate } from './partial-date.js';
import {
  asciiDigits,
  formatIsoPartialDate,
  inWords,
  isAfterDateline,
  statedYearIn,
  yearDate,
  type DateBasis,
  type DateProposal,
  type DateProposalContext,
} from './proposed-date.js';
import type { TextLanguage } from './story-schema.js';

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

/** A month `offset` months from the dateline's month. */
function monthFrom(dateline: PartialDate, offset: number): PartialDate {
  const index = dateline.year * 12 + (dateline.month ?? 1) - 1 + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, precision: 'month' };
}

/** "一年", "两年" read better than "1年", "2年"; larger counts stay in digits. */
const ZH_SMALL_COUNTS: Readonly<Record<number, string>> = { 1: '一', 2: '两' };

/** Russian noun forms after a number: one, two to four, five and more (год, года, лет). */
type RussianForms = readonly [string, string, string];
const RU_YEARS: RussianForms = ['год', 'года', 'лет'];
const RU_MONTHS: RussianForms = ['месяц', 'месяца', 'месяцев'];

/** "год", "3 года", "5 лет", "21 год": a count with its noun, as Russian agrees them ("год" alone for one). */
function russianCount(count: number, [one, few, many]: RussianForms): string {
  if (count === 1) return one;
  const lastTwo = count % 100;
  const last = count % 10;
  const form =
    lastTwo >= 11 && lastTwo <= 14 ? many : last === 1 ? one : last >= 2 && last <= 4 ? few : many;
  return `${count} ${form}`;
}

/** Ends a basis with a full stop, unless the date already ends with one ("сент. 2025 г."). */
const finished = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

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
    zh: `${ZH_SMALL_COUNTS[count] ?? count}${unit === 'year' ? '年' : '个月'}`,
    ru: russianCount(count, unit === 'year' ? RU_YEARS : RU_MONTHS),
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
    en: finished(`“${words}”: ${relation.en} → ${inWords(result, 'en')}`),
    zh: `原文“${words}”：${relation.zh}，即${inWords(result, 'zh')}。`,
    ru: finished(`«${words}»: ${relation.ru} → ${inWords(result, 'ru')}`),
  };
}

function lookUpRelative(text: string, language: TextLanguage): Relative | undefined {
  const key = text.toLowerCase();
  const found = RELATIVE[language][key];
  if (found) return found;
  if (language === 'ru' && key.startsWith(RU_UPCOMING)) return { unit: 'near', planned: true };
  return undefined;
}

export function proposeRelative(
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

function anniversaryCount(text: string): number | undefined {
  if (/centenar|centennial|столети/i.test(text)) return 100;
  return readCount(text);
}

export function proposeAnniversary(
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
export function proposePeriod(
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
      ru: `«${mention.text}»: за ${russianCount(count, RU_YEARS)} до даты публикации (${inWords(dateline, 'ru')}) → ${start.year}–${end.year} гг.`,
    },
  };
}
