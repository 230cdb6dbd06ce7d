/**
 * Finding the places where a source text dates something: explicit years
 * ("1926年", "in 2024", "in 988", "44 BC"), dates, decades and centuries, and
 * the relative expressions that are resolved against the dateline or an
 * earlier date of the text ("去年", "20周年", "last year", "a year later").
 * The rules themselves, by language, are in `date-mention-rules.ts`.
 *
 * The coverage check uses this to prove that every dated statement of a
 * source became an event or was deliberately left out. The patterns are
 * language rules, keyed by the source's language, so a story in another
 * language brings its own list here, never story-specific code.
 *
 * @module
 */
import { DATE_MENTION_RULES, type DateMentionRule } from './date-mention-rules.js';
import type { TextLanguage } from './story-schema.js';

export { DATE_MENTION_RULES, type DateMentionRule } from './date-mention-rules.js';

/** What kind of date expression a mention is; messages name it in words. */
export type DateMentionKind = 'year' | 'date' | 'month' | 'relative' | 'anniversary' | 'period';

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
      const year = rule.year ? rule.year(matched) : statedYear(rule.kind, matched);
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
