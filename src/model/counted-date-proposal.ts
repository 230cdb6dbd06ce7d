/**
 * Proposals for dates counted from another date: "10 years ago" / "10 лет
 * назад" / "10年前" count back from the dateline (the writer's now); "a year
 * later", "the following year", "two decades later", "год спустя", "через два
 * года", "次年", "两年后" count on from the year the text stated last before
 * them (earlier in the sentence, or in the sentences before); "that year", "в
 * том же году", "同年" are that year; "by the end of the year", "к концу года"
 * are the year stated earlier in the sentence, or the dateline's. With no year
 * stated before, a "later" gets no proposal: it is never guessed.
 *
 * @module
 */
import type { DateMention } from './date-mentions.js';
import {
  formatIsoPartialDate,
  inWords,
  isAfterDateline,
  statedYearsBefore,
  yearDate,
  type DateBasis,
  type DateProposal,
  type DateProposalContext,
} from './proposed-date.js';
import type { PartialDate } from './partial-date.js';
import { EN_NUMBER_WORDS, readCount, RU_NUMBER_WORDS } from './numerals.js';
import { RU_YEARS, russianCount } from './relative-date-proposal.js';

/** Which way a counted expression counts, and from what. */
type Counted =
  | { readonly from: 'dateline'; readonly years: number }
  | { readonly from: 'previous'; readonly years: number }
  | { readonly from: 'sentence'; readonly years: 0 };

/** Years in one unit: a decade is ten, a century a hundred; months are not counted here. */
function unitYears(text: string): number | undefined {
  if (/decade|десятилет/.test(text)) return 10;
  if (/centur|век/.test(text)) return 100;
  if (/month|месяц|个月/.test(text)) return undefined;
  return 1;
}

/** How many units the words count: "10", "two", "два", "两", "十"; "a year later" and "год спустя" count one. */
function unitCount(text: string): number | undefined {
  if (/few|several|many|несколько|много|几|数/.test(text)) return undefined;
  const digits = /[0-9]+/.exec(text);
  if (digits) return Number(digits[0]);
  const english = /^(a hundred|[a-z]+) /.exec(text)?.[1];
  if (english !== undefined && EN_NUMBER_WORDS[english] !== undefined)
    return EN_NUMBER_WORDS[english];
  const russian = /^([а-яё]+) /.exec(text)?.[1];
  if (russian !== undefined && RU_NUMBER_WORDS[russian] !== undefined)
    return RU_NUMBER_WORDS[russian];
  const chinese = /^([一二两三四五六七八九十百]+)个?年/.exec(text)?.[1];
  return chinese === undefined ? 1 : readCount(chinese);
}

/** What a counted expression means, or undefined when it is not one (or cannot be counted). */
function countedFrom(words: string): Counted | undefined {
  const text = words.toLowerCase();
  if (/^(?:that year|the same year|в том же году|в тот год|同年)$/.test(text)) {
    return { from: 'previous', years: 0 };
  }
  if (
    /(?:end|beginning|start|middle) of (?:the|this) year|к (?:концу|началу|середине) (?:года|этого года)/.test(
      text,
    )
  ) {
    return { from: 'sentence', years: 0 };
  }
  if (
    /^(?:the following year|the next year|the year after|a year after|на следующий год|次年|翌年|第二年)$/.test(
      text,
    )
  ) {
    return { from: 'previous', years: 1 };
  }
  if (/^(?:the previous year|the year before|a year before)$/.test(text)) {
    return { from: 'previous', years: -1 };
  }
  const ago = / ago$|назад$|前$|以前$/.test(text);
  const later = /later$|afterwards$|спустя$|^через|позже$|后$|之后$|以后$/.test(text);
  const earlier = /earlier$|before that$|ранее$|раньше$/.test(text);
  // Counted in years, decades or centuries: "此后" (after that) and "since then" count nothing.
  const counts = /year|decade|centur|год|лет|десятилет|век|年/.test(text);
  if ((!ago && !later && !earlier) || !counts) return undefined;
  const unit = unitYears(text);
  const count = text.startsWith('годом') ? 1 : unitCount(text);
  if (unit === undefined || count === undefined) return undefined;
  const years = unit * count;
  if (ago) return { from: 'dateline', years: -years };
  return { from: 'previous', years: later ? years : -years };
}

/** The year the text stated last before `offset`: in the sentence, or the sentences before it. */
function previousYear(offset: number, context: DateProposalContext): number | undefined {
  let year: number | undefined;
  for (const other of context.mentions ?? []) {
    if (other.end > offset) break;
    if (other.year !== undefined) year = other.year;
  }
  return year;
}

/** A proposal for a date counted from the dateline or from the year stated before it. */
export function proposeCounted(
  mention: DateMention,
  context: DateProposalContext,
): DateProposal | undefined {
  const counted = countedFrom(mention.text);
  if (!counted) return undefined;
  const { dateline } = context;
  const year =
    counted.from === 'dateline'
      ? dateline.year
      : counted.from === 'sentence'
        ? (statedYearsBefore(mention.start, context).at(-1) ?? dateline.year)
        : previousYear(mention.start, context);
  if (year === undefined) return undefined;
  const result = yearDate(year + counted.years);
  return {
    mention,
    start: formatIsoPartialDate(result),
    precision: 'year',
    planned: isAfterDateline(result, dateline),
    basis: countedBasis(mention.text, counted, year, result.year, dateline),
  };
}

/** How a counted date was worked out, in each interface language. */
function countedBasis(
  words: string,
  counted: Counted,
  from: number,
  result: number,
  dateline: PartialDate,
): DateBasis {
  const shift = Math.abs(counted.years);
  const later = counted.years > 0;
  if (counted.from === 'dateline') {
    return {
      en: `“${words}”: ${shift} year${shift === 1 ? '' : 's'} before the dateline (${inWords(dateline, 'en')}) → ${result}.`,
      zh: `原文“${words}”：发稿日期（${inWords(dateline, 'zh')}）往前推${shift}年，即${result}年。`,
      ru: `«${words}»: за ${russianCount(shift, RU_YEARS)} до даты публикации (${inWords(dateline, 'ru')}) → ${result} г.`,
    };
  }
  const source = counted.from === 'sentence' && from === dateline.year ? 'dateline' : 'text';
  const fromEn =
    source === 'dateline'
      ? `${from}, the dateline’s year`
      : `${from}, the year the text gives before it`;
  const fromZh = source === 'dateline' ? `发稿年份${from}年` : `原文此前所述的${from}年`;
  const fromRu =
    source === 'dateline'
      ? `${from} г. (год публикации)`
      : `${from} г. (год, названный в тексте раньше)`;
  if (shift === 0) {
    return {
      en: `“${words}”: ${fromEn} → ${result}.`,
      zh: `原文“${words}”：指${fromZh}，即${result}年。`,
      ru: `«${words}»: ${fromRu} → ${result} г.`,
    };
  }
  return {
    en: `“${words}”: ${shift} year${shift === 1 ? '' : 's'} ${later ? 'after' : 'before'} ${fromEn} → ${result}.`,
    zh: `原文“${words}”：${fromZh}${later ? '往后' : '往前'}推${shift}年，即${result}年。`,
    ru: `«${words}»: ${later ? 'через' : 'за'} ${russianCount(shift, RU_YEARS)} ${later ? 'после' : 'до'} ${fromRu} → ${result} г.`,
  };
}
