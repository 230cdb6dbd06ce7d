/**
 * Finding the places where a source text dates something: explicit years
 * ("1926年", "in 2024"), dates, and the relative expressions that are resolved
 * against the dateline ("去年", "20周年", "last year").
 *
 * The coverage check uses this to prove that every dated statement of a
 * source became an event or was deliberately left out. The patterns are
 * language rules, keyed by the source's language, so a story in another
 * language brings its own list here, never story-specific code.
 *
 * @module
 */
import type { TextLanguage } from './story-schema.js';

/** What kind of date expression a mention is; messages name it in words. */
export type DateMentionKind = 'year' | 'date' | 'month' | 'relative' | 'anniversary' | 'period';

/** One pattern of a language's date expressions. */
export interface DateMentionRule {
  readonly kind: DateMentionKind;
  /** Matched against the whole source; flags other than `g` are kept. */
  readonly pattern: RegExp;
}

/** A date expression found in a source text. */
export interface DateMention {
  /** The text as it stands in the source, e.g. `"2024年"`, `"去年"`. */
  readonly text: string;
  readonly kind: DateMentionKind;
  /** UTF-16 offset of the first character. */
  readonly start: number;
  /** UTF-16 offset just after the last character. */
  readonly end: number;
  /**
   * The calendar year the mention states outright (`1926` for "1926年"), if
   * any. Relative expressions state none: their year must be explained.
   */
  readonly year?: number;
}

/** Words for each kind, for messages: `the year "2024年"`. */
export const DATE_MENTION_KIND_LABELS: Readonly<Record<DateMentionKind, string>> = {
  year: 'the year',
  date: 'the date',
  month: 'the month',
  relative: 'the relative date',
  anniversary: 'the anniversary',
  period: 'the period',
};

/** Rules every language shares: ISO dates such as a dateline "2025-10-18". */
const COMMON_RULES: readonly DateMentionRule[] = [
  { kind: 'date', pattern: /(?<![0-9])[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])/ },
];

const ZH_DIGIT = '[0-9０-９]';

/**
 * Chinese. Present-tense words (目前, 当前, 如今) are deliberately not listed:
 * they describe the state of things at the dateline, not a dated event.
 */
const ZH_RULES: readonly DateMentionRule[] = [
  // The first year of a range, "2022—2027年": the year that the 年 does not follow.
  {
    kind: 'year',
    pattern: new RegExp(
      `(?<!${ZH_DIGIT})${ZH_DIGIT}{4}(?=\\s*[—–―\\-－~～至到]\\s*${ZH_DIGIT}{4}\\s*年)`,
    ),
  },
  { kind: 'year', pattern: new RegExp(`(?<!${ZH_DIGIT})${ZH_DIGIT}{4}\\s*年`) },
  { kind: 'year', pattern: /[〇零一二三四五六七八九]{4}年/ },
  // A month without its year ("1月至8月" after "2025年", "10月18日"); a month
  // that follows 年 is part of the year's mention already.
  { kind: 'month', pattern: new RegExp(`(?<![0-9０-９年])${ZH_DIGIT}{1,2}月`) },
  {
    kind: 'relative',
    pattern:
      /今年|去年|明年|前年|后年|本月|上月|下月|近期|近日|日前|即将|此前|此后|同一时期|上一年/,
  },
  { kind: 'anniversary', pattern: /[0-9０-９一二三四五六七八九十百]+周年/ },
  {
    kind: 'period',
    pattern: /近年来|多年来|(?:过去|最近|近)[0-9０-９一二两三四五六七八九十几数]+个?年/,
  },
];

const EN_MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** English. Years are 1000–2099 standing alone, so "3,500 tonnes" is not one. */
const EN_RULES: readonly DateMentionRule[] = [
  { kind: 'year', pattern: /\b(?:1[0-9]|20)[0-9]{2}s?\b/ },
  {
    kind: 'month',
    pattern: new RegExp(`\\b${EN_MONTH}\\s+[0-9]{1,2}\\b|\\b[0-9]{1,2}\\s+${EN_MONTH}\\b`),
  },
  {
    kind: 'relative',
    pattern:
      /\b(?:(?:earlier |later )?this year|last year|next year|the previous year|this month|last month|next month|recently|soon|upcoming|forthcoming|since then|in the same period)\b/i,
  },
  {
    kind: 'anniversary',
    pattern: /\b[0-9]+(?:st|nd|rd|th) anniversary\b|\bcentenar(?:y|ies)\b|\bcentennial\b/i,
  },
  {
    kind: 'period',
    pattern:
      /\b(?:in recent years|for many years|(?:over |in )?the (?:past|last) (?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|few|several) (?:years|months|decades))\b/i,
  },
];

