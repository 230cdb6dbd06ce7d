/**
 * The proposal logic the studio calls, behind one small interface: which date
 * mentions a story covers, and what event a selected span of the source
 * proposes (quote, date at the text's precision, relative dates resolved
 * against the dateline with the basis written out, `planned`).
 *
 * An adapter over the model (`date-mentions.ts`, `sentences.ts`,
 * `coverage.ts`, `partial-date.ts`): the studio imports these names only from
 * here, so when the model gains its own proposal functions (the `npm run draft`
 * work of issue 13) this module re-exports them and nothing else changes.
 *
 * @module
 */
import { checkCoverage } from '../model/coverage.js';
import { findDateMentions, type DateMention } from '../model/date-mentions.js';
import {
  comparePartialDates,
  tryParsePartialDate,
  type DatePrecision,
} from '../model/partial-date.js';
import { sentenceEndAfter, sentenceStartBefore } from '../model/sentences.js';
import type { Story, TextLanguage } from '../model/story-schema.js';
import { dateBasisFor, resolveMention, type ResolvedDate } from './date-resolution.js';
import type { DraftStory, Labels } from './draft-story.js';

export type { DateMention } from '../model/date-mentions.js';

/** A span of the source text: UTF-16 offsets, `end` exclusive. */
export interface SourceSpan {
  readonly start: number;
  readonly end: number;
}

/** What the source and its dateline propose for an event quoting a span. */
export interface EventProposal {
  /** The quote: exactly the source's text from `offset`. */
  readonly quote: { readonly text: string; readonly offset: number };
  readonly start: string;
  readonly end?: string;
  readonly precision: DatePrecision;
  readonly planned: boolean;
  /** How the date was worked out, per language; absent when the quote states it outright. */
  readonly dateBasis?: Labels;
  /** The mention the date was taken from; absent when the span holds none. */
  readonly mention?: DateMention;
}

/** Where a proposal's date is worked out from. */
export interface ProposalContext {
  readonly dateline: string;
  readonly language: TextLanguage;
  /** The languages to write the date basis in. */
  readonly languages: readonly TextLanguage[];
}

/** A date mention of the source and what accounts for it. */
export type MentionStatus =
  | {
      readonly mention: DateMention;
      readonly status: 'covered';
      readonly eventIndex: number;
      readonly eventId: string;
    }
  | {
      readonly mention: DateMention;
      readonly status: 'excluded';
      readonly exclusionIndex: number;
      readonly reason: Labels;
    }
  | { readonly mention: DateMention; readonly status: 'open' };

const isSpace = (char: string): boolean => /\s/.test(char);

/** The span without the white space at either end (a sloppy mouse selection). */
export function trimSpan(text: string, span: SourceSpan): SourceSpan {
  let { start, end } = span;
  while (start < end && isSpace(text.charAt(start))) start += 1;
  while (end > start && isSpace(text.charAt(end - 1))) end -= 1;
  return { start, end };
}

/** The whole sentence(s) holding `span`: what clicking a mention takes. */
export function sentencesAround(
  text: string,
  span: SourceSpan,
  language: TextLanguage,
): SourceSpan {
  return {
    start: sentenceStartBefore(text, span.start, language),
    end: sentenceEndAfter(text, span.end, language),
  };
}

/** The span grown by one sentence before it (`edge: 'start'`) or after it (`'end'`). */
export function growBySentence(
  text: string,
  span: SourceSpan,
  edge: 'start' | 'end',
  language: TextLanguage,
): SourceSpan {
  if (edge === 'start') {
    let before = span.start;
    while (before > 0 && isSpace(text.charAt(before - 1))) before -= 1;
    if (before === 0) return span;
    return { start: sentenceStartBefore(text, before - 1, language), end: span.end };
  }
  let after = span.end;
  while (after < text.length && isSpace(text.charAt(after))) after += 1;
  if (after === text.length) return span;
  return { start: span.start, end: sentenceEndAfter(text, after + 1, language) };
}

/**
 * The span shrunk by its first (`edge: 'start'`) or last (`'end'`) sentence;
 * unchanged when it holds one sentence only.
 */
