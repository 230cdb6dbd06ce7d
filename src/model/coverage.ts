/**
 * Coverage: every date expression of the source (see `date-mentions.ts`) must
 * lie inside the quote of some event, or be listed in the story's
 * `coverage.exclusions` with a reason. This is how a story proves it holds
 * every dated statement of its source, not only the ones someone remembered.
 *
 * Exclusions must stay true as the story changes: one that matches nothing,
 * or only mentions an event already quotes, is an error too.
 *
 * @module
 */
import {
  DATE_MENTION_KIND_LABELS,
  findDateMentions,
  mentionsWithin,
  type DateMention,
  type DateMentionRule,
} from './date-mentions.js';
import {
  asSearch,
  findOccurrences,
  locateQuote,
  SearchBudgetExceeded,
  type TextSearch,
} from './quote-location.js';
import { formatPath, type StoryProblem } from './story-error.js';
import type { TextLanguage } from './story-schema.js';
import {
  excerpt,
  formatCount,
  formatPlaces,
  formatPosition,
  PLACES_LISTED,
} from './text-position.js';

/** What accounts for a date mention: an event's quote or an exclusion. */
export type MentionCover =
  | { readonly by: 'event'; readonly index: number; readonly id: string }
  | { readonly by: 'exclusion'; readonly index: number };

/** A date mention and what covers it (nothing, when it is a problem). */
export interface CoveredMention {
  readonly mention: DateMention;
  readonly cover?: MentionCover;
}

/** The outcome of {@link checkCoverage}. */
export interface CoverageResult {
  /** Every mention found, in reading order, with what covers it. */
  readonly mentions: readonly CoveredMention[];
  readonly problems: readonly StoryProblem[];
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * How many uncovered mentions are reported one by one, each with its excerpt
 * and the exclusion to paste; the rest are counted. A first build of a long
 * source would otherwise print thousands of them.
 */
export const REPORTED_MENTIONS = 10;

/** Which occurrence (1-based) of its own text a mention is, and whether there are others. */
function occurrenceOf(search: TextSearch, mention: DateMention): { nth: number; several: boolean } {
  let nth = 0;
  let count = 0;
  for (let index = search.indexOf(mention.text); index >= 0;) {
    count += 1;
    if (index === mention.start) nth = count;
    if (nth > 0 && count > 1) break;
    index = search.indexOf(mention.text, index + 1);
  }
  return { nth, several: count > 1 };
}

/** A mention that overlaps `span` without lying inside it, if any (mentions in reading order). */
function partlyWithin(mentions: readonly DateMention[], span: Span): DateMention | undefined {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((mentions[middle]?.start ?? 0) < span.start) low = middle + 1;
    else high = middle;
  }
  const overlaps = (mention: DateMention | undefined) =>
    mention !== undefined && mention.start < span.end && mention.end > span.start;
  const before = mentions[low - 1];
  if (overlaps(before)) return before;
  for (let index = low; index < mentions.length; index++) {
    const mention = mentions[index];
    if (!mention || mention.start >= span.end) break;
    if (mention.end > span.end) return mention;
  }
  return undefined;
}

/**
 * What coverage reads of a story: its language, its events' ids and quotes
 * and its exclusions. Typed by what is read, so a draft (`draft-schema.ts`,
 * or the studio's own unfinished story) is checked as it is, untitled.
 */
export interface CoverageInput {
  readonly source: { readonly language: TextLanguage };
  readonly events: readonly {
    readonly id: string;
    readonly quote: { readonly text: string; readonly offset?: number };
  }[];
  readonly coverage?: {
    readonly exclusions: readonly {
      readonly match: string;
      readonly occurrence?: number;
      readonly reason?: Partial<Record<TextLanguage, string>>;
    }[];
  };
}

/**
 * Checks that every date mention in `sourceText` is covered by an event quote
 * or an exclusion of `story` (which passed `validateStory`). `rules` defaults
 * to the rules of the story's source language.
 */
export function checkCoverage(
  story: CoverageInput,
  source: string | TextSearch,
  rules?: readonly DateMentionRule[],
): CoverageResult {
  const search = asSearch(source);
  const sourceText = search.text;
  const mentions = findDateMentions(sourceText, story.source.language, rules);
  const problems: StoryProblem[] = [];
  const covers = new Map<DateMention, MentionCover>();

  try {
    coverEvents(story, search, mentions, covers);
    checkExclusions(story, search, mentions, covers, problems);
  } catch (error) {
    if (!(error instanceof SearchBudgetExceeded)) throw error;
    problems.push({
      path: 'coverage',
      message: `the coverage check stopped: finding the quotes and exclusions in the source read ${formatCount(search.spent)} characters, over the limit of ${formatCount(search.budget)}. Fix the problems with the quotes first.`,
    });
    return { mentions: mentions.map((mention) => ({ mention })), problems };
  }
  reportUncovered(search, mentions, covers, problems);
  return {
    mentions: mentions.map((mention) => {
      const cover = covers.get(mention);
      return cover ? { mention, cover } : { mention };
    }),
    problems,
  };
}

