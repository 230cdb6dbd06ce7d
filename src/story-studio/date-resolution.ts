/**
 * A date mention turned into the date it proposes, at the precision the text
 * gives, and the basis for a date the text does not state outright. The
 * studio's stand-in until the model has proposal functions of its own (see
 * `proposals.ts`); kept to the forms the mention rules of
 * `src/model/date-mentions.ts` find.
 *
 * @module
 */
import type { DateMention } from '../model/date-mentions.js';
import type { DatePrecision } from '../model/partial-date.js';
import type { TextLanguage } from '../model/story-schema.js';
import type { Labels } from './draft-story.js';

/** How a mention was read. */
export type ResolutionRule =
  | 'explicit'
  | 'relative-year'
  | 'relative-month'
  | 'near-past'
  | 'near-future'
  | 'anniversary'
  | 'period'
  | 'month-without-year'
  | 'dateline';

/** The date a mention gives. */
export interface ResolvedDate {
  readonly start: string;
  readonly end?: string;
  readonly precision: DatePrecision;
  /** Whether the text states the year outright (no basis needed). */
  readonly explicit: boolean;
  readonly rule: ResolutionRule;
  /** Set when the words themselves say it is to come ("soon", "即将"). */
  readonly planned?: boolean;
  /** Years counted from the dateline (relative and anniversary rules). */
  readonly years?: number;
}

const pad = (value: number): string => String(value).padStart(2, '0');