export function shrinkBySentence(
  text: string,
  span: SourceSpan,
  edge: 'start' | 'end',
  language: TextLanguage,
): SourceSpan {
  if (edge === 'start') {
    const firstEnd = sentenceEndAfter(text, span.start + 1, language);
    if (firstEnd >= span.end) return span;
    return trimSpan(text, { start: firstEnd, end: span.end });
  }
  const lastStart = sentenceStartBefore(text, span.end - 1, language);
  if (lastStart <= span.start) return span;
  return trimSpan(text, { start: span.start, end: lastStart });
}

/** The mentions that lie wholly inside `span`, in reading order. */
export function mentionsIn(text: string, span: SourceSpan, language: TextLanguage): DateMention[] {
  return findDateMentions(text, language).filter(
    (mention) => mention.start >= span.start && mention.end <= span.end,
  );
}

/** Explicit dates first: a span that states a year is dated by it, not by "last year". */
const MENTION_PREFERENCE: readonly DateMention['kind'][] = [
  'date',
  'year',
  'month',
  'anniversary',
  'relative',
  'period',
];

function preferredMention(mentions: readonly DateMention[]): DateMention | undefined {
  for (const kind of MENTION_PREFERENCE) {
    const found = mentions.find((mention) => mention.kind === kind);
    if (found) return found;
  }
  return undefined;
}

function isAfterDateline(date: string, dateline: string): boolean {
  const parsed = tryParsePartialDate(date);
  const reference = tryParsePartialDate(dateline);
  if (!parsed || !reference) return false;
  if (parsed.year !== reference.year) return parsed.year > reference.year;
  return comparePartialDates(parsed, reference) > 0 && parsed.precision !== 'year';
}

/**
 * Proposes an event quoting `span` of `text`: the quote is the source's own
 * characters (white space at the ends dropped), the date comes from the first
 * explicit date mention inside it (else a relative one, resolved against the
 * dateline), `planned` when it lies after the dateline.
 */
export function proposeEventFromSpan(
  text: string,
  span: SourceSpan,
  context: ProposalContext,
): EventProposal {
  const trimmed = trimSpan(text, span);
  const quote = { text: text.slice(trimmed.start, trimmed.end), offset: trimmed.start };
  const mention = preferredMention(mentionsIn(text, trimmed, context.language));
  const datelineYear = context.dateline.slice(0, 4);
  const resolved: ResolvedDate = mention
    ? resolveMention(text, mention, context.dateline, context.language)
    : { start: datelineYear, precision: 'year', explicit: false, rule: 'dateline' };
  const planned = resolved.planned ?? isAfterDateline(resolved.start, context.dateline);
  const basis = resolved.explicit
    ? undefined
    : dateBasisFor(resolved, mention?.text ?? '', context.dateline, context.languages);
  return {
    quote,
    start: resolved.start,
    ...(resolved.end === undefined ? {} : { end: resolved.end }),
    precision: resolved.precision,
    planned,
    ...(basis ? { dateBasis: basis } : {}),
    ...(mention ? { mention } : {}),
  };
}

/**
 * Every date mention of the source, with the event that quotes it, the
 * exclusion that explains it, or nothing (open). Works on an unfinished story:
 * only quotes and exclusions are read.
 */
export function mentionStatus(story: DraftStory, text: string): MentionStatus[] {
  // checkCoverage reads only the source language, the events' ids and quotes,
  // and the exclusions; a draft has all of them in the story format's shape.
  const coverage = checkCoverage(story as unknown as Story, text);
  return coverage.mentions.map(({ mention, cover }): MentionStatus => {
    if (cover?.by === 'event') {
      return { mention, status: 'covered', eventIndex: cover.index, eventId: cover.id };
    }
    if (cover?.by === 'exclusion') {
      const reason = story.coverage.exclusions[cover.index]?.reason ?? {};
      return { mention, status: 'excluded', exclusionIndex: cover.index, reason };
    }
    return { mention, status: 'open' };
  });
}

/** The languages a story's labels are written in: its own list, else the source's first. */
export function storyLanguages(story: {
  readonly languages?: readonly TextLanguage[];
  readonly source: { readonly language: TextLanguage };
}): readonly TextLanguage[] {
  if (story.languages && story.languages.length > 0) return story.languages;
  return [story.source.language];
}
