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
  type DateMention,
  type DateMentionRule,
} from './date-mentions.js';
import { locateQuote, occurrencesOf } from './quote-location.js';
import { formatPath, type StoryProblem } from './story-error.js';
import type { TextLanguage } from './story-schema.js';
import { excerpt, formatPosition } from './text-position.js';

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

const inside = (mention: Span, span: Span) =>
  mention.start >= span.start && mention.end <= span.end;

/** Which occurrence (1-based) of its own text a mention is, and how many there are. */
function occurrenceOf(sourceText: string, mention: DateMention): { nth: number; count: number } {
  const offsets = occurrencesOf(sourceText, mention.text);
  return { nth: offsets.indexOf(mention.start) + 1, count: offsets.length };
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
  sourceText: string,
  rules?: readonly DateMentionRule[],
): CoverageResult {
  const mentions = findDateMentions(sourceText, story.source.language, rules);
  const problems: StoryProblem[] = [];
  const covers = new Map<DateMention, MentionCover>();

  story.events.forEach((event, index) => {
    const location = locateQuote(sourceText, event.quote.text, event.quote.offset);
    if (!location.found) return; // reported by validateStory
    const span = { start: location.offset, end: location.offset + event.quote.text.length };
    for (const mention of mentions) {
      if (!covers.has(mention) && inside(mention, span)) {
        covers.set(mention, { by: 'event', index, id: event.id });
      }
    }
  });

  const exclusions = story.coverage?.exclusions ?? [];
  exclusions.forEach((exclusion, index) => {
    const path = (field: string) => formatPath(['coverage', 'exclusions', index, field]);
    const offsets = occurrencesOf(sourceText, exclusion.match);
    if (offsets.length === 0) {
      problems.push({
        path: path('match'),
        message: `"${exclusion.match}" is not in the source text; copy the words exactly as they stand in the source, or remove this exclusion if they are gone`,
      });
      return;
    }
    if (exclusion.occurrence === undefined && offsets.length > 1) {
      const places = offsets.map((offset) => formatPosition(sourceText, offset)).join('; ');
      problems.push({
        path: path('occurrence'),
        message: `"${exclusion.match}" appears ${offsets.length} times in the source (${places}); add "occurrence": 1 to ${offsets.length} to say which one this exclusion means`,
      });
      return;
    }
    const start = offsets[(exclusion.occurrence ?? 1) - 1];
    if (start === undefined) {
      problems.push({
        path: path('occurrence'),
        message: `"${exclusion.match}" appears only ${offsets.length} time${offsets.length === 1 ? '' : 's'} in the source, so there is no occurrence ${exclusion.occurrence ?? 1}; fix "occurrence"`,
      });
      return;
    }
    const span = { start, end: start + exclusion.match.length };
    const where = formatPosition(sourceText, start);
    const within = mentions.filter((mention) => inside(mention, span));
    if (within.length === 0) {
      const partial = mentions.find(
        (mention) => mention.start < span.end && mention.end > span.start,
      );
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

  for (const mention of mentions) {
    if (covers.has(mention)) continue;
    const { nth, count } = occurrenceOf(sourceText, mention);
    const occurrence = count > 1 ? ` "occurrence": ${nth},` : '';
    problems.push({
      path: 'coverage',
      message:
        `${formatPosition(sourceText, mention.start)}: ${DATE_MENTION_KIND_LABELS[mention.kind]} "${mention.text}" ` +
        `("${excerpt(sourceText, mention.start, mention.end)}") is in no event's quote. ` +
        'If its sentence dates something, add an event that quotes that sentence; if not, add ' +
        `{ "match": "${mention.text}",${occurrence} "reason": { "zh": "…", "en": "…" } } to coverage.exclusions saying why it is not an event.`,
    });
  }

  return {
    mentions: mentions.map((mention) => {
      const cover = covers.get(mention);
      return cover ? { mention, cover } : { mention };
    }),
    problems,
  };
}