/** Russian. `\b` does not work for Cyrillic, so word edges are spelled out. */
const RU_RULES: readonly DateMentionRule[] = [
  {
    kind: 'year',
    pattern: /(?<![0-9])[0-9]{4}(?=\s*[—–-]\s*[0-9]{4}\s*(?:гг?\.|год))/u,
  },
  { kind: 'year', pattern: /(?<![0-9])[0-9]{4}\s*(?:гг?\.|год[а-яё]*)/u },
  {
    kind: 'relative',
    pattern:
      /(?<![а-яё])(?:в этом году|в прошлом году|в следующем году|в ближайшее время|в скором времени|недавно|предстоящ[а-яё]*|с тех пор|в тот же период)(?![а-яё])/iu,
  },
  { kind: 'anniversary', pattern: /[0-9]+-?лети[яюеи]/iu },
  {
    kind: 'period',
    pattern: /(?<![а-яё])(?:в последние годы|за последние [0-9а-яё]+ (?:года|лет))(?![а-яё])/iu,
  },
];

/** The date expressions the coverage check looks for, by source language. */
export const DATE_MENTION_RULES: Readonly<Record<TextLanguage, readonly DateMentionRule[]>> = {
  zh: [...COMMON_RULES, ...ZH_RULES],
  en: [...COMMON_RULES, ...EN_RULES],
  ru: [...COMMON_RULES, ...RU_RULES],
};

const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** The year an explicit year or date mention states, whatever digits it is written in. */
function statedYear(kind: DateMentionKind, text: string): number | undefined {
  if (kind !== 'year' && kind !== 'date') return undefined;
  const ascii = Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String(code - 0xff10); // full-width ０-９
    return CHINESE_DIGITS[char] ?? char;
  }).join('');
  const digits = /[0-9]{4}/.exec(ascii);
  return digits ? Number(digits[0]) : undefined;
}

/**
 * Every date expression in `text` by the rules of `language`, in reading
 * order. Where two rules match overlapping text, the longer mention wins
 * ("earlier this year" over "this year"), so each place is reported once.
 */
export function findDateMentions(
  text: string,
  language: TextLanguage,
  rules: readonly DateMentionRule[] = DATE_MENTION_RULES[language],
): DateMention[] {
  const found: DateMention[] = [];
  for (const rule of rules) {
    const flags = rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`;
    for (const match of text.matchAll(new RegExp(rule.pattern.source, flags))) {
      const matched = match[0];
      if (matched === '') continue;
      const start = match.index;
      const year = statedYear(rule.kind, matched);
      found.push({
        text: matched,
        kind: rule.kind,
        start,
        end: start + matched.length,
        ...(year === undefined ? {} : { year }),
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: DateMention[] = [];
  let coveredTo = -1;
  for (const mention of found) {
    if (mention.end <= coveredTo) continue; // inside a longer mention already kept
    mentions.push(mention);
    coveredTo = Math.max(coveredTo, mention.end);
  }
  return mentions;
}

/**
 * The mentions that lie wholly inside `[start, end)`, from a list in reading
 * order (as {@link findDateMentions} returns it): a binary search to the
 * first, then only those inside, so checking every quote stays linear.
 */
export function mentionsWithin(
  mentions: readonly DateMention[],
  start: number,
  end: number,
): DateMention[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((mentions[middle]?.start ?? 0) < start) low = middle + 1;
    else high = middle;
  }
  const within: DateMention[] = [];
  for (let index = low; index < mentions.length; index++) {
    const mention = mentions[index];
    if (!mention || mention.start >= end) break;
    if (mention.end <= end) within.push(mention);
  }
  return within;
}