/** Marks the mentions each event's quote holds. */
function coverEvents(
  story: CoverageInput,
  search: TextSearch,
  mentions: readonly DateMention[],
  covers: Map<DateMention, MentionCover>,
): void {
  story.events.forEach((event, index) => {
    const location = locateQuote(search, event.quote.text, event.quote.offset, false);
    if (!location.found) return; // reported by validateStory
    const end = location.offset + event.quote.text.length;
    for (const mention of mentionsWithin(mentions, location.offset, end)) {
      if (!covers.has(mention)) covers.set(mention, { by: 'event', index, id: event.id });
    }
  });
}

/** Checks each exclusion names one place that holds a mention no event covers, and marks it. */
function checkExclusions(
  story: CoverageInput,
  search: TextSearch,
  mentions: readonly DateMention[],
  covers: Map<DateMention, MentionCover>,
  problems: StoryProblem[],
): void {
  const sourceText = search.text;
  const exclusions = story.coverage?.exclusions ?? [];
  exclusions.forEach((exclusion, index) => {
    const path = (field: string) => formatPath(['coverage', 'exclusions', index, field]);
    const wanted = exclusion.occurrence ?? 1;
    const { offsets, count } = findOccurrences(
      search,
      exclusion.match,
      Math.max(PLACES_LISTED, Math.min(wanted, sourceText.length)),
    );
    if (count === 0) {
      problems.push({
        path: path('match'),
        message: `"${exclusion.match}" is not in the source text; copy the words exactly as they stand in the source, or remove this exclusion if they are gone`,
      });
      return;
    }
    if (exclusion.occurrence === undefined && count > 1) {
      problems.push({
        path: path('occurrence'),
        message: `"${exclusion.match}" appears ${formatCount(count)} times in the source (${formatPlaces(sourceText, offsets, count)}); add "occurrence": 1 to ${formatCount(count)} to say which one this exclusion means`,
      });
      return;
    }
    const start = offsets[wanted - 1];
    if (start === undefined) {
      problems.push({
        path: path('occurrence'),
        message: `"${exclusion.match}" appears only ${formatCount(count)} time${count === 1 ? '' : 's'} in the source, so there is no occurrence ${wanted}; fix "occurrence"`,
      });
      return;
    }
    const span = { start, end: start + exclusion.match.length };
    const where = formatPosition(sourceText, start);
    const within = mentionsWithin(mentions, span.start, span.end);
    if (within.length === 0) {
      const partial = partlyWithin(mentions, span);
      problems.push({
        path: path('match'),
        message: partial
          ? `"${exclusion.match}" (${where}) holds only part of the date expression "${partial.text}"; match the whole expression`
          : `"${exclusion.match}" (${where}) holds no date expression the coverage check looks for, so it excludes nothing; remove this exclusion`,
      });
      return;
    }
    const open = within.filter((mention) => covers.get(mention)?.by !== 'event');
    if (open.length === 0) {
      const cover = within.map((mention) => covers.get(mention)).find(Boolean);
      const by =
        cover?.by === 'event'
          ? `the quote of event "${cover.id}" (events[${cover.index}])`
          : 'an event';
      problems.push({
        path: path('match'),
        message: `"${exclusion.match}" (${where}) is already covered by ${by}, so this exclusion is stale; remove it`,
      });
      return;
    }
    for (const mention of open) {
      const earlier = covers.get(mention);
      if (earlier?.by === 'exclusion') {
        problems.push({
          path: path('match'),
          message: `"${exclusion.match}" (${where}) is already excluded by coverage.exclusions[${earlier.index}]; remove one of the two`,
        });
        continue;
      }
      covers.set(mention, { by: 'exclusion', index });
    }
  });
}

/** One problem for each of the first uncovered mentions, and a count of the rest. */
function reportUncovered(
  search: TextSearch,
  mentions: readonly DateMention[],
  covers: ReadonlyMap<DateMention, MentionCover>,
  problems: StoryProblem[],
): void {
  const sourceText = search.text;
  const uncovered = mentions.filter((mention) => !covers.has(mention));
  for (const mention of uncovered.slice(0, REPORTED_MENTIONS)) {
    let occurrence = '';
    try {
      const { nth, several } = occurrenceOf(search, mention);
      if (several) occurrence = ` "occurrence": ${nth},`;
    } catch (error) {
      if (!(error instanceof SearchBudgetExceeded)) throw error;
    }
    problems.push({
      path: 'coverage',
      message:
        `${formatPosition(sourceText, mention.start)}: ${DATE_MENTION_KIND_LABELS[mention.kind]} "${mention.text}" ` +
        `("${excerpt(sourceText, mention.start, mention.end)}") is in no event's quote. ` +
        'If its sentence dates something, add an event that quotes that sentence; if not, add ' +
        `{ "match": "${mention.text}",${occurrence} "reason": { "zh": "…", "en": "…" } } to coverage.exclusions saying why it is not an event.`,
    });
  }
  const rest = uncovered.slice(REPORTED_MENTIONS);
  const next = rest[0];
  if (next) {
    problems.push({
      path: 'coverage',
      message:
        `${formatCount(rest.length)} more date mention${rest.length === 1 ? ' is' : 's are'} in no event's quote, ` +
        `the first of them ${DATE_MENTION_KIND_LABELS[next.kind]} "${next.text}" (${formatPosition(sourceText, next.start)}). ` +
        'Deal with the ones above, then build again to see these one by one.',
    });
  }
}