const MONTHS_EN = [
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
/** Russian month names in any case: "в феврале 2014 года", "18 марта 2025". */
const MONTHS_RU = [
  /^январ/,
  /^феврал/,
  /^март/,
  /^апрел/,
  /^ма[йяе]$/,
  /^июн/,
  /^июл/,
  /^август/,
  /^сентябр/,
  /^октябр/,
  /^ноябр/,
  /^декабр/,
];

/** Relative words and the years they count from the dateline. */
const RELATIVE_YEARS: readonly [RegExp, number][] = [
  [/^(?:earlier |later )?this year$|^今年$|^в этом году$/i, 0],
  [/^last year$|^the previous year$|^去年$|^上一年$|^в прошлом году$/i, -1],
  [/^next year$|^明年$|^в следующем году$/i, 1],
  [/^前年$/, -2],
  [/^后年$/, 2],
];
const RELATIVE_MONTHS: readonly [RegExp, number][] = [
  [/^this month$|^本月$/i, 0],
  [/^last month$|^上月$/i, -1],
  [/^next month$|^下月$/i, 1],
];
const NEAR_FUTURE =
  /^(?:soon|upcoming|forthcoming|即将|в ближайшее время|в скором времени|предстоящ)/i;

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

function numberIn(text: string): number | undefined {
  const digits = /[0-9]+/.exec(text);
  if (digits) return Number(digits[0]);
  for (const [word, value] of Object.entries(NUMBER_WORDS)) if (text.includes(word)) return value;
  if (/centenar|centennial|百/i.test(text)) return 100;
  return undefined;
}

/** A month (and day) written right before or after an explicit year. */
function monthNearYear(
  text: string,
  mention: DateMention,
  language: TextLanguage,
): string | undefined {
  if (language === 'zh') {
    const after = /^\s*([0-9]{1,2})月(?:([0-9]{1,2})日)?/.exec(text.slice(mention.end));
    if (!after) return undefined;
    const month = Number(after[1]);
    if (month < 1 || month > 12) return undefined;
    return after[2] ? `${pad(month)}-${pad(Number(after[2]))}` : pad(month);
  }
  const before = text.slice(Math.max(0, mention.start - 24), mention.start).toLowerCase();
  const pattern =
    language === 'ru'
      ? /(?:([0-9]{1,2})\s+)?([а-яё]+)\s*$/u
      : /(?:([0-9]{1,2})\s+)?([a-z]+)\s+(?:([0-9]{1,2}),\s*)?$/;
  const match = pattern.exec(before);
  if (!match?.[2]) return undefined;
  const name = match[2];
  const index =
    language === 'ru' ? MONTHS_RU.findIndex((month) => month.test(name)) : MONTHS_EN.indexOf(name);
  if (index < 0) return undefined;
  const day = match[1] ?? match[3];
  return day ? `${pad(index + 1)}-${pad(Number(day))}` : pad(index + 1);
}

/** `MM` or `MM-DD` of a month mention without a year: "March 18", "18 March", "8月", "10月18日". */
function monthAndDayOf(words: string): string | undefined {
  const zh = /([0-9]{1,2})月(?:([0-9]{1,2})日)?/.exec(words);
  if (zh?.[1]) return zh[2] ? `${pad(Number(zh[1]))}-${pad(Number(zh[2]))}` : pad(Number(zh[1]));
  const lower = words.toLowerCase();
  const index = MONTHS_EN.findIndex((name) => lower.includes(name));
  if (index < 0) return undefined;
  const day = /[0-9]{1,2}/.exec(lower);
  return day ? `${pad(index + 1)}-${pad(Number(day[0]))}` : pad(index + 1);
}

/** The date `mention` gives, read against the dateline (`YYYY-MM-DD`). */
export function resolveMention(
  text: string,
  mention: DateMention,
  dateline: string,
  language: TextLanguage,
): ResolvedDate {
  const datelineYear = Number(dateline.slice(0, 4));
  const datelineMonth = Number(dateline.slice(5, 7)) || 1;
  if (mention.kind === 'date')
    return { start: mention.text, precision: 'day', explicit: true, rule: 'explicit' };
  if (mention.kind === 'year' && mention.year !== undefined) {
    const range = /^\s*[—–―\-－~～至到]\s*([0-9]{4})/.exec(
      text.slice(mention.end).replace(/^年/, ''),
    );
    const month = range ? undefined : monthNearYear(text, mention, language);
    const start = month ? `${mention.year}-${month}` : String(mention.year);
    const precision: DatePrecision = month ? (month.length > 2 ? 'day' : 'month') : 'year';
    return {
      start,
      ...(range?.[1] ? { end: range[1] } : {}),
      precision,
      explicit: true,
      rule: 'explicit',
    };
  }
  if (mention.kind === 'month') {
    const value = monthAndDayOf(mention.text);
    return {
      start: value ? `${datelineYear}-${value}` : String(datelineYear),
      precision: value === undefined ? 'year' : value.length > 2 ? 'day' : 'month',
      explicit: false,
      rule: 'month-without-year',
    };
  }
  const phrase = mention.text.trim();
  if (mention.kind === 'relative') {
    for (const [pattern, years] of RELATIVE_YEARS) {
      if (pattern.test(phrase)) {
        return {
          start: String(datelineYear + years),
          precision: 'year',
          explicit: false,
          rule: 'relative-year',
          years,
        };
      }
    }
    for (const [pattern, months] of RELATIVE_MONTHS) {
      if (pattern.test(phrase)) {
        const index = datelineYear * 12 + datelineMonth - 1 + months;
        const start = `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
        return {
          start,
          precision: 'month',
          explicit: false,
          rule: 'relative-month',
          years: months,
        };
      }
    }
    const future = NEAR_FUTURE.test(phrase);
    return {
      start: String(datelineYear),
      precision: 'year',
      explicit: false,
      rule: future ? 'near-future' : 'near-past',
      ...(future ? { planned: true } : {}),
    };
  }
  const count = numberIn(phrase);
  if (mention.kind === 'anniversary' && count !== undefined) {
    return {
      start: String(datelineYear - count),
      precision: 'year',
      explicit: false,
      rule: 'anniversary',
      years: count,
    };
  }
  if (mention.kind === 'period' && count !== undefined) {
    return {
      start: String(datelineYear - count),
      end: String(datelineYear),
      precision: 'year',
      explicit: false,
      rule: 'period',
      years: count,
    };
  }
  return { start: String(datelineYear), precision: 'year', explicit: false, rule: 'dateline' };
}

type BasisWriter = (words: string, date: ResolvedDate, dateline: string) => string;

const range = (date: ResolvedDate): string => (date.end ? `${date.start}–${date.end}` : date.start);

const BASIS: Readonly<Record<TextLanguage, BasisWriter>> = {
  en: (words, date, dateline) => {
    const year = dateline.slice(0, 4);
    switch (date.rule) {
      case 'anniversary':
        return `"${words}" in the dateline's year: ${year} − ${date.years ?? 0} = ${date.start}`;
      case 'period':
        return `"${words}" counted back from the dateline ${dateline}: ${range(date)}`;
      case 'near-past':
        return `"${words}": shortly before the dateline ${dateline}; the source gives no date`;
      case 'near-future':
        return `"${words}": after the dateline ${dateline}; the source gives no date`;
      case 'month-without-year':
        return `"${words}" has no year: the year of the dateline, ${year}`;
      case 'dateline':
        return `the text gives no date: the year of the dateline, ${year}`;
      default:
        return `"${words}" counted from the dateline ${dateline}: ${date.start}; no ${date.precision === 'year' ? 'month or day' : 'day'} given`;
    }
  },
  zh: (words, date, dateline) => {
    const year = dateline.slice(0, 4);
    switch (date.rule) {
      case 'anniversary':
        return `报道日期所在年份为${year}年，“${words}”：${year} − ${date.years ?? 0} = ${date.start}`;
      case 'period':
        return `“${words}”自报道日期${dateline}往前推算：${range(date)}`;
      case 'near-past':
        return `“${words}”：报道日期${dateline}之前不久，原文未给出具体日期`;
      case 'near-future':
        return `“${words}”：报道日期${dateline}之后，原文未给出具体日期`;
      case 'month-without-year':
        return `“${words}”未写年份，取报道日期所在年份${year}年`;
      case 'dateline':
        return `原文未给出日期，取报道日期所在年份${year}年`;
      default:
        return `“${words}”以报道日期${dateline}推算为${date.start}，原文未给出具体日期`;
    }
  },
  ru: (words, date, dateline) => {
    const year = dateline.slice(0, 4);
    switch (date.rule) {
      case 'anniversary':
        return `«${words}» в год публикации: ${year} − ${date.years ?? 0} = ${date.start}`;
      case 'period':
        return `«${words}» отсчитано назад от даты публикации ${dateline}: ${range(date)}`;
      case 'near-past':
        return `«${words}»: незадолго до даты публикации ${dateline}; точная дата не указана`;
      case 'near-future':
        return `«${words}»: после даты публикации ${dateline}; точная дата не указана`;
      case 'month-without-year':
        return `«${words}» без года: год публикации, ${year}`;
      case 'dateline':
        return `в тексте нет даты: год публикации, ${year}`;
      default:
        return `«${words}» отсчитано от даты публикации ${dateline}: ${date.start}; точная дата не указана`;
    }
  },
};

/** The basis of a date the text does not state outright, in each of `languages`. */
export function dateBasisFor(
  date: ResolvedDate,
  words: string,
  dateline: string,
  languages: readonly TextLanguage[],
): Labels {
  const basis: Labels = {};
  for (const language of languages) basis[language] = BASIS[language](words, date, dateline);
  return basis;
}
